// A short month with no period after a preposition of time.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(BareMonths, AfterAPrepositionOfTime) {
  EXPECT_EQ(normalize_text("the new tariffs apply from Oct, the ministry said"),
            "the new tariffs apply from October, the ministry said");
  EXPECT_EQ(normalize_text("prices rose from Aug to Nov"), "prices rose from August to November");
}

TEST(BareMonths, NamesAndWordsStay) {
  // "Jan" is a name and "Mar" a word; with no period they are left as written.
  EXPECT_EQ(normalize_text("a letter from Jan to her sister"), "a letter from Jan to her sister");
  EXPECT_EQ(normalize_text("the Oct result"), "the Oct result");
}

TEST(BareMonths, NameLikeMonthsAfterAWordOfTimeOnly) {
  EXPECT_EQ(normalize_text("rents have climbed since Jan, agents say"), "rents have climbed since January, agents say");
  EXPECT_EQ(normalize_text("the plant stays shut until Mar."), "the plant stays shut until March.");
  EXPECT_EQ(normalize_text("output dipped in Jun and recovered"), "output dipped in June and recovered");
}

TEST(BareMonths, NameLikeMonthsBeforeANameStay) {
  EXPECT_EQ(normalize_text("the club has struggled since Jan Kowalski left"), "the club has struggled since Jan Kowalski left");
  EXPECT_EQ(normalize_text("in Jan van Eyck's workshop"), "in Jan van Eyck's workshop");
  EXPECT_EQ(normalize_text("a port in Mar del Plata"), "a port in Mar del Plata");
  EXPECT_EQ(normalize_text("a goal by Jan, then another"), "a goal by Jan, then another");
  EXPECT_EQ(normalize_text("the talks at Mar-a-Lago went on"), "the talks at Mar-a-Lago went on");
}

TEST(BareMonths, SpanOfTwoShortMonths) {
  EXPECT_EQ(normalize_text("exports in the Apr-Jun period"), "exports in the April to June period");
  EXPECT_EQ(normalize_text("sales for Jan\u2013Mar fell"), "sales for January to March fell");
  EXPECT_EQ(normalize_text("a Jan-Jan comparison"), "a Jan-Jan comparison");
}

}  // namespace briefcast
