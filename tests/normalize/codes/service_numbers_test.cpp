// Emergency and service numbers, said digit by digit as they are dialled.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(ServiceNumber, BeforeAWordOfCalling) {
  EXPECT_EQ(normalize_text("the number of 999 calls rose"), "the number of nine nine nine calls rose");
  EXPECT_EQ(normalize_text("a 112 operator answered"), "a one one two operator answered");
  EXPECT_EQ(normalize_text("the 111 service was busy"), "the one one one service was busy");
  EXPECT_EQ(normalize_text("the 116 123 line is free"), "the one one six, one two three line is free");
}

TEST(ServiceNumber, AfterAVerbOfDialling) {
  EXPECT_EQ(normalize_text("people should dial 112 at once"), "people should dial one one two at once");
  EXPECT_EQ(normalize_text("she rang 999 for help"), "she rang nine nine nine for help");
  EXPECT_EQ(normalize_text("hoax calls to 999 are a crime"), "hoax calls to nine nine nine are a crime");
  EXPECT_EQ(normalize_text("in Australia call 000 for help"), "in Australia call triple zero for help");
  EXPECT_EQ(normalize_text("ring police on 101 or 999 now"), "ring police on one oh one or nine nine nine now");
}

TEST(ServiceNumber, CountsStay) {
  EXPECT_EQ(normalize_text("112 people were hurt"), "one hundred twelve people were hurt");
  EXPECT_EQ(normalize_text("a lease of 999 years"), "a lease of nine hundred ninety nine years");
  EXPECT_EQ(normalize_text("the toll rose to 111 on Monday"), "the toll rose to one hundred eleven on Monday");
  EXPECT_EQ(normalize_text("she called 111 voters"), "she called one hundred eleven voters");
  EXPECT_EQ(normalize_text("the centre received 999 calls"), "the centre received nine hundred ninety nine calls");
}

// A figure a verb or a quantity counts, or one "to" joins to a verb of change, is a count
// even before a word of calling or a plural of the service.
TEST(ServiceNumber, CountsBeforePluralsAndAfterVerbsStay) {
  EXPECT_EQ(normalize_text("Calls climbed to 999 over the holiday"), "Calls climbed to nine hundred ninety nine over the holiday");
  EXPECT_EQ(normalize_text("Complaint calls rose to 112 in May"), "Complaint calls rose to one hundred twelve in May");
  EXPECT_EQ(normalize_text("The region has 111 emergency wards"), "The region has one hundred eleven emergency wards");
  EXPECT_EQ(normalize_text("The council opened 101 centres"), "The council opened one hundred one centres");
  EXPECT_EQ(normalize_text("The contract runs to 311 lines"), "The contract runs to three hundred eleven lines");
  EXPECT_EQ(normalize_text("The agency employs 999 operators"), "The agency employs nine hundred ninety nine operators");
  EXPECT_EQ(normalize_text("Officers fielded 112 calls"), "Officers fielded one hundred twelve calls");
  EXPECT_EQ(normalize_text("The helpdesk logged 211 or 311 calls a day"),
            "The helpdesk logged two hundred eleven or three hundred eleven calls a day");
  EXPECT_EQ(normalize_text("a total of 111 calls came in"), "a total of one hundred eleven calls came in");
  EXPECT_EQ(normalize_text("The 101 services on the list were audited"),
            "The one hundred one services on the list were audited");
  EXPECT_EQ(normalize_text("Of the 999 operators surveyed, most agreed"),
            "Of the nine hundred ninety nine operators surveyed, most agreed");
}

TEST(ServiceNumber, LinesNamedBeforeAPluralStay) {
  EXPECT_EQ(normalize_text("999 calls rose by a tenth"), "nine nine nine calls rose by a tenth");
  EXPECT_EQ(normalize_text("hoax 112 calls are an offence"), "hoax one one two calls are an offence");
  EXPECT_EQ(normalize_text("Dial 911 now"), "Dial nine one one now");
}

}  // namespace briefcast
