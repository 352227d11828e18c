// A cricket scorecard's shorthand said in full, only in a line about cricket.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(CricketScorecard, RunsPerOverAndStrikeRate) {
  EXPECT_EQ(normalize_text("they needed 8.5 rpo with six wickets left"),
            "they needed eight point five runs per over with six wickets left");
  EXPECT_EQ(normalize_text("the spinner went at 3.1 r.p.o. across his spell of overs"),
            "the spinner went at three point one runs per over across his spell of overs");
  EXPECT_EQ(normalize_text("a fifty off 30 balls (S/R 166.6)"),
            "a fifty off thirty balls (strike rate one hundred sixty six point six)");
  // Outside cricket "rpo" is left alone.
  EXPECT_EQ(normalize_text("the backup target is 4 rpo for the data centre").find("runs"), std::string::npos);
}

TEST(CricketScorecard, FirstClassAndKeeperDismissals) {
  EXPECT_EQ(normalize_text("a debut after 12 f-c matches as a seamer"),
            "a debut after twelve first-class matches as a seamer");
  EXPECT_EQ(normalize_text("the wicketkeeper took 4 ct and 2 st on day two"),
            "the wicketkeeper took four catches and two stumpings on day two");
  EXPECT_EQ(normalize_text("1 ct in the second innings"), "one catch in the second innings");
  // "ct" away from cricket is no catch.
  EXPECT_EQ(normalize_text("a ring of 2 ct diamonds").find("catch"), std::string::npos);
}

TEST(CricketScorecard, DismissalLetters) {
  EXPECT_EQ(normalize_text("Marsh c Lyall b Dunmore 41 as the innings wobbled"),
            "Marsh caught Lyall bowled Dunmore forty one as the innings wobbled");
  EXPECT_EQ(normalize_text("Pike st Varga b Olsen 9 in the first innings"),
            "Pike stumped Varga bowled Olsen nine in the first innings");
  EXPECT_EQ(normalize_text("Trent lbw b Morrow 17 before stumps"), "Trent lbw bowled Morrow seventeen before stumps");
  // Letters "c" and "b" outside a scorecard stay as written.
  EXPECT_EQ(normalize_text("option c Smith b Jones was chosen by the panel"),
            "option c Smith b Jones was chosen by the panel");
}

TEST(CricketScorecard, FiguresWithAnEnDashAndVersus) {
  EXPECT_EQ(normalize_text("the spinner's best of 6–41 v. Eastvale came in the second innings"),
            "the spinner's best of six for forty one versus Eastvale came in the second innings");
  EXPECT_EQ(normalize_text("the wicket fell with the score at 3–27 v Lowmoor"),
            "the wicket fell with the score at three for twenty seven versus Lowmoor");
  // An en-dash range of overs stays a range.
  EXPECT_EQ(normalize_text("overs 6–15 were the bowler's worst").find(" for "), std::string::npos);
}

TEST(CricketScorecard, TotalsAndSides) {
  EXPECT_EQ(normalize_text("in the T20I they made 187-6"), "in the T twenty I they made one hundred eighty seven for six");
  EXPECT_EQ(normalize_text("the 3rd XI won the league title"), "the third eleven won the league title");
  EXPECT_EQ(normalize_text("Div. 2 champions were promoted"), "Division two champions were promoted");
  EXPECT_EQ(normalize_text("reduced to 20 ov. and a late start for the chase"),
            "reduced to twenty overs and a late start for the chase");
}

}  // namespace briefcast
