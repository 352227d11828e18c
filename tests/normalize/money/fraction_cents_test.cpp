// A futures price quoted to a fraction of a cent keeps the fraction with its cents.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(FractionCents, FractionStaysWithTheCents) {
  EXPECT_EQ(normalize_text("Oats ended at $3.61 1/4 a bushel."),
            "Oats ended at three dollars sixty one and a quarter cents a bushel.");
  EXPECT_EQ(normalize_text("Wheat rose to $6.08 1/2 per bushel."),
            "Wheat rose to six dollars eight and a half cents per bushel.");
  EXPECT_EQ(normalize_text("Cattle futures hit $1.85 3/4 a pound."),
            "Cattle futures hit one dollar eighty five and three-quarter cents a pound.");
}

TEST(FractionCents, OtherFiguresAfterAPriceStayApart) {
  EXPECT_EQ(normalize_text("It costs $4.50 2 days a week.").find("and"), std::string::npos);
}

}  // namespace briefcast
