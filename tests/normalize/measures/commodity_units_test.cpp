// Commodity quotes and tonnages in unit letters: the tonne among words of goods traded or
// shipped, cents over a unit's slash; with the letters a name or a label keeps.
#include <gtest/gtest.h>

#include <string>

#include "normalize/normalizer.h"

namespace briefcast {

namespace {
bool has(const std::string& said, const std::string& part) { return said.find(part) != std::string::npos; }
}  // namespace

TEST(CommodityUnits, TonnesAmongWordsOfTradedGoods) {
  EXPECT_TRUE(has(normalize_text("The two bridge sections weigh 2,300 t apiece, the yard said."),
                  "twenty three hundred tonnes apiece"));
  EXPECT_TRUE(has(normalize_text("Millers booked 25,000 t cargoes of wheat for June."),
                  "twenty-five-thousand-tonne cargoes"));
  EXPECT_TRUE(has(normalize_text("Exchange fees on each 5-t lot of cocoa were cut."), "five-tonne lot"));
  EXPECT_TRUE(has(normalize_text("Coffee stocks at the port reached 800 t in May."), "eight hundred tonnes in"));
  EXPECT_TRUE(has(normalize_text("Buyers took 12,000 t FOB from the port."), "twelve thousand tonnes F"));
}

TEST(CommodityUnits, TheLetterStaysWithoutATradeOrAfterALabel) {
  EXPECT_FALSE(has(normalize_text("She drove the Model 3 t and parked."), "tonne"));
  EXPECT_FALSE(has(normalize_text("Question 4 t asks about verbs."), "tonne"));
  EXPECT_TRUE(has(normalize_text("He wore a T-shirt under Plan T."), "Plan T"));
  EXPECT_FALSE(has(normalize_text("The kids chose 2-t shirts for the class."), "tonne"));
}

TEST(CommodityUnits, PerTonneAfterAUnitsSlash) {
  EXPECT_TRUE(has(normalize_text("Recovery was 95.1 kg/t of cane crushed."), "ninety five point one kilograms per tonne"));
  EXPECT_TRUE(has(normalize_text("The smelter used 14 GJ/t last year."), "gigajoules per tonne"));
}

TEST(CommodityUnits, CentsOverAUnitsSlash) {
  EXPECT_TRUE(has(normalize_text("Cotton futures closed at 68.4 \u00a2/lb in New York."),
                  "sixty eight point four cents per pound"));
  EXPECT_TRUE(has(normalize_text("Robusta premiums rose to +40 c/lb over the contract."), "plus forty cents per pound"));
  EXPECT_TRUE(has(normalize_text("Corn basis fell to -12 c/bu at the elevator."), "minus twelve cents per bushel"));
  // A "c" that stands for nothing priced keeps its slash.
  EXPECT_FALSE(has(normalize_text("The form asks for 3 c/o addresses."), "cents"));
}

TEST(CommodityUnits, EuroCentsPerUnit) {
  EXPECT_NE(normalize_text("Power costs 31 ct/kWh in Bavaria.").find("thirty one cents per kilowatt hour"), std::string::npos);
}

// A word in -ed after a tonnage that opens its clause is its verb: the tonnes stay plural.
TEST(CommodityUnits, AVerbAfterATonnageOpeningItsClause) {
  EXPECT_EQ(normalize_text("At the port, 2,150 t changed hands on Friday."),
            "At the port, two thousand one hundred fifty tonnes changed hands on Friday.");
  EXPECT_EQ(normalize_text("Then 3,400 t moved north by barge."), "Then thirty four hundred tonnes moved north by barge.");
  // After a determiner or a count the word in -ed describes the noun the tonnage sizes.
  EXPECT_EQ(normalize_text("The yard delivered a 4,500 t converted barge."),
            "The yard delivered a forty-five-hundred-tonne converted barge.");
  EXPECT_EQ(normalize_text("The port leased three 1,800 t refitted tugs."),
            "The port leased three eighteen-hundred-tonne refitted tugs.");
  EXPECT_TRUE(normalize_text("The 2,600 t modified tanker sank off Goa.").find("tonnes modified") == std::string::npos);
}

TEST(CommodityUnits, RunningBalesOfCotton) {
  EXPECT_EQ(normalize_text("Cotton gins reported 88,400 RB last week."),
            "Cotton gins reported eighty eight thousand four hundred running bales last week.");
  EXPECT_NE(normalize_text("upland exports to Turkey (15,200 RB) rose.").find("(fifteen thousand two hundred running bales)"),
            std::string::npos);
  // Bales are counted in thousands: an ungrouped figure is a rank, a weight or a year.
  EXPECT_EQ(normalize_text("Ranked the No. 87 RB, he starred in the Cotton Bowl.").find("bales"), std::string::npos);
  EXPECT_EQ(normalize_text("A 2017 RB pickup was stolen near the cotton gins.").find("bales"), std::string::npos);
  EXPECT_EQ(normalize_text("The 230 RB from Waco signed after the Cotton Bowl.").find("bales"), std::string::npos);
  // Between a determiner and its noun the letters are no count of bales.
  EXPECT_EQ(normalize_text("The 3,000 RB arena opened beside the cotton mill.").find("bales"), std::string::npos);
  // Capitalised Upland and Pima are places, no cue of cotton.
  EXPECT_EQ(normalize_text("Upland Fire said 1,200 RB units were checked.").find("bales"), std::string::npos);
  EXPECT_EQ(normalize_text("Pima County listed 3,400 RB in its budget.").find("bales"), std::string::npos);
  // A squad's running backs are no bales, even in a line that names cotton.
  EXPECT_EQ(normalize_text("The Cotton Bowl side used 3 RB in the game.").find("bales"), std::string::npos);
  EXPECT_EQ(normalize_text("Scouts in cotton country saw 120 RB recruits.").find("bales"), std::string::npos);
}

}  // namespace briefcast
