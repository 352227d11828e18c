// Postal tracking numbers (two capitals, nine figures, two capitals), said as a clerk reads them.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(ParcelNumbers, SpacedInThreesNearAWordOfThePost) {
  EXPECT_EQ(normalize_text("The parcel, RR 305 140 627 FR, never arrived."),
            "The parcel, R.R, three oh five, one four oh, six two seven, F.R, never arrived.");
}

TEST(ParcelNumbers, GluedAsPrinted) {
  EXPECT_EQ(normalize_text("Quote CP480019276DE when you call."),
            "Quote C.P, four eight oh, oh one nine, two seven six, D.E when you call.");
}

TEST(ParcelNumbers, OtherFiguresBetweenCapitalsStay) {
  // Without a word of the post, spaced figures may be a count.
  EXPECT_EQ(normalize_text("UK 214 887 903 US").find("two one four"), std::string::npos);
  // A round count in thousands, even beside words of the post.
  EXPECT_EQ(normalize_text("The post office handled UK 250 000 000 US items.").find("oh oh oh"), std::string::npos);
  // Not nine figures.
  EXPECT_EQ(normalize_text("The parcel went from UK 214 887 US").find("two one four"), std::string::npos);
}

}  // namespace briefcast
