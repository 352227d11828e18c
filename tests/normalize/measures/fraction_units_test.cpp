// A fraction written against an imperial unit: an adjective before its noun, else a part of one unit.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(FractionUnits, AdjectiveBeforeItsNoun) {
  EXPECT_EQ(normalize_text("Grab a 3/8in socket set."), "Grab a three-eighths-inch socket set.");
  EXPECT_EQ(normalize_text("The 3/4in hose split."), "The three-quarter-inch hose split.");
  EXPECT_EQ(normalize_text("a 1/2oz sinker"), "a half-ounce sinker");
}

TEST(FractionUnits, PartOfOneUnitElsewhere) {
  EXPECT_EQ(normalize_text("Cut the board 1/8in short."), "Cut the board an eighth of an inch short.");
  EXPECT_EQ(normalize_text("The gap was 5/16in wide."), "The gap was five sixteenths of an inch wide.");
  EXPECT_EQ(normalize_text("It weighs 3/4lb when dry."), "It weighs three quarters of a pound when dry.");
  EXPECT_EQ(normalize_text("Leave a gap 1/2in wide."), "Leave a gap half an inch wide.");
  // After a plural noun and before the dimension it gives, no adjective.
  EXPECT_EQ(normalize_text("Set the tiles 1/8in apart."), "Set the tiles an eighth of an inch apart.");
  // Not a size: a date-like pair or a fraction above one is left to other rules.
  EXPECT_EQ(normalize_text("on 3/10 in Paris").find("of an inch"), std::string::npos);
}

TEST(FractionUnits, GasMarkBelowOne) {
  EXPECT_EQ(normalize_text("Preheat to 150°C/gas ½ first."),
            "Preheat to one hundred fifty degrees Celsius or gas a half first.");
  EXPECT_EQ(normalize_text("Set the oven to gas mark ¼ overnight."), "Set the oven to gas mark a quarter overnight.");
}

TEST(FractionUnits, SpacedUnitBeforeItsNoun) {
  EXPECT_EQ(normalize_text("The shop sells a 1/2 hp grinder for that."), "The shop sells a half-horsepower grinder for that.");
  EXPECT_EQ(normalize_text("Fit the 3/4 hp blower in the loft."), "Fit the three-quarter-horsepower blower in the loft.");
  EXPECT_EQ(normalize_text("Use a 1/4 in drill bit for the pilot."), "Use a quarter-inch drill bit for the pilot.");
  // With no noun after it, a part of the unit as before.
  EXPECT_EQ(normalize_text("The old lathe ran on 1/2 hp."), "The old lathe ran on half a horsepower.");
}

TEST(FractionUnits, FractionSignHyphenedToAWord) {
  EXPECT_EQ(normalize_text("The cottage has a ½-acre garden."), "The cottage has a half-acre garden.");
  EXPECT_EQ(normalize_text("Runners slowed at the ¼-mile post."), "Runners slowed at the quarter-mile post.");
  // A fraction sign alone keeps its own reading.
  EXPECT_EQ(normalize_text("Add ½ cup of milk.").find("half-"), std::string::npos);
}

TEST(FractionUnits, AFractionSignBeforeAUnitsSymbol) {
  EXPECT_EQ(normalize_text("Nail the \u00be-in. plywood down."), "Nail the three-quarter-inch plywood down.");
  EXPECT_EQ(normalize_text("Use a \u00bd-in. OSB panel."), "Use a half-inch O.S.B panel.");
  EXPECT_EQ(normalize_text("Buy a \u00bd-acre lot."), "Buy a half-acre lot.");
}

TEST(FractionUnits, TwoAlternativeFiguresBeforeAHyphenedUnit) {
  EXPECT_EQ(normalize_text("Drivers face a 48/56-hr cap."), "Drivers face a forty-eight- or fifty-six-hour cap.");
  EXPECT_EQ(normalize_text("Clinics offer 30/45-min slots."), "Clinics offer thirty- or forty-five-minute slots.");
  EXPECT_EQ(normalize_text("Buyers get 60/90-day terms."), "Buyers get sixty- or ninety-day terms.");
}

TEST(FractionUnits, SlashedFiguresThatAreNoChoiceKeepTheirReading) {
  // Two voltages both hold, two lengths are a range or a pair of events, a weight split is a
  // ratio, and a smaller second figure is a split: none is a choice ("or").
  EXPECT_EQ(normalize_text("The panel takes a 115/230-V feed.").find(" or "), std::string::npos);
  EXPECT_EQ(normalize_text("She won the 200/400-m double.").find(" or "), std::string::npos);
  EXPECT_EQ(normalize_text("A 28/75-mm zoom was fitted.").find(" or "), std::string::npos);
  EXPECT_EQ(normalize_text("The gym's 55/45-kg split stays.").find(" or "), std::string::npos);
  EXPECT_EQ(normalize_text("The union won an 80/20-hr split.").find(" or "), std::string::npos);
  // A part of a span, or a shift and its rest, is no choice either.
  EXPECT_EQ(normalize_text("Tourists keep to the 60/120-day limit.").find(" or "), std::string::npos);
  EXPECT_EQ(normalize_text("Medics work a 12/36-hr pattern.").find(" or "), std::string::npos);
  // A fraction of an inch stays a fraction.
  EXPECT_EQ(normalize_text("Fit a 13/16-in socket."), "Fit a thirteen-sixteenths-inch socket.");
}

TEST(FractionUnits, WholeAndFractionBeforeTheInchMark) {
  EXPECT_EQ(normalize_text("Bolts of 2-5/16\" were short."), "Bolts of two and five sixteenths inches were short.");
  EXPECT_EQ(normalize_text("fibre length (1-1/8\") held up"), "fibre length (one and an eighth inches) held up");
  EXPECT_NE(normalize_text("hail of 2-1/2\" fell").find("two and a half inches"), std::string::npos);
  EXPECT_NE(normalize_text("a rod of 1-3/4\" was cut").find("one and three quarters inches"), std::string::npos);
  // The mark closing a quotation opened before it is a quote, not inches.
  EXPECT_EQ(normalize_text("They named the app \"Beta 4-1/2\" last week.").find("inches"), std::string::npos);
  EXPECT_EQ(normalize_text("The mayor's \u201cStage 1-1/4\" plan stalled.").find("inches"), std::string::npos);
  // A score closing a quotation is no length.
  EXPECT_EQ(normalize_text("He called it \"a 3-1\" win.").find("inches"), std::string::npos);
}

}  // namespace briefcast
