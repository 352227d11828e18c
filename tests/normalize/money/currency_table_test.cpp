// The one table of currencies: every money rule reads a currency's signs, names and home
// there, so a sign taught once is read before or after its figure, with a scale or a range.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

namespace {

bool says(const std::string& text, const std::string& part) {
  return normalize_text(text).find(part) != std::string::npos;
}

}  // namespace

TEST(CurrencyTable, SignsBeforeTheFigureWithAScale) {
  EXPECT_EQ(normalize_text("the toll road earned GH\u20b5612m last year"),
            "the toll road earned six hundred twelve million cedis last year");
  EXPECT_EQ(normalize_text("bids of \u20a610m were refused"), "bids of ten million naira were refused");
  EXPECT_EQ(normalize_text("rent rose to \u20b42,500 this spring"),
            "rent rose to two thousand five hundred hryvnias this spring");
}

TEST(CurrencyTable, EnglishPagesStayAsTheyWere) {
  EXPECT_EQ(normalize_text("the bill came to $3,150 in all"), "the bill came to three thousand one hundred fifty dollars in all");
  EXPECT_EQ(normalize_text("the club paid \u20ac1.2m for him"), "the club paid one point two million euros for him");
  EXPECT_EQ(normalize_text("the bank lent USD 40m"), "the bank lent forty million dollars");
}

TEST(CurrencyTable, RangeAfterLetters) {
  EXPECT_EQ(normalize_text("moving KSh 200\u2013900 costs KSh 12 at the kiosk"),
            "moving two hundred to nine hundred shillings costs twelve shillings at the kiosk");
}

TEST(CurrencyTable, GluedScaleAfterLetters) {
  EXPECT_EQ(normalize_text("stalls ask Rp250k a night"), "stalls ask two hundred fifty thousand rupiah a night");
}

TEST(CurrencyTable, HomeThatPartsThousandsWithAPoint) {
  EXPECT_EQ(normalize_text("pensions rise to CLP 214.300 next year"),
            "pensions rise to two hundred fourteen thousand three hundred Chilean pesos next year");
}

TEST(CurrencyTable, SignsAfterTheFigure) {
  EXPECT_EQ(normalize_text("a tram pass costs 98 z\u0142 now"), "a tram pass costs ninety eight zlotys now");
  EXPECT_EQ(normalize_text("lunch was 320 K\u010d there"), "lunch was three hundred twenty Czech korunas there");
  EXPECT_EQ(normalize_text("in Hungary a ticket is 450 Ft"), "in Hungary a ticket is four hundred fifty forints");
  EXPECT_FALSE(says("A 6 Ft Fence Went Up", "forint"));
}

TEST(CurrencyTable, CurrencyPair) {
  EXPECT_EQ(normalize_text("traders watched the EUR/XOF peg"), "traders watched the euro-CFA franc peg");
  EXPECT_EQ(normalize_text("EUR/PLN eased"), "euro-zloty eased");
}

TEST(CurrencyTable, LetterQNeedsItsCurrencyNamed) {
  EXPECT_EQ(normalize_text("the quetzal closed at Q7.81 on Friday"), "the quetzal closed at seven point eight one quetzales on Friday");
  EXPECT_FALSE(says("Q3 results beat forecasts", "quetzal"));
  EXPECT_FALSE(says("the Q7.81 build ships in June", "quetzal"));
  EXPECT_FALSE(says("the quetzal bird sat in a Q 50 cage", "quetzales"));
}

TEST(CurrencyTable, LettersThatAreOtherThings) {
  EXPECT_FALSE(says("R2-D2 beeped at the crowd", "rand"));
  EXPECT_FALSE(says("the KS H 500 route", "shilling"));
  EXPECT_FALSE(says("TRY 50 RECIPES TONIGHT", "lira"));
  EXPECT_FALSE(says("COP 28 talks opened", "peso"));
}

// West and Central Africa write the franc's letters after the figure.
TEST(CurrencyTable, CfaFrancLetters) {
  EXPECT_EQ(normalize_text("A bag costs 7500 FCFA at the market."), "A bag costs seven thousand five hundred CFA francs at the market.");
}

// The zloty's sign before its figure, as Polish reports write it.
TEST(CurrencyTable, ZlotySignBefore) {
  EXPECT_EQ(normalize_text("Profit rose to z\u0142 12 mln."), "Profit rose to twelve million zlotys.");
}

}  // namespace briefcast
