// Pence and cents written after the figure.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(MinorUnits, CentsWithADecimalComma) {
  EXPECT_EQ(normalize_text("diesel falls 61,3c tonight"), "diesel falls sixty one point three cents tonight");
  // Three figures after the comma are a thousands group, never cents.
  EXPECT_EQ(normalize_text("a bill of 2,500c"), "a bill of 2,500c");
}

TEST(MinorUnits, CentsPerAUnit) {
  EXPECT_EQ(normalize_text("paraffin gains 9c/l next week"), "paraffin gains nine cents per liter next week");
  EXPECT_EQ(normalize_text("maize at 310.00c/kg"), "maize at three hundred ten cents per kilogram");
}

TEST(MinorUnits, BareCentsOnlyAfterAPriceMove) {
  EXPECT_EQ(normalize_text("shares rose by 7c"), "shares rose by seven cents");
  EXPECT_EQ(normalize_text("the 6c variant").find("cents"), std::string::npos);
  EXPECT_EQ(normalize_text("airs 9/8c Sundays").find("cents"), std::string::npos);
}

TEST(MinorUnits, BareCentsBeforeAPriceChange) {
  EXPECT_EQ(normalize_text("bus riders face a 14c hike next month"), "bus riders face a fourteen-cent hike next month");
  EXPECT_EQ(normalize_text("an 18c cut from Tuesday"), "an eighteen-cent cut from Tuesday");
  EXPECT_EQ(normalize_text("you will pay 3c more"), "you will pay three cents more");
}

TEST(MinorUnits, BareCentsInALineAboutPrices) {
  EXPECT_EQ(normalize_text("diesel will climb 9c on Wednesday"), "diesel will climb nine cents on Wednesday");
  EXPECT_EQ(normalize_text("the loaf now costs R18.50, up from last year's 95c"),
            "the loaf now costs eighteen rand fifty cents, up from last year's ninety five cents");
}

TEST(MinorUnits, BareCentsNeedAPriceCue) {
  EXPECT_EQ(normalize_text("carriers of the 7c allele were tracked").find("cent"), std::string::npos);
  EXPECT_EQ(normalize_text("her type 3c curls").find("cent"), std::string::npos);
  EXPECT_EQ(normalize_text("lows of 2C tonight").find("cent"), std::string::npos);
}

TEST(MinorUnits, ALowerCaseCAfterAWordOfTheWeatherIsCelsius) {
  EXPECT_EQ(normalize_text("Fares climb as temperatures reach 33c in Perth."),
            "Fares climb as temperatures reach thirty three degrees Celsius in Perth.");
  EXPECT_EQ(normalize_text("Diesel is up 4c while highs of 28c are forecast."),
            "Diesel is up four cents while highs of twenty eight degrees Celsius are forecast.");
}

TEST(MinorUnits, PenceAndLineCounts) {
  EXPECT_EQ(normalize_text("a stamp costs 85p"), "a stamp costs eighty five pence");
  EXPECT_EQ(normalize_text("streams in 1080p").find("pence"), std::string::npos);
}

}  // namespace briefcast

namespace briefcast {

TEST(MinorUnitRanges, FirstEndOfACentsRangeIsCents) {
  EXPECT_EQ(normalize_text("lambs, 610c to 702c/kg, firmed"),
            "lambs, six hundred ten cents to seven hundred two cents per kilogram, firmed");
  EXPECT_EQ(normalize_text("ewes slipped 12c to 40c on Monday"), "ewes slipped twelve cents to forty cents on Monday");
  EXPECT_EQ(normalize_text("calves 415c-460c/kg"), "calves four hundred fifteen cents to four hundred sixty cents per kilogram");
}

TEST(MinorUnitRanges, LabelsWithACAreNoMoney) {
  // A list of labels, or a span with no word of prices or price moves, keeps the letter.
  EXPECT_EQ(normalize_text("Bays 3c and 4c are shut").find("cents"), std::string::npos);
  EXPECT_EQ(normalize_text("the marks ranged 5c-7c in maths").find("cents"), std::string::npos);
  EXPECT_EQ(normalize_text("Rows 2c, 5c and 6c were reseated").find("cents"), std::string::npos);
  EXPECT_EQ(normalize_text("fares went from 70c to 95c"), "fares went from seventy cents to ninety five cents");
}

TEST(MinorUnitRanges, ARangeOfTemperaturesStaysCelsius) {
  EXPECT_EQ(normalize_text("highs of 19c to 23c this week"), "highs of nineteen degrees Celsius to twenty three degrees Celsius this week");
}

TEST(MinorUnitRanges, PencePerUnit) {
  EXPECT_EQ(normalize_text("up 3p/kg on the week"), "up three pence per kilogram on the week");
  EXPECT_EQ(normalize_text("(1.5p/lb)"), "(one point five pence per pound)");
}

// Company results give earnings and share prices in cents.
TEST(MinorUnits, CentsInCompanyResults) {
  EXPECT_EQ(normalize_text("Basic EPS was 41c against 37c."), "Basic E.P.S was forty one cents against thirty seven cents.");
  EXPECT_EQ(normalize_text("The shares closed 8c lower."), "The shares closed eight cents lower.");
}

}  // namespace briefcast

namespace briefcast {

TEST(MinorUnits, PencePerASpanOfTimeOrATradeUnit) {
  EXPECT_EQ(normalize_text("a standing charge of 53.35p/day"), "a standing charge of fifty three point three five pence per day");
  EXPECT_EQ(normalize_text("wholesale gas at 95p/therm"), "wholesale gas at ninety five pence per therm");
  EXPECT_EQ(normalize_text("a unit rate of 22.40p"), "a unit rate of twenty two point four pence");
}

TEST(MinorUnits, CentsOfANamedCurrency) {
  EXPECT_EQ(normalize_text("The kiwi bought US58.1c at the close."), "The kiwi bought fifty eight point one US cents at the close.");
  EXPECT_EQ(normalize_text("It fell to NZ61c."), "It fell to sixty one NZ cents.");
}

TEST(MinorUnits, CentSignPerUnit) {
  EXPECT_EQ(normalize_text("Night power costs 9\u00a2/kWh now."), "Night power costs nine cents per kilowatt hour now.");
}

TEST(MinorUnits, UsCentsCodeBeforeTheFigure) {
  EXPECT_EQ(normalize_text("Cotton was offered at USc 84/lb and wool at USc 1,020/kg."),
            "Cotton was offered at eighty four US cents per pound and wool at one thousand twenty US cents per kilogram.");
  // The letters alone, with no figure after them, are left as they are.
  EXPECT_EQ(normalize_text("The USc column was empty."), "The USc column was empty.");
}

}  // namespace briefcast

namespace briefcast {

TEST(MinorUnits, ThousandsOfCentsPerUnit) {
  EXPECT_EQ(normalize_text("Fine crossbred wool made 1,390c/kg clean on Thursday."),
            "Fine crossbred wool made one thousand three hundred ninety cents per kilogram clean on Thursday.");
  EXPECT_EQ(normalize_text("Steers made 1,050-1,180c/kg at the Dalby sale."),
            "Steers made one thousand fifty to one thousand one hundred eighty cents per kilogram at the Dalby sale.");
  // Another grouped figure with a "c" is cents only in a price's place ("made 1,210c", below);
  // never said as a year's "twelve hundred".
  EXPECT_EQ(normalize_text("Superfine lots sold at 2,015c/kg, and coarser ones made 1,210c.").find("twelve hundred"),
            std::string::npos);
  EXPECT_EQ(normalize_text("Unleaded rose 4c/L, while the 1,500c motor line sold out.").find("fifteen hundred"),
            std::string::npos);
  EXPECT_EQ(normalize_text("The furnace hit 1,350c as barley cost 52c/kg.").find("thirteen hundred"), std::string::npos);
  // A season before the cents letter is no range of cents.
  EXPECT_EQ(normalize_text("The 2021-22c/kg mean fell.").find("cents"), std::string::npos);
}

TEST(MinorUnits, RangeWithTheCentsLetterOnceBeforeUnit) {
  EXPECT_EQ(normalize_text("Heavier lambs drew a discount of 15-25c/kg at the sale."),
            "Heavier lambs drew a discount of fifteen to twenty five cents per kilogram at the sale.");
}

TEST(MinorUnits, BareRangeOfLabelsStaysWithoutUnit) {
  EXPECT_EQ(normalize_text("Pages 4-6c of the manual explain it.").find("cents"), std::string::npos);
}

TEST(MinorUnits, ThousandsOfCentsInAPricesPlace) {
  EXPECT_EQ(normalize_text("Merino fleece sold at 1,384c as buyers returned."),
            "Merino fleece sold at one thousand three hundred eighty four cents as buyers returned.");
  EXPECT_EQ(normalize_text("The guide eased 14c to 1,046c at the Geelong auction."),
            "The guide eased fourteen cents to one thousand forty six cents at the Geelong auction.");
  // A grouped figure not placed as a price, or on a line of no prices or sales, stays as written.
  EXPECT_EQ(normalize_text("The furnace reached 1,350c on Friday.").find("cents"), std::string::npos);
  EXPECT_EQ(normalize_text("Dealers sold the 1,200c engine."), "Dealers sold the 1,200c engine.");
}

TEST(MinorUnits, BareCentsAfterAPriceVerbOnASaleLine) {
  EXPECT_EQ(normalize_text("Bellies making 615c were 2% dearer."), "Bellies making six hundred fifteen cents were two percent dearer.");
  EXPECT_NE(normalize_text("Oats closed at 410c while feed barley made 388c/t.").find("at four hundred ten cents"),
            std::string::npos);
  // Without a word of prices or sales the letter stays: a grade, a hair type, a class.
  EXPECT_EQ(normalize_text("Her curls made 4c look easy.").find("cent"), std::string::npos);
}

TEST(MinorUnits, ADaysHighOnAWeatherLineIsCelsius) {
  EXPECT_EQ(normalize_text("Showers clear by noon, with a high of 27c."),
            "Showers clear by noon, with a high of twenty seven degrees Celsius.");
  EXPECT_EQ(normalize_text("Despite the rain, the stock hit a high of 64c before prices eased.").find("Celsius"),
            std::string::npos);
}

TEST(MinorUnits, CountryCentsAfterTheFigure) {
  EXPECT_EQ(normalize_text("The indicator firmed 9c to 803 USc overnight."),
            "The indicator firmed nine cents to eight hundred three US cents overnight.");
  EXPECT_EQ(normalize_text("Merino closed at 1,115 USc/kg."), "Merino closed at one thousand one hundred fifteen US cents per kilogram.");
  EXPECT_EQ(normalize_text("Kiwi lamb was worth 64.5 NZc."), "Kiwi lamb was worth sixty four point five NZ cents.");
}

TEST(MinorUnits, PenceInThePound) {
  EXPECT_EQ(normalize_text("Trade creditors received 3.4p/\u00a3 last year."),
            "Trade creditors received three point four pence in the pound last year.");
  EXPECT_EQ(normalize_text("a final dividend of 12p in the \u00a3"), "a final dividend of twelve pence in the pound");
}

// Cents after more words that place a price on a sale or market line, glued or spaced.
TEST(MinorUnits, CentsAfterMorePriceWordsOnASaleLine) {
  EXPECT_EQ(normalize_text("Bread rolls sold for 45c at the school fete."),
            "Bread rolls sold for forty five cents at the school fete.");
  EXPECT_EQ(normalize_text("A dealer bid 85c for the faded stamp."), "A dealer bid eighty five cents for the faded stamp.");
  EXPECT_EQ(normalize_text("Soybeans closed 6c lower on Tuesday."), "Soybeans closed six cents lower on Tuesday.");
  EXPECT_EQ(normalize_text("Merino lots slipped 8 c to 1,105c at the Geelong auction."),
            "Merino lots slipped eight cents to one thousand one hundred five cents at the Geelong auction.");
  EXPECT_EQ(normalize_text("Oats sold well, down 4 c a tonne."), "Oats sold well, down four cents a tonne.");
  EXPECT_EQ(normalize_text("Lots were sold at an average of 1,245c."),
            "Lots were sold at an average of one thousand two hundred forty five cents.");
}

TEST(MinorUnits, ClassesGradesAndFlatsKeepTheirLetter) {
  EXPECT_EQ(normalize_text("Pupils in Year 8c sold cakes at the fair.").find("cent"), std::string::npos);
  EXPECT_EQ(normalize_text("Unit 6c was sold for a song.").find("cent"), std::string::npos);
  EXPECT_EQ(normalize_text("Read Section 5 c before the sale.").find("cent"), std::string::npos);
  EXPECT_EQ(normalize_text("The 7c science set sold out.").find("cent"), std::string::npos);
}

// A temperature on a weather line: the day's top or low, below freezing, or a thermometer's reading.
TEST(MinorUnits, TemperaturesOnAWeatherLine) {
  EXPECT_EQ(normalize_text("Temperatures climb to 31c in Darwin, with a low of 22c after dark."),
            "Temperatures climb to thirty one degrees Celsius in Darwin, with a low of twenty two degrees Celsius after dark.");
  EXPECT_EQ(normalize_text("Hobart expects a top of 17c and a brief shower."),
            "Hobart expects a top of seventeen degrees Celsius and a brief shower.");
  EXPECT_EQ(normalize_text("Orange shivered at minus 3c on Sunday."), "Orange shivered at minus three degrees Celsius on Sunday.");
  EXPECT_EQ(normalize_text("A thermometer by the sale ring read 41c as ewes sold."),
            "A thermometer by the sale ring read forty one degrees Celsius as ewes sold.");
  // On a line of prices or of a sale the top and the low stay cents.
  EXPECT_EQ(normalize_text("Lambs made a top of 95c despite the rain.").find("Celsius"), std::string::npos);
  EXPECT_EQ(normalize_text("Diesel fell to a low of 89c while the forecast was wet.").find("Celsius"), std::string::npos);
  EXPECT_EQ(normalize_text("The index ended minus 4c on the day for shares.").find("Celsius"), std::string::npos);
}

}  // namespace briefcast
