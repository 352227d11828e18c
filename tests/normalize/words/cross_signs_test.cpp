// "\u00d7" between words: parents of a cross, or two streets at a crossing; Iberian street short forms.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(CrossSigns, ParentsOfACross) {
  EXPECT_EQ(normalize_text("The calf is a Hereford \u00d7 Friesian cross."),
            "The calf is a Hereford crossed with Friesian cross.");
}

TEST(CrossSigns, StreetsAtACrossing) {
  EXPECT_EQ(normalize_text("A bus crashed at Av. Brasil \u00d7 R. dos Andradas on Friday."),
            "A bus crashed at Avenida Brasil and Rua dos Andradas on Friday.");
}

TEST(CrossSigns, OtherUsesLeftAlone) {
  // A brand's collaboration has no cue of breeding or streets.
  EXPECT_EQ(normalize_text("The Acme \u00d7 Zenith jacket sold out.").find("crossed"), std::string::npos);
  // Between figures it is a dimension's "by".
  EXPECT_EQ(normalize_text("The room is 3 \u00d7 4 with a cross breeze.").find("crossed"), std::string::npos);
  // "R." as an initial stays.
  EXPECT_EQ(normalize_text("Paul R. Smith spoke.").find("Rua"), std::string::npos);
}

}  // namespace briefcast
