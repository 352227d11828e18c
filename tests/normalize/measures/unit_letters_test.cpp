// Units a trade writes as letters: the second over a counted noun, oil-field units, products in
// brackets after a slash, a unit after a plus-or-minus sign, the tonne before a formula, and
// unit marks after a whole figure and a fraction sign; with the other readings of the letters.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

namespace {
bool has(const std::string& said, const std::string& part) { return said.find(part) != std::string::npos; }
}  // namespace

TEST(UnitLetters, SecondsOverACountedNounOrAUnit) {
  EXPECT_TRUE(has(normalize_text("The soft tyres lost about 0.08 s/lap in the heat."), "eight seconds per lap"));
  EXPECT_TRUE(has(normalize_text("The old movement ran at +3 s/d after the service."), "seconds per day"));
  EXPECT_TRUE(has(normalize_text("She swam a steady 2 s/length slower in the final."), "two seconds per length"));
  // A plural or a letter keeps its reading.
  EXPECT_FALSE(has(normalize_text("Music of the 1970s/80s was back."), "seconds"));
  EXPECT_FALSE(has(normalize_text("Pick the 5 s/he likes most."), "seconds"));
}

TEST(UnitLetters, SpacedSecondsBeforeATimedNoun) {
  EXPECT_TRUE(has(normalize_text("He was handed a 10 s penalty for speeding."), "ten-second"));
  EXPECT_TRUE(has(normalize_text("The stewards gave him a 5 s time penalty."), "a five-second time penalty"));
  // Without a timed noun the letter stays.
  EXPECT_FALSE(has(normalize_text("Row 4 s stitches are purled."), "second"));
  EXPECT_FALSE(has(normalize_text("The class of 5 s students left."), "second"));
}

TEST(UnitLetters, OilFieldUnits) {
  EXPECT_TRUE(has(normalize_text("The well tested at 3,900 psig on the choke."), "pounds per square inch gauge"));
  EXPECT_TRUE(has(normalize_text("The separator runs at 120 psia."), "pounds per square inch absolute"));
  EXPECT_TRUE(has(normalize_text("The gas-oil ratio rose to 2,400 scf/bbl."), "standard cubic feet per barrel"));
  EXPECT_TRUE(has(normalize_text("The field makes 41 MMscf/d of gas."), "forty one million standard cubic feet per day"));
  EXPECT_TRUE(has(normalize_text("Reserves are put at 1.2 Bcf."), "one point two billion cubic feet"));
  EXPECT_TRUE(has(normalize_text("The rig pulled 180 klbs on the string."), "one hundred eighty thousand pounds"));
  EXPECT_TRUE(has(normalize_text("The brine held 9 gpp of salt."), "nine grains per pound"));
  EXPECT_TRUE(has(normalize_text("The float sank to 1,000 dbar before rising."), "one thousand decibars"));
  EXPECT_TRUE(has(normalize_text("Tension of 30 cbar was read in the soil."), "thirty centibars"));
}

TEST(UnitLetters, ProductOfUnitsInBracketsAfterASlash) {
  EXPECT_TRUE(has(normalize_text("The flux was 0.2 kg/(m²·s) at the wall."),
                  "zero point two kilograms per square meter per second"));
  EXPECT_TRUE(has(normalize_text("Leakage stayed under 1.5 m³/(h·m²) in the test."),
                  "one point five cubic meters per hour per square meter"));
  EXPECT_TRUE(has(normalize_text("The foam has 0.022 W/(m·K) conductivity."), "watts per meter kelvin"));
  // A bracket holding no units stays as written.
  EXPECT_FALSE(has(normalize_text("Paid 3 kg/(see note) for it."), "per see"));
}

TEST(UnitLetters, UnitAfterPlusOrMinus) {
  EXPECT_TRUE(has(normalize_text("The gauge reads to within ±2 mm of the mark."), "plus or minus two millimeters"));
  EXPECT_TRUE(has(normalize_text("Drift was ±0.5 s over the week."), "plus or minus zero point five seconds"));
  EXPECT_TRUE(has(normalize_text("The margin is ±1 kg."), "plus or minus one kilogram"));
}

TEST(UnitLetters, TonnesBeforeAFormula) {
  EXPECT_TRUE(has(normalize_text("Each flat saves 2 t CO₂e a year."), "two tonnes"));
  EXPECT_TRUE(has(normalize_text("The kiln emits 40 t CO2 per day."), "forty tonnes"));
  // A letter before a word keeps its reading.
  EXPECT_FALSE(has(normalize_text("Press 5 t Enter to go."), "tonnes"));
}

TEST(UnitLetters, UnitAfterAWholeFigureAndAFractionSign) {
  EXPECT_TRUE(has(normalize_text("She baked a 1½-lb cake for the fair."), "one-and-a-half-pound cake"));
  EXPECT_TRUE(has(normalize_text("They drilled the 12¼-in. section next."), "twelve-and-a-quarter-inch section"));
  EXPECT_TRUE(has(normalize_text("A 17¾-in. bit was run."), "seventeen-and-three-quarter-inch bit"));
  EXPECT_TRUE(has(normalize_text("The trout was 3½lb on the scales."), "three and a half pounds"));
  // A fraction sign alone, or before no unit, keeps its reading.
  EXPECT_TRUE(has(normalize_text("He is 2½ now."), "two and a half"));
  EXPECT_FALSE(has(normalize_text("A 2½-year wait."), "pound"));
}

TEST(UnitLetters, PoundsOfPipeAndFeetAfterAGroupedFigure) {
  EXPECT_TRUE(has(normalize_text("They ran 47# L-80 casing to depth."), "forty-seven-pound"));
  EXPECT_TRUE(has(normalize_text("The 26# tubing was pulled."), "twenty-six-pound tubing"));
  EXPECT_TRUE(has(normalize_text("The well was drilled to 9,850′ last week."), "nine thousand eight hundred fifty feet"));
  // A number sign before a figure, a minute of a match and a plain quote keep their readings.
  EXPECT_FALSE(has(normalize_text("They ran #5 casing."), "pound"));
  EXPECT_FALSE(has(normalize_text("Salah scored in the 67′ of the match."), "feet"));
  EXPECT_FALSE(has(normalize_text("He said 'it cost 1,000' and left."), "feet"));
}

TEST(UnitLetters, StraightMarkAfterAGroupedFigureIsFeetOnlyBesideWordsOfLength) {
  EXPECT_TRUE(has(normalize_text("The rig reached a depth of 7,300' before the storm."), "hundred feet before"));
  EXPECT_TRUE(has(normalize_text("They spudded a 3,100' well near the town."), "hundred feet well"));
  // A quotation closed after a figure, its opening far back, is no length.
  EXPECT_FALSE(has(normalize_text("The memo noted 'a steady climb in the count of permits filed in the county over the "
                                  "last decade, reaching 14,500' and closed."),
                   "feet"));
  EXPECT_TRUE(has(normalize_text("The memo noted 'a steady climb in the count of permits filed in the county over the "
                                 "last decade, reaching 14,500' and closed."),
                  "five hundred' and closed"));
}

}  // namespace briefcast
