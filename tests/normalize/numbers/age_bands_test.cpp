// Age bands in survey and health copy.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

namespace {
bool has(const std::string& said, const std::string& part) { return said.find(part) != std::string::npos; }
}  // namespace

TEST(AgeBands, PluralBand) {
  EXPECT_TRUE(has(normalize_text("Trust fell most among 35-44s last year."), "thirty five to forty fours"));
  // Decades are no band of ages.
  EXPECT_TRUE(has(normalize_text("music of the 70-80s"), "eighties"));
}

TEST(AgeBands, JoinedYearOlds) {
  EXPECT_TRUE(has(normalize_text("Screen time of 13-15-year-olds doubled."), "thirteen to fifteen year-olds"));
}

TEST(AgeBands, AgeAndOver) {
  EXPECT_TRUE(has(normalize_text("Uptake among 70+ adults was high."), "seventy plus adults"));
  // A count keeps "more than".
  EXPECT_TRUE(has(normalize_text("She has 40+ clients now."), "more than forty clients"));
}

TEST(AgeBands, ACategoryLetterBeforeABandOfFiveOrTenYears) {
  EXPECT_TRUE(has(normalize_text("She won the W45-49 title at the swim meet."), "W forty five to forty nine title"));
  EXPECT_TRUE(has(normalize_text("Results for M50\u201359 runners are out."), "M fifty to fifty nine runners"));
  // Another width is a code, not an age category.
  EXPECT_FALSE(has(normalize_text("Order part KX40-42 today."), " to "));
}

}  // namespace briefcast
