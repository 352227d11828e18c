#include "clean/metadata_lines.h"

#include <gtest/gtest.h>

namespace briefcast {

TEST(MetadataLines, RecognizesBylines) {
  EXPECT_TRUE(looks_like_byline("By Jane Doe and John Roe"));
  EXPECT_TRUE(looks_like_byline("Por Ana Gómez"));
  EXPECT_TRUE(looks_like_byline("Von Karl Berger"));
  EXPECT_FALSE(looks_like_byline("By the end of the week the river had risen again."));
  EXPECT_FALSE(looks_like_byline("Jane Doe"));
  EXPECT_EQ(byline_names("By  Jane Doe"), "Jane Doe");
  EXPECT_EQ(byline_names("Written by Jane Doe"), "Jane Doe");
}

TEST(MetadataLines, AnAuthorLabelLeadsAByline) {
  EXPECT_TRUE(looks_like_byline("Author: Jane Doe"));
  EXPECT_TRUE(looks_like_byline("Autor: Karl Berger"));
  EXPECT_TRUE(looks_like_byline("Auteur : Marie Dupont"));
  EXPECT_EQ(byline_names("Author: Jane Doe"), "Jane Doe");
  // The label alone, or a sentence that goes on in small letters, is none.
  EXPECT_FALSE(looks_like_byline("Author"));
  EXPECT_FALSE(looks_like_byline("Author of three novels about the sea, she lives by the harbour."));
}

TEST(MetadataLines, ATextLabelLeadsAByline) {
  // "Text:" credits the writer as "Photo:" credits the photographer, in many languages.
  EXPECT_TRUE(looks_like_byline("\u0422\u0435\u043a\u0441\u0442: \u0410\u043d\u043d\u0430 \u0421\u043c\u0438\u0440\u043d\u043e\u0432\u0430"));
  EXPECT_TRUE(looks_like_byline("Texte : Marie Dupont"));
  EXPECT_TRUE(looks_like_byline("Testo: Marco Rossi"));
  EXPECT_TRUE(looks_like_byline("Tekst: Anna Nowak"));
  EXPECT_EQ(byline_names("Tekst: Anna Nowak"), "Anna Nowak");
  EXPECT_FALSE(looks_like_byline("texte intégral du discours"));  // the name must start with a capital
}

TEST(MetadataLines, RecognizesDatelines) {
  EXPECT_TRUE(looks_like_dateline("March 14, 2025 at 7:42 a.m."));
  EXPECT_TRUE(looks_like_dateline("Updated 11:21 pm, Tuesday, November 19, 2019"));
  EXPECT_TRUE(looks_like_dateline("3 de junio de 2025"));
  EXPECT_TRUE(looks_like_dateline("09.10.2018 16:02"));
  EXPECT_FALSE(looks_like_dateline("The council met on March 3 to discuss the budget for the library."));
  EXPECT_FALSE(looks_like_dateline("World"));
  // "Updated" and "published" in other languages are date words too.
  EXPECT_TRUE(looks_like_dateline("Aktualisiert am 03.03.2025"));
  EXPECT_TRUE(looks_like_dateline("Publicado el 3 de marzo de 2025"));
}

TEST(MetadataLines, SmallWordsBesideAClockMakeNoDateline) {
  // A stamp needs a month, a day, a stamp's verb or a relative time's unit.
  EXPECT_TRUE(looks_like_dateline("Posted 21:30"));
  EXPECT_TRUE(looks_like_dateline("Friday 10:15"));
  EXPECT_TRUE(looks_like_dateline("45 minutes"));
  // A timetable's line is no stamp: "last", "at" and "am" only stand around one.
  EXPECT_FALSE(looks_like_dateline("Last tram 23:40"));
  EXPECT_FALSE(looks_like_dateline("Doors at 19:00"));
}

TEST(MetadataLines, FindsADateAnywhereInALine) {
  EXPECT_TRUE(mentions_date("12. Mai 2024 | Jo Roe"));
  EXPECT_TRUE(mentions_date("Exhibition from 9 to 23 March 2021"));
  EXPECT_TRUE(mentions_date("Posted in Gardening on June 3rd"));
  EXPECT_TRUE(mentions_date("Reviewed on 14.06.2023 by a verified buyer"));
  EXPECT_TRUE(mentions_date("2024-06-14 Jo Roe"));
  // A month name without a day or year beside it, or a number without a month, is no date.
  EXPECT_FALSE(mentions_date("Storm may close the coast road"));
  EXPECT_FALSE(mentions_date("March for clean rivers draws a crowd"));
  EXPECT_FALSE(mentions_date("The 2020 budget in 12 charts"));
  EXPECT_FALSE(mentions_date("May 100 runners finish the race"));
}

}  // namespace briefcast
