// One abbreviation in two trades, decided by the words around it.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(TradeSenses, DeclinationAmongWordsOfTheSky) {
  EXPECT_EQ(normalize_text("Point the telescope at Dec. +12° and wait."),
            "Point the telescope at declination plus twelve degrees and wait.");
  EXPECT_EQ(normalize_text("Prices fell in Dec. after the sale."), "Prices fell in December after the sale.");
}

TEST(TradeSenses, DeclinationOnlyBesideWordsOfCoordinates) {
  EXPECT_NE(normalize_text("The comet sits at RA 04h, Dec. -08° this week.").find("declination minus eight degrees"),
            std::string::npos);
  // A body of the sky without a coordinate leaves a month and its frost.
  EXPECT_EQ(normalize_text("Gardeners fear Dec. -3° mornings when the earth is bare and the stars are out."),
            "Gardeners fear December minus three degrees mornings when the earth is bare and the stars are out.");
}

TEST(TradeSenses, ChannelAmongWordsOfTheRadio) {
  EXPECT_EQ(normalize_text("The skipper called the coastguard on Ch. 16 at dawn."),
            "The skipper called the coastguard on channel sixteen at dawn.");
  EXPECT_EQ(normalize_text("The proof is left to Ch. 9 of the textbook."),
            "The proof is left to Chapter nine of the textbook.");
}

TEST(TradeSenses, PatientsAmongWordsOfAClinic) {
  EXPECT_EQ(normalize_text("The surgery registered 2,150 pts after the GP retired."),
            "The surgery registered two thousand one hundred fifty patients after the G.P retired.");
  EXPECT_EQ(normalize_text("The team won by 12 pts on Saturday."), "The team won by twelve points on Saturday.");
}

TEST(TradeSenses, AGrandPrixIsNoClinic) {
  EXPECT_EQ(normalize_text("She left Imola with 18 pts and the lead."), "She left Imola with eighteen points and the lead.");
  EXPECT_TRUE(normalize_text("He had 40 pts after the Austin GP.").find("forty points") != std::string::npos);
}

TEST(TradeSenses, ColourRenderingIndexOfLamps) {
  EXPECT_EQ(normalize_text("The new LED lamps reach Ra 95 in tests.").find("Ra "), std::string::npos);
  // The sun god and a name stay words.
  EXPECT_NE(normalize_text("Ra was the sun god of Egypt.").find("Ra was"), std::string::npos);
  EXPECT_NE(normalize_text("Priests of Ra 3,000 years ago sang.").find("Ra "), std::string::npos);
  // A name among words of lighting is still a name: after a capitalised word, before "at" or
  // "of" and no index, or before a count of years.
  EXPECT_NE(normalize_text("Sun Ra at 100: a tribute concert with LED lighting.").find("Sun Ra at"), std::string::npos);
  EXPECT_NE(normalize_text("Sun Ra 80 years on, under the lamps.").find("Sun Ra eighty"), std::string::npos);
  EXPECT_NE(normalize_text("The god Ra of Egypt inspired the lighting.").find("Ra of"), std::string::npos);
  EXPECT_EQ(normalize_text("Luminaires need Ra >= 80 in offices.").find("Ra "), std::string::npos);
}

}  // namespace briefcast
