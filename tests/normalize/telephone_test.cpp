// Telephone and card numbers written in spaced groups.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(TelephoneGroups, HyphensInsideSpacedGroupsAfterACountryCode) {
  EXPECT_EQ(normalize_text("call +7 812 765-43-21"), "call plus seven, eight one two, seven six five, four three, two one");
}

TEST(TelephoneGroups, AreaCodeInBracketsKeepsBothBrackets) {
  EXPECT_EQ(normalize_text("at (303) 555-0178 today"), "at (three zero three), five five five, zero one seven eight today");
}

TEST(TelephoneGroups, TwoGroupNationalNumber) {
  EXPECT_EQ(normalize_text("text 07911 246810"), "text zero seven nine one one, two four six eight one zero");
  // Two groups without a trunk zero are figures.
  EXPECT_EQ(normalize_text("by 2031 400000 homes"), "by twenty thirty one four hundred thousand homes");
}

TEST(TelephoneGroups, CardNumberInFourGroups) {
  EXPECT_EQ(normalize_text("card 5500 0000 0000 0004"),
            "card five five zero zero, zero zero zero zero, zero zero zero zero, zero zero zero four");
}

}  // namespace briefcast

namespace briefcast {

TEST(TelephoneGroups, EmergencyNumberNextToACallingWord) {
  EXPECT_EQ(normalize_text("Residents should call 911 at once."), "Residents should call nine one one at once.");
  EXPECT_EQ(normalize_text("Dial 911 first"), "Dial nine one one first");
  EXPECT_EQ(normalize_text("a 911 operator answered"), "a nine one one operator answered");
  // Without a calling word it is a figure.
  EXPECT_EQ(normalize_text("911 homes lost power"), "nine hundred eleven homes lost power");
  EXPECT_EQ(normalize_text("at ext. 3120"), "at extension three one two zero");
}

}  // namespace briefcast

namespace briefcast {

TEST(Telephone, InternationalNumberWithoutSpaces) {
  EXPECT_EQ(normalize_text("text +61412345678 now"), "text plus six one four one two three four five six seven eight now");
  // Too short for a telephone number: a signed figure.
  EXPECT_EQ(normalize_text("+4521"), "plus four thousand five hundred twenty one");
}

}  // namespace briefcast

namespace briefcast {

TEST(Telephone, AreaCodeInBracketsWithoutASpace) {
  EXPECT_EQ(normalize_text("call (312)555-0199 today"), "call three one two, five five five, zero one nine nine today");
}

}  // namespace briefcast
