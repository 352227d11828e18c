// A comparison sign written apart from its figure.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(ComparisonSigns, InventedSentences) {
  EXPECT_EQ(normalize_text("Swabs showed readings at < 2 ppm in the kitchen and > 40 ppm in the cellar."),
            "Swabs showed readings at less than two parts per million in the kitchen and more than forty parts per million in the cellar.");
  EXPECT_EQ(normalize_text("Emissions must stay ≤ 5 mg per cubic metre, the permit says."),
            "Emissions must stay at most five milligrams per cubic metre, the permit says.");
}

TEST(ComparisonSigns, LetterBeforeEqualsIsAVariable) {
  EXPECT_EQ(normalize_text("Solve b = 4c for c."), "Solve B equals four c for c.");
  EXPECT_EQ(normalize_text("In the model (a = 3) holds."), "In the model (Eh equals three) holds.");
  // The article elsewhere stays the article.
  EXPECT_EQ(normalize_text("We took a long walk on Sunday."), "We took a long walk on Sunday.");
}

TEST(ComparisonSigns, BaseChangeSaysTo) {
  EXPECT_EQ(normalize_text("The C>T change was common."), "The C to T change was common.");
  // Letters that are no DNA bases keep the sign.
  EXPECT_EQ(normalize_text("We found X>Y in the list."), normalize_text("We found X>Y in the list."));
  EXPECT_NE(normalize_text("We found X>Y in the list."), "We found X to Y in the list.");
}

TEST(ComparisonSigns, AfterAtSaysNoMoreThan) {
  EXPECT_EQ(normalize_text("Keep it at \u2264 25 \u00b0C."), "Keep it at no more than twenty five degrees Celsius.");
  EXPECT_EQ(normalize_text("Keep it at \u226425 \u00b0C."), "Keep it at no more than twenty five degrees Celsius.");
  EXPECT_EQ(normalize_text("It needs \u2264 25 \u00b0C."), "It needs at most twenty five degrees Celsius.");
}

}  // namespace briefcast
