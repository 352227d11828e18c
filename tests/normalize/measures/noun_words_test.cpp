// The words about a measure that tell whether it sizes a noun: containers and ships, codes
// in capitals, a unit's qualifier, describing words and a battery's cell code.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(NounWords, AContainerNamedInThePlural) {
  EXPECT_EQ(normalize_text("They stocked 200 g boxes of tea."), "They stocked two-hundred-gram boxes of tea.");
  EXPECT_EQ(normalize_text("Pack it in 50 g pouches first."), "Pack it in fifty-gram pouches first.");
}

TEST(NounWords, CapitalsQualifierOfTheUnitIsNoNoun) {
  EXPECT_EQ(normalize_text("The siren peaks at 120 dB SPL in the lab."),
            "The siren peaks at one hundred twenty decibels S.P.L in the lab.");
  EXPECT_EQ(normalize_text("The groundsheet reaches 10,000 mm HH, more than most."),
            "The groundsheet reaches ten thousand millimeters H.H, more than most.");
  // With a noun after the qualifier, measure and qualifier describe that noun together.
  EXPECT_EQ(normalize_text("A 95 dB SPL horn sounded twice."), "A ninety-five-decibel S.P.L horn sounded twice.");
  EXPECT_EQ(normalize_text("The tent has a 5,000 mm HH rating."), "The tent has a five-thousand-millimeter H.H rating.");
  EXPECT_EQ(normalize_text("It has 8,000 mm HH fabric."), "It has eight-thousand-millimeter H.H fabric.");
}

TEST(NounWords, ADescribingWordBeforeTheNoun) {
  EXPECT_EQ(normalize_text("The mill rolls 4.5 mm galvanised strip for roofs."),
            "The mill rolls four-point-five-millimeter galvanised strip for roofs.");
  EXPECT_EQ(normalize_text("Grind 3.2 mm thoriated electrodes to a point."),
            "Grind three-point-two-millimeter thoriated electrodes to a point.");
  EXPECT_EQ(normalize_text("The kit ships with 12 mm brushed steel handles."),
            "The kit ships with twelve-millimeter brushed steel handles.");
  EXPECT_EQ(normalize_text("Bore 10 mm diameter holes in the plate."),
            "Bore ten-millimeter diameter holes in the plate.");
  EXPECT_EQ(normalize_text("They stocked 250 ml Type II bottles in the lab."),
            "They stocked two-hundred-fifty-milliliter Type two bottles in the lab.");
  EXPECT_EQ(normalize_text("Fix it with 8 mm Rawlplug anchors."), "Fix it with eight-millimeter Rawlplug anchors.");
}

TEST(NounWords, AHyphenedDescribingWordBeforeTheNoun) {
  EXPECT_EQ(normalize_text("The pharmacy stocks 40mg film-coated tabs now."),
            "The pharmacy stocks forty-milligram film-coated tabs now.");
  EXPECT_EQ(normalize_text("Line the loft with 12 mm fire-resistant board."),
            "Line the loft with twelve-millimeter fire-resistant board.");
}

TEST(NounWords, LengthBeforePluralCapitalsCode) {
  EXPECT_EQ(normalize_text("Work the cuff on 3.5 mm DPNs until it measures ten rows."),
            "Work the cuff on three-point-five-millimeter D.P.N.'s until it measures ten rows.");
}

TEST(NounWords, FloorAreaBasisIsNoNoun) {
  EXPECT_EQ(normalize_text("The warehouse offers 86,000 sq ft GIA, with parking."),
            "The warehouse offers eighty six thousand square feet G.I.A, with parking.");
  EXPECT_EQ(normalize_text("They let a 9,500 sq ft office."), "They let a ninety-five-hundred-square-foot office.");
}

TEST(NounWords, AVolumeSizesAShipByItsCargo) {
  EXPECT_EQ(normalize_text("Rates for 80,000 m\u00b3 vessels rose."), "Rates for eighty-thousand-cubic-meter vessels rose.");
  EXPECT_EQ(normalize_text("They fixed two 93,000 cbm tankers."), "They fixed two ninety-three-thousand-cubic-meter tankers.");
  // A cargo, no ship: an amount.
  EXPECT_EQ(normalize_text("They shipped 5,000 m\u00b3 gas to Japan."), "They shipped five thousand cubic meters gas to Japan.");
}

TEST(NounWords, ACellCodeStandsBetweenAVoltageAndItsBattery) {
  EXPECT_EQ(normalize_text("It runs on an 11.1 V 3S pack battery."), "It runs on an eleven-point-one-volt three S pack battery.");
}

TEST(NounWords, ADoseSoldInSyringesOrAmpoules) {
  EXPECT_EQ(normalize_text("The paste comes in 30 g syringes for horses."),
            "The paste comes in thirty-gram syringes for horses.");
  EXPECT_EQ(normalize_text("Each 2 ml ampoule is single use."), "Each two-milliliter ampoule is single use.");
  // An ingredient is an amount, no container.
  EXPECT_EQ(normalize_text("Add 30 g butter."), "Add thirty grams of butter.");
}

TEST(NounWords, AThingNamedByALetter) {
  EXPECT_EQ(normalize_text("Replace the 12 mm O-rings yearly."), "Replace the twelve-millimeter O-rings yearly.");
  EXPECT_EQ(normalize_text("a 60 cm X-frame stand"), "a sixty-centimeter X-frame stand");
  // A capitalised name with no letter before its hyphen is no such thing.
  EXPECT_EQ(normalize_text("rode 40 km Saint-Malo way"), "rode forty kilometers Saint-Malo way");
}

}  // namespace briefcast
