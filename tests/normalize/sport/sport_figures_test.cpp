// Odds, cricket totals and batting averages, told apart by the words of their line.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(SportFigures, OddsAreSaidWithTo) {
  EXPECT_EQ(normalize_text("the 9/4 favourite won easily"), "the nine to four favourite won easily");
  EXPECT_EQ(normalize_text("a 33/1 shot"), "a thirty three to one shot");
  EXPECT_EQ(normalize_text("she went off at odds of 10/1."), "she went off at odds of ten to one.");
  EXPECT_EQ(normalize_text("Bookies have Spain at 4/1 and France at 9/2."),
            "Bookies have Spain at four to one and France at nine to two.");
}

TEST(SportFigures, WithoutBettingWordsAFractionOrDateStays) {
  EXPECT_EQ(normalize_text("cut the time by 1/4 at most"), "cut the time by one quarter at most");
  EXPECT_EQ(normalize_text("he ate 3/4 of the pie"), "he ate three quarters of the pie");
}

TEST(SportFigures, APairInAPricesPlaceNearABettingWordIsAPrice) {
  EXPECT_EQ(normalize_text("Punters pushed Leinster out from 15/8 to 5/4 overnight."),
            "Punters pushed Leinster out from fifteen to eight to five to four overnight.");
  EXPECT_EQ(normalize_text("The mare, 10/1 joint-fav at the off, drifted into 14/1."),
            "The mare, ten to one joint favourite at the off, drifted into fourteen to one.");
  EXPECT_EQ(normalize_text("With the bookies the grey drifted to 11/4 before the start."),
            "With the bookies the grey drifted to eleven to four before the start.");
  EXPECT_EQ(normalize_text("Labour were cut to 2/5 from 14/6 with bookmakers."),
            "Labour were cut to two to five from fourteen to six with bookmakers.");
  EXPECT_EQ(normalize_text("Punters cut the Lions to 9/4 favourites from 15/4 overnight."),
            "Punters cut the Lions to nine to four favourites from fifteen to four overnight.");
}

TEST(SportFigures, InABettingLineADateOrAShareStays) {
  EXPECT_EQ(normalize_text("Bookmakers said betting on the race closes on 7/3 at noon."),
            "Bookmakers said betting on the race closes on July third at noon.");
  EXPECT_EQ(normalize_text("Bookies took 2/3 of their bets online."), "Bookies took two thirds of their bets online.");
  EXPECT_EQ(normalize_text("The mayor, backed by the unions, will act 8/4."), "The mayor, backed by the unions, will act eight quarters.");
  EXPECT_EQ(normalize_text("The rule, backed by the board, takes effect 9/1 statewide."),
            "The rule, backed by the board, takes effect September first statewide.");
  EXPECT_EQ(normalize_text("The ward's SP toured the camp 5/10 with officers.").find("to ten"), std::string::npos);
  EXPECT_EQ(normalize_text("The clinic, backed by donors, is open 24/7."), "The clinic, backed by donors, is open twenty four seven.");
  EXPECT_EQ(normalize_text("Prices fell as of 1/4 the way through."), "Prices fell as of one quarter the way through.");
  EXPECT_EQ(normalize_text("The haze drifted into 2/3 of the valley."), "The haze drifted into two thirds of the valley.");
  EXPECT_EQ(normalize_text("Firefighters backed the plaque for the 9/11 responders.").find("to eleven"), std::string::npos);
  EXPECT_EQ(normalize_text("Favourite squads are named by the clubs some days before the 1/8 finals.").find("to eight"),
            std::string::npos);
  EXPECT_EQ(normalize_text("The filing window shortened to 4/18 from 5/2, the agency said.").find("to eighteen"),
            std::string::npos);
  EXPECT_EQ(normalize_text("Sleet drifted in as the board meets 2/11 and 2/12.").find("to twelve"), std::string::npos);
  EXPECT_EQ(normalize_text("The favourite stays 1 1/2 miles."), "The favourite stays one and a half miles.");
  EXPECT_EQ(normalize_text("Shares in the bookmaker fell 3/8 on Monday."), "Shares in the bookmaker fell three eighths on Monday.");
}

TEST(SportFigures, CricketTotalIsRunsForWickets) {
  EXPECT_EQ(normalize_text("Pakistan closed on 312/4 at stumps"), "Pakistan closed on three hundred twelve for four at stumps");
  EXPECT_EQ(normalize_text("they declared on 501-9"), "they declared on five hundred one for nine");
}

TEST(SportFigures, ScoresOutsideCricketStay) {
  EXPECT_EQ(normalize_text("the Bears won 27-3 on Sunday"), "the Bears won twenty seven to three on Sunday");
}

TEST(SportFigures, BattingAverages) {
  EXPECT_EQ(normalize_text("he is hitting .298 this season"), "he is hitting two ninety eight this season");
  EXPECT_EQ(normalize_text("a batting average of .305"), "a batting average of three oh five");
  EXPECT_EQ(normalize_text("she slashed .300/.410/.650 in May"),
            "she slashed three hundred, four ten, six fifty in May");
}

TEST(SportFigures, ALeadingPointOutsideBaseballIsADecimal) {
  EXPECT_EQ(normalize_text("a p-value of .045"), "a p-value of point o four five");
}

}  // namespace briefcast

namespace briefcast {

TEST(SportFigures, TiebreakSetWithItsPoints) {
  EXPECT_EQ(normalize_text("she took it 7-6(4), 6-1"), "she took it seven six (four), six one");
  EXPECT_EQ(normalize_text("lost 6-7(10) in the first"), "lost six seven (ten) in the first");
}

}  // namespace briefcast

namespace briefcast {

TEST(SportFigures, TwoOrMoreSetScoresAreAMatchsSets) {
  EXPECT_EQ(normalize_text("She beat Lee 6-3 4-6 7-5 in Rome."), "She beat Lee six three, four six, seven five in Rome.");
  EXPECT_EQ(normalize_text("won 7-5, 6-7(2), 6-0"), "won seven five, six seven (two), six love");
  EXPECT_EQ(normalize_text("won 6-7 (5-7), 6-2"), "won six seven (five seven), six two");
  EXPECT_EQ(normalize_text("won 6-2, 7-6 (7-3) today"), "won six two, seven six (seven three) today");
  // One score alone, or scores no set can have, stay scores.
  EXPECT_EQ(normalize_text("won 6-3 at home"), "won six to three at home");
  EXPECT_EQ(normalize_text("won 9-3 5-2"), "won nine to three five to two");
}

TEST(SportFigures, PricesInAListAreOddsWithoutABettingWord) {
  EXPECT_EQ(normalize_text("The returns were 9/2, 7/4, 12/1 and 5/1."),
            "The returns were nine to two, seven to four, twelve to one and five to one.");
  EXPECT_EQ(normalize_text("Winners at 20/1, 16/1 and 14/1 came home."),
            "Winners at twenty to one, sixteen to one and fourteen to one came home.");
  EXPECT_EQ(normalize_text("Prices such as 7/1 or 9/4 are common in betting."),
            "Prices such as seven to one or nine to four are common in betting.");
}

TEST(SportFigures, DateListsAndFractionsAreNoOddsList) {
  // One month, or months alone, or a fraction below one: dates and shares.
  // (How each is read is the date and fraction rules' business; here none is odds.)
  EXPECT_EQ(normalize_text("Meetings fell on 3/1, 3/2 and 3/3.").find(" to "), std::string::npos);
  EXPECT_EQ(normalize_text("Rent was due 4/1, 5/1 and 6/1."), "Rent was due April first, May first and June first.");
  EXPECT_EQ(normalize_text("They paid 1/2, 1/3 and 1/4 of it."), "They paid one half, one third and one quarter of it.");
  EXPECT_EQ(normalize_text("Only 3/1 and 5/2 were open."), "Only March first and five halves were open.");
}

TEST(SportFigures, ScoreWithAFractionOutOfAWholeNumber) {
  EXPECT_EQ(normalize_text("she leads with 5.5/7 after round seven"), "she leads with five and a half out of seven after round seven");
  EXPECT_EQ(normalize_text("the film gets 7.5/10 from us"), "the film gets seven and a half out of ten from us");
  EXPECT_EQ(normalize_text("a 6.8/10 rating"), "a six point eight out of ten rating");
  // Nothing less than one, and nothing over its total.
  EXPECT_EQ(normalize_text("the 0.5/1 mix").find("out of"), std::string::npos);
  // A figure too long to be a score is no score, and never stops the line being read.
  EXPECT_NO_THROW(normalize_text("graded 123456789012.5/10 by the panel"));
  EXPECT_EQ(normalize_text("graded 123456789012.5/10 by the panel").find("out of"), std::string::npos);
  EXPECT_EQ(normalize_text("a 12.5/10 joke").find("out of"), std::string::npos);
}

TEST(SportFigures, AWinningPercentageIsSaidAsAnAverage) {
  EXPECT_EQ(normalize_text("the Rams fell below .500 after the loss"), "the Rams fell below five hundred after the loss");
  EXPECT_EQ(normalize_text("a .625 winning percentage"), "a six twenty five winning percentage");
  // Without a word of sport or of a record, a figure after "to" is a decimal.
  EXPECT_EQ(normalize_text("the ratio rose to .500 in May"), "the ratio rose to point five zero zero in May");
}

TEST(SportFigures, ShotsMadeOfShotsTaken) {
  EXPECT_EQ(normalize_text("Ruiz went 7-15 from the field and 2-2 from the line"),
            "Ruiz went seven for fifteen from the field and two for two from the line");
  EXPECT_EQ(normalize_text("(4-9 on 3-pointers)"), "(four for nine on three pointers)");
  // A falling pair or one with no shots after it is a score or a range.
  EXPECT_EQ(normalize_text("won 15-9 on the road").find(" for "), std::string::npos);
}

}  // namespace briefcast

namespace briefcast {

TEST(SportFigures, AgeGroupOfATeam) {
  EXPECT_EQ(normalize_text("the U17 squad travels"), "the under seventeen squad travels");
  EXPECT_EQ(normalize_text("Wales U-18s won"), "Wales under eighteens won");
  EXPECT_EQ(normalize_text("a U2 concert"), "a U two concert");
}

TEST(SportFigures, BowlingFiguresAreWicketsForRuns) {
  EXPECT_EQ(normalize_text("he returned 4/27 from his eight overs"), "he returned four for twenty seven from his eight overs");
}

TEST(HyphenOdds, BesideAWordOfBetting) {
  EXPECT_EQ(normalize_text("She won at odds of 66-1 on Sunday."), "She won at odds of sixty six to one on Sunday.");
  EXPECT_EQ(normalize_text("the 33-1 outsider came home first"), "the thirty three to one outsider came home first");
  EXPECT_EQ(normalize_text("a 50-1 shot took the cup"), "a fifty to one shot took the cup");
  EXPECT_EQ(normalize_text("The odds were 250-1 against it."), "The odds were two hundred fifty to one against it.");
  EXPECT_EQ(normalize_text("the 4-6 favourite and a 12-1 bet"), "the four to six favourite and a twelve to one bet");
}

TEST(HyphenOdds, AfterAtInALineAboutBetting) {
  EXPECT_EQ(normalize_text("Punters backed him at 11-4 all week."), "Punters backed him at eleven to four all week.");
}

TEST(HyphenOdds, ScoresAndRangesAreNoOdds) {
  EXPECT_EQ(normalize_text("They beat the Hawks 102-99 on Friday."), "They beat the Hawks one hundred two to ninety nine on Friday.");
  EXPECT_EQ(normalize_text("bookmakers expect 8-10 runners"), "bookmakers expect eight to ten runners");
  EXPECT_EQ(normalize_text("between 4-6 weeks"), "between four and six weeks");
}

TEST(RacingPrices, AfterTheWordsOfARacingResult) {
  EXPECT_EQ(normalize_text("Star Pilot returned 13/8 after a late surge."), "Star Pilot returned thirteen to eight after a late surge.");
  EXPECT_EQ(normalize_text("The winner, SP 7/2, was ridden by an apprentice."),
            "The winner, S.P seven to two, was ridden by an apprentice.");
  EXPECT_EQ(normalize_text("Red Lantern won the Derby at 5/4 on Saturday."), "Red Lantern won the Derby at five to four on Saturday.");
  EXPECT_EQ(normalize_text("a 14/1 shot took the handicap"), "a fourteen to one shot took the handicap");
  EXPECT_EQ(normalize_text("She was priced 9/4 overnight."), "She was priced nine to four overnight.");
}

TEST(RacingPrices, FractionsAndBowlingFiguresStay) {
  EXPECT_EQ(normalize_text("The pipe tapered at 3/4 of its length."), "The pipe tapered at three quarters of its length.");
  EXPECT_EQ(normalize_text("they won the vote, at 2/3 of members"), "they won the vote, at two thirds of members");
  EXPECT_EQ(normalize_text("He won the seat at 2/3 of the vote.").find(" to "), std::string::npos);
  EXPECT_EQ(normalize_text("the seamer returned 3/41 in his ten overs"), "the seamer returned three for forty one in his ten overs");
}

TEST(CricketLines, HyphenBowlingFiguresNotOutAndOvers) {
  EXPECT_EQ(normalize_text("Starc finished the innings taking 4-51."), "Starc finished the innings taking four for fifty one.");
  EXPECT_EQ(normalize_text("His figures of 6-23 were the best of the Test, as the wicket turned."),
            "His figures of six for twenty three were the best of the Test, as the wicket turned.");
  EXPECT_EQ(normalize_text("Smith's 211* anchored the innings."), "Smith's two hundred eleven not out anchored the innings.");
  EXPECT_EQ(normalize_text("Her 88* came off 70 balls with nine fours."), "Her eighty eight not out came off seventy balls with nine fours.");
  EXPECT_EQ(normalize_text("England 287/6 (50 ov) beat Ireland 201 (41.3 ov) in the ODI."),
            "England two hundred eighty seven for six (fifty overs) beat Ireland two oh one (forty one point three overs) in the O.D.I.");
  EXPECT_EQ(normalize_text("Kenya 155/9 (20 ov) lost by four wickets."),
            "Kenya one hundred fifty five for nine (twenty overs) lost by four wickets.");
}

TEST(CricketLines, OtherLinesKeepTheirReadings) {
  EXPECT_EQ(normalize_text("The Lions lost 3-17 to the Eagles."), "The Lions lost three to seventeen to the Eagles.");
  EXPECT_EQ(normalize_text("Ages 5-16 may enter."), "Ages five to sixteen may enter.");
  EXPECT_EQ(normalize_text("the wicket fell in overs 1-15"), "the wicket fell in overs one to fifteen");
  EXPECT_EQ(normalize_text("Terms and conditions apply*"), "Terms and conditions apply");
  EXPECT_EQ(normalize_text("We sold 250* tickets.").find("not out"), std::string::npos);
}

TEST(SportFigures, OddsBeforeTheWinOrTheWinnerAndTheFavourite) {
  EXPECT_NE(normalize_text("She rode a 20/1 winner at Ascot.").find("twenty to one winner"), std::string::npos);
  EXPECT_NE(normalize_text("Bookies have the champion 2/7 to retain her crown.").find("two to seven to retain"), std::string::npos);
  EXPECT_NE(normalize_text("Our tip won at 7-2 fav in the last.").find("seven to two favourite in"), std::string::npos);
  EXPECT_NE(normalize_text("United are 8-11 to lift the cup.").find("eight to eleven to lift"), std::string::npos);
  // A share of a thing is no price.
  EXPECT_EQ(normalize_text("He ate 1/3 to win the bet.").find("one to three"), std::string::npos);
}

TEST(SportFigures, SteeplechasePriceBesideRacingWords) {
  EXPECT_EQ(normalize_text("The gelding won the juveniles' hurdle at 7/2 on Friday."),
            "The gelding won the juveniles' hurdle at seven to two on Friday.");
  EXPECT_EQ(normalize_text("The gelding won the novice chase at 9/2."),
            "The gelding won the novice chase at nine to two.");
}

TEST(SportFigures, PricesAfterQualifiedPricedAndSentOff) {
  EXPECT_EQ(normalize_text("The colt went off at 9/2 and won by a neck for his jockey."),
            "The colt went off at nine to two and won by a neck for his jockey.");
  EXPECT_EQ(normalize_text("She is best-priced 11/4 with most firms."), "She is best-priced eleven to four with most firms.");
  EXPECT_EQ(normalize_text("The 4/5 fav. won easily."), "The four to five favourite won easily.");
  EXPECT_EQ(normalize_text("The meeting is on 12/1 at the course."), "The meeting is on December first at the course.");
}

// A move between two prices told at the very start of a line still has its "to" and price.
TEST(SportFigures, APriceMoveAtTheStartOfALine) {
  EXPECT_EQ(normalize_text("To 7/4 from 3/1 with the bookmakers went the grey."),
            "To seven to four from three to one with the bookmakers went the grey.");
}

// The word after a price names it one whether the price has a slash or a hyphen.
TEST(SportFigures, APricesNounAfterEitherMark) {
  EXPECT_EQ(normalize_text("She landed a 6/1 bet on the filly."), "She landed a six to one bet on the filly.");
  EXPECT_EQ(normalize_text("The colt is a 9-2 chance for the Derby."), "The colt is a nine to two chance for the Derby.");
  // An even split is no price unless "odds" names it.
  EXPECT_EQ(normalize_text("Analysts call it a 50-50 chance."), "Analysts call it a fifty fifty chance.");
  EXPECT_NE(normalize_text("Bookmakers offered odds of 2-2 on the draw.").find("two to two"), std::string::npos);
}

}  // namespace briefcast
