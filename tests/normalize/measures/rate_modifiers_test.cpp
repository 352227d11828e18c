// A strength (a mass per a volume) or a grammage before its product is one adjective.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(RateModifiers, AStrengthBeforeItsProductIsOneAdjective) {
  EXPECT_EQ(normalize_text("The clinic stocks 125 mg/5 mL cefalexin syrup."),
            "The clinic stocks one-hundred-twenty-five-milligram-per-five-milliliter cefalexin syrup.");
  EXPECT_EQ(normalize_text("It recalled its 20 mg/0.5 mL auto-injectors."),
            "It recalled its twenty-milligram-per-zero-point-five-milliliter auto-injectors.");
  EXPECT_EQ(normalize_text("They sell a 2 mg/mL oral solution."), "They sell a two-milligram-per-milliliter oral solution.");
  EXPECT_EQ(normalize_text("The press runs 52 g/m\u00b2 coated stock."),
            "The press runs fifty-two-gram-per-square-meter coated stock.");
}

TEST(RateModifiers, AStrengthAloneOrAfterOfIsARate) {
  EXPECT_EQ(normalize_text("The syrup holds 125 mg/5 mL."), "The syrup holds one hundred twenty five milligrams per five milliliters.");
  EXPECT_EQ(normalize_text("A dose of 125 mg/5 mL was given."),
            "A dose of one hundred twenty five milligrams per five milliliters was given.");
  EXPECT_EQ(normalize_text("It is given at 4 mg/mL daily."), "It is given at four milligrams per milliliter daily.");
  EXPECT_EQ(normalize_text("The sheet weighs 70 g/m\u00b2 and is matt."),
            "The sheet weighs seventy grams per square meter and is matt.");
  // Grams per a liter are an amount of a substance in a drink, no kind of it.
  EXPECT_EQ(normalize_text("The cider keeps 25 g/L residual sugar."), "The cider keeps twenty five grams per liter residual sugar.");
  // A dose per a body's mass is no strength of a product.
  EXPECT_EQ(normalize_text("Patients got 3 mg/kg body weight."), "Patients got three milligrams per kilogram body weight.");
}

TEST(RateModifiers, MilligramsBeforeAPluralAreAStrength) {
  EXPECT_EQ(normalize_text("The site packs 400 mg batches for export."),
            "The site packs four-hundred-milligram batches for export.");
  EXPECT_EQ(normalize_text("He takes 100 mg every morning."), "He takes one hundred milligrams every morning.");
  EXPECT_EQ(normalize_text("Each slice adds 20 mg salt."), "Each slice adds twenty milligrams salt.");
}

TEST(RateModifiers, WeightPerLengthGradesRailAndAfterAnAmountOf) {
  EXPECT_EQ(normalize_text("Two tonnes of 60 kg/m rail arrived."), "Two tonnes of sixty-kilogram-per-meter rail arrived.");
  EXPECT_EQ(normalize_text("The wire weighs 2 kg/m in total."), "The wire weighs two kilograms per meter in total.");
  EXPECT_EQ(normalize_text("It ships 900 t of 52 g/m\u00b2 paper."), "It ships nine hundred tonnes of fifty-two-gram-per-square-meter paper.");
  // No amount before "of": the value of the noun.
  EXPECT_EQ(normalize_text("A weight of 52 g/m\u00b2 is usual."), "A weight of fifty two grams per square meter is usual.");
}

}  // namespace briefcast
