// Money written with a currency code: before the figure, glued to it, or after it.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(CurrencyCodes, BeforeGluedToAndAfterTheFigure) {
  EXPECT_EQ(normalize_text("It cost CHF 12 today."), "It cost twelve Swiss francs today.");
  EXPECT_EQ(normalize_text("A bill of SGD4.5bn was paid."), "A bill of four point five billion Singapore dollars was paid.");
  EXPECT_EQ(normalize_text("We paid 30 NZD for it."), "We paid thirty New Zealand dollars for it.");
}

TEST(CurrencyCodes, NordicAndOtherCodes) {
  EXPECT_EQ(normalize_text("The brewer earned DKK 12.5bn last year."),
            "The brewer earned twelve point five billion Danish kroner last year.");
  EXPECT_EQ(normalize_text("Fees of PLN 400 apply."), "Fees of four hundred zlotys apply.");
  EXPECT_EQ(normalize_text("The casino's takings were MOP 2.1bn in May."),
            "The casino's takings were two point one billion patacas in May.");
  EXPECT_EQ(normalize_text("A visa costs EGP 1,500."), "A visa costs one thousand five hundred Egyptian pounds.");
}

TEST(CurrencyCodes, BeforeARange) {
  EXPECT_EQ(normalize_text("Bids of EUR 4-6 million were expected."), "Bids of four to six million euros were expected.");
  EXPECT_EQ(normalize_text("A room runs JPY 8,000-9,500 a night."),
            "A room runs eight thousand to nine thousand five hundred yen a night.");
  // Prices to the cent are not a range this reads.
  EXPECT_EQ(normalize_text("Fees of USD 1.25-1.40 apply."), "Fees of U.S.D one point two five to one point four zero apply.");
}

TEST(CurrencyCodes, TwoPlacesWithoutANamedSmallUnit) {
  // The zero that closes a price to two places is not said, as "$4.40" says none.
  EXPECT_EQ(normalize_text("A ticket costs CHF 9.50 now."), "A ticket costs nine Swiss francs fifty centimes now.");
  EXPECT_EQ(normalize_text("Margins held at NOK 31.10 a kilo."), "Margins held at thirty one point one Norwegian kroner a kilo.");
  EXPECT_EQ(normalize_text("A coffee is SEK 42.00 there."), "A coffee is forty two kronor there.");
  EXPECT_EQ(normalize_text("Rides cost DKK 3.05 each."), "Rides cost three point o five Danish kroner each.");
  // A currency with cents keeps them.
  EXPECT_EQ(normalize_text("It sold for USD 4.40 each."), "It sold for four dollars forty cents each.");
}

TEST(CurrencyCodes, SwissCentimes) {
  EXPECT_EQ(normalize_text("A coffee costs CHF 5.20 there."), "A coffee costs five Swiss francs twenty centimes there.");
}

TEST(CurrencyCodes, SriLankanRupeesAndTaka) {
  EXPECT_EQ(normalize_text("Dust grades fetched LKR 980.25 at the Colombo sale."),
            "Dust grades fetched nine hundred eighty Sri Lankan rupees twenty five cents at the Colombo sale.");
  EXPECT_EQ(normalize_text("The budget sets aside BDT 42 billion for roads."),
            "The budget sets aside forty two billion taka for roads.");
}

TEST(CurrencyCodes, CodesThatAreAlsoInitialsNeedMoneysShapeOrTheirCurrency) {
  // Petrol's octane, a university's score, a hazard label, a school's class.
  EXPECT_EQ(normalize_text("The van runs on 91 RON fuel."), "The van runs on ninety one R.O.N fuel.");
  EXPECT_EQ(normalize_text("Pumps sell RON95 at a fixed price."), "Pumps sell RON ninety five at a fixed price.");
  EXPECT_EQ(normalize_text("UAH 68, Lee 61 in the second round."), "U.A.H sixty eight, Lee sixty one in the second round.");
  EXPECT_EQ(normalize_text("A GHS02 flame is printed on the can."), "A GHS oh two flame is printed on the can.");
  EXPECT_FALSE(normalize_text("Alumni of GHS 2019 met again.").find("cedi") != std::string::npos);
  // With a scale, or with the currency or its home named, they are money.
  EXPECT_EQ(normalize_text("Kyiv set aside UAH 45m for repairs."), "Keev set aside forty five million hryvnias for repairs.");
  EXPECT_EQ(normalize_text("Romania's RON 3 billion plan passed."), "Romania's three-billion-leu plan passed.");
  EXPECT_EQ(normalize_text("The Ukrainian fund raised UAH 450,000 in a week."),
            "The Ukrainian fund raised four hundred fifty thousand hryvnias in a week.");
  // Romania sells RON 95 petrol: the home named is no cue.
  EXPECT_EQ(normalize_text("In Romania a litre of RON 95 costs 7.20 lei."),
            "In Romania a litre of R.O.N ninety five costs seven point two zero lei.");
}

// A code that is also initials and has a home (NPR, a broadcaster) is money only with money's
// shape and a word of its home or a price frame in the line: a scaled or grouped figure alone
// is a count the initials were told ("told NPR 3,400 staff").
TEST(CurrencyCodes, InitialsWithAHomeNeedTheirHomeOrAPriceFrame) {
  EXPECT_EQ(normalize_text("The agency told NPR 3,400 staff were furloughed.").find("rupee"), std::string::npos);
  EXPECT_EQ(normalize_text("NPR 2.7 million monthly readers visit the site.").find("rupee"), std::string::npos);
  EXPECT_EQ(normalize_text("Ghana's mayor told GHS 1,500 pupils to stay home.").find("GHS"), std::string::npos);
  EXPECT_EQ(normalize_text("Kathmandu approved NPR 6.3bn for roads."), "Kathmandu approved six point three billion Nepalese rupees for roads.");
  EXPECT_NE(normalize_text("Nepali exporters earned NPR 2,400 a tonne.").find("Nepalese rupees"), std::string::npos);
  EXPECT_NE(normalize_text("Nepal gave NPR 1,200 to each household.").find("Nepalese rupees"), std::string::npos);
}

// Before the noun it qualifies, a code's amount is one compound adjective, its currency singular.
TEST(CurrencyCodes, ACodeAmountBeforeANoun) {
  EXPECT_EQ(normalize_text("The mill approved a CZK 40 million upgrade."),
            "The mill approved a forty-million-Czech-koruna upgrade.");
  EXPECT_EQ(normalize_text("The board approved CZK 40 million for the upgrade."),
            "The board approved forty million Czech korunas for the upgrade.");
}

bool has_lira(const std::string& text) { return normalize_text(text).find("lira") != std::string::npos; }

// The lira's letters after a figure, as Turkish copy prints them; alone they are initials.
TEST(CurrencyCodes, LiraLettersAfterAFigure) {
  EXPECT_EQ(normalize_text("The Izmir co-op paid 210 TL per sack."), "The Izmir co-op paid two hundred ten lira per sack.");
  EXPECT_EQ(normalize_text("In Turkey she found a 5 TL note."), "In Turkey she found a five-lira note.");
  // With no word of Turkey on the line "TL" is a truckload's or a team leader's letters.
  EXPECT_FALSE(has_lira("Rates for 35 TL freight fell in April, the broker said."));
  EXPECT_FALSE(has_lira("The depot moved 800 TL orders last week."));
  EXPECT_FALSE(has_lira("Our 4 TL were promoted in June."));
  EXPECT_FALSE(normalize_text("The TL said the plan was late.").find("lira") != std::string::npos);
}

// A price, then its code and the unit it is per in one word: money per that unit.
TEST(CurrencyCodes, ACodeAndItsUnitAfterAPrice) {
  EXPECT_EQ(normalize_text("Cocoa butter fetched 9,15 GBP/kg last week."),
            "Cocoa butter fetched nine pounds fifteen pence per kilogram last week.");
  EXPECT_EQ(normalize_text("Feed barley was quoted at 212 CHF/t."), "Feed barley was quoted at two hundred twelve Swiss francs per tonne.");
  // A trade's unit in capitals over a unit stays spelt.
  EXPECT_EQ(normalize_text("The dose was 0.8 EU/mL."), "The dose was zero point eight E.U per milliliter.");
}

// An amount before a plural noun and its verb is that clause's object, not one adjective.
TEST(CurrencyCodes, AnAmountBeforeARelativeClause) {
  EXPECT_EQ(normalize_text("The EUR 300 million farmers received was late."),
            "The three hundred million euros farmers received was late.");
  EXPECT_EQ(normalize_text("The 40 CHF visitors spend each day is vital."),
            "The forty Swiss francs visitors spend each day is vital.");
  // With no verb of the sentence after it, the noun's verb is its own: the amount sizes it.
  EXPECT_EQ(normalize_text("The $3 million grants helped."), "The three-million-dollar grants helped.");
  EXPECT_EQ(normalize_text("The $2 billion lenders promised never came."),
            "The two billion dollars lenders promised never came.");
  EXPECT_EQ(normalize_text("The mill approved a CZK 60 million expansion."),
            "The mill approved a sixty-million-Czech-koruna expansion.");
}

TEST(CurrencyCodes, CodesThatAreWordsNeedMoneysShape) {
  EXPECT_EQ(normalize_text("Fees in Bursa rose to TRY 2,450 a month."),
            "Fees in Bursa rose to two thousand four hundred fifty lira a month.");
  EXPECT_EQ(normalize_text("Rebar fetched TRY 21,350 per tonne."), "Rebar fetched twenty one thousand three hundred fifty lira per tonne.");
  EXPECT_EQ(normalize_text("Kathmandu set aside NPR 12bn."), "Kathmandu set aside twelve billion Nepalese rupees.");
  EXPECT_EQ(normalize_text("Billets sold at TRY 19,600/t."), "Billets sold at nineteen thousand six hundred lira per tonne.");
  EXPECT_EQ(normalize_text("Billets fetched TL 18,900–19,300/t."),
            "Billets fetched eighteen thousand nine hundred to nineteen thousand three hundred lira per tonne.");
  EXPECT_EQ(normalize_text("Baghdad owes IQD 2,100 billion."), "Baghdad owes twenty one hundred billion Iraqi dinars.");
}

TEST(CurrencyCodes, LiraLettersWithoutAPriceFrameOrTurkeyStay) {
  EXPECT_EQ(normalize_text("The TL 3,500 range of mowers is popular.").find("lira"), std::string::npos);
  EXPECT_EQ(normalize_text("The TRY 5,000 giveaway ended on Friday.").find("lira"), std::string::npos);
}

TEST(CurrencyCodes, RadioInitialsBeforeASmallFigureStay) {
  EXPECT_EQ(normalize_text("The senator told NPR 12 hours later that she disagreed.").find("rupee"), std::string::npos);
  EXPECT_EQ(normalize_text("Catch the debate on NPR 104.1 tonight.").find("rupee"), std::string::npos);
  EXPECT_EQ(normalize_text("Nepal's fine is NPR 25,000."), "Nepal's fine is twenty five thousand Nepalese rupees.");
}

TEST(CurrencyCodes, CodeLettersWithoutMoneysShapeStay) {
  EXPECT_EQ(normalize_text("TRY 3 WAYS TO SAVE").find("lira"), std::string::npos);
  EXPECT_EQ(normalize_text("We TRY 20 times.").find("lira"), std::string::npos);
}

}  // namespace briefcast
