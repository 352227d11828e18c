// Channel counts of scanner coils and ranges of vertebrae.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(ImagingMarks, ChannelsBeforeTheirNoun) {
  EXPECT_EQ(normalize_text("The clinic bought a 32-ch. head coil last year."),
            "The clinic bought a thirty-two-channel head coil last year.");
  EXPECT_EQ(normalize_text("an 8-ch mixer"), "an eight-channel mixer");
}

TEST(ImagingMarks, VertebraRangesBesideTheSpine) {
  EXPECT_EQ(normalize_text("Surgeons fused the T10\u2013L2 spine segment."), "Surgeons fused the T ten to L two spine segment.");
  EXPECT_EQ(normalize_text("lumbar fusion at L2-L5"), "lumbar fusion at L two to L five");
  // Neighbours joined by a hyphen name a disc level, and are left to other rules.
  EXPECT_NE(normalize_text("a C4-C5 disc bulge"), "a C four to C five disc bulge");
  // No spine near: a seat's row or a road.
  EXPECT_EQ(normalize_text("Seats L1\u2013L4 were sold out."), normalize_text("Seats L1\u2013L4 were sold out."));
  EXPECT_NE(normalize_text("Seats L1\u2013L4 were sold out."), "Seats L one to L four were sold out.");
}

}  // namespace briefcast
