// Typeset characters made plain before the rules read them.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

// The typeset fraction slash (U+2044) the same trade writes sizes with.
TEST(FractionSlashes, AFractionSlashBetweenFiguresIsAFraction) {
  EXPECT_EQ(normalize_text("Rip the strip to 5\u204416\u2033 thick."), normalize_text("Rip the strip to 5/16\u2033 thick."));
  EXPECT_NE(normalize_text("Rip the strip to 5\u204416\u2033 thick.").find("five sixteenths of an inch"), std::string::npos);
  // Not between a figure and a letter.
  EXPECT_EQ(normalize_text("The ratio 1\u2044x grows."), "The ratio 1\u2044x grows.");
}

}  // namespace briefcast

namespace briefcast {

TEST(SpokenRoots, ARootSignGluedToASymbolOrAFigureIsRoot) {
  EXPECT_EQ(normalize_text("The ratio is \u221a3 to one."), "The ratio is root three to one.");
  EXPECT_NE(normalize_text("Runs at \u221as of 900 GeV ended.").find("root"), std::string::npos);
  // A sign standing alone is no root of anything.
  EXPECT_EQ(normalize_text("Tick the \u221a box."), "Tick the \u221a box.");
  // Before a capital it is a tick on a list.
  EXPECT_EQ(normalize_text("\u221aSigned by the mayor.").find("root"), std::string::npos);
}

}  // namespace briefcast

namespace briefcast {

// A tilde before a currency's code, letters or sign is "about", as before a figure.
TEST(TypesetText, TildeBeforeAnyAmountIsAbout) {
  EXPECT_EQ(normalize_text("Buyers paid ~SEK 3.1m per truck."), "Buyers paid about three point one million kronor per truck.");
  EXPECT_EQ(normalize_text("Tickets ran ~₹900 each."), "Tickets ran about nine hundred rupees each.");
  EXPECT_EQ(normalize_text("Fees were ~R2,400 a term."), "Fees were about two thousand four hundred rand a term.");
  // A tilde before a word, a road or a model is no amount's.
  EXPECT_EQ(normalize_text("see ~Docs for more").find("about"), std::string::npos);
  EXPECT_EQ(normalize_text("take ~M25 north").find("about"), std::string::npos);
}

}  // namespace briefcast
