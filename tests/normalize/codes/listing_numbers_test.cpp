// The number sign glued to an identifier after the word naming what it numbers.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(ListingNumbers, GroupedIdentifierAfterItsCapitals) {
  EXPECT_EQ(normalize_text("The cottage, MLS #31-204417, sold in a week."),
            "The cottage, M.L.S number thirty one, two zero four four one seven, sold in a week.");
}

TEST(ListingNumbers, LetteredAndYearNumberedIdentifiers) {
  EXPECT_EQ(normalize_text("Her ticket #B2917 won the raffle."), "Her ticket number B twenty nine seventeen won the raffle.");
  EXPECT_EQ(normalize_text("Case #2019-207 was dismissed."), "Case number twenty nineteen, two oh seven was dismissed.");
}

TEST(ListingNumbers, ShortFigureStaysACount) {
  EXPECT_EQ(normalize_text("Lot #27 went to a dealer."), "Lot number twenty seven went to a dealer.");
}

TEST(ListingNumbers, HashtagsAndRankingsUntouched) {
  // No identifier word before the sign, or no figure after it: not this rule's.
  EXPECT_EQ(normalize_text("It was a #1 hit in spring."), "It was a number one hit in spring.");
  EXPECT_EQ(normalize_text("Fans posted under #Vote2024 all day."),
            normalize_text("Fans posted under #Vote2024 all day."));
  EXPECT_EQ(normalize_text("The case #MeToo raised was heard."), "The case hashtag MeToo raised was heard.");
}

// Five figures or more after the sign of a number identify a thing: said figure by figure.
TEST(ListingNumbers, LongFigureAfterTheSignOfANumber) {
  EXPECT_EQ(normalize_text("The haulier (MC No. 8820417) was barred."),
            "The haulier (M.C number eight eight two zero four one seven) was barred.");
  EXPECT_EQ(normalize_text("Her permit number 553018 lapsed."), "Her permit number five five three zero one eight lapsed.");
}

TEST(ListingNumbers, RanksCountsAndDenialsStay) {
  EXPECT_EQ(normalize_text("She was the No. 3 seed."), "She was the number three seed.");
  EXPECT_NE(normalize_text("They logged No. 4,120 claims.").find("four thousand one hundred twenty"), std::string::npos);
  EXPECT_NE(normalize_text("There were no 20000 fans.").find("twenty thousand"), std::string::npos);
  EXPECT_NE(normalize_text("The number 60000 was passed.").find("sixty thousand"), std::string::npos);
  EXPECT_NE(normalize_text("A record number 41000 ran.").find("forty one thousand"), std::string::npos);
  EXPECT_NE(normalize_text("Some 35000 people came.").find("thirty five thousand"), std::string::npos);
}

// "number" after a plural is the verb, "no." after a verb the answer, and "No" after a count a
// vote: each leaves the count whole. The sign follows a noun of identity or an initialism.
TEST(ListingNumbers, CountsAfterVerbAnswersAndVotesStayCounts) {
  EXPECT_NE(normalize_text("Marchers number 64000, organisers said.").find("sixty four thousand"), std::string::npos);
  EXPECT_NE(normalize_text("Evacuees now number 83000.").find("eighty three thousand"), std::string::npos);
  EXPECT_NE(normalize_text("Tickets number 27000 so far.").find("twenty seven thousand"), std::string::npos);
  EXPECT_NE(normalize_text("The mayor said no. 45000 homes were lost.").find("forty five thousand"), std::string::npos);
  EXPECT_NE(normalize_text("Sold out? No. 18000 seats remain.").find("eighteen thousand"), std::string::npos);
  EXPECT_NE(normalize_text("The tally was Yes 52871 No 39120 overall.").find("thirty nine thousand one hundred twenty"),
            std::string::npos);
  EXPECT_NE(normalize_text("At number 23456 it stalled.").find("twenty three thousand"), std::string::npos);
  // The sign after a noun of identity or an initialism stays a code.
  EXPECT_EQ(normalize_text("Inmate number 70215 was moved."), "Inmate number seven zero two one five was moved.");
  EXPECT_EQ(normalize_text("Check the flight no. 58831 log."), "Check the flight number five eight eight three one log.");
  EXPECT_EQ(normalize_text("Its FAA no. 40917 was shown."), "Its F.A.A number four zero nine one seven was shown.");
}

TEST(ListingNumbers, LetteredCodeAfterTheSignIsNoHashtag) {
  EXPECT_EQ(normalize_text("Agency recall #B-2231-2024 covers 400 jars.").find("hashtag"), std::string::npos);
  EXPECT_NE(normalize_text("Agency recall #B-2231-2024 covers 400 jars.").find("recall number B"), std::string::npos);
  // A hashtag has letters and no hyphen.
  EXPECT_NE(normalize_text("Use #climate on posts.").find("hashtag climate"), std::string::npos);
  EXPECT_NE(normalize_text("Fans flagged #K-09 at noon.").find("flagged number K"), std::string::npos);
  // Two groups without a padded figure: a hashtag's event or edition.
  EXPECT_NE(normalize_text("Posts tagged #NBA-75 spread fast.").find("hashtag"), std::string::npos);
  EXPECT_NE(normalize_text("The #Q-40 drive trended.").find("hashtag"), std::string::npos);
}


TEST(NumberedIdentifier, CultureCollectionStrainsAreSaidFigureByFigure) {
  EXPECT_EQ(normalize_text("the control strain ATCC 43300 grew"), "the control strain A.T.C.C four three three zero zero grew");
  EXPECT_EQ(normalize_text("NCIMB 10508 was used"), "N.C.I.M.B one zero five zero eight was used");
  // Other capitals before a figure keep the figure's own reading.
  EXPECT_EQ(normalize_text("the ABC 25922 fund").find("two five nine"), std::string::npos);
}

}  // namespace briefcast
