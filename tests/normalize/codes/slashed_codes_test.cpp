// Identifiers in two groups of figures with a slash, after capitals or with them glued on.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(SlashedCodes, LicenceNumberAfterCapitals) {
  EXPECT_EQ(normalize_text("It is licensed as MA 30512/0081 in Malta."),
            "It is licensed as M.A three zero five one two slash oh oh eight one in Malta.");
}

TEST(SlashedCodes, SeriesGluedOn) {
  EXPECT_EQ(normalize_text("Read notice AD-19/04 first."), "Read notice A.D nineteen slash oh four first.");
  // A long group still marks a code, however long.
  EXPECT_EQ(normalize_text("Quote permit GT-4410392/05 at the gate."),
            "Quote permit G.T four four one zero three nine two slash oh five at the gate.");
}

TEST(SlashedCodes, AfterAWordThatNamesANumber) {
  EXPECT_EQ(normalize_text("Work order No. 2023/118 was signed."),
            "Work order number twenty twenty three slash one eighteen was signed.");
  EXPECT_EQ(normalize_text("The supplier sent invoice KT-52/2025 late."),
            "The supplier sent invoice K.T fifty two slash twenty twenty five late.");
  // Without such a word a pair of figures keeps its other readings.
  EXPECT_EQ(normalize_text("The club won 2023/118 of its games.").find("slash"), std::string::npos);
  EXPECT_EQ(normalize_text("Sales rose 3/4 of a point.").find("slash"), std::string::npos);
  EXPECT_EQ(normalize_text("The firm's order 3/4 of the stock.").find("slash"), std::string::npos);
  EXPECT_EQ(normalize_text("The annual report 2023/24 is out.").find("slash"), std::string::npos);
}

TEST(SlashedCodes, ABareNoDeniesRatherThanNumbers) {
  // "no" after a verb or opening a sentence denies; the odds keep their reading.
  EXPECT_EQ(normalize_text("There was no 200/1 winner at the festival.").find("slash"), std::string::npos);
  EXPECT_EQ(normalize_text("No 150/1 outsider has won the race.").find("slash"), std::string::npos);
  EXPECT_EQ(normalize_text("The bid was for loan number 3105/887 in full."),
            "The bid was for loan number thirty one oh five slash eight eighty seven in full.");
}

TEST(SlashedCodes, FractionsAndSeasonsAreNoCodes) {
  EXPECT_EQ(normalize_text("The UK 3/4 share fell.").find("slash"), std::string::npos);
  EXPECT_EQ(normalize_text("in the EPL 2023/24 season").find("slash"), std::string::npos);
  EXPECT_EQ(normalize_text("COVID-19/20 waves").find("slash"), std::string::npos);
}

TEST(SlashedCodes, TwoConsecutiveNumbersShortened) {
  EXPECT_EQ(normalize_text("Yard nos. 1408/09 were launched."), "Yard numbers fourteen oh eight and oh nine were launched.");
  EXPECT_NE(normalize_text("Hulls B-2215/16 are afloat.").find("and sixteen"), std::string::npos);
  // A fiscal year, or numbers not consecutive, are no such pair.
  EXPECT_EQ(normalize_text("The 2023/24 budget passed.").find(" and "), std::string::npos);
  EXPECT_EQ(normalize_text("Hulls B-2215/19 are afloat.").find(" and "), std::string::npos);
}

}  // namespace briefcast
