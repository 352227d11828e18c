// Naming abbreviations said in full where their cue stands.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(NamingAbbreviations, TaxaFormationsAndVessels) {
  EXPECT_NE(normalize_text("They named it Aus bus sp. nov. in May.").find("species nova in May"), std::string::npos);
  EXPECT_NE(normalize_text("a skull from the Two Medicine Fm. of Montana").find("Two Medicine Formation of"), std::string::npos);
  EXPECT_NE(normalize_text("the crew of the M/V Northern Star").find("motor vessel Northern Star"), std::string::npos);
}

TEST(NamingAbbreviations, WithoutTheCueItStays) {
  EXPECT_EQ(normalize_text("the fm. radio band").find("Formation"), std::string::npos);
  EXPECT_EQ(normalize_text("shares of S/V Ltd. rose").find("vessel"), std::string::npos);
  EXPECT_EQ(normalize_text("a ratio of m/v in the lab").find("motor vessel"), std::string::npos);
}

}  // namespace briefcast
