// Money: currency symbols and codes, per-unit names and scale words; an amount (or a measure)
// before a noun is one compound adjective, also after adjectives and possessives and before a
// name and its noun.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(AdjectivalMoney, AfterAdjectivesAndPossessives) {
  EXPECT_EQ(normalize_text("a second, $30 million grant"), "a second, thirty-million-dollar grant");
  EXPECT_EQ(normalize_text("the city's new $9 million pool"), "the city's new nine-million-dollar pool");
  EXPECT_EQ(normalize_text("the cheap $12 lamp"), "the cheap twelve-dollar lamp");
}

// A noun in -ly is a noun still: the amount before it is an adjective; an adverb is not.
TEST(AdjectivalMoney, NounsEndingInLyAreNouns) {
  EXPECT_EQ(normalize_text("a $5 million family feud"), "a five-million-dollar family feud");
  EXPECT_EQ(normalize_text("in a \u00a38million family row"), "in an eight-million-pound family row");
  EXPECT_EQ(normalize_text("a $2bn rally"), "a two-billion-dollar rally");
  EXPECT_EQ(normalize_text("the $3M assembly line"), "the three-million-dollar assembly line");
  EXPECT_EQ(normalize_text("a 10MW supply deal"), "a ten-megawatt supply deal");
  EXPECT_EQ(normalize_text("it raised $5 million annually"), "it raised five million dollars annually");
}

TEST(Money, PerUnitNames) {
  EXPECT_EQ(normalize_text("sold at $2/lb today"), "sold at two dollars per pound today");
}

TEST(AdjectivalMoney, CentsAloneBeforeTheirNoun) {
  EXPECT_EQ(normalize_text("Riders pay a $0.75 surcharge at peak times."),
            "Riders pay a seventy-five-cent surcharge at peak times.");
  EXPECT_EQ(normalize_text("The \u20ac0.05 bag charge doubled."), "The five-cent bag charge doubled.");
  EXPECT_EQ(normalize_text("A \u00a30.20 levy on cups begins soon."), "A twenty-pence levy on cups begins soon.");
  // Not before a noun: the amount as a sum.
  EXPECT_EQ(normalize_text("Stamps rose by $0.05 this year."), "Stamps rose by five cents this year.");
}

TEST(AdjectivalMoney, NotWithoutANounPhrase) {
  EXPECT_EQ(normalize_text("costs grew, $4 million in all"), "costs grew, four million dollars in all");
  EXPECT_EQ(normalize_text("they paid $12 to enter"), "they paid twelve dollars to enter");
  EXPECT_EQ(normalize_text("a very, very $12 lamp"), "a very, very twelve dollars lamp");
  EXPECT_EQ(normalize_text("That is nearly $40 per seat"), "That is nearly forty dollars per seat");
  EXPECT_EQ(normalize_text("the fee was $40 more"), "the fee was forty dollars more");
  EXPECT_EQ(normalize_text("The show earned $3m abroad"), "The show earned three million dollars abroad");
  EXPECT_EQ(normalize_text("the tour made $8 million worldwide"), "the tour made eight million dollars worldwide");
}

}  // namespace briefcast

namespace briefcast {

TEST(Money, MoreCurrencySymbolsAndCodes) {
  EXPECT_EQ(normalize_text("R$12 a month"), "twelve reais a month");
  EXPECT_EQ(normalize_text("S$7.20"), "seven Singapore dollars twenty cents");
  EXPECT_EQ(normalize_text("\u20aa300"), "three hundred shekels");
  EXPECT_EQ(normalize_text("SEK 40 million"), "forty million kronor");
  EXPECT_EQ(normalize_text("costs Rs. 75 here"), "costs seventy five rupees here");
  // One real, several reais; before a noun the amount is an adjective.
  EXPECT_EQ(normalize_text("R$1"), "one real");
  EXPECT_EQ(normalize_text("a S$9 meal"), "a nine-Singapore-dollar meal");
}

TEST(Money, AmountBeforeAFunctionWordIsNoAdjective) {
  // Only a noun after the amount makes it a compound adjective; a preposition, conjunction or
  // pronoun never is one, whatever the list of nouns.
  EXPECT_EQ(normalize_text("an extra $40 million over five years"), "an extra forty million dollars over five years");
  EXPECT_EQ(normalize_text("a further $2 billion since March"), "a further two billion dollars since March");
  EXPECT_EQ(normalize_text("an estimated $9 million than planned"), "an estimated nine million dollars than planned");
  EXPECT_EQ(normalize_text("an estimated $9 million shortfall"), "an estimated nine-million-dollar shortfall");
}

TEST(Money, SouthAsianScaleWordsFollowTheFigure) {
  EXPECT_EQ(normalize_text("priced at Rs 3.2 lakh"), "priced at three point two lakh rupees");
  EXPECT_EQ(normalize_text("a fine of Rs 40 crore"), "a fine of forty crore rupees");
}

}  // namespace briefcast

namespace briefcast {

TEST(Money, AmountHyphenedToItsWordsAndAmountPlus) {
  EXPECT_EQ(normalize_text("a \u00a340,000-a-year post"), "a forty-thousand-pound-a-year post");
  EXPECT_EQ(normalize_text("a $20-an-hour wage"), "a twenty-dollar-an-hour wage");
  EXPECT_EQ(normalize_text("homes at $500,000+ sold"), "homes at five hundred thousand dollars plus sold");
}

}  // namespace briefcast

namespace briefcast {

namespace {

std::string say(std::string_view written) { return normalize_text(written); }

}  // namespace

TEST(AdjectivalMoney, AdjectivalBeforeANameAndItsNoun) {
  EXPECT_EQ(say("a 65W Acme charger"), "a sixty-five-watt Acme charger");
  EXPECT_EQ(say("a $25 Acme voucher"), "a twenty-five-dollar Acme voucher");
  EXPECT_EQ(say("the $20 Dana owed"), "the twenty dollars Dana owed");
}

}  // namespace briefcast

namespace briefcast {

TEST(Money, BritishPence) {
  EXPECT_EQ(normalize_text("diesel at 157.9p a litre"), "diesel at one hundred fifty seven point nine pence a litre");
  EXPECT_EQ(normalize_text("a rise of 1p"), "a rise of one penny");
  EXPECT_EQ(normalize_text("streamed in 480p"), "streamed in four eighty p");  // a video's line count
}

TEST(Money, TwoAmountsSideBySide) {
  EXPECT_EQ(normalize_text("entry \u00a38/\u00a36 on the door"), "entry eight pounds or six pounds on the door");
}

}  // namespace briefcast

namespace briefcast {

TEST(Money, AdjectivalAfterAFigureCompound) {
  EXPECT_EQ(normalize_text("signed a 4-year, $80M extension"), "signed a four year, eighty-million-dollar extension");
  EXPECT_EQ(normalize_text("a two-year, £3m loan deal"), "a two-year, three-million-pound loan deal");
  // Without the determiner the amount is no adjective.
  EXPECT_EQ(normalize_text("over 4-year, $80M was paid"), "over four year, eighty million dollars was paid");
}

}  // namespace briefcast

namespace briefcast {

TEST(Money, CurrencyCodeBeforeAScaledFigure) {
  EXPECT_EQ(normalize_text("a loan of USD 3bn to"), "a loan of three billion dollars to");
  EXPECT_EQ(normalize_text("raised GBP 45m"), "raised forty five million pounds");
}

}  // namespace briefcast

namespace briefcast {

TEST(Money, CountryAfterTheDollarSign) {
  EXPECT_EQ(normalize_text("profit of $US2.5 billion"), "profit of two point five billion US dollars");
  EXPECT_EQ(normalize_text("worth $A40 million"), "worth forty million Australian dollars");
}

}  // namespace briefcast

namespace briefcast {

TEST(Money, ASpacedSignWithAScaleWord) {
  EXPECT_EQ(normalize_text("sales of $ 12.4 billion"), "sales of twelve point four billion dollars");
  EXPECT_EQ(normalize_text("a US$ 2.5 million loan"), "a two point five million US dollars loan");
  EXPECT_EQ(normalize_text("paid $ 7.25 an hour"), "paid seven dollars twenty five cents an hour");
}

TEST(Money, AmountWithCentsBeforeANoun) {
  EXPECT_EQ(normalize_text("a $12.49 subscription fee"), "a twelve-dollar-forty-nine subscription fee");
  EXPECT_EQ(normalize_text("a \u00a34.05 rise"), "a four-pound-oh-five rise");
  EXPECT_EQ(normalize_text("costs $12.49 monthly"), "costs twelve dollars forty nine cents monthly");
}

TEST(Money, AmountBeforeANameOfSeveralWords) {
  EXPECT_EQ(normalize_text("its $2 billion Hubble Space Telescope"), "its two-billion-dollar Hubble Space Telescope");
  EXPECT_EQ(normalize_text("paid the $300 Monday morning"), "paid the three hundred dollars Monday morning");
  EXPECT_EQ(normalize_text("gave Tom $5 Sunday School money"), "gave Tom five dollars Sunday School money");
}

TEST(Money, CentsWithAPointOrAfterAMove) {
  EXPECT_EQ(normalize_text("a dividend of 3.25c."), "a dividend of three point two five cents.");
  EXPECT_EQ(normalize_text("shares fell, down 4c today"), "shares fell, down four cents today");
  EXPECT_EQ(normalize_text("airs at 9/8c on cable").find("cents"), std::string::npos);
  EXPECT_EQ(normalize_text("the 2c gene").find("cents"), std::string::npos);
}

TEST(Money, HyphenedScaleWithoutANoun) {
  EXPECT_EQ(normalize_text("offered $3-billion to the city"), "offered three billion dollars to the city");
  EXPECT_EQ(normalize_text("it cost $4-million."), "it cost four million dollars.");
  EXPECT_EQ(normalize_text("a $6-million grant"), "a six-million-dollar grant");
}

TEST(AdjectivalMoney, NotBeforeAParticiple) {
  EXPECT_EQ(normalize_text("the $2.4 billion pledged to farmers"), "the two point four billion dollars pledged to farmers");
  EXPECT_EQ(normalize_text("a $9 million funded study"), "a nine-million-dollar funded study");
}

TEST(MoneyRange, ScaleLetterOnTheSecondFigure) {
  EXPECT_EQ(normalize_text("a target of $40-45m."), "a target of forty to forty five million dollars.");
  EXPECT_EQ(normalize_text("worth $2-3bn in all"), "worth two to three billion dollars in all");
}

TEST(CountScale, LetteredScaleAtThePhraseEnd) {
  EXPECT_EQ(normalize_text("output rose to 312mn."), "output rose to three hundred twelve million.");
  EXPECT_EQ(normalize_text("it reached 4.5bn, a record"), "it reached four point five billion, a record");
}

TEST(AdjectivalMoney, BeforeAHyphenedCompound) {
  EXPECT_EQ(normalize_text("a $48.5 million cost-plus contract"), "a forty-eight-point-five-million-dollar cost-plus contract");
  EXPECT_EQ(normalize_text("a 6.2% year-on-year fall"), "a six-point-two-percent year-on-year fall");
  EXPECT_EQ(normalize_text("they paid $30 million up-front").find("thirty million dollars"), 10u);
}

}  // namespace briefcast

namespace briefcast {

TEST(CodeRates, CurrencyCodePerUnitAfterTheFigure) {
  EXPECT_EQ(normalize_text("wheat at 245.50 USD/MT today"), "wheat at two hundred forty five dollars fifty cents per metric ton today");
  EXPECT_EQ(normalize_text("copper near 9,100 EUR/t"), "copper near nine thousand one hundred euros per tonne");
  EXPECT_EQ(normalize_text("quoted in USD/bbl"), "quoted in dollars per barrel");
}

TEST(CodeRates, PricePerMassOfAMetal) {
  EXPECT_EQ(normalize_text("fabrication quoted at $410/kgU last month"),
            "fabrication quoted at four hundred ten dollars per kilogram of uranium last month");
  EXPECT_EQ(normalize_text("reprocessing at €1,200/kgHM"), "reprocessing at one thousand two hundred euros per kilogram of heavy metal");
  // Only a metal's mass: a grade band after the slash is no kelvin.
  EXPECT_EQ(normalize_text("Fees are $8/K-8 pupils.").find("kelvin"), std::string::npos);
}

TEST(CodeRates, CurrencyPairsStayPairs) {
  EXPECT_EQ(normalize_text("the EUR/GBP cross fell").find("per"), std::string::npos);
}

}  // namespace briefcast

namespace briefcast {

TEST(AdjectivalMoneyAside, ConversionInBracketsIsPassedOver) {
  EXPECT_EQ(normalize_text("a $20 (£16) parking fine"), "a twenty-dollar (sixteen pounds) parking fine");
  // Other brackets after an amount keep the plural.
  EXPECT_EQ(normalize_text("paid a $20 (£16)."), "paid a twenty dollars (sixteen pounds).");
}

TEST(StarredGrades, PairWithASlash) {
  EXPECT_EQ(normalize_text("those who got A*/B passes"), "those who got A star or B passes");
}

TEST(Money, PricePerAnAreaInTwoWords) {
  EXPECT_EQ(normalize_text("leases at $42/sq ft a year"), "leases at forty two dollars per square foot a year");
  EXPECT_EQ(normalize_text("sold at $900/sq m in"), "sold at nine hundred dollars per square meter in");
}

TEST(Money, CountryOfADollarWrittenApartFromItsSign) {
  EXPECT_EQ(normalize_text("sold for US $7.25 each"), "sold for seven US dollars twenty five cents each");
  EXPECT_EQ(normalize_text("a NZ $12 million deal"), "a twelve-million-New-Zealand-dollar deal");
  // Elsewhere "US" is the country.
  EXPECT_EQ(normalize_text("US troops"), "U.S troops");
}

TEST(Money, TildeBeforeAnAmountIsAbout) {
  EXPECT_EQ(normalize_text("a stake worth ~$15M now"), "a stake worth about fifteen million dollars now");
  EXPECT_EQ(normalize_text("costs ~£300 a year"), "costs about three hundred pounds a year");
}

}  // namespace briefcast

namespace briefcast {

TEST(Money, BritishRateAfterTheAmount) {
  EXPECT_EQ(normalize_text("a studio at £950pcm"), "a studio at nine hundred fifty pounds per calendar month");
  EXPECT_EQ(normalize_text("paid £42,000 pa plus bonus"), "paid forty two thousand pounds per annum plus bonus");
  EXPECT_EQ(normalize_text("from £180pw in town"), "from one hundred eighty pounds per week in town");
  // After money "pp" is per person, not percentage points.
  EXPECT_EQ(normalize_text("tours at €75pp today"), "tours at seventy five euros per person today");
  EXPECT_EQ(normalize_text("the gap shrank 3pp"), "the gap shrank three percentage points");
}

}  // namespace briefcast

namespace briefcast {

TEST(Money, SumBeforeAPricedThingInAHeadline) {
  // No article before the sum: a headline's "£500 fine", "$3M mansion" are still one adjective.
  EXPECT_EQ(normalize_text("Council: £500 fine for dropping litter"), "Council: five-hundred-pound fine for dropping litter");
  EXPECT_EQ(normalize_text("Singer moves into $3M mansion near the coast"),
            "Singer moves into three-million-dollar mansion near the coast");
  EXPECT_EQ(normalize_text("Club agrees €2m transfer deal"), "Club agrees two-million-euro transfer deal");
  // Anything else after the sum keeps the plural reading.
  EXPECT_EQ(normalize_text("Charity raised $3M last year"), "Charity raised three million dollars last year");
}

TEST(Money, RentPerSquareFootOrMeter) {
  EXPECT_EQ(normalize_text("Shops in the arcade rent at $38 psf a year."),
            "Shops in the arcade rent at thirty eight dollars per square foot a year.");
  EXPECT_EQ(normalize_text("The depot let at \u00a36.50 psf to a courier."),
            "The depot let at six pounds fifty pence per square foot to a courier.");
  EXPECT_EQ(normalize_text("Flats there fetch \u20ac4,200 psm now."), "Flats there fetch four thousand two hundred euros per square meter now.");
  // After a plain figure "psf" is a load, pounds per square foot.
  EXPECT_EQ(normalize_text("The roof must carry a 30 psf snow load."),
            "The roof must carry a thirty-pound-per-square-foot snow load.");
}

TEST(Money, UnitPriceInHundredthsOfACent) {
  EXPECT_EQ(normalize_text("Butter closed at $2.4150/lb."), "Butter closed at two dollars forty one point five cents per pound.");
  EXPECT_EQ(normalize_text("Power cost $0.0875/kWh."), "Power cost eight point seven five cents per kilowatt hour.");
  EXPECT_EQ(normalize_text("Gas cost $3.45/gal."), "Gas cost three dollars forty five cents per gallon.");
  EXPECT_EQ(normalize_text("The euro bought $1.0842."), "The euro bought one point o eight four two dollars.");
}

TEST(Money, HotelRatesPerNight) {
  EXPECT_EQ(normalize_text("A levy of \u20ac3 pppn applies."), "A levy of three euros per person per night applies.");
  EXPECT_EQ(normalize_text("Rooms cost \u00a389pn."), "Rooms cost eighty nine pounds per night.");
  EXPECT_EQ(normalize_text("Dinner is \u20ac45++ per person."), "Dinner is forty five euros plus tax and service per person.");
}

}  // namespace briefcast

namespace briefcast {

TEST(Money, BahtSign) {
  EXPECT_EQ(normalize_text("A room costs ฿1,200 a night."), "A room costs one thousand two hundred baht a night.");
  EXPECT_EQ(normalize_text("Sales reached ฿4.1bn last year."), "Sales reached four point one billion baht last year.");
}

TEST(Money, CentsKeepTheirDollarsCountry) {
  EXPECT_EQ(normalize_text("A stem fetched US$0.18, down from A$0.25 in May."),
            "A stem fetched eighteen US cents, down from twenty five Australian cents in May.");
  // With units said, the country is said with them.
  EXPECT_EQ(normalize_text("A pack costs US$3.20 there, and $0.40 here."),
            "A pack costs three US dollars twenty cents there, and forty cents here.");
}

// A price per unit to a fraction of a cent keeps the dollar's country when no units are said.
TEST(Money, FineUnitPriceKeepsTheCountry) {
  EXPECT_EQ(normalize_text("The tariff is NZ$0.215/kWh now."), "The tariff is twenty one point five New Zealand cents per kilowatt hour now.");
  EXPECT_EQ(normalize_text("The tariff is $0.215/kWh now."), "The tariff is twenty one point five cents per kilowatt hour now.");
}

TEST(Money, EuroCentsKeepTheirCurrency) {
  EXPECT_EQ(normalize_text("A text message costs €0.19 in the bloc."),
            "A text message costs nineteen euro cents in the bloc.");
  // The dollar's cents stay plain.
  EXPECT_EQ(normalize_text("A gumball costs $0.25 here."), "A gumball costs twenty five cents here.");
}

// A price per acre written "/ac", as farm rents and inputs are quoted.
TEST(Money, PricePerAcre) {
  EXPECT_EQ(normalize_text("Cash rents averaged $212/ac last year."), "Cash rents averaged two hundred twelve dollars per acre last year.");
}

}  // namespace briefcast
