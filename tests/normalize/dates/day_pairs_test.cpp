// Two days joined by a slash before a month's name.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(DayPairs, NightOrWeekendAcrossTwoDays) {
  EXPECT_EQ(normalize_text("The meteors are best seen on the night of 3/4 Jan. from dark sites."),
            "The meteors are best seen on the night of the third to fourth of January from dark sites.");
  EXPECT_EQ(normalize_text("The festival runs over the weekend of 21/22 June 2025 in the park."),
            "The festival runs over the weekend of the twenty first to twenty second of June twenty twenty five in the "
            "park.");
  // After "the" no second article.
  EXPECT_EQ(normalize_text("Ferries are cancelled on the 27/28 March crossings."),
            "Ferries are cancelled on the twenty seventh to twenty eighth of March crossings.");
}

TEST(DayPairs, DaysApartAreJoinedByAnd) {
  EXPECT_EQ(normalize_text("Heats are held on 5/9 July."), "Heats are held on the fifth and ninth of July.");
}

TEST(DayPairs, NotWithoutAMonthOrInOrder) {
  // A later day first, a verb "may", no month: other readings.
  EXPECT_EQ(normalize_text("Sales on 14/3 June").find("fourteenth to"), std::string::npos);
  EXPECT_EQ(normalize_text("a 2/3 may be enough").find("second"), std::string::npos);
  EXPECT_EQ(normalize_text("cut by 2/3 overnight").find("second"), std::string::npos);
}

TEST(DayPairs, YearlessSlashedDate) {
  EXPECT_EQ(normalize_text("The fare rises effective 21/03."), "The fare rises effective the twenty first of March.");
  EXPECT_EQ(normalize_text("closed until 4/27 for repairs"), "closed until April twenty seventh for repairs");
  // A share after a word that leads to a date, and a fraction elsewhere.
  EXPECT_NE(normalize_text("won on 21/30 of the votes"), "won on the twenty first of March of the votes");
  EXPECT_EQ(normalize_text("add 3/4 cup"), normalize_text("add 3/4 cup"));
}

}  // namespace briefcast
