// Knitting and crochet shorthand, read as a pattern is read aloud, only among words of the craft.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(CraftPatterns, KnittingStitchesAndTheirCounts) {
  EXPECT_EQ(normalize_text("For the cuff, k1, p1 rib for ten rows."),
            "For the cuff, knit one, purl one rib for ten rows.");
  EXPECT_EQ(normalize_text("On the next row, k3tog, yo, then ssk to the end."),
            "On the next row, knit three together, yarn over, then slip, slip, knit to the end.");
  EXPECT_EQ(normalize_text("Then sl1, k1, psso on every round."),
            "Then slip one, knit one, pass slipped stitch over on every round.");
}

TEST(CraftPatterns, CrochetStitchesWithACountApart) {
  EXPECT_EQ(normalize_text("Using the 4 mm hook, ch 12, then sc across."),
            "Using the four-millimeter hook, chain twelve, then single crochet across.");
}

TEST(CraftPatterns, OnlyAmongWordsOfTheCraft) {
  // No yarn, needles or rows nearby: the same letters keep their own readings.
  EXPECT_EQ(normalize_text("He said yo to the crowd."), "He said yo to the crowd.");
  EXPECT_EQ(normalize_text("The p2 score rose."), "The p two score rose.");
}

}  // namespace briefcast
