// Unit letters read by the trade the line is about.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(TradeUnits, InventedSentences) {
  EXPECT_EQ(normalize_text("Chronograph radar showed the bolt leaving the crossbow at 410 fps."),
            "Chronograph radar showed the bolt leaving the crossbow at four hundred ten feet per second.");
  EXPECT_EQ(normalize_text("The cameras record at 120fps in slow motion."),
            "The cameras record at one hundred twenty frames per second in slow motion.");
  EXPECT_EQ(normalize_text("The quad averaged 36 spm in the final."),
            "The quad averaged thirty six strokes per minute in the final.");
  EXPECT_EQ(normalize_text("The 14.2 ac paddock adjoins the farm."),
            "The fourteen-point-two-acre paddock adjoins the farm.");
  EXPECT_EQ(normalize_text("The river peaked at 6.85m AOD on Sunday."),
            "The river peaked at six point eight five meters A.O.D on Sunday.");
}

}  // namespace briefcast
