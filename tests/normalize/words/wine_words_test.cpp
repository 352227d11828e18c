// A wine's strength after its percentage, and grapes' abbreviated names.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(WineWords, StrengthAfterAPercentage) {
  EXPECT_EQ(normalize_text("The rosé carries 12.5% alc. and little sugar."),
            "The rosé carries twelve point five percent alcohol and little sugar.");
  EXPECT_EQ(normalize_text("Its label reads 14% alc./vol. in small type."),
            "Its label reads fourteen percent alcohol by volume in small type.");
  EXPECT_EQ(normalize_text("The rules ask for at least 11% vol. in the blend."),
            "The rules ask for at least eleven percent by volume in the blend.");
}

TEST(WineWords, StrengthAtTheEndKeepsTheSentencePause) {
  EXPECT_EQ(normalize_text("The cellar's flagship sits at 13.5% alc. The critics loved it."),
            "The cellar's flagship sits at thirteen point five percent alcohol. The critics loved it.");
}

TEST(WineWords, VolumeOrAlcoholElsewhereIsLeftAlone) {
  // A volume of a book, and "vol" without its period, are no strength.
  EXPECT_EQ(normalize_text("See Vol. 3 of the report."), "See Volume three of the report.");
  EXPECT_EQ(normalize_text("Turnout rose 5% volunteers said."), "Turnout rose five percent volunteers said.");
}

TEST(WineWords, GrapeNamesInFull) {
  EXPECT_EQ(normalize_text("The blend is 80% Cab. Sauv. and 20% Shiraz."),
            "The blend is eighty percent Cabernet Sauvignon and twenty percent Shiraz.");
  EXPECT_EQ(normalize_text("A crisp Sauv. Blanc from the coast won gold."), "A crisp Sauvignon Blanc from the coast won gold.");
  EXPECT_EQ(normalize_text("They added some Cab. Franc for lift."), "They added some Cabernet Franc for lift.");
}

TEST(WineWords, ACabIsATaxi) {
  EXPECT_EQ(normalize_text("She took a cab. Then she walked home."), "She took a cab. Then she walked home.");
  EXPECT_EQ(normalize_text("He hailed a Cab. Sauvage was the driver's name."), "He hailed a Cab. Sauvage was the driver's name.");
}

TEST(WineWords, PricePerBottleAndCase) {
  EXPECT_EQ(normalize_text("The merchant asks £18/btl for the claret."),
            "The merchant asks eighteen pounds per bottle for the claret.");
  EXPECT_EQ(normalize_text("Trade buyers pay $240/cs for the Pinot."),
            "Trade buyers pay two hundred forty dollars per case for the Pinot.");
}

TEST(WineWords, YieldPerAcre) {
  EXPECT_EQ(normalize_text("Growers picked 3.1 t/ac this autumn."), "Growers picked three point one tons per acre this autumn.");
  EXPECT_EQ(normalize_text("Growers picked 9 t/ha this autumn."), "Growers picked nine tonnes per hectare this autumn.");
}

}  // namespace briefcast
