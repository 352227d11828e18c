// Years against quantities, labels after a name said in pairs, eras, dotted standards,
// country codes and personal titles before any name.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

namespace {

std::string say(std::string_view written) { return normalize_text(written); }

}  // namespace

TEST(Year, BareFiguresAreYearsOnlyWhereYearsAre) {
  EXPECT_EQ(say("1987"), "nineteen eighty seven");
  EXPECT_EQ(say("1043"), "one thousand forty three");  // no year without a cue
  EXPECT_EQ(say("a tally of 2096"), "a tally of two thousand ninety six");
  EXPECT_EQ(say("since 1042"), "since ten forty two");
  EXPECT_EQ(say("by 2060 the"), "by twenty sixty the");
  EXPECT_EQ(say("in 2090 km"), "in two thousand ninety kilometers");  // a distance, not a year
}

// A plural label in a list of stats counts the four figures after it, unless they are a year.
TEST(Year, FourFiguresAfterAPluralLabelAreACount) {
  EXPECT_EQ(say("Calories 3017"), "Calories three thousand seventeen");
  EXPECT_EQ(say("Steps 8412, Floors 12"), "Steps eight thousand four hundred twelve, Floors twelve");
  EXPECT_EQ(say("Followers 4210 and rising"), "Followers four thousand two hundred ten and rising");
  EXPECT_EQ(say("Olympics 2024"), "Olympics twenty twenty four");
  EXPECT_EQ(say("Games 2012 legacy"), "Games twenty twelve legacy");
  EXPECT_EQ(say("Boeing 7478"), "Boeing seventy four seventy eight");
}

TEST(Year, AFigureFarBeyondThisCenturyAfterACueIsACount) {
  EXPECT_EQ(say("sales grew from 3718 to 4102 units"), "sales grew from three thousand seven hundred eighteen to four thousand one hundred two units");
  EXPECT_EQ(say("the index fell in 6240 trades"), "the index fell in six thousand two hundred forty trades");
  // A round century and a year of the next century stay years.
  EXPECT_EQ(say("warming by 2300 could"), "warming by twenty three hundred could");
  EXPECT_EQ(say("by 2150 the"), "by twenty one fifty the");
}

TEST(Year, EraYearsInPairs) {
  EXPECT_EQ(say("founded 480BC"), "founded four eighty B.C");
  EXPECT_EQ(say("in 212 B.C. the"), "in two twelve B.C the");
  EXPECT_EQ(say("AD 79"), "A.D seventy nine");
}

TEST(Serial, LabelsAfterANameInPairs) {
  EXPECT_EQ(say("an Airbus 350 landed"), "an Airbus three fifty landed");
  EXPECT_EQ(say("took Highway 427"), "took Highway four twenty seven");
  EXPECT_EQ(say("The 250 workers"), "The two hundred fifty workers");  // not a name
  EXPECT_EQ(say("Model 3000 km"), "Model three thousand kilometers");
  EXPECT_EQ(say("a 2160p screen"), "a twenty one sixty p screen");
  EXPECT_EQ(say("802.3bt"), "eight oh two dot three B.T");
}

TEST(Telephone, CountryCodes) {
  EXPECT_EQ(say("+61 2 5550 1234"), "plus sixty one, two, five five five zero, one two three four");
  EXPECT_EQ(say("+353 1 555 0123"), "plus three five three, one, five five five, zero one two three");
}

TEST(Abbreviations, PersonalTitlesBeforeAnyName) {
  EXPECT_EQ(say("mrs. okafor said"), "misses okafor said");
  EXPECT_EQ(say("Dr. adeyemi said"), "Doctor adeyemi said");
  EXPECT_EQ(say("MR. JONES"), "Mister Jones");
}

}  // namespace briefcast

namespace briefcast {

TEST(Range, ScoresAndVotes) {
  EXPECT_EQ(normalize_text("the Hawks beat 112-104 the"), "the Hawks beat one hundred twelve to one hundred four the");
  EXPECT_EQ(normalize_text("approved 61-39 on"), "approved sixty one to thirty nine on");
  EXPECT_EQ(normalize_text("a 2-1 victory"), "a two to one victory");
  EXPECT_EQ(normalize_text("part 614-2"), "part six fourteen, two");  // no score word: a part's code
}

TEST(Symbols, TildeAndDashes) {
  EXPECT_EQ(normalize_text("~40% of"), "about forty percent of");
  EXPECT_EQ(normalize_text("costs\u2014$20\u2014rose"), "costs \u2014 twenty dollars \u2014 rose");
}

}  // namespace briefcast

namespace briefcast {

TEST(ModelNumber, VariantAfterTheModel) {
  EXPECT_EQ(normalize_text("a Boeing 767-300 freighter"), "a Boeing seven sixty seven three hundred freighter");
  EXPECT_EQ(normalize_text("the Boeing 777-9 program"), "the Boeing seven seventy seven nine program");
  // After a plural, or with another second figure, it is a range.
  EXPECT_EQ(normalize_text("Pages 210-215"), "Pages two hundred ten to two hundred fifteen");
}

}  // namespace briefcast

namespace briefcast {

TEST(YearSerial, ModelVariantsWithLettersOrAPlural) {
  EXPECT_EQ(normalize_text("a Boeing 767-300ER freighter"), "a Boeing seven sixty seven three hundred E.R freighter");
  EXPECT_EQ(normalize_text("six Boeing 737-8s"), "six Boeing seven thirty seven eights");
}

TEST(YearSerial, AFourFigureYearAfterANameIsSaidAsAYear) {
  EXPECT_EQ(normalize_text("(Ohio 2004)"), "(Ohio two thousand four)");
  EXPECT_EQ(normalize_text("Storm Fiona 2008 was weak."), "Storm Fiona two thousand eight was weak.");
  EXPECT_EQ(normalize_text("the Airbus 321 and Route 101"), "the Airbus three twenty one and Route one oh one");
}

TEST(YearSerial, AFigureAfterATallysSideIsACount) {
  EXPECT_EQ(normalize_text("The board voted Yes 215, No 140."),
            "The board voted Yes two hundred fifteen, No one hundred forty.");
  EXPECT_EQ(normalize_text("Ayes 318, Noes 276, Abstentions 9"),
            "Ayes three hundred eighteen, Noes two hundred seventy six, Abstentions nine");
  EXPECT_EQ(normalize_text("Turnout 4718 of 9000"), "Turnout four thousand seven hundred eighteen of nine thousand");
  // A number after a thing's name stays a label.
  EXPECT_EQ(normalize_text("Gate 215 is closed."), "Gate two fifteen is closed.");
}

TEST(YearSerial, SpacedThousandsAfterANameAreACount) {
  EXPECT_EQ(normalize_text("Respondents 204 518 were asked."),
            "Respondents two hundred four thousand five hundred eighteen were asked.");
  EXPECT_EQ(normalize_text("Enrolled 310 000 pupils"), "Enrolled three hundred ten thousand pupils");
  // A single group after a name is still its label.
  EXPECT_EQ(normalize_text("Flight 370 vanished"), "Flight three seventy vanished");
}

TEST(Year, AFigurePast2100BeforeANounIsACount) {
  EXPECT_EQ(normalize_text("This year 5210 cars were sold"), "This year five thousand two hundred ten cars were sold");
  EXPECT_EQ(normalize_text("in 2040 cars will fly"), "in twenty forty cars will fly");
  EXPECT_EQ(normalize_text("by 2300 the coast moves"), "by twenty three hundred the coast moves");
}

}  // namespace briefcast

namespace briefcast {

TEST(PlaceLabels, FiguresAfterATransportOrPlaceNounAreSaidInPairs) {
  EXPECT_EQ(normalize_text("The commuter train 2150 stalled outside town."),
            "The commuter train twenty one fifty stalled outside town.");
  EXPECT_EQ(normalize_text("Riders on bus 3104 waited an hour."), "Riders on bus thirty one oh four waited an hour.");
  EXPECT_EQ(normalize_text("Guests in room 1204 smelled smoke."), "Guests in room twelve oh four smelled smoke.");
  EXPECT_EQ(normalize_text("Boarding moved to gate 1123 at noon."), "Boarding moved to gate eleven twenty three at noon.");
  EXPECT_EQ(normalize_text("Leave the motorway at exit 1305 today."), "Leave the motorway at exit thirteen oh five today.");
  EXPECT_EQ(normalize_text("the steam locomotive 4014 returns"), "the steam locomotive forty fourteen returns");
  EXPECT_EQ(normalize_text("The patient was taken to ward 412."), "The patient was taken to ward four twelve.");
  // A figure that could be a year is still a label here: "twenty oh five", not "two thousand five".
  EXPECT_EQ(normalize_text("the flight 2005 crew"), "the flight twenty oh five crew");
}

TEST(PlaceLabels, CountsNearTheSameNounsStayCardinals) {
  EXPECT_EQ(normalize_text("The hall has room for 400 guests."), "The hall has room for four hundred guests.");
  EXPECT_EQ(normalize_text("a bus 300 metres away"), "a bus three hundred metres away");
  EXPECT_EQ(normalize_text("a flight 2200 miles long"), "a flight two thousand two hundred miles long");
  EXPECT_EQ(normalize_text("there is room 1000 times over"), "there is room one thousand times over");
  EXPECT_EQ(normalize_text("the train 3500 passengers rode"), "the train three thousand five hundred passengers rode");
  // Two figures after the noun are a number as before.
  EXPECT_EQ(normalize_text("Wait on platform 12 for it."), "Wait on platform twelve for it.");
  // Capitalised labels keep their reading.
  EXPECT_EQ(normalize_text("Flight 412 landed."), "Flight four twelve landed.");
}

TEST(YearSerial, FallingSpanOfYearsBeforeChrist) {
  std::string said = normalize_text("The walls were built 2600-2400 BC by farmers.");
  EXPECT_NE(said.find("twenty six hundred to twenty four hundred B"), std::string::npos) << said;
}

}  // namespace briefcast
