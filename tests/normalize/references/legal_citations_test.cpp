// Circuit courts, British case names and doubled section signs.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(LegalCitations, CircuitAfterItsOrdinal) {
  EXPECT_EQ(normalize_text("The ruling was upheld by the 5th Cir."), "The ruling was upheld by the fifth Circuit.");
  EXPECT_EQ(normalize_text("the 2d Cir. reversed it"), "the second Circuit reversed it");
  EXPECT_EQ(normalize_text("the D.C. Cir. heard the appeal"), "the D.C Circuit heard the appeal");
  EXPECT_EQ(normalize_text("the Fed. Cir. sided with them"), "the Federal Circuit sided with them");
}

TEST(LegalCitations, CircleStaysAStreetAfterANumber) {
  EXPECT_EQ(normalize_text("She lives at 42 Oak Cir. in Dover."), "She lives at forty two Oak Circle in Dover.");
}

TEST(LegalCitations, BareVBetweenNamesIsVersus) {
  EXPECT_EQ(normalize_text("In R v Hughes the judges agreed."), "In R versus Hughes the judges agreed.");
  EXPECT_EQ(normalize_text("the ruling in Patel v Mirza stands"), "the ruling in Patel versus Mirza stands");
  EXPECT_EQ(normalize_text("Wales v Ireland kicks off at three"), "Wales versus Ireland kicks off at three");
}

TEST(LegalCitations, VAfterABracketedPartyIsVersus) {
  EXPECT_EQ(normalize_text("In R (Patel) v Leeds City Council the claim failed."),
            "In R (Patel) versus Leeds City Council the claim failed.");
  // A bracket that closes another phrase before a lower-case word keeps the letter.
  EXPECT_EQ(normalize_text("Vitamins (B and C) v the rest.").find("versus"), std::string::npos);
}

TEST(LegalCitations, DottedVBetweenNamesIsVersus) {
  EXPECT_EQ(normalize_text("ruled in Doe v. Acme on Monday"), "ruled in Doe versus Acme on Monday");
}

TEST(LegalCitations, VsWithoutItsPeriodIsVersus) {
  EXPECT_EQ(normalize_text("Leeds vs Fulham ended level"), "Leeds versus Fulham ended level");
  EXPECT_EQ(normalize_text("rent vs mortgage costs"), "rent versus mortgage costs");
  EXPECT_NE(normalize_text("Sales rose 4% (vs 3% a year ago).").find("(versus three percent"), std::string::npos);
  EXPECT_NE(normalize_text("margins [vs peers] held").find("[versus peers]"), std::string::npos);
}

TEST(LegalCitations, OtherVsStayLetters) {
  EXPECT_EQ(normalize_text("vitamin v tablets"), "vitamin v tablets");
  EXPECT_EQ(normalize_text("Plan v was dropped"), "Plan v was dropped");
}

TEST(LegalCitations, DoubledSectionSignIsPlural) {
  EXPECT_EQ(normalize_text("The bill repeals §§ 40-44 of the code."), "The bill repeals sections forty to forty four of the code.");
  EXPECT_EQ(normalize_text("under §§3-5 and § 9"), "under sections three to five and section nine");
  EXPECT_EQ(normalize_text("see §§ 2 and 7"), "see sections two and seven");
}

TEST(LegalCitations, EuropeanActNumbers) {
  EXPECT_EQ(normalize_text("under Regulation (EU) 2022/2065 platforms must act"),
            "under Regulation (E.U) twenty twenty two slash two thousand sixty five platforms must act");
  EXPECT_EQ(normalize_text("Directive 2014/65/EU governs it"), "Directive twenty fourteen slash sixty five slash E.U governs it");
  EXPECT_EQ(normalize_text("Council Decision 2019/797 applies"), "Council Decision twenty nineteen slash seven hundred ninety seven applies");
  EXPECT_EQ(normalize_text("Regulation (EC) No 1272/2008 lists them"),
            "Regulation (E.C) number twelve seventy two of two thousand eight lists them");
}

TEST(LegalCitations, ShortKindBeforeSerialAndYear) {
  EXPECT_EQ(normalize_text("Dyes are restricted by Reg. 1907/2006 in every member state."),
            "Dyes are restricted by Regulation nineteen oh seven of two thousand six in every member state.");
  EXPECT_EQ(normalize_text("The bank follows Reg. (EU) 2019/876 on capital."),
            "The bank follows Regulation (E.U) twenty nineteen slash eight hundred seventy six on capital.");
  // "Reg" as a name, and a slashed pair with no act before it, keep their readings.
  EXPECT_EQ(normalize_text("Reg. Smith won 3/4 of the votes."), "Reg. Smith won three quarters of the votes.");
}

TEST(LegalCitations, VersusBetweenTwoFigures) {
  EXPECT_EQ(normalize_text("The decider finished 98.5 v 97 in the final."),
            "The decider finished ninety eight point five versus ninety seven in the final.");
  EXPECT_EQ(normalize_text("A 5 v 5 drill, then Leinster v Munster."), "A five versus five drill, then Leinster versus Munster.");
  // A figure on one side only, or a name of one letter: the letter stays.
  EXPECT_EQ(normalize_text("Take Vitamin v with meals."), "Take Vitamin v with meals.");
  EXPECT_EQ(normalize_text("The boards went 12 v adapter.").find("versus"), std::string::npos);
}

// A team named with its article after "v".
TEST(LegalCitations, VBeforeATeamWithItsArticle) {
  EXPECT_EQ(normalize_text("Round 4 v the Swifts was close."), "Round four versus the Swifts was close.");
  EXPECT_EQ(normalize_text("Vitamin C v the cold.").find("versus"), std::string::npos);
}

}  // namespace briefcast
