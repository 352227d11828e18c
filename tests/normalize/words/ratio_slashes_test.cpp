// A slash between measures of a company's books: a ratio ("to") or a rate ("per").
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(RatioSlashes, LeverageRatiosAreTo) {
  EXPECT_EQ(normalize_text("Its debt/equity ratio rose again."), "Its debt to equity ratio rose again.");
  EXPECT_NE(normalize_text("The miner's net debt/EBITDA eased in May.").find("net debt to "), std::string::npos);
  EXPECT_NE(normalize_text("The bank's loan/deposit ratio is high.").find("loan to deposit ratio"), std::string::npos);
}

TEST(RatioSlashes, MoneyMeasuresPerAUnit) {
  EXPECT_NE(normalize_text("Its EBIT/kg slipped in the autumn.").find(" per kilogram"), std::string::npos);
  EXPECT_EQ(normalize_text("The fund's revenue/share rose."), "The fund's revenue per share rose.");
}

TEST(RatioSlashes, OtherPairsAreLeftAlone) {
  EXPECT_EQ(normalize_text("Talk of debt/deficit limits went on.").find(" to "), std::string::npos);
  EXPECT_EQ(normalize_text("The sales/revenue split is unclear.").find(" to "), std::string::npos);
  EXPECT_EQ(normalize_text("The car hit 90 km/h on the bend."), "The car hit ninety kilometers per hour on the bend.");
}

}  // namespace briefcast
