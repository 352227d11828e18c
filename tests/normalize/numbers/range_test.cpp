// Ratios.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(Ratio, ColonWithOneFigureAfter) {
  EXPECT_EQ(normalize_text("a 4:1 edge"), "a four to one edge");
  EXPECT_EQ(normalize_text("mixed 1:250 with water"), "mixed one to two hundred fifty with water");
  EXPECT_EQ(normalize_text("at 4:10 today"), "at four ten today");  // a clock time
  EXPECT_EQ(normalize_text("Luke 2:7 reads"), "Luke 2:7 reads");   // a citation after a name
}

TEST(Tally, ThreeFiguresAgainstTwoOrThree) {
  EXPECT_EQ(normalize_text("it passed 301-199 on"), "it passed three hundred one to one hundred ninety nine on");
  EXPECT_EQ(normalize_text("a 131-97 rout"), "a one hundred thirty one to ninety seven rout");
  EXPECT_EQ(normalize_text("part 555-3"), "part five fifty five, three");  // a code
}

}  // namespace briefcast

namespace briefcast {

TEST(Range, SpacedDash) {
  EXPECT_EQ(normalize_text("expect 4 - 6 inches of snow"), "expect four to six inches of snow");
  EXPECT_EQ(normalize_text("from 1914 \u2013 1918"), "from nineteen fourteen to nineteen eighteen");
  EXPECT_EQ(normalize_text("a 1.5 - 2 percent rise"), "a one point five to two percent rise");
  // A falling pair is no range and keeps its dash.
  EXPECT_EQ(normalize_text("code 612 - 3"), "code six hundred twelve - three");
}

}  // namespace briefcast

namespace briefcast {

TEST(Ratio, SplitsOfAHundredAndRatiosNoClockCanBe) {
  EXPECT_EQ(normalize_text("a 55:45 split"), "a fifty five forty five split");
  EXPECT_EQ(normalize_text("odds of 50:50"), "odds of fifty fifty");
  EXPECT_EQ(normalize_text("a 30:90 ratio"), "a thirty to ninety ratio");
  EXPECT_EQ(normalize_text("at 9:45 sharp"), "at nine forty five sharp");  // a clock
}

}  // namespace briefcast

namespace briefcast {

TEST(Range, TwoClockTimesAroundASpacedDash) {
  EXPECT_EQ(normalize_text("open 8am - 6pm daily"), "open eight AM to six PM daily");
  EXPECT_EQ(normalize_text("from 7:15 - 9:40"), "from seven fifteen to nine forty");
}

TEST(Range, EveryDimensionOfABox) {
  EXPECT_EQ(normalize_text("a 4x6x10 crate"), "a four-by-six-by-ten crate");
  EXPECT_EQ(normalize_text("1x1x2 m"), "one by one by two meters");
}

}  // namespace briefcast

namespace briefcast {

TEST(Range, AfterBetweenTheEndsAreJoinedWithAnd) {
  EXPECT_EQ(normalize_text("between 30-40 boats"), "between thirty and forty boats");
  EXPECT_EQ(normalize_text("between 1914-1918 the town"), "between nineteen fourteen and nineteen eighteen the town");
  EXPECT_EQ(normalize_text("between 9 a.m.-5 p.m. weekdays"), "between nine AM and five PM weekdays");
  EXPECT_EQ(normalize_text("from 30-40 boats"), "from thirty to forty boats");  // "from" keeps "to"
  EXPECT_EQ(normalize_text("between the 30 boats to"), "between the thirty boats to");  // no span
  // The span is one end of "between ... and ...".
  EXPECT_EQ(normalize_text("between 2003-04 and 2008-09"),
            "between two thousand three to oh four and two thousand eight to oh nine");
}

TEST(Range, MoneyRangeWithAScaleOnBothEnds) {
  EXPECT_EQ(normalize_text("sales of $2.5 billion-$2.7 billion"), "sales of two point five billion to two point seven billion dollars");
  EXPECT_EQ(normalize_text("costs of \u00a38 million-\u00a39 million."), "costs of eight million to nine million pounds.");
}

TEST(Range, RatioWithAPointAgainstAWhole) {
  EXPECT_EQ(normalize_text("a ratio of 3.4:1 in favour"), "a ratio of three point four to one in favour");
  EXPECT_EQ(normalize_text("at 10:30 today"), "at ten thirty today");
}

TEST(Range, UnitWrittenOnBothEnds) {
  EXPECT_EQ(normalize_text("output of 210,000 ounces-240,000 ounces."), "output of two hundred ten thousand to two hundred forty thousand ounces.");
  EXPECT_EQ(normalize_text("at 3.5 tonnes-4 tonnes each"), "at three point five to four tonnes each");
  EXPECT_EQ(normalize_text("at 3 tonnes-4 barrels each").find(" to "), std::string::npos);
  // A symbol on both ends is said by its name; two units of one kind each after its figure.
  EXPECT_EQ(normalize_text("hikes of 4 km-7 km on the coast"), "hikes of four to seven kilometers on the coast");
  EXPECT_EQ(normalize_text("a dose of 0.5 mg-1 mg"), "a dose of zero point five to one milligram");
  EXPECT_EQ(normalize_text("for ages 9 mo-3 yrs only"), "for ages nine months to three years only");
  EXPECT_EQ(normalize_text("rest 30 sec-2 min between sets"), "rest thirty seconds to two minutes between sets");
}


TEST(Range, ASeasonThatTurnsTheCenturySaysItsEndYearWhole) {
  EXPECT_EQ(normalize_text("the 1899-00 season"), "the eighteen ninety nine to nineteen hundred season");
  EXPECT_EQ(normalize_text("in 1999-00 it fell"), "in nineteen ninety nine to two thousand it fell");
  EXPECT_EQ(normalize_text("the 1987-88 season"), "the nineteen eighty seven to eighty eight season");
}

TEST(Range, AScaleAfterTheSecondSumBelongsToBoth) {
  EXPECT_EQ(normalize_text("a refit costing $40 to $60 million"), "a refit costing forty to sixty million dollars");
  EXPECT_EQ(normalize_text("worth \u00a31.5-\u00a32 billion"), "worth one point five to two billion pounds");
  EXPECT_EQ(normalize_text("between \u20ac7 and \u20ac9 million a year"),
            "between seven and nine million euros a year");
  // A first figure not below the second is a sum of its own.
  EXPECT_EQ(normalize_text("from $90 to $3 million"), "from ninety dollars to three million dollars");
  // Without "between", "and" may join two sums.
  EXPECT_EQ(normalize_text("spent $8 and $12 million"), "spent eight dollars and twelve million dollars");
  // A figure too long for a double is no sum to compare, and never an exception.
  const std::string huge = "$" + std::string(400, '9') + "-$2 million";
  EXPECT_NO_THROW(normalize_text(huge));
}

}  // namespace briefcast

namespace briefcast {

TEST(Ratio, AfterACapitalisedLittleWord) {
  // "A" or "The" opening a sentence is no book before a citation ("Genesis 1:3").
  EXPECT_EQ(normalize_text("A 4:1 margin held."), "A four to one margin held.");
  EXPECT_EQ(normalize_text("The 5:2 diet"), "The five to two diet");
  EXPECT_EQ(normalize_text("see Exodus 3:2 again"), "see Exodus 3:2 again");
}

}  // namespace briefcast

namespace briefcast {

TEST(Ratio, TypedWithSpacesAroundTheColon) {
  EXPECT_EQ(normalize_text("mixed 2 : 1 with water"), "mixed two to one with water");
}

TEST(MapScales, OneToAGroupedFigure) {
  EXPECT_EQ(normalize_text("a 1:10,000 street plan"), "a one to ten thousand street plan");
  EXPECT_EQ(normalize_text("printed at 1:50 000 on the sheet"), "printed at one to fifty thousand on the sheet");
  EXPECT_EQ(normalize_text("the 1:2500 survey"), "the one to two thousand five hundred survey");
}

TEST(MapScales, ClocksAndSmallRatiosAsBefore) {
  EXPECT_EQ(normalize_text("a 1:72 kit"), "a one to seventy two kit");
  EXPECT_EQ(normalize_text("a ratio of 4:1"), "a ratio of four to one");
  EXPECT_EQ(normalize_text("at 1:45 pm"), "at one forty five PM");
}

// A scale written once after a range of decimal figures belongs to both ends.
TEST(Range, MoneyRangeOfDecimalsWithOneScale) {
  EXPECT_EQ(normalize_text("sales of $4.2-4.6bn this year"), "sales of four point two to four point six billion dollars this year");
  EXPECT_EQ(normalize_text("a bill of \u00a31.5-2m"), "a bill of one point five to two million pounds");
  // The typeset en dash is the same range; it was read as cents and meters.
  EXPECT_EQ(normalize_text("a guide of $2.5\u20133m for the sale"), "a guide of two point five to three million dollars for the sale");
  // Before a noun the range is one adjective, its currency singular.
  EXPECT_EQ(normalize_text("a \u00a34\u20136bn bid"), "a four to six-billion-pound bid");
  EXPECT_EQ(normalize_text("tickets at $12\u201315 each"), "tickets at twelve to fifteen dollars each");
}

// Past a clock's hours, in a line of a timed race, figures about a colon are minutes and seconds.
TEST(Range, RaceTimePastAClocksHours) {
  EXPECT_EQ(normalize_text("She won the parkrun in 25:08."), "She won the parkrun in twenty five minutes eight seconds.");
  EXPECT_EQ(normalize_text("he clocked 31:45 for the 10,000m"),
            "he clocked thirty one minutes forty five seconds for the ten thousand meters");
  EXPECT_EQ(normalize_text("a ratio of 30:41"), "a ratio of thirty to forty one");
}

TEST(Range, RatioOfSingleFigures) {
  EXPECT_EQ(normalize_text("mixed in a 4:2:1 ratio"), "mixed in a four to two to one ratio");
  EXPECT_EQ(normalize_text("finished in 2:08:30"), "finished in two hours eight minutes and thirty seconds");
}

}  // namespace briefcast

namespace briefcast {

// Both ends grouped in thousands: one range of money, its currency said once at its end.
TEST(Range, MoneyRangeOfGroupedFigures) {
  EXPECT_EQ(normalize_text("valued at $40,000-60,000 by the house"),
            "valued at forty thousand to sixty thousand dollars by the house");
  // A grouped figure and a short one are no such range.
  EXPECT_EQ(normalize_text("cost $1,000-2 each").find("thousand to"), std::string::npos);
}

}  // namespace briefcast

namespace briefcast {

TEST(MoneyRanges, AFirstSumAboveTheSecondFigureKeepsItsOwnValue) {
  // The scale after the second sum cannot be the first one's: "$250,000-$2 million" had been
  // "two hundred fifty thousand dollars to two dollar million".
  EXPECT_EQ(normalize_text("Grants run $250,000-$2 million a year."),
            "Grants run two hundred fifty thousand dollars to two million dollars a year.");
  EXPECT_EQ(normalize_text("from $800 to $3 billion"), "from eight hundred dollars to three billion dollars");
  // A first figure below the second shares the scale.
  EXPECT_EQ(normalize_text("bids of $2-$4 million"), "bids of two to four million dollars");
}

TEST(Range, LevelScoresSaidAll) {
  EXPECT_EQ(normalize_text("Rovers drew 3-3 with County."), "Rovers drew three all with County.");
  EXPECT_EQ(normalize_text("The derby ended 2-2 in the rain."), "The derby ended two all in the rain.");
  EXPECT_EQ(normalize_text("The sides were level at 1-1 by the break."), "The sides were level at one all by the break.");
  EXPECT_EQ(normalize_text("It was a 4-4 draw."), "It was a four all draw.");
  EXPECT_EQ(normalize_text("The replay finished 1\u20131, so penalties followed."),
            "The replay finished one all, so penalties followed.");
  // A won score stays one; a season's record after "finished" is no score.
  EXPECT_EQ(normalize_text("Rovers won 3-1 at home."), "Rovers won three to one at home.");
  EXPECT_EQ(normalize_text("The Hawks finished 7-7 last year.").find(" all"), std::string::npos);
  EXPECT_EQ(normalize_text("The week ended 2-2 for the index.").find(" all"), std::string::npos);
}

TEST(Range, ContractLengthAndWorth) {
  EXPECT_EQ(normalize_text("He agreed a 4-yr/$60.5M extension."), "He agreed a four-year, sixty-point-five-million-dollar extension.");
}

TEST(Range, EndingInAVulgarFraction) {
  EXPECT_EQ(normalize_text("Sizes run EU 38\u201344\u2154."), "Sizes run E.U thirty eight to forty four and two thirds.");
}

TEST(Range, AnAuctionEstimateWithASlash) {
  EXPECT_EQ(normalize_text("The vase carries an estimate of $30/50K."), "The vase carries an estimate of thirty to fifty thousand dollars.");
  // Away from an estimate the slash is left to the other rules.
  EXPECT_EQ(normalize_text("It paid $30/50K shares.").find("thirty to fifty"), std::string::npos);
}

}  // namespace briefcast

namespace briefcast {

// Minutes and seconds past a clock's hours, placed in a match against a clock: the game clock.
TEST(GameClock, MinutesAndSecondsOfAMatch) {
  EXPECT_EQ(normalize_text("Okafor netted the winner at 44:18 of the game."),
            "Okafor netted the winner at forty four eighteen of the game.");
  EXPECT_EQ(normalize_text("Goals came at 12:30, 35:07 and 51:22 in the match."),
            "Goals came at twelve thirty, thirty five oh seven and fifty one twenty two in the match.");
  // A result, a verse or a figure with no match around it keeps its reading.
  EXPECT_EQ(normalize_text("Kiel won 31:28 at home."), "Kiel won thirty one to twenty eight at home.");
  EXPECT_EQ(normalize_text("The mix was 30:45 at the plant."), "The mix was thirty to forty five at the plant.");
}

// A money range with the scale on both ends says it once; before a noun it is one adjective.
TEST(Range, ScaleOnBothEndsOfAMoneyRange) {
  EXPECT_EQ(normalize_text("a $3.5M–$4M valuation"), "a three point five to four-million-dollar valuation");
  EXPECT_EQ(normalize_text("sold for £2m-£3m in all"), "sold for two to three million pounds in all");
  // Different scales on the ends are two sums.
  EXPECT_EQ(normalize_text("a $900k-$1.1M deal"), "a nine hundred thousand dollars to one point one million dollars deal");
}

}  // namespace briefcast
