// Shorthand words of reports and notices.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(ShorthandWords, InventedSentences) {
  EXPECT_EQ(normalize_text("Club avg. attendance rose to 4,210; the players' assoc. agreed."),
            "Club average attendance rose to four thousand two hundred ten; the players' association agreed.");
  EXPECT_EQ(normalize_text("The swarm was on Pg. 12 of the parish mag. this week."),
            "The swarm was on Page twelve of the parish mag. this week.");
  EXPECT_EQ(normalize_text("Quakes of mag. 4.1 were felt in wk 9."),
            "Quakes of magnitude four point one were felt in week nine.");
  EXPECT_EQ(normalize_text("The permit no. HX-2231 covers the Bldg on Elm St."),
            "The permit number HX twenty two thirty one covers the Building on Elm Street.");
  EXPECT_EQ(normalize_text("The site is c.12,000 yrs old."),
            "The site is about twelve thousand years old.");
}

TEST(ShorthandWords, YearClosingACompound) {
  EXPECT_EQ(normalize_text("Defences are built for a 1-in-200-yr storm."),
            "Defences are built for a one in two hundred-year storm.");
  // A figure alone before it stays with the measure rule.
  EXPECT_EQ(normalize_text("He signed a 4-yr deal."), "He signed a four-year deal.");
}

}  // namespace briefcast

namespace briefcast {

TEST(ShorthandWords, MinuteAfterAnOrdinal) {
  EXPECT_EQ(normalize_text("The winger scored in the 88th min from a corner."),
            "The winger scored in the eighty eighth minute from a corner.");
  // The ordinal rule's test: a grouped figure is an ordinal too.
  EXPECT_EQ(normalize_text("Her clean sheet ended in its 1,000th min when the visitors scored."),
            "Her clean sheet ended in its one thousandth minute when the visitors scored.");
}

TEST(ShorthandWords, NoMinuteAfterASuffixThatDoesNotFit) {
  // "2th" is no ordinal, so the "min" after it is not read as a match's minute.
  EXPECT_EQ(normalize_text("The log showed 2th min as the setting.").find("minute"), std::string::npos);
}

TEST(ShorthandWords, PipeSchedule) {
  EXPECT_EQ(normalize_text("Use Sch. 40 steel pipe for the riser."), "Use Schedule forty steel pipe for the riser.");
  EXPECT_EQ(normalize_text("The lab fitted sch 80 PVC lines."), "The lab fitted schedule eighty P.V.C lines.");
  // Away from pipes it may be a school.
  EXPECT_EQ(normalize_text("Her Sch. 5 reunion was in June."), "Her Sch. five reunion was in June.");
}

TEST(ShorthandWords, MarketsShortened) {
  EXPECT_EQ(normalize_text("The chain trades in 40 mkts now."), "The chain trades in forty markets now.");
  EXPECT_EQ(normalize_text("Its mkt share fell."), "Its market share fell.");
}

TEST(ShorthandWords, TransactionOfAPayment) {
  EXPECT_NE(normalize_text("The card charges 30 cents per txn abroad.").find("per transaction"), std::string::npos);
  EXPECT_NE(normalize_text("Daily txns fell.").find("transactions"), std::string::npos);
}

TEST(ShorthandWords, RegsBeforeAYearAreRegulations) {
  EXPECT_NE(normalize_text("The firm broke the Food Hygiene Regs 2013 twice.").find("Food Hygiene Regulations"),
            std::string::npos);
  // With no year after it, "Regs" is as often a surname or number plates and stays.
  EXPECT_EQ(normalize_text("under the Gas Safety Regs, landlords must").find("Regulations"), std::string::npos);
  EXPECT_EQ(normalize_text("Striker Marco Regs hit the bar twice.").find("Regulations"), std::string::npos);
  EXPECT_EQ(normalize_text("The Vintage Regs sale raised 40,000 pounds.").find("Regulations"), std::string::npos);
  EXPECT_EQ(normalize_text("Private Regs dealer Ann Cole said prices rose.").find("Regulations"), std::string::npos);
  // Opening a line, or after a small word, "Regs" stays too.
  EXPECT_EQ(normalize_text("Regs said he would stay.").find("Regulations"), std::string::npos);
  EXPECT_EQ(normalize_text("Uncle Reg said no.").find("Regulation"), std::string::npos);
}

}  // namespace briefcast
