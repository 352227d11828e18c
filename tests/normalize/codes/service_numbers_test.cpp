// Emergency and service numbers, said digit by digit as they are dialled.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(ServiceNumber, BeforeAWordOfCalling) {
  EXPECT_EQ(normalize_text("the number of 999 calls rose"), "the number of nine nine nine calls rose");
  EXPECT_EQ(normalize_text("half of 112 operators were trained"), "half of one one two operators were trained");
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

}  // namespace briefcast
