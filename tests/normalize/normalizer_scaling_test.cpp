// The normalizer on lines of a megabyte: its cost must grow with the length of a line, not with
// the square of it, whatever the line is made of. A rule that rescans the line per word shows
// here as a run that does not finish within the test's timeout. Labelled slow: the sanitizer
// pass, which runs the rules some thirty times slower and whose memory checks the fuzz targets
// cover, leaves these to the plain pass.
#include "normalize/normalizer.h"

#include <gtest/gtest.h>

#include <string>

namespace briefcast {

namespace {

std::string say(std::string_view written) { return normalize_text(written); }

}  // namespace

TEST(NormalizerScaling, MegabyteLineStaysBounded) {
  std::string line;
  while (line.size() < (1u << 20)) line += "On Jan. 5, 2010, $3.5bn (12%) went to Dr. Smith at 3:30 p.m. ";
  std::string spoken = say(line);
  EXPECT_GT(spoken.size(), line.size());
  EXPECT_LT(spoken.size(), line.size() * 8);
  EXPECT_EQ(spoken.find('\n'), std::string::npos);
}

TEST(NormalizerScaling, MegabyteWordIsLinear) {
  // One huge word of alternating letters and digits, with and without hyphens: every rule
  // that looks at it must scan it a bounded number of times.
  std::string code;
  while (code.size() < (1u << 20)) code += "a1";
  EXPECT_FALSE(say(code).empty());
  std::string hyphenated;
  while (hyphenated.size() < (1u << 20)) hyphenated += "80s-";
  EXPECT_FALSE(say(hyphenated).empty());
  std::string digits_and_dots;
  while (digits_and_dots.size() < (1u << 20)) digits_and_dots += "12.";
  EXPECT_FALSE(say(digits_and_dots).empty());
}

TEST(NormalizerScaling, MegabyteLineOfCuesIsLinear) {
  // One line of a megabyte with no sentence end, full of words that make a rule look at the
  // whole line for a cue (sport, figures with a scale): read in bounded pieces, its cost grows
  // with its length, not with the square of it.
  for (const std::string unit : {"took 5/34 ", "800k in ", "No 10 ", "T4 "}) {
    std::string line;
    while (line.size() < (1u << 20)) line += unit;
    EXPECT_FALSE(say(line).empty()) << unit;
  }
}

TEST(NormalizerScaling, SpacedGroupsStayLinear) {
  std::string line;
  for (int k = 0; k < 100000; ++k) line += "100 ";
  std::string spoken = say(line);
  EXPECT_LT(spoken.size(), line.size() * 12);
  std::string phones;
  for (int k = 0; k < 50000; ++k) phones += "+1 23 ";
  EXPECT_LT(say(phones).size(), phones.size() * 12);
}

}  // namespace briefcast
