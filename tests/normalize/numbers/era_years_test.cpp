// Years of an era: spans with their dash split off, radiocarbon dates with "cal" or an error,
// and the era written before its year.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(EraYears, SpanOfYearsIsSaidWithTo) {
  EXPECT_EQ(normalize_text("Farming spread here in 5400 \u2013 4900 BC, they said."),
            "Farming spread here in fifty four hundred to forty nine hundred B.C, they said.");
  EXPECT_EQ(normalize_text("The walls rose c. 2350\u20132150 BCE, on the evidence."),
            "The walls rose circa twenty three fifty to twenty one fifty B.C.E, on the evidence.");
}

TEST(EraYears, CalibratedDatesKeepCal) {
  EXPECT_EQ(normalize_text("The hearth dates to 2890\u20132630 cal BC at best."),
            "The hearth dates to twenty eight ninety to twenty six thirty cal B.C at best.");
  EXPECT_EQ(normalize_text("A bone gave 2215\u00b140 BP, the lab said."),
            "A bone gave twenty two fifteen plus or minus forty B.P, the lab said.");
}

TEST(EraYears, EraBeforeItsYear) {
  EXPECT_EQ(normalize_text("The coin was struck c. AD 240\u2013244, before the fire."),
            "The coin was struck circa A.D two forty to two forty four, before the fire.");
  EXPECT_EQ(normalize_text("The fort fell in AD 410 to raiders."), "The fort fell in A.D four ten to raiders.");
}

TEST(EraYears, ASpanRunsTheEraWay) {
  // A score before a player's initials runs against the era's order, so it is no span of years.
  EXPECT_EQ(normalize_text("Boston won 121 - 104 AD scored 30.").find("one twenty one"), std::string::npos);
  EXPECT_EQ(normalize_text("They beat Utah 112\u2013105 CE Lopez said.").find("one twelve"),
            std::string::npos);
  EXPECT_EQ(normalize_text("It closed 330 - 410 BC Hydro units.").find("three thirty to four ten"), std::string::npos);
  EXPECT_EQ(normalize_text("It was tied 27 - 24 BC kicking last.").find("twenty seven to twenty four"), std::string::npos);
  // The era's own order is a span.
  EXPECT_NE(normalize_text("The kiln ran 860 - 920 AD, they think.").find("eight sixty to nine twenty A.D"),
            std::string::npos);
  EXPECT_NE(normalize_text("The town grew AD 310\u2013340 at most.").find("three ten to three forty"), std::string::npos);
  EXPECT_EQ(normalize_text("The town grew AD 340\u2013310 at most.").find("three forty to three ten"), std::string::npos);
}

TEST(EraYears, NoEraNoEraReading) {
  // With no era after it, a span of years keeps the range's reading; "c." before a word is left.
  EXPECT_EQ(normalize_text("Output rose in 2019 \u2013 2023, the firm said.").find("cal"), std::string::npos);
  EXPECT_EQ(normalize_text("The hall seats c. ADA members.").find("circa"), std::string::npos);
}

}  // namespace briefcast
