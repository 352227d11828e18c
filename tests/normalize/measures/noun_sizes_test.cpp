// A measure before the noun it describes, in forms the plain rules missed: a range written with
// an en dash, a displacement before an engine's code, a plural noun that is also a verb; and a
// datum after a depth or a height, which is no noun and leaves the measure an amount.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

// A range of one unit before a noun is one adjective, whether its dash is a hyphen or an en dash.
TEST(NounSizes, ARangeWithAnEnDashBeforeANoun) {
  EXPECT_EQ(normalize_text("She packed a 16\u201335mm wide zoom."), "She packed a sixteen-to-thirty-five-millimeter wide zoom.");
  EXPECT_EQ(normalize_text("He bought a 100\u2013400mm f/4.5 telephoto."),
            "He bought a one-hundred-to-four-hundred-millimeter f four point five telephoto.");
  EXPECT_EQ(normalize_text("They sell 20\u201330W bulbs."), "They sell twenty-to-thirty-watt bulbs.");
  EXPECT_EQ(normalize_text("Lay it on 8\u201312mm gravel."), "Lay it on eight-to-twelve-millimeter gravel.");
  // "-equivalent", "-long": a unit hyphened to a word that describes the noun after it.
  EXPECT_EQ(normalize_text("the phone's 13\u201377mm-equivalent camera"),
            "the phone's thirteen-to-seventy-seven-millimeter-equivalent camera");
  EXPECT_EQ(normalize_text("The kit: a tripod, 18\u201355mm-equivalent optics and a bag."),
            "The kit: a tripod, eighteen-to-fifty-five-millimeter-equivalent optics and a bag.");
  // With no noun after it the range stays an amount.
  EXPECT_EQ(normalize_text("Expect 10\u201320mm by dawn."), "Expect ten to twenty millimeters by dawn.");
}

// A displacement before an engine's layout and cylinders sizes the engine.
TEST(NounSizes, ADisplacementBeforeAnEngineCode) {
  EXPECT_EQ(normalize_text("The coupe keeps its 4.0 L V8, unchanged."),
            "The coupe keeps its four-point-zero-liter V eight, unchanged.");
  EXPECT_EQ(normalize_text("Power comes from 2.5 L I4 units."), "Power comes from two-point-five-liter I four units.");
  EXPECT_EQ(normalize_text("It had a 6.4 L Hemi V8."), "It had a six-point-four-liter Hemi V eight.");
  EXPECT_EQ(normalize_text("Buyers got a 2.7 L flat-six."), "Buyers got a two-point-seven-liter flat-six.");
  // A volume before no engine stays an amount.
  EXPECT_EQ(normalize_text("Pour 3.0 L into the radiator."), "Pour three point zero liters into the radiator.");
}

// A datum after a depth or a height ("MD", "AGL") says where it is measured from: no noun.
TEST(NounSizes, ADatumAfterADepthIsNoNoun) {
  EXPECT_EQ(normalize_text("The bit stopped at 9,100 ft MD."), "The bit stopped at ninety one hundred feet M.D.");
  EXPECT_EQ(normalize_text("The drone flew at 400 ft AGL, police said."),
            "The drone flew at four hundred feet A.G.L, police said.");
  EXPECT_EQ(normalize_text("the 7,500 ft TVD"), "the seventy five hundred feet T.V.D");
  // Before a noun the measure still sizes it, past the datum.
  EXPECT_EQ(normalize_text("a 2,000 ft AGL ceiling"), "a two-thousand-foot A.G.L ceiling");
  // A code that names a thing is still sized.
  EXPECT_EQ(normalize_text("It ships with a 20W PSU."), "It ships with a twenty-watt P.S.U.");
}

// A word that is a verb as often ("leads", "measures") closing the phrase after "of" or an
// article and a measure is the plural noun; before its object or "to" it stays the verb.
TEST(NounSizes, APluralThatIsAlsoAVerb) {
  EXPECT_EQ(normalize_text("He keeps a tube of 0.7 mm leads."), "He keeps a tube of zero-point-seven-millimeter leads.");
  EXPECT_EQ(normalize_text("A set of 15 ml measures, sold separately."),
            "A set of fifteen-milliliter measures, sold separately.");
  EXPECT_EQ(normalize_text("A climb of 300 m leads to the ridge."), "A climb of three hundred meters leads to the ridge.");
  EXPECT_EQ(normalize_text("A drop of 40 m follows."), "A drop of forty meters follows.");
}

}  // namespace briefcast
