// A model's hyphened name after its maker's capitals is no range.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(ModelRanges, FallingSecondFigureIsAName) {
  EXPECT_EQ(normalize_text("An LTM 350-6.1 crane was hired."), "An L.T.M three hundred fifty, six point one crane was hired.");
}

TEST(ModelRanges, RisingFiguresStayARange) {
  EXPECT_EQ(normalize_text("The IMF 2-3.5 forecast."), "The I.M.F two to three point five forecast.");
  EXPECT_EQ(normalize_text("Gusts of 40-8.5 were logged.").find("forty,"), std::string::npos);
}

}  // namespace briefcast
