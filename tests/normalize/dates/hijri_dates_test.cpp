// A day before an Islamic (Hijri) month is its ordinal, and "Dhu"/"Dhul" are respelt.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(HijriDates, DayBeforeAMonthIsAnOrdinal) {
  EXPECT_EQ(normalize_text("the fast ends on 29 Ramadan this year"), "the fast ends on the twenty ninth of Ramadan this year");
  EXPECT_EQ(normalize_text("processions on 10 Muharram, when crowds gathered"),
            "processions on the tenth of Muharram, when crowds gathered");
  EXPECT_EQ(normalize_text("from 4 Rabi-ul-Thani"), "from the fourth of Rabi-ul-Thani");
  EXPECT_EQ(normalize_text("from 12 Rabi al-Awwal"), "from the twelfth of Rabi al-Awwal");
}

TEST(HijriDates, DhuMonthsAreRespelt) {
  EXPECT_EQ(normalize_text("camps open on 8 Dhu al-Hijjah"), "camps open on the eighth of Doo al-Hijjah");
  EXPECT_EQ(normalize_text("flights resume after 15 Dhul-Qadah"), "flights resume after the fifteenth of Dul-Qadah");
}

TEST(HijriDates, CountsAndOtherWordsStay) {
  EXPECT_EQ(normalize_text("he fasted 30 days"), "he fasted thirty days");
  EXPECT_EQ(normalize_text("the 5 Safar Street cafe"), "the five Safar Street cafe");
  EXPECT_EQ(normalize_text("after 45 Ramadan nights"), "after forty five Ramadan nights");
  EXPECT_EQ(normalize_text("the 3 Rajab Road depot"), "the three Rajab Road depot");
  EXPECT_EQ(normalize_text("its 2 Ramadan specials"), "its two Ramadan specials");
}

TEST(HijriDates, ANounAfterTheMonthKeepsACountAfterAnyWord) {
  EXPECT_EQ(normalize_text("meals were served from 14 Ramadan marquees"), "meals were served from fourteen Ramadan marquees");
  EXPECT_EQ(normalize_text("grants to 18 Ramadan food banks"), "grants to eighteen Ramadan food banks");
  EXPECT_EQ(normalize_text("staffed by 22 Ramadan stewards"), "staffed by twenty two Ramadan stewards");
  EXPECT_EQ(normalize_text("one of 3 Muharram processions"), "one of three Muharram processions");
}

TEST(HijriDates, RabiAloneIsACropSeason) {
  EXPECT_EQ(normalize_text("support prices for 7 Rabi crops rose"), "support prices for seven Rabi crops rose");
  EXPECT_EQ(normalize_text("trials of 9 Rabi pulses"), "trials of nine Rabi pulses");
  EXPECT_EQ(normalize_text("sowing on 3 Rabi fields"), "sowing on three Rabi fields");
}

// "and" / "or" after the month join a count's nouns unless another date follows.
TEST(HijriDates, AndOrBeforeANounKeepsACount) {
  EXPECT_EQ(normalize_text("the bakery sells 8 Ramadan and Eid hampers"), "the bakery sells eight Ramadan and Eid hampers");
  EXPECT_EQ(normalize_text("a guide to 12 Muharram or Ashura customs").find("twelfth"), std::string::npos);
  EXPECT_NE(normalize_text("offices close on 6 Ramadan and 8 Shawwal").find("sixth of Ramadan"), std::string::npos);
  EXPECT_NE(normalize_text("the camp opened on 2 Ramadan and closed early").find("second of Ramadan"), std::string::npos);
}

}  // namespace briefcast
