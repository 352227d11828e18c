// A month and a year written with a slash.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(MonthYears, InventedSentences) {
  EXPECT_EQ(normalize_text("Use by 08/2027 is printed on the lid of each tub."),
            "Use by August twenty twenty seven is printed on the lid of each tub.");
  EXPECT_EQ(normalize_text("The loans were issued between 4/2021 and 11/2022."),
            "The loans were issued between April twenty twenty one and November twenty twenty two.");
  EXPECT_EQ(normalize_text("Decree 4/2023 changed the rules, and 1/2000 of a second is fast."),
            "Decree four of twenty twenty three changed the rules, and one two thousandth of a second is fast.");
}

TEST(MonthYears, APointAfterAPackDate) {
  EXPECT_EQ(normalize_text("Jars marked EXP 04.2027 were pulled."), "Jars marked E.X.P April twenty twenty seven were pulled.");
  EXPECT_EQ(normalize_text("The bags say best before 11.2026 on the seam."),
            "The bags say best before November twenty twenty six on the seam.");
  // Without a pack's date word the figure is a decimal.
  EXPECT_EQ(normalize_text("The index rose to 11.2026 points.").find("November"), std::string::npos);
}

TEST(MonthYears, ShortYearAfterAWordThatDatesABatch) {
  EXPECT_EQ(normalize_text("The recall covers heaters produced between 04/22 and 09/23 in Mexico."),
            "The recall covers heaters produced between April twenty twenty two and September twenty twenty three in Mexico.");
  EXPECT_EQ(normalize_text("All boards manufactured 06/21 are affected."),
            "All boards manufactured June twenty twenty one are affected.");
  EXPECT_EQ(normalize_text("Filters built 11/33 lasted."), "Filters built November twenty thirty three lasted.");
}

// Every form of "expire" dates a card or a permit ("expire 05/27", "expired 01/22").
TEST(MonthYears, EveryFormOfExpireDatesABatch) {
  EXPECT_EQ(normalize_text("Visas issued then expire 05/27 at the latest."), "Visas issued then expire May twenty twenty seven at the latest.");
  EXPECT_EQ(normalize_text("His licence expired 01/22 without notice."), "His licence expired January twenty twenty two without notice.");
  EXPECT_EQ(normalize_text("Contracts expire 11/30 each year."), "Contracts expire November thirtieth each year.");
}

// A two-figure year far past this year's is last century's: a locomotive, a plane, a memo.
TEST(MonthYears, ShortYearFarAheadIsLastCentury) {
  EXPECT_EQ(normalize_text("The tram was built 10/87 in Leeds."), "The tram was built October nineteen eighty seven in Leeds.");
  EXPECT_EQ(normalize_text("The letter, dated 03/72, was found."), "The letter, dated March nineteen seventy two, was found.");
  EXPECT_EQ(normalize_text("Jars produced 07/94 were recalled."), "Jars produced July nineteen ninety four were recalled.");
}

// A plural after the pair counts what was made: a tally of shots, never a month and a year.
TEST(MonthYears, APluralAfterThePairIsNoBatchDate) {
  EXPECT_EQ(normalize_text("Okafor made 05/13 jumpers in the win.").find("May"), std::string::npos);
  EXPECT_EQ(normalize_text("Reyes made 09/14 attempts from deep.").find("September"), std::string::npos);
  EXPECT_EQ(normalize_text("Young made 06/13 two-pointers.").find("June"), std::string::npos);
  EXPECT_EQ(normalize_text("Lamps made 09/14 in Ohio were faulty."), "Lamps made September twenty fourteen in Ohio were faulty.");
}

TEST(MonthYears, AMonthAndDayAfterABatchWordStays) {
  EXPECT_EQ(normalize_text("The lease expires 10/31 at noon."), "The lease expires October thirty first at noon.");
  EXPECT_EQ(normalize_text("Meals produced 12/14 were sold."), "Meals produced December fourteenth were sold.");
  EXPECT_EQ(normalize_text("Kits sold between 11/12 and 11/19 were faulty.").find("twenty nineteen"), std::string::npos);
}

TEST(MonthYears, ShortPairsWithoutABatchWordStay) {
  EXPECT_EQ(normalize_text("Between 1/4 and 1/3 of homes flooded."), "Between one quarter and one third of homes flooded.");
}

TEST(MonthYears, WeekEndedAndAsOfPlaceAMonthAndDay) {
  EXPECT_EQ(normalize_text("Exports in the week ended 2/19 fell."), "Exports in the week ended February nineteenth fell.");
  EXPECT_EQ(normalize_text("Balances as of 6/30 were higher."), "Balances as of June thirtieth were higher.");
  EXPECT_EQ(normalize_text("The bolt is 3/16 inch long."), "The bolt is three sixteenths of an inch long.");
  EXPECT_EQ(normalize_text("The tariff is effective 8/1 for all shippers."),
            "The tariff is effective August first for all shippers.");
}

TEST(MonthYears, AUsCueBeforeAWholeKeepsAFraction) {
  EXPECT_EQ(normalize_text("Loans were approved effective 2/5 the value."), "Loans were approved effective two fifths the value.");
}

TEST(CardMonthYears, ValidAndDatedLeaveADayAndMonth) {
  // Only an expiry word right before the pair makes it a card's month and year.
  EXPECT_EQ(normalize_text("The season pass is valid 03/10 to 28/10 at all gates."),
            "The season pass is valid the third of October to the twenty eighth of October at all gates.");
  EXPECT_EQ(normalize_text("The lease, dated 06/11, is valid until the tenant leaves."),
            "The lease, dated June eleventh, is valid until the tenant leaves.");
  EXPECT_EQ(normalize_text("The letter dated 09/14 was filed; the permit expires in May."),
            "The letter dated September fourteenth was filed; the permit expires in May.");
  EXPECT_EQ(normalize_text("The card expires 08/29, the bank said."), "The card expires August twenty twenty nine, the bank said.");
}

}  // namespace briefcast
