// A typeface's size on its leading ("9/12 pt"), said as typesetters say it, never a date.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(TypeSizes, SizeOnLeadingBeforeThePointIsNoDate) {
  EXPECT_EQ(normalize_text("The body is 11/14 pt Garamond."), "The body is eleven on fourteen point Garamond.");
  EXPECT_EQ(normalize_text("notes in 8/10pt type"), "notes in eight on ten point type");
  EXPECT_EQ(normalize_text("captions at 9/12 point"), "captions at nine on twelve point");
}

TEST(TypeSizes, OtherPairsKeepTheirReadings) {
  EXPECT_EQ(normalize_text("The final is on 7/19."), "The final is on July nineteenth.");
}

TEST(TypeSizes, DecimalSizes) {
  EXPECT_EQ(normalize_text("Captions are set 7.5/9 pt in the new design."),
            "Captions are set seven point five on nine point in the new design.");
  // A half pint stays a fraction.
  EXPECT_EQ(normalize_text("Add 1/2 pt of stock.").find(" on "), std::string::npos);
}

}  // namespace briefcast
