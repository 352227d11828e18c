// Australian football scores: goals and behinds with a total that checks out.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

namespace {
bool has(const std::string& said, const std::string& part) { return said.find(part) != std::string::npos; }
}  // namespace

TEST(FootyScores, GoalsBehindsWithTheirTotal) {
  std::string said = normalize_text("Carlton 14.11 (95) beat Essendon 9.7 (61).");
  EXPECT_TRUE(has(said, "fourteen eleven (ninety five)")) << said;
  EXPECT_TRUE(has(said, "nine seven (sixty one)")) << said;
  EXPECT_FALSE(has(said, "point")) << said;
}

TEST(FootyScores, TotalThatDoesNotCheckIsADecimal) {
  EXPECT_TRUE(has(normalize_text("Inflation was 3.4 (2.9) per cent."), "three point four"));
  EXPECT_TRUE(has(normalize_text("The index rose 10.5 (11) points."), "ten point five"));
}

TEST(FootyScores, KickedInAQuarter) {
  EXPECT_TRUE(has(normalize_text("The Hawks kicked 6.3 after the break."), "kicked six three after"));
}

}  // namespace briefcast
