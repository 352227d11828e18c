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

TEST(FractionCents, GlyphGluedToAPriceOrACentMove) {
  EXPECT_EQ(normalize_text("July soybeans ended at $10.14\u00be."), "July soybeans ended at ten dollars fourteen and three-quarter cents.");
  EXPECT_EQ(normalize_text("Oats gained 2\u215b\u00a2 on Friday."), "Oats gained two and an eighth cents on Friday.");
  EXPECT_EQ(normalize_text("Canola eased \u00bd\u00a2."), "Canola eased one half of a cent.");
}

TEST(FractionCents, GlyphAfterNoWholeCentIsPartOfOne) {
  EXPECT_EQ(normalize_text("Prices touched $2.00\u00bd a bushel."), "Prices touched two dollars and a half cent a bushel.");
}

TEST(FractionCents, GlyphPriceQuotedPerUnitOrInARange) {
  EXPECT_EQ(normalize_text("Oats were bid at $2.61\u00be/bu in Duluth."),
            "Oats were bid at two dollars sixty one and three-quarter cents per bushel in Duluth.");
  EXPECT_EQ(normalize_text("Beans traded $9.14\u00bc-$9.20\u00bd all day."),
            "Beans traded nine dollars fourteen and a quarter cents to nine dollars twenty and a half cents all day.");
  EXPECT_EQ(normalize_text("Pens cost $1.49\u00bd/ea.").find("per"), std::string::npos);
}

TEST(FractionCents, GlyphWithoutMoneyStaysAMixedNumber) {
  EXPECT_EQ(normalize_text("The trail runs 6\u00bd miles."), "The trail runs six and a half miles.");
}

// With no whole cent, the fraction is part of one cent, spaced or glued.
TEST(FractionCents, AFractionOfOneCentAfterWholeDollars) {
  EXPECT_EQ(normalize_text("Oats settled at $3.00 1/4 a bushel."), "Oats settled at three dollars and a quarter cent a bushel.");
  EXPECT_EQ(normalize_text("Oats settled at $3.00\u00bc a bushel."), "Oats settled at three dollars and a quarter cent a bushel.");
  // The eighths glyphs are three bytes long and are read all the same.
  EXPECT_EQ(normalize_text("Soy rose to $9.14\u215d a bushel."),
            "Soy rose to nine dollars fourteen and five-eighths cents a bushel.");
}

}  // namespace briefcast
