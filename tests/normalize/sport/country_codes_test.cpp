// A competitor's country code in a results line is said as the country's name.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(CountryCodes, CodeAfterANameBeforePointsIsTheCountry) {
  EXPECT_EQ(normalize_text("Ranking update: Brask NOR 410 pts, Olander SWE 388 pts."),
            "Ranking update: Brask Norway, four hundred ten points, Olander Sweden, three hundred eighty eight points.");
  std::string heat = normalize_text("The heat went to Tamsin Roe GBR 10.98, ahead of Ida Kell JAM.");
  EXPECT_NE(heat.find("Tamsin Roe Great Britain, ten"), std::string::npos);
  EXPECT_NE(heat.find("Ida Kell Jamaica."), std::string::npos);
}

TEST(CountryCodes, BracketedAfterANameInCapitals) {
  EXPECT_NE(normalize_text("the final was won by Oskar FELDT (GER) in 2:08:11").find("Feldt (Germany)"),
            std::string::npos);
  EXPECT_NE(normalize_text("Semi-final: Hana Ito (JPN) beat Ana Ruiz (ESP).").find("(Japan) beat Ana Ruiz (Spain)"),
            std::string::npos);
}

TEST(CountryCodes, ACodeElsewhereStays) {
  // No sport in the line, no name before, or no figure or stop after: the letters stay.
  EXPECT_EQ(normalize_text("Analysts at Brask GER 10 said so.").find("Germany"), std::string::npos);
  EXPECT_EQ(normalize_text("The team flew in from GER on Monday.").find("Germany"), std::string::npos);
  EXPECT_EQ(normalize_text("Coach Lund USA Today reported the win.").find("United States"), std::string::npos);
  EXPECT_EQ(normalize_text("Agent FBI (USA) files for the match").find("United States"), std::string::npos);
}

}  // namespace briefcast
