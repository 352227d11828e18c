// Currency pairs, time signatures and arrows between words.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(JoinedPairs, CurrencyPairsAsMarketsSayThem) {
  EXPECT_EQ(normalize_text("EUR/GBP rose"), "euro-sterling rose");
  EXPECT_EQ(normalize_text("USD/JPY at 149"), "dollar-yen at one hundred forty nine");
  // An unknown code keeps its letters.
  EXPECT_EQ(normalize_text("XYZ/USD").find("dollar-"), std::string::npos);
}

TEST(JoinedPairs, TimeSignatures) {
  EXPECT_EQ(normalize_text("a waltz in 3/4 time"), "a waltz in three-four time");
  EXPECT_EQ(normalize_text("it shifts from 6/8 time into 5/4 for a bar"),
            "it shifts from six-eight time into five-four for a bar");
  // Without a word that names a signature it stays a fraction.
  EXPECT_EQ(normalize_text("3/4 of the cost").find("three-four"), std::string::npos);
}

TEST(JoinedPairs, AnArrowBetweenWords) {
  EXPECT_EQ(normalize_text("Rome \u2192 Milan by train"), "Rome to Milan by train");
  EXPECT_EQ(normalize_text("draft -> final"), "draft to final");
}

TEST(JoinedPairs, ATimeInOneZoneThenAnother) {
  EXPECT_EQ(normalize_text("live at 8pm BST/3pm ET"), "live at eight PM B.S.T, three PM E.T");
  // Anything else after the slash is left to the other rules.
  EXPECT_EQ(normalize_text("the UTC/GMT offset").find(", "), std::string::npos);
}

TEST(JoinedPairs, MemoryAndStorageOfOneSpec) {
  EXPECT_EQ(normalize_text("the 8GB/256GB model"), "the eight gigabytes and two hundred fifty six gigabytes model");
  EXPECT_EQ(normalize_text("with 32GB/2TB inside"), "with thirty two gigabytes and two terabytes inside");
  // Sizes one step apart are the choices a model comes in.
  EXPECT_EQ(normalize_text("in 128GB/256GB versions").find(" and "), std::string::npos);
}

TEST(JoinedPairs, ClothingSizes) {
  EXPECT_EQ(normalize_text("jackets in XS-XL only"), "jackets in X.S to X.L only");
  EXPECT_EQ(normalize_text("socks in S/M/L"), "socks in S, M or L");
  // An en dash is a range as a hyphen is; a figure before the letters is said.
  EXPECT_EQ(normalize_text("hoodies in S\u2013XXL only"), "hoodies in S to X.X.L only");
  EXPECT_EQ(normalize_text("leggings in XS\u20134X and"), "leggings in X.S to four X and");
  EXPECT_EQ(normalize_text("coats in M-4XL only"), "coats in M to four X.L only");
  EXPECT_EQ(normalize_text("vests in XXS\u20133XL"), "vests in X.X.S to three X.L");
  // Two one-letter sizes alone are left to the other rules.
  EXPECT_EQ(normalize_text("S/M").find(" or "), std::string::npos);
}

}  // namespace briefcast

namespace briefcast {

TEST(JoinedPairs, SignsBetweenTwoPlacesOfARouteAreTo) {
  EXPECT_EQ(normalize_text("Stage 6: Marvelle › Côte Brune, 176 km."),
            "Stage six: Marvelle to Côte Brune, one hundred seventy six kilometers.");
  EXPECT_EQ(normalize_text("The ferry route Tarbet » Orrin runs daily."), "The ferry route Tarbet to Orrin runs daily.");
  EXPECT_EQ(normalize_text("Leg 2: Dunhollow > Kessock, a short climb."),
            "Leg two: Dunhollow to Kessock, a short climb.");
  // A breadcrumb or a menu path has no route: the signs stay as they were.
  EXPECT_EQ(normalize_text("Home › Sport › Tennis").find(" to "), std::string::npos);
  EXPECT_EQ(normalize_text("Open Settings > Privacy to turn it off.").find(" to Privacy"), std::string::npos);
  // Between figures or lower-case words a sign is no route's.
  EXPECT_EQ(normalize_text("The stage is long if the climb > descent.").find(" to "), std::string::npos);
}

}  // namespace briefcast
