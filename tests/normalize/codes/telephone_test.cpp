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

namespace briefcast {

TEST(Telephone, NationalNumbersInOtherGroupings) {
  EXPECT_EQ(normalize_text("ring 1800-424-7733 free"), "ring one eight zero zero, four two four, seven seven three three free");
  EXPECT_EQ(normalize_text("office 022-6612-3400 Mumbai"), "office zero two two, six six one two, three four zero zero Mumbai");
  EXPECT_EQ(normalize_text("mobile +91-99201-88334 only"), "mobile plus ninety one, nine nine two zero one, eight eight three three four only");
  // Dates, spans and short codes with hyphens are no telephone numbers.
  EXPECT_EQ(normalize_text("on 2023-11-08 it"), "on November eighth twenty twenty three it");
  EXPECT_EQ(normalize_text("rows 10-20-30 only"), "rows ten twenty thirty only");
}

TEST(Telephone, TollFreeAreaCodeInHundreds) {
  EXPECT_EQ(normalize_text("call 1-800-438-2211 now"), "call one, eight hundred, four three eight, two two one one now");
  EXPECT_EQ(normalize_text("call 888-640-7302 now"), "call eight eight eight, six four zero, seven three zero two now");
}

TEST(Telephone, LettersOnTheKeypad) {
  EXPECT_EQ(normalize_text("call 1-800-PLUMBER today"), "call one, eight hundred, plumber today");
  EXPECT_EQ(normalize_text("call 1-888-632-HELP today"), "call one, eight eight eight, six three two, help today");
  EXPECT_EQ(normalize_text("call 866-GET-CASH today"), "call eight six six, get cash today");
  // Too few keys for a whole number.
  EXPECT_EQ(normalize_text("the 4-H club"), "the four H club");
}

TEST(Telephone, ExtensionAfterTheNumber) {
  EXPECT_EQ(normalize_text("call 312-555-0142 x318 now"), "call three one two, five five five, zero one four two, extension three one eight now");
  EXPECT_EQ(normalize_text("call 312-555-0142, ext 27."), "call three one two, five five five, zero one four two, extension two seven.");
  EXPECT_EQ(normalize_text("call 020 7946 0311 x 40"), "call zero two zero, seven nine four six, zero three one one, extension four zero");
}

}  // namespace briefcast

namespace briefcast {

TEST(Telephone, DottedVersionIsNoNationalNumber) {
  EXPECT_EQ(normalize_text("release 88.0.4324.150 out").find("four three two four,"), std::string::npos);
}

}  // namespace briefcast

namespace briefcast {

TEST(Telephone, TrunkZeroInBracketsIsNotSaid) {
  EXPECT_EQ(normalize_text("ring +44 (0)161 496 0753 today"), "ring plus forty four, one six one, four nine six, zero seven five three today");
  EXPECT_EQ(normalize_text("ring +44 (0) 161 496 0753 today"), "ring plus forty four, one six one, four nine six, zero seven five three today");
}

}  // namespace briefcast

namespace briefcast {

TEST(Telephone, FreephoneWithAFourFigurePrefix) {
  EXPECT_EQ(normalize_text("the line is 1800 247 100 for advice"), "the line is one eight zero zero, two four seven, one zero zero for advice");
  // A year before a count is no number to dial.
  EXPECT_EQ(normalize_text("by 1800 some 500 people"), "by eighteen hundred some five hundred people");
}

// Two groups of figures reached "at" or "on" after a helpline's name or a calling verb.
TEST(Telephone, GroupsReachedAfterAHelpline) {
  EXPECT_EQ(normalize_text("Ring the helpline on 6481 2290 today."), "Ring the helpline on six four eight one, two two nine zero today.");
  EXPECT_EQ(normalize_text("Call the office at 6481 2290 now."), "Call the office at six four eight one, two two nine zero now.");
  // Counted things after "at" stay counts.
  EXPECT_EQ(normalize_text("Turnout stood at 6481 2290 voters.").find("six four eight one"), std::string::npos);
}

// A figure right after a telephone number is no part of it: a pause ends the number.
TEST(TelephoneGroups, FigureAfterTheNumber) {
  EXPECT_EQ(normalize_text("Ring 1-888-555-0192 7 days a week."),
            "Ring one, eight eight eight, five five five, zero one nine two, seven days a week.");
  EXPECT_EQ(normalize_text("Ring 0161 496 0735 365 days a year."),
            "Ring zero one six one, four nine six, zero seven three five, three hundred sixty five days a year.");
  EXPECT_EQ(normalize_text("Ring 1-888-555-0192 today."), "Ring one, eight eight eight, five five five, zero one nine two today.");
}

// After a country code a figure of one or two after the number is no group of it.
TEST(Telephone, FigureAfterAnInternationalNumber) {
  EXPECT_EQ(normalize_text("Ring +44 161 4960 7733 6 days a week."),
            "Ring plus forty four, one six one, four nine six zero, seven seven three three, six days a week.");
  EXPECT_NE(normalize_text("Phone +61 3 9876 5432 48 hours ahead.").find("five four three two, forty eight hours"),
            std::string::npos);
  // The groups of a number in pairs, and a short number with its extension, keep their last group.
  EXPECT_NE(normalize_text("Dial +33 4 72 18 90 36 now.").find("nine zero, three six now"), std::string::npos);
  EXPECT_NE(normalize_text("Dial +43 2 61472 5 now.").find("six one four seven two, five now"), std::string::npos);
}

}  // namespace briefcast
