// Shorthand of pilots' and controllers' reports.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(FlightReports, MachAmongFlyingWords) {
  EXPECT_EQ(normalize_text("The airliner will cruise at M0.85 above the ocean."),
            "The airliner will cruise at Mach point eight five above the ocean.");
  EXPECT_EQ(normalize_text("The pilots held M2.2 at altitude."), "The pilots held Mach two point two at altitude.");
  // Elsewhere an M with a decimal is a quake's magnitude or a model.
  EXPECT_EQ(normalize_text("An M4.5 quake shook the town.").find("Mach"), std::string::npos);
}

TEST(FlightReports, SurfaceWind) {
  EXPECT_EQ(normalize_text("Landing on runway 27L, the wind was 280/15G27 kt."),
            "Landing on runway two seven left, the wind was two eight zero degrees at fifteen knots gusting twenty seven.");
  EXPECT_EQ(normalize_text("The report gave 31012KT and good visibility."),
            "The report gave three one zero degrees at twelve knots and good visibility.");
  EXPECT_EQ(normalize_text("Winds of 090/08 kt are forecast."), "Winds of zero nine zero degrees at eight knots are forecast.");
  // A score or ratio with no knots, gust or flying words stays one.
  EXPECT_EQ(normalize_text("The team made 240/18 in the friendly.").find("knots"), std::string::npos);
}

TEST(FlightReports, ZuluTime) {
  EXPECT_EQ(normalize_text("The tower logged the call at 21:05Z."), "The tower logged the call at twenty one oh five Zulu.");
  EXPECT_EQ(normalize_text("The METAR from 0900Z showed fog."), "The Metar from zero nine hundred Zulu showed fog.");
  // Four figures and a Z with no word of flying: a part or model number.
  EXPECT_EQ(normalize_text("The shop sells the 1200Z blender.").find("Zulu"), std::string::npos);
}

TEST(FlightReports, RunwayWord) {
  EXPECT_EQ(normalize_text("Crews closed RWY 09 for repairs."), "Crews closed runway zero nine for repairs.");
}

TEST(FlightReports, TemperatureAndDewPoint) {
  EXPECT_EQ(normalize_text("The airfield gave temperature/dew point 12/M02 at noon."),
            "The airfield gave temperature twelve, dew point minus two at noon.");
  // A temperature word with other figures is left to the other rules.
  EXPECT_EQ(normalize_text("The temperature/dew chart shows 3/4 of days."),
            normalize_text("The temperature/dew chart shows 3/4 of days."));
  EXPECT_EQ(normalize_text("The temperature/dew chart shows 3/4 of days.").find("dew point"), std::string::npos);
}

TEST(FlightReports, AirworthinessDirective) {
  EXPECT_EQ(normalize_text("The FAA published AD 2023-05-12 on wing spars."),
            "The F.A.A published airworthiness directive twenty twenty three dash zero five dash twelve on wing spars.");
  // An era before a date, with no word of flying.
  EXPECT_EQ(normalize_text("The coin is dated AD 1066-10-14 by the seller.").find("directive"), std::string::npos);
}

TEST(FlightReports, RegistrationLettersAreSpelled) {
  EXPECT_EQ(normalize_text("The jet, registered G-BXTW, was towed to the hangar."),
            "The jet, registered G-B.X.T.W, was towed to the hangar.");
  EXPECT_EQ(normalize_text("The airline flew PH-QRV to the coast."), "The airline flew P.H-Q.R.V to the coast.");
  // Without words of flying the same shape is left to the rules for capitals.
  EXPECT_EQ(normalize_text("The monitor supports G-SYNC at full speed.").find("S.Y.N.C"), std::string::npos);
  EXPECT_EQ(normalize_text("He joined the C-SUITE last year.").find("S.U"), std::string::npos);
}

}  // namespace briefcast
