// Tickers after their exchange: letters spelt, an Asian exchange's numbered listing said figure by figure.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(Tickers, NumberedListingFigureByFigure) {
  EXPECT_EQ(normalize_text("Miyako Foods (TSE: 2851) cut its outlook."),
            "Miyako Foods (T.S.E: two eight five one) cut its outlook.");
  // Without an exchange before it, a figure in brackets is a count.
  EXPECT_EQ(normalize_text("Sales rose (2851 units)."), "Sales rose (two thousand eight hundred fifty one units).");
}

}  // namespace briefcast
