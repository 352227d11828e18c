// A firearm's calibre written with a leading point, before a cartridge's word or among gun words.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(Calibres, SaidAsAWholeNumber) {
  EXPECT_EQ(normalize_text("Officers found a .45 ACP pistol in the car."),
            "Officers found a forty five A.C.P pistol in the car.");
  EXPECT_EQ(normalize_text("He hunts with a .243 Rem. in the hills."), "He hunts with a two forty three Remington in the hills.");
  EXPECT_EQ(normalize_text("The gunsmith rebarrelled it to .300 for elk."), "The gunsmith rebarrelled it to three hundred for elk.");
}

TEST(Calibres, AnAverageKeepsItsReading) {
  EXPECT_EQ(normalize_text("Her average rose to .345 in May."), "Her average rose to three forty five in May.");
  EXPECT_EQ(normalize_text("The index moved .25 on the day."), "The index moved point two five on the day.");
}

TEST(Calibres, RoundsAloneNameNoGun) {
  // A win average over "rounds" and a word that only sometimes names a cartridge.
  EXPECT_EQ(normalize_text("The club won .625 rounds last season."), "The club won point six two five rounds last season.");
  EXPECT_EQ(normalize_text("Shares rose .45 Auto makers led."), "Shares rose point four five Auto makers led.");
  // Beside a gun's word, rounds are a cartridge's.
  EXPECT_EQ(normalize_text("Police seized .357 rounds and a revolver."),
            "Police seized three fifty seven rounds and a revolver.");
}

}  // namespace briefcast
