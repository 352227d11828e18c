// A measure before the noun it sizes is one singular adjective, also past a pair of place names,
// after a possessive before a name of two words, after a figure's compound, or after "one".
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(AttributiveMeasures, PlacePairBeforeTheNoun) {
  EXPECT_EQ(normalize_text("Engineers surveyed the 120km Lyon-Turin tunnel route."),
            "Engineers surveyed the one-hundred-twenty-kilometer Lyon-Turin tunnel route.");
}

TEST(AttributiveMeasures, PossessiveBeforeATwoWordName) {
  EXPECT_EQ(normalize_text("Norway's 80 MW Hywind Tampen farm opened."),
            "Norway's eighty-megawatt Hywind Tampen farm opened.");
}

TEST(AttributiveMeasures, FigureCompoundBeforeTheMeasure) {
  EXPECT_EQ(normalize_text("The site runs on 2-stage 230 V supply."), "The site runs on two stage two-hundred-thirty-volt supply.");
}

TEST(AttributiveMeasures, OneBeforeTheMeasure) {
  EXPECT_EQ(normalize_text("Each hiker may carry one 3L flask."), "Each hiker may carry one three-liter flask.");
}

TEST(AttributiveMeasures, AmountsWithNoNounStay) {
  EXPECT_EQ(normalize_text("She cycled 80km through the hills."), "She cycled eighty kilometers through the hills.");
  EXPECT_EQ(normalize_text("It is the last 12km to Dover."), "It is the last twelve kilometers to Dover.");
  EXPECT_EQ(normalize_text("The line carries about 230 V in the house."),
            "The line carries about two hundred thirty volts in the house.");
  EXPECT_EQ(normalize_text("He won the 40km London-Brighton in May.").find("kilometer London"), std::string::npos);
}

TEST(AttributiveMeasures, ListedLegsWithNoArticle) {
  EXPECT_EQ(normalize_text("The sprint course is 2km swim, 20km ride and 5km run."),
            "The sprint course is two-kilometer swim, twenty-kilometer ride and five-kilometer run.");
  EXPECT_EQ(normalize_text("Choose 2kg tub or 5kg pail."), "Choose two-kilogram tub or five-kilogram pail.");
}

TEST(AttributiveMeasures, ListedAmountsWithNoNounStay) {
  EXPECT_EQ(normalize_text("They walked 8km, 12km and 20km."), "They walked eight kilometers, twelve kilometers and twenty kilometers.");
  EXPECT_EQ(normalize_text("The fires were 4km west, 6km south."), "The fires were four kilometers west, six kilometers south.");
  EXPECT_EQ(normalize_text("She rode 30km yesterday and 45km today."),
            "She rode thirty kilometers yesterday and forty five kilometers today.");
  EXPECT_EQ(normalize_text("They climbed 4km uphill and 6km downhill."),
            "They climbed four kilometers uphill and six kilometers downhill.");
}

// A bare "m" is as often a million as a metre, and a participle or an adjective after an amount is
// no leg's noun.
TEST(AttributiveMeasures, ListedMillionsAndAdjectivesAreNoLegs) {
  EXPECT_EQ(normalize_text("The fund gave a 40m subsidy, 15m credit and 3m award.").find("fifteen-meter"), std::string::npos);
  EXPECT_EQ(normalize_text("Yemen has 9m uprooted and 17m needy.").find("-meter"), std::string::npos);
  EXPECT_EQ(normalize_text("The trails are 3km rocky and 6km muddy.").find("-kilometer"), std::string::npos);
  EXPECT_EQ(normalize_text("Pick 2kg boxed or 5kg loose.").find("-kilogram"), std::string::npos);
  EXPECT_EQ(normalize_text("The roads run 5km famous and 8km endless.").find("-kilometer"), std::string::npos);
}

TEST(AttributiveMeasures, ComparativesPrecipitationAndDistancesAwayStayAmounts) {
  EXPECT_EQ(normalize_text("The new tower is 15m higher, 30m longer and has 200 more rooms."),
            "The new tower is fifteen meters higher, thirty meters longer and has two hundred more rooms.");
  EXPECT_EQ(normalize_text("Parts of Scotland may get 25mm sleet, 5cm hail and strong winds."),
            "Parts of Scotland may get twenty five millimeters sleet, five centimeters hail and strong winds.");
  EXPECT_EQ(normalize_text("Nobody 20m away saw the crash, but one 30m away did."),
            "Nobody twenty meters away saw the crash, but one thirty meters away did.");
}

// After a word of contrast a word in -ing that ends the clause is no noun the measure sizes.
TEST(AttributiveMeasures, IngWordEndingAContrast) {
  EXPECT_EQ(normalize_text("Wheel gaps are 12 cm seated, against 30 cm kneeling; both are tested."),
            "Wheel gaps are twelve centimeters seated, against thirty centimeters kneeling; both are tested.");
  EXPECT_EQ(normalize_text("They built a 5 km cycling path."), "They built a five-kilometer cycling path.");
  EXPECT_EQ(normalize_text("The phone offers 65W charging."), "The phone offers sixty-five-watt charging.");
  EXPECT_NE(normalize_text("Buyers want 65W charging, against 30W charging; few care.").find("thirty-watt charging"),
            std::string::npos);
}

// A name hyphened to its numeral between a determiner's measure and its noun is the noun phrase.
TEST(AttributiveMeasures, NumberedNameBeforeNoun) {
  EXPECT_EQ(normalize_text("The 640 km Kestrel-2 pipeline opens in May."),
            "The six-hundred-forty-kilometer Kestrel two pipeline opens in May.");
  EXPECT_EQ(normalize_text("The 90 km Tasman link opens soon."), "The ninety-kilometer Tasman link opens soon.");
  EXPECT_EQ(normalize_text("They resurfaced the 18 km B-7 road."), "They resurfaced the eighteen-kilometer B seven road.");
  EXPECT_EQ(normalize_text("The 310 m Harbour Spire-3 tower rose."), "The three-hundred-ten-meter Harbour Spire three tower rose.");
}

}  // namespace briefcast
