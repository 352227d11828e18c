// Three or more words between slashes are a list; a pair typed with a space after its slash
// is still a pair. Neither is read with the symbol's name.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(SlashList, LowercaseWordsAreAChoice) {
  EXPECT_EQ(normalize_text("Turn the fan to low/medium/high at night."), "Turn the fan to low, medium or high at night.");
  EXPECT_EQ(normalize_text("set the alarm to loud/quiet/silent for guests"),
            "set the alarm to loud, quiet or silent for guests");
  EXPECT_EQ(normalize_text("prices rose/fell/stalled on Monday"), "prices rose, fell or stalled on Monday");
}

TEST(SlashList, ListBeforeANounQualifiesIt) {
  EXPECT_EQ(normalize_text("a cyan/magenta/yellow cartridge"), "a cyan, magenta, yellow cartridge");
}

TEST(SlashList, NamesAreOneGroup) {
  EXPECT_EQ(normalize_text("trains to Ghent/Bruges/Antwerp run hourly"), "trains to Ghent, Bruges, Antwerp run hourly");
}

TEST(SlashList, PathsCodesAndLettersAreNoList) {
  EXPECT_EQ(normalize_text("look in /opt/tools/bin first"), "look in slash opt slash tools slash bin first");
  EXPECT_EQ(normalize_text("try X/Y/Z now"), "try X slash Y slash Z now");
  // Alone on its line the word may be a path or a label: no sentence shows a list.
  EXPECT_EQ(normalize_text("sales/marketing/support"), "sales slash marketing slash support");
}

TEST(SlashList, SpaceAfterTheSlashStillMakesAPair) {
  EXPECT_EQ(normalize_text("You may bring juice/ water to the hall."), "You may bring juice or water to the hall.");
  EXPECT_EQ(normalize_text("the retail/ leisure sector"), "the retail leisure sector");
}


TEST(SlashLists, SpacedSlashBetweenRatingCodesIsAShortBreak) {
  EXPECT_EQ(normalize_text("a housing rated IP65 / IP66"), "a housing rated IP sixty five - IP sixty six");
  EXPECT_EQ(normalize_text("rated ASIL 2 / SIL 1 overall").find("slash"), std::string::npos);
  // Figures on both sides, or a word after, keep their own readings.
  EXPECT_NE(normalize_text("scored 8 / 10 by critics").find("ten"), std::string::npos);
  EXPECT_EQ(normalize_text("the IP65 / waterproof claim").find("- waterproof"), std::string::npos);
}

// Amounts in two currencies are an exchange rate, and codes before "ratio" its terms: the slash
// stays, never a pause that would make a list.
TEST(SlashLists, NoPauseInARateOrARatio) {
  EXPECT_EQ(normalize_text("the peso hit EUR 1 / MXN 19.6 today").find(" - "), std::string::npos);
  EXPECT_EQ(normalize_text("a rate of CHF 1 / JPY 170 held").find(" - "), std::string::npos);
  EXPECT_EQ(normalize_text("the NO2 / NOX ratio fell").find(" - "), std::string::npos);
  EXPECT_NE(normalize_text("rated IP54 / IP55 in tests").find("IP fifty four - IP fifty five"), std::string::npos);
}

TEST(SlashLists, ARatioNamedBeforeItsTermsIsNoList) {
  EXPECT_EQ(normalize_text("the ratio of PM1 / PM2.5 in the valley").find(" - "), std::string::npos);
  EXPECT_EQ(normalize_text("ratios of IP54 / IP55 units").find(" - "), std::string::npos);
}

}  // namespace briefcast
