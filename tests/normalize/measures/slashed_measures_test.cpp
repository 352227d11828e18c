// A trade's unit or a shortened count over a unit after a figure, and measures of one unit listed
// with slashes.
#include <gtest/gtest.h>

#include <string>

#include "normalize/normalizer.h"

namespace briefcast {

namespace {
bool has(const std::string& said, const std::string& part) { return said.find(part) != std::string::npos; }
}  // namespace

TEST(SlashedMeasures, TradeUnitPerUnit) {
  EXPECT_EQ(normalize_text("Dose at 40 IU/kg twice a week."), "Dose at forty international units per kilogram twice a week.");
  EXPECT_EQ(normalize_text("The shaft turns at 900 rev/min."), "The shaft turns at nine hundred revolutions per minute.");
  EXPECT_EQ(normalize_text("a count of 12 CFU/day"), "a count of twelve C.F.U per day");
}

TEST(SlashedMeasures, ListsOfOneUnit) {
  EXPECT_EQ(normalize_text("Her laps were 61.2s/60.8s/60.1s at the end."),
            "Her laps were sixty one point two, sixty point eight and sixty point one seconds at the end.");
  EXPECT_EQ(normalize_text("bags of 5kg/10kg/25kg sold"), "bags of five, ten and twenty five kilograms sold");
}

TEST(SlashedMeasures, OtherSlashesKeepTheirReadings) {
  // Unit over unit is the unit rules'.
  EXPECT_EQ(normalize_text("at 80 km/h"), "at eighty kilometers per hour");
  // No figure before: a choice of words.
  EXPECT_EQ(normalize_text("the EU/UK deal").find(" per "), std::string::npos);
  // Two measures only: no list.
  EXPECT_EQ(normalize_text("a 12V/24V charger").find(" and "), std::string::npos);
}

}  // namespace briefcast

namespace briefcast {

TEST(SlashedMeasures, UnitOverAUnitOfAMetal) {
  EXPECT_EQ(normalize_text("Burn-up may reach 62 GWd/tU in the new cores."),
            "Burn-up may reach sixty two gigawatt-days per tonne of uranium in the new cores.");
  EXPECT_EQ(normalize_text("a limit of 45 MWd/kgHM here"), "a limit of forty five megawatt-days per kilogram of heavy metal here");
}

TEST(SlashedMeasures, ChoicesBetweenWordsStayChoices) {
  EXPECT_TRUE(normalize_text("The 2 t CEO/CFO roles were merged.").find(" per ") == std::string::npos);
  EXPECT_TRUE(normalize_text("She won 3 golds in the 4 x 100/200 relays.").find("day") == std::string::npos);
}

TEST(SlashedMeasures, InsulinUnitsPerSpan) {
  EXPECT_EQ(normalize_text("The pump gave 1.2 U/h overnight."), "The pump gave one point two units per hour overnight.");
  EXPECT_EQ(normalize_text("a pen of 200 U/mL"), "a pen of two hundred units per milliliter");
  EXPECT_TRUE(has(normalize_text("Doses of 4\u20136 U/h were used."), "four to six units per hour"));
  // A "U" with no figure or no slash is a letter or a name.
  EXPECT_FALSE(has(normalize_text("Team U/B won the final."), "units"));
  EXPECT_FALSE(has(normalize_text("He got a U in maths, 4 U in all."), "units"));
}

TEST(SlashedMeasures, FiguresSlashedBeforeOneUnit) {
  EXPECT_EQ(normalize_text("The arm moves 40/250/40 mm each cycle."),
            "The arm moves forty, two hundred fifty and forty millimeters each cycle.");
  EXPECT_TRUE(has(normalize_text("sheets of 6/400/6 mm"), "six, four hundred, six millimeters"));
  EXPECT_TRUE(has(normalize_text("shims of 2/500/1 mm"), "two, five hundred, one millimeter"));
  // Before its noun the last measure of the comma list is one adjective.
  EXPECT_TRUE(has(normalize_text("the 15/200/15 mm panels"), "fifteen, two hundred, fifteen-millimeter panels"));
  // Where "and" cannot merge two figures the list keeps it, adjectival before a noun.
  EXPECT_TRUE(has(normalize_text("plates of 10/20/30 kg"), "ten, twenty and thirty kilograms"));
  EXPECT_TRUE(has(normalize_text("Walkers pick 3/8/16 km trails."), "three, eight and sixteen-kilometer trails"));
  EXPECT_TRUE(has(normalize_text("weights of 4/9/12 kg each"), "four, nine and twelve kilograms"));
  // A date or a score with no unit after stays what it was.
  EXPECT_FALSE(has(normalize_text("On 3/12/24 the team met."), "millimeters"));
}

}  // namespace briefcast
