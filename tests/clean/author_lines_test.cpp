#include "clean/author_lines.h"

#include <gtest/gtest.h>

namespace briefcast {

namespace {

const std::string kBody =
    "The county council approved the new cycle lanes on Tuesday after a debate that lasted most of the "
    "afternoon, with twelve votes in favour and five against.";
const std::string kEnd = "Work on the first lane, along the river road, is due to start in the spring.";

}  // namespace

TEST(AuthorLines, SplitsABylineIntoPersonalNames) {
  EXPECT_EQ(byline_person_names("Nora Quill"), (std::vector<std::string>{"Nora Quill"}));
  EXPECT_EQ(byline_person_names("Nora Quill, Tom Reed and Ada M. Stone"),
            (std::vector<std::string>{"Nora Quill", "Tom Reed", "Ada M. Stone"}));
  EXPECT_EQ(byline_person_names("Nora Quill & Tom Reed"), (std::vector<std::string>{"Nora Quill", "Tom Reed"}));
  // One word is as likely a site or an agency as a person.
  EXPECT_TRUE(byline_person_names("Newsdesk").empty());
  EXPECT_TRUE(byline_person_names("").empty());
}

TEST(AuthorLines, ANameLineIsTheNameAndAtMostAStamp) {
  const std::vector<std::string> names{"Nora Quill"};
  EXPECT_TRUE(is_author_name_line("Nora Quill", names));
  EXPECT_TRUE(is_author_name_line("NORA QUILL", names));
  EXPECT_TRUE(is_author_name_line("Nora Quill | 04.03.25, 10:15", names));
  EXPECT_TRUE(is_author_name_line("Nora Quill updated on 4 March 2025", names));
  // A sentence about the author is not a name line.
  EXPECT_FALSE(is_author_name_line("Nora Quill said the lanes would be finished by June.", names));
  // Nor a heading that opens with the name and goes on.
  EXPECT_FALSE(is_author_name_line("Nora Quill on why the county needs more cycle lanes than it plans", names));
  EXPECT_FALSE(is_author_name_line("Nora", names));
}

TEST(AuthorLines, DropsTheClosingNoteAndTheNameOverIt) {
  std::vector<std::string> paragraphs{kBody, kEnd, "Nora Quill", "Nora Quill is a reporter for the Gazette."};
  EXPECT_EQ(drop_author_lines(paragraphs, "Tom Reed and Nora Quill"), 2u);
  EXPECT_EQ(paragraphs, (std::vector<std::string>{kBody, kEnd}));
  paragraphs = {kBody, kEnd, "Nora Quill teaches history at the county college.", "Photo: Harbour Studio"};
  EXPECT_EQ(drop_author_lines(paragraphs, "Nora Quill"), 1u);
  EXPECT_EQ(paragraphs, (std::vector<std::string>{kBody, kEnd, "Photo: Harbour Studio"}));
}

TEST(AuthorLines, APersonsNameIsAFewCapitalisedWords) {
  EXPECT_TRUE(looks_like_person_name("Nora Quill"));
  EXPECT_TRUE(looks_like_person_name("Prof. Dr. Ida Berg"));
  EXPECT_TRUE(looks_like_person_name("Émile Durand"));
  EXPECT_FALSE(looks_like_person_name("Nora"));
  EXPECT_FALSE(looks_like_person_name("More from the county"));
  EXPECT_FALSE(looks_like_person_name("Nora Quill, 12 March"));
  EXPECT_FALSE(looks_like_person_name("The Lanes Are Open."));
  EXPECT_FALSE(looks_like_person_name("Ten Things To Do In The County This Spring"));
}

TEST(AuthorLines, DropsANoteThatGoesOnFromTheNameAndItsLabel) {
  // The box prints the name, then the note in lower case as its continuation, under a label.
  std::vector<std::string> paragraphs{kBody, kEnd, "About the author", "Ida Berg",
                                      "teaches planning law at the county college and writes on transport."};
  EXPECT_EQ(drop_author_lines(paragraphs, "Ida Berg"), 3u);
  EXPECT_EQ(paragraphs, (std::vector<std::string>{kBody, kEnd}));
  // Without the name right above, a paragraph in lower case is the article's.
  paragraphs = {kBody, "teaches planning law at the county college and writes on transport."};
  EXPECT_EQ(drop_author_lines(paragraphs, "Ida Berg"), 0u);
}

TEST(AuthorLines, KeepsTheArticleTalkingAboutItsAuthor) {
  // A sentence that opens with the author's name inside the article stays: only the last
  // paragraphs can be an author's note.
  const std::string inside = "Nora Quill has ridden the river road every day for ten years.";
  std::vector<std::string> paragraphs{inside, kBody, kEnd, kBody};
  EXPECT_EQ(drop_author_lines(paragraphs, "Nora Quill"), 0u);
  // A long closing paragraph that opens with the name is the article's.
  const std::string long_end = "Nora Quill " + kBody + " " + kBody + " " + kBody;
  paragraphs = {kBody, long_end};
  EXPECT_EQ(drop_author_lines(paragraphs, "Nora Quill"), 0u);
  // A name alone is a byline at the top or a signature at the end: kept.
  paragraphs = {"Nora Quill", kBody, kEnd, "Nora Quill"};
  EXPECT_EQ(drop_author_lines(paragraphs, "Nora Quill"), 0u);
  // Without a personal name in the byline nothing goes.
  paragraphs = {"Newsdesk", kBody};
  EXPECT_EQ(drop_author_lines(paragraphs, "Newsdesk"), 0u);
}

TEST(AuthorLines, DropsTheAuthorsNoteOverTheArticle) {
  // The name printed alone, then the note that opens with it, above the article's paragraphs.
  const std::string note = "Nora Quill teaches the history of bridges at the county college. She writes on transport.";
  std::vector<std::string> paragraphs{note, kBody, kEnd};
  EXPECT_TRUE(drop_opening_author_note(paragraphs, "Nora Quill"));
  EXPECT_EQ(paragraphs, (std::vector<std::string>{kBody, kEnd}));
}

TEST(AuthorLines, KeepsAnOpeningThatIsNoAuthorsNote) {
  const std::string note = "Nora Quill teaches the history of bridges at the county college. She writes on transport.";
  // The line above is no name alone (a kicker, a date).
  std::vector<std::string> paragraphs{note, kBody, kEnd};
  EXPECT_FALSE(drop_opening_author_note(paragraphs, "Bridges and roads"));
  // A name over a paragraph that does not open with it.
  EXPECT_FALSE(drop_opening_author_note(paragraphs, "Ida Berg"));
  // A long opening that names the person is the article about her.
  const std::string long_opening = "Nora Quill " + kBody + " " + kBody + " " + kBody;
  paragraphs = {long_opening, kBody, kEnd};
  EXPECT_FALSE(drop_opening_author_note(paragraphs, "Nora Quill"));
  // The body keeps at least two paragraphs.
  paragraphs = {note, kBody};
  EXPECT_FALSE(drop_opening_author_note(paragraphs, "Nora Quill"));
}

}  // namespace briefcast
