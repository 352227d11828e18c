// Shorthand of reports said as its words: "nos.", "govt.", "div." before a figure, a bare month.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(ReportShorthand, NumbersAndGovernment) {
  EXPECT_EQ(normalize_text("The trams, car nos. 14 and 15, are new."), "The trams, car numbers fourteen and fifteen, are new.");
  EXPECT_EQ(normalize_text("The govt. raised the levy."), "The government raised the levy.");
  EXPECT_EQ(normalize_text("Govt plans slipped."), "Government plans slipped.");
}

TEST(ReportShorthand, PeriodEndingTheSentenceStays) {
  EXPECT_EQ(normalize_text("It was backed by the govt. Then came the vote."),
            "It was backed by the government. Then came the vote.");
}

TEST(ReportShorthand, DivisionBeforeAFigure) {
  EXPECT_EQ(normalize_text("Hake in div. 8.c fell."), "Hake in division eight C fell.");
  EXPECT_EQ(normalize_text("She plays in div. 3 now."), "She plays in division three now.");
  // Without a figure "div" is left alone.
  EXPECT_EQ(normalize_text("A div tag broke.").find("division"), std::string::npos);
}

TEST(ReportShorthand, BareMonthBesideAnotherMonth) {
  EXPECT_EQ(normalize_text("Sales rose between Oct and March."), "Sales rose between October and March.");
  EXPECT_EQ(normalize_text("We met from Apr to Jun last year."), "We met from April to June last year.");
  // "Jan" alone after "from" is a name.
  EXPECT_EQ(normalize_text("A card from Jan came.").find("January"), std::string::npos);
}

}  // namespace briefcast
