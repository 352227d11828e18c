// The elapsed-time phrase builder, called directly with each of its style choices.
#include <gtest/gtest.h>

#include "normalize/dates/dates.h"

namespace briefcast {

using rules::elapsed_time_words;
using rules::ElapsedStyle;

TEST(ElapsedTime, EachUnitInItsNumberWithoutPaddingZeros) {
  EXPECT_EQ(elapsed_time_words({"3", "07", "41"}, {}), "three hours seven minutes forty one seconds");
  EXPECT_EQ(elapsed_time_words({"1", "01", "01"}, {}), "one hour one minute one second");
  EXPECT_EQ(elapsed_time_words({"01", "10", ""}, {}), "one hour ten minutes");
}

TEST(ElapsedTime, AnEmptyFigureIsAnAbsentUnit) {
  EXPECT_EQ(elapsed_time_words({"", "26", "08"}, {}), "twenty six minutes eight seconds");
  EXPECT_EQ(elapsed_time_words({"4", "", ""}, {}), "four hours");
  EXPECT_EQ(elapsed_time_words({"", "", ""}, {}), "");
}

TEST(ElapsedTime, AndBeforeTheLastUnit) {
  ElapsedStyle with_and{.and_before_last = true};
  EXPECT_EQ(elapsed_time_words({"2", "14", "33"}, with_and), "two hours fourteen minutes and thirty three seconds");
  EXPECT_EQ(elapsed_time_words({"", "5", "19"}, with_and), "five minutes and nineteen seconds");
  EXPECT_EQ(elapsed_time_words({"", "", "19"}, with_and), "nineteen seconds");
}

TEST(ElapsedTime, BeforeANounOneAdjectiveWithSingularUnits) {
  ElapsedStyle adjective{.adjective = true};
  EXPECT_EQ(elapsed_time_words({"3", "25", "11"}, adjective), "three-hour-twenty-five-minute-eleven-second");
  EXPECT_EQ(elapsed_time_words({"2", "45", ""}, adjective), "two-hour-forty-five-minute");
}

TEST(ElapsedTime, UnitsAtZeroLeftOutOrKept) {
  EXPECT_EQ(elapsed_time_words({"6", "00", "04"}, {}), "six hours four seconds");
  EXPECT_EQ(elapsed_time_words({"0", "00", "00"}, {}), "");
  ElapsedStyle all_units{.drop_zero_units = false};
  EXPECT_EQ(elapsed_time_words({"6", "00", "04"}, all_units), "six hours zero minutes four seconds");
  EXPECT_EQ(elapsed_time_words({"0", "40", ""}, {.adjective = true, .drop_zero_units = false}), "zero-hour-forty-minute");
}

}  // namespace briefcast
