// Verbs written in capitals for emphasis after a pronoun, or an auxiliary after a noun, are said as words.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(Emphasis, StressedVerbAfterAPronoun) {
  EXPECT_EQ(normalize_text("but she IS coming back"), "but she Is coming back");
  EXPECT_EQ(normalize_text("I AM tired of it"), "I Am tired of it");
  EXPECT_EQ(normalize_text("they DO read the mail"), "they Do read the mail");
  EXPECT_EQ(normalize_text("It IS a problem"), "It Is a problem");
}

TEST(Emphasis, InitialismsElsewhereStaySpelt) {
  EXPECT_EQ(normalize_text("towns that IS holds"), "towns that I.S holds");
  EXPECT_EQ(normalize_text("the IS fighters fled"), "the I.S fighters fled");
  EXPECT_EQ(normalize_text("we DO NOT agree").find("D.O"), std::string::npos);
  // "AM" stays the letters after anything but the pronoun "I".
  EXPECT_EQ(normalize_text("at 9 AM he left").find("Am"), std::string::npos);
}

TEST(Emphasis, StressedAuxiliaryAfterANoun) {
  EXPECT_EQ(normalize_text("the referee DID see it"), "the referee Did see it");
  EXPECT_EQ(normalize_text("my brother CAN swim"), "my brother Can swim");
  EXPECT_EQ(normalize_text("the plan MIGHT work"), "the plan Might work");
  EXPECT_EQ(normalize_text("the bill DID not pass"), "the bill Did not pass");
}

TEST(Emphasis, AfterANounInitialismsStaySpelt) {
  EXPECT_EQ(normalize_text("rebels IS claimed"), "rebels I.S claimed");
  EXPECT_EQ(normalize_text("the firm DID numbers"), "the firm D.I.D numbers");
  EXPECT_EQ(normalize_text("people with DID say"), "people with D.I.D say");
  EXPECT_EQ(normalize_text("river DO levels fell"), "river D.O levels fell");
  // A car's network named before its parts.
  EXPECT_EQ(normalize_text("the tractor CAN bus failed"), "the tractor C.A.N bus failed");
  EXPECT_EQ(normalize_text("the tractor CAN start again"), "the tractor Can start again");
}

}  // namespace briefcast
