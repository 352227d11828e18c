// Units from the table (src/normalize/measures/units.cpp): SI prefixes joined to base units, squares and
// cubes, other spellings of a symbol (a size in lower case is bytes), rates, and the adjectival
// form before a noun.
#include <gtest/gtest.h>

#include "normalize/measures/measures.h"
#include "normalize/normalizer.h"

namespace briefcast {

namespace {

std::string say(std::string_view written) { return normalize_text(written); }

}  // namespace

TEST(Units, PrefixedSymbolsComeFromTheTable) {
  EXPECT_EQ(say("3 GW"), "three gigawatts");
  EXPECT_EQ(say("40 MW"), "forty megawatts");
  EXPECT_EQ(say("2 mW"), "two milliwatts");  // milli, not mega
  EXPECT_EQ(say("75 kWh"), "seventy five kilowatt hours");
  EXPECT_EQ(say("9 TWh"), "nine terawatt hours");
  EXPECT_EQ(say("2.4 GHz"), "two point four gigahertz");
  EXPECT_EQ(say("6 PB"), "six petabytes");
  EXPECT_EQ(say("12 \u00b5s"), "twelve microseconds");
  EXPECT_EQ(say("230 kV"), "two hundred thirty kilovolts");
  EXPECT_EQ(say("5000 mAh"), "five thousand milliamp hours");
  EXPECT_EQ(say("14 MeV"), "fourteen megaelectron volts");
}

TEST(Units, ElectricalPartsTakePrefixes) {
  EXPECT_EQ(say("swap in a 2.2 k\u03a9 resistor"), "swap in a two-point-two-kiloohm resistor");
  EXPECT_EQ(say("leakage through 1 M\u2126"), "leakage through one megaohm");
  EXPECT_EQ(say("rated 330 \u00b5F"), "rated three hundred thirty microfarads");
  EXPECT_EQ(say("add 22 pF here"), "add twenty two picofarads here");
  EXPECT_EQ(say("a coil of 4 mH"), "a coil of four millihenries");
  EXPECT_EQ(say("a 90 MVA substation"), "a ninety-megavolt-ampere substation");
  EXPECT_EQ(say("rooftop panels of 6.5 kWp"), "rooftop panels of six point five kilowatts peak");
  EXPECT_EQ(say("peaks at 40 TFLOPS"), "peaks at forty teraflops");
  // The bare letters stay other things: Fahrenheit, hours, Virginia.
  EXPECT_EQ(say("VA 12 clinics").find("volt"), std::string::npos);
  EXPECT_EQ(say("12 F").find("farad"), std::string::npos);
}

TEST(Units, ForcePressureAndEnergyTrade) {
  EXPECT_EQ(say("a load of 50 kgf"), "a load of fifty kilograms force");
  EXPECT_EQ(say("thrust of 9,000 lbf"), "thrust of nine thousand pounds force");
  EXPECT_EQ(say("pressure fell to 29.1 inHg"), "pressure fell to twenty nine point one inches of mercury");
  EXPECT_EQ(say("cooled to 20 \u00b0K"), "cooled to twenty kelvin");
  EXPECT_EQ(say("supply grew 0.8 mb/d"), "supply grew zero point eight million barrels per day");
  EXPECT_EQ(say("pipeline flows of 55 bcm"), "pipeline flows of fifty five billion cubic meters");
  EXPECT_EQ(say("a field with 2 tcf"), "a field with two trillion cubic feet");
  EXPECT_EQ(say("sirens at 110 dBA"), "sirens at one hundred ten A-weighted decibels");
}

TEST(Units, TradeAndLabUnits) {
  EXPECT_EQ(say("a 75 kDa enzyme"), "a seventy-five-kilodalton enzyme");
  EXPECT_EQ(say("gas at $2.80 per MMBtu"), "gas at two dollars eighty cents per million British thermal units");
  EXPECT_EQ(say("pumping 120 gpm"), "pumping one hundred twenty gallons per minute");
  EXPECT_EQ(say("a hood rated 300 cfm"), "a hood rated three hundred cubic feet per minute");
  EXPECT_EQ(say("a 6 mo lease"), "a six-month lease");
  EXPECT_EQ(say("a hum at 60 hz"), "a hum at sixty hertz");
  EXPECT_EQ(say("imaging at 2 thz"), "imaging at two terahertz");
}

TEST(Units, MillionMetricTonnesAndPlantOutput) {
  EXPECT_EQ(say("the harvest came to 112.5 MMT last year"),
            "the harvest came to one hundred twelve point five million metric tonnes last year");
  EXPECT_EQ(say("a reactor of 1,100 MWe output"), "a reactor of eleven hundred megawatts electric output");
  EXPECT_EQ(say("the plant makes 3 GWth of heat"), "the plant makes three gigawatts thermal of heat");
}

TEST(Units, SquareFeetWithAPeriodAndAHyphen) {
  EXPECT_EQ(say("a 2,200-sq.-ft. ranch"), "a twenty-two-hundred-square-foot ranch");
}

TEST(Units, OtherSpellingsOfASymbol) {
  EXPECT_EQ(say("512gb"), "five hundred twelve gigabytes");
  EXPECT_EQ(say("9 KWH"), "nine kilowatt hours");
  EXPECT_EQ(say("300 KM"), "three hundred kilometers");
}

TEST(Units, SquaresCubesAndRates) {
  EXPECT_EQ(say("6 dm\u00b3"), "six cubic decimeters");
  EXPECT_EQ(say("14 mm\u00b2"), "fourteen square millimeters");
  EXPECT_EQ(say("3 ft\u00b2"), "three square feet");
  EXPECT_EQ(say("90 /km\u00b2"), "ninety per square kilometer");
  EXPECT_EQ(say("240 fps"), "two hundred forty frames per second");
  EXPECT_EQ(say("48 MP"), "forty eight megapixels");
  EXPECT_EQ(say("31 mpg"), "thirty one miles per gallon");
  EXPECT_EQ(say("800 lm"), "eight hundred lumens");
  EXPECT_EQ(say("1.5 au"), "one point five astronomical units");
}

TEST(Units, BareSymbolsThatAreNoUnitStayWords) {
  EXPECT_EQ(say("7 B"), "seven B");  // a "7B" model is parameters, not bytes
  EXPECT_EQ(say("4 s"), "four s");
  EXPECT_EQ(say("0.3 K"), "zero point three K");  // thousand or kelvin: left to the letter
}

TEST(Units, BeforeANounTheMeasureIsOneAdjective) {
  EXPECT_EQ(say("a 65W adapter"), "a sixty-five-watt adapter");
  EXPECT_EQ(say("the 400 MW station"), "the four-hundred-megawatt station");
  EXPECT_EQ(say("a 10 km race"), "a ten-kilometer race");
  EXPECT_EQ(say("a 50MP sensor"), "a fifty-megapixel sensor");
  EXPECT_EQ(say("an 8 GB card"), "an eight-gigabyte card");
  EXPECT_EQ(say("a $700 tablet"), "a seven-hundred-dollar tablet");
  // Not before a noun: the plural stays.
  EXPECT_EQ(say("it used 65W and"), "it used sixty five watts and");
  EXPECT_EQ(say("a 10 km in the rain"), "a ten kilometers in the rain");
}

// A model code between the measure and its noun names the thing, as a capitalised name does.
TEST(Units, AModelCodeBeforeTheNounKeepsTheAdjective) {
  EXPECT_EQ(say("The 3.5L V8 engine roars."), "The three-point-five-liter V eight engine roars.");
  EXPECT_EQ(say("a 2L V12 block"), "a two-liter V twelve block");
  EXPECT_EQ(say("the 5kg A4 paper pack"), "the five-kilogram A-four paper pack");
  EXPECT_EQ(say("a 300W X5 motor"), "a three-hundred-watt X five motor");
  // No noun after the code: the plural stays.
  EXPECT_EQ(say("it has 300W X5."), "it has three hundred watts X five.");
}

TEST(Units, SymbolsOfDosesAmountsRatesAndBinarySizes) {
  EXPECT_EQ(say("a dose of 12 mSv"), "a dose of twelve millisieverts");
  EXPECT_EQ(say("400 Bq per kilogram"), "four hundred becquerels per kilogram");
  EXPECT_EQ(say("2 Gy"), "two grays");
  EXPECT_EQ(say("7.1 mmol/L"), "seven point one millimoles per liter");
  EXPECT_EQ(say("a 64 GiB drive"), "a sixty-four-gibibyte drive");
  EXPECT_EQ(say("up to 10 Gbit/s"), "up to ten gigabits per second");
  EXPECT_EQ(say("3 qt of stock"), "three quarts of stock");
  EXPECT_EQ(say("sold 1.5 l of"), "sold one point five liters of");
  EXPECT_EQ(say("600 dpi"), "six hundred dots per inch");
  EXPECT_EQ(say("after 12 wks and 2 yr"), "after twelve weeks and two years");
  EXPECT_EQ(say("90 kmph"), "ninety kilometers per hour");
  // Inches need a power or "sq" to be told from the word "in".
  EXPECT_EQ(say("a 6 in² tile"), "a six-square-inch tile");
  EXPECT_EQ(say("40 sq in"), "forty square inches");
  EXPECT_EQ(say("5 in a row"), "five in a row");
}

TEST(Units, PerSecondAfterAnyUnit) {
  EXPECT_EQ(say("at 11 km/s"), "at eleven kilometers per second");
  EXPECT_EQ(say("4 cc/s"), "four c c per second");
  EXPECT_EQ(say("9 MB/s"), "nine megabytes per second");
}

}  // namespace briefcast

namespace briefcast {

TEST(Units, TrillionsWrittenTn) {
  EXPECT_EQ(normalize_text("debt of 2.7tn"), "debt of two point seven trillion");
  EXPECT_EQ(normalize_text("a \u00a31.1tn fund"), "a one-point-one-trillion-pound fund");
}

}  // namespace briefcast

namespace briefcast {

TEST(Units, LowerCaseSizesAreBytes) {
  EXPECT_EQ(say("a 40kb image"), "a forty-kilobyte image");
  EXPECT_EQ(say("a 300kbps stream"), "a three-hundred-kilobit-per-second stream");
}

}  // namespace briefcast

namespace briefcast {

TEST(Units, PicoFemtoAndPeta) {
  EXPECT_EQ(normalize_text("flashes of 40 fs"), "flashes of forty femtoseconds");
  EXPECT_EQ(normalize_text("a 2 PW laser"), "a two-petawatt laser");
}

TEST(Units, BarrelsADayAndBeatsAMinute) {
  EXPECT_EQ(normalize_text("pumping 2.1 million b/d now"), "pumping two point one million barrels per day now");
  EXPECT_EQ(normalize_text("a pulse of 72 bpm"), "a pulse of seventy two beats per minute");
}

TEST(Units, ThingsCountedPerAUnit) {
  EXPECT_EQ(normalize_text("about 500 cells/mL were found"), "about five hundred cells per milliliter were found");
  EXPECT_EQ(normalize_text("at 40 words/min"), "at forty words per minute");
  EXPECT_EQ(normalize_text("pros/cons of it"), "pros or cons of it");
}

}  // namespace briefcast

namespace briefcast {

TEST(Units, PointsPerGame) {
  EXPECT_EQ(normalize_text("she scored 21.5 ppg"), "she scored twenty one point five points per game");
}

}  // namespace briefcast

namespace briefcast {

TEST(Units, OrdinalSignAsDegreesAndCapitalBasisPoints) {
  EXPECT_EQ(normalize_text("a high of 31\u00baC"), "a high of thirty one degrees Celsius");
  EXPECT_EQ(normalize_text("down to 5\u00ba Fahrenheit"), "down to five degrees Fahrenheit");
  EXPECT_EQ(normalize_text("a cut of 25 BPS"), "a cut of twenty five basis points");
}

}  // namespace briefcast

namespace briefcast {

TEST(SquareUnits, SqRunIntoItsUnit) {
  EXPECT_EQ(normalize_text("a 4,500sqm warehouse"), "a forty-five-hundred-square-meter warehouse");
  EXPECT_EQ(normalize_text("about 80 sqm of garden"), "about eighty square meters of garden");
  EXPECT_EQ(normalize_text("1,200 sqft of retail space"), "twelve hundred square feet of retail space");
  EXPECT_EQ(normalize_text("across 3 sq.km of land"), "across three square kilometers of land");
}

TEST(Units, TorqueAndEnginePower) {
  EXPECT_EQ(say("makes 290 lb-ft of"), "makes two hundred ninety pound feet of");
  EXPECT_EQ(say("makes 310 lb.-ft. of"), "makes three hundred ten pound feet of");
  EXPECT_EQ(say("gives 410 Nm of"), "gives four hundred ten newton meters of");
  EXPECT_EQ(say("rated at 180 bhp and"), "rated at one hundred eighty brake horsepower and");
  EXPECT_EQ(say("has 260 lb ft at"), "has two hundred sixty pound feet at");
}

TEST(Units, SquareFeetAsListingsWriteThem) {
  EXPECT_EQ(say("offers 2,400 SF of retail"), "offers twenty four hundred square feet of retail");
  EXPECT_EQ(say("a 2,200-sq-ft store"), "a twenty-two-hundred-square-foot store");
}

TEST(Units, CurrencyPerUnit) {
  EXPECT_EQ(say("priced in $/barrel now"), "priced in dollars per barrel now");
  EXPECT_EQ(say("in \u20ac/tonne terms"), "in euros per tonne terms");
}

TEST(Units, ConsumptionPerADistance) {
  EXPECT_EQ(say("uses 6.2 l/100km on"), "uses six point two liters per one hundred kilometers on");
  EXPECT_EQ(say("uses 5.9 L/100 km on"), "uses five point nine liters per one hundred kilometers on");
  EXPECT_EQ(say("uses 17 kWh/100 km on"), "uses seventeen kilowatt hours per one hundred kilometers on");
  EXPECT_EQ(say("over 2,048 KB/2 MB in size").find(" per "), std::string::npos);
}

TEST(Units, BareSymbolBeforeASlashIsAUnit) {
  EXPECT_EQ(say("the bolts take 640 N/mm\u00b2 before yielding"),
            "the bolts take six hundred forty newtons per square millimeter before yielding");
  EXPECT_EQ(say("a load of 12kN/m2 on the slab"), "a load of twelve kilonewtons per square meter on the slab");
  EXPECT_EQ(say("rated 80 N/A in the table").find("newton"), std::string::npos);
}

TEST(Units, CountPerAVolume) {
  EXPECT_EQ(say("the lake read 420 cfu/100ml on Monday"),
            "the lake read four hundred twenty C.F.U per one hundred milliliters on Monday");
  EXPECT_EQ(say("below 90 CFU/100 mL at the weir"), "below ninety C.F.U per one hundred milliliters at the weir");
  EXPECT_EQ(say("up to 900 MPN/100mL downstream"), "up to nine hundred M.P.N per one hundred milliliters downstream");
}

TEST(Units, WaterUtilitiesFlowInMillionGallonsADay) {
  EXPECT_EQ(say("the works handles 62 MGD at peak"), "the works handles sixty two million gallons a day at peak");
}

TEST(Units, LitersTakeTheLargerPrefixesToo) {
  EXPECT_EQ(say("the brewer sold 4 million hl last year"), "the brewer sold four million hectoliters last year");
  EXPECT_EQ(say("the reservoir holds 900 ML today"), "the reservoir holds nine hundred megaliters today");
  EXPECT_EQ(say("a 30 kL tank"), "a thirty-kiloliter tank");
  EXPECT_EQ(say("a dose of 15 ng per day"), "a dose of fifteen nanograms per day");
}

TEST(Units, SpansOfTimeAfterAFigure) {
  EXPECT_EQ(normalize_text("She served 3 yrs 6 mths in prison."), "She served three years six months in prison.");
  EXPECT_EQ(normalize_text("a loan over 18 mos at low rates"), "a loan over eighteen months at low rates");
  EXPECT_EQ(normalize_text("after 1 mth of talks"), "after one month of talks");
  EXPECT_EQ(normalize_text("waited 2 wks for news"), "waited two weeks for news");
  // Without a figure the letters stay: "mos" is also a word of its own in names.
  EXPECT_EQ(normalize_text("Mos Def performed").find("months"), std::string::npos);
}

TEST(Units, HashRatesAndPerMille) {
  EXPECT_EQ(normalize_text("miners added 40 EH/s in a month"), "miners added forty exahashes per second in a month");
  EXPECT_EQ(normalize_text("a rig doing 110 TH/s"), "a rig doing one hundred ten terahashes per second");
  EXPECT_EQ(normalize_text("a birth rate of 8.7\u2030"), "a birth rate of eight point seven per thousand");
  EXPECT_EQ(normalize_text("an engine of 230 tf"), "an engine of two hundred thirty tonnes force");
}

}  // namespace briefcast

namespace briefcast {

// "Ml" is the megaliter by its symbol (a capital M is mega); "ml" and "mL" stay milliliters.
TEST(UnitsPrefixes, CapitalMBeforeAnLIsMega) {
  EXPECT_EQ(normalize_text("The works treat 310 Ml/d."), "The works treat three hundred ten megaliters per day.");
  EXPECT_EQ(normalize_text("add 15 ml of milk"), "add fifteen milliliters of milk");
}

}  // namespace briefcast

namespace briefcast {

// Trades' own units after a figure, said as their names rather than letters.
TEST(Units, TradesOwnUnits) {
  EXPECT_EQ(normalize_text("the core assayed 5.1g/t over 9m"), "the core assayed five point one grams per tonne over nine meters");
  EXPECT_EQ(normalize_text("reserves of 3.6Moz"), "reserves of three point six million ounces");
  EXPECT_EQ(normalize_text("it poured 96koz last year"), "it poured ninety six thousand ounces last year");
  EXPECT_EQ(normalize_text("a field of 35 nT"), "a field of thirty five nanotesla");
  EXPECT_EQ(normalize_text("the flux rose to 180 sfu"), "the flux rose to one hundred eighty solar flux units");
  EXPECT_EQ(normalize_text("a calibre at 21,600 vph"), "a calibre at twenty one thousand six hundred vibrations per hour");
  EXPECT_EQ(normalize_text("decrease to 64 sts evenly"), "decrease to sixty four stitches evenly");
  EXPECT_EQ(normalize_text("fines at $98 per dmt"), "fines at ninety eight dollars per dry metric tonne");
}

TEST(Units, TradeUnitsOfOilSteelAndFarms) {
  EXPECT_EQ(normalize_text("Reserves stand at 3.1 bn boe."),
            "Reserves stand at three point one billion barrels of oil equivalent.");
  EXPECT_EQ(normalize_text("The field flows 22,000 boepd from six wells."),
            "The field flows twenty two thousand barrels of oil equivalent per day from six wells.");
  EXPECT_EQ(normalize_text("The terminal handles 14 mmscmd of gas."),
            "The terminal handles fourteen million standard cubic meters a day of gas.");
  EXPECT_EQ(normalize_text("The new kiln adds 2 mtpa of cement."),
            "The new kiln adds two million tonnes a year of cement.");
  EXPECT_EQ(normalize_text("The smelter makes 120ktpa of zinc."),
            "The smelter makes one hundred twenty thousand tonnes a year of zinc.");
  EXPECT_EQ(normalize_text("Feed barley was quoted at £9/cwt."),
            "Feed barley was quoted at nine pounds per hundredweight.");
  EXPECT_EQ(normalize_text("The filly made 420,000 gns at the sale."),
            "The filly made four hundred twenty thousand guineas at the sale.");
  EXPECT_EQ(normalize_text("The grapes were picked at 23°Bx."),
            "The grapes were picked at twenty three degrees Brix.");
}

TEST(Units, TradeShorthandAfterACount) {
  EXPECT_EQ(normalize_text("The index fell 1.4 ppts in May."), "The index fell one point four percentage points in May.");
  EXPECT_EQ(normalize_text("Sri Lanka won by 4 wkts in Colombo."), "Sri Lanka won by four wickets in Colombo.");
  EXPECT_EQ(normalize_text("The ferry carries 620 pax on the summer route."),
            "The ferry carries six hundred twenty passengers on the summer route.");
  EXPECT_EQ(normalize_text("He averaged 4.8 ypc on 19 carries."), "He averaged four point eight yards per carry on nineteen carries.");
}

TEST(Units, ConcentrationsAndRatesPerSecond) {
  EXPECT_EQ(normalize_text("The inhibitor had an IC50 of 12 nM and a Ki of 4 mM."),
            "The inhibitor had an IC fifty of twelve nanomolar and a Ki of four millimolar.");
  EXPECT_EQ(normalize_text("The decay constant was 0.03 s\u207b\u00b9 at room temperature."),
            "The decay constant was zero point o three per second at room temperature.");
  // In lower case they stay lengths.
  EXPECT_EQ(normalize_text("The gap is 4 mm wide."), "The gap is four millimeters wide.");
}

TEST(Units, EachSymbolHasOneKind) {
  using rules::UnitKind;
  using rules::unit_kind;
  // Ratings of a device: power, charge, frequency, torque, engine size.
  for (std::string_view rating : {"W", "kW", "V", "mA", "mAh", "kWh", "GHz", "Nm", "hp", "cc", "dB"}) {
    EXPECT_EQ(unit_kind(rating), UnitKind::rating) << rating;
  }
  // A length's parts size a thing in the hand; the meter and its multiples span ground.
  for (std::string_view short_one : {"mm", "cm", "µm", "nm", "in", "ft", "hh"}) {
    EXPECT_EQ(unit_kind(short_one), UnitKind::short_length) << short_one;
  }
  for (std::string_view long_one : {"m", "km", "mi", "yd"}) EXPECT_EQ(unit_kind(long_one), UnitKind::long_length) << long_one;
  for (std::string_view mass : {"g", "kg", "mg", "lb", "oz"}) EXPECT_EQ(unit_kind(mass), UnitKind::mass) << mass;
  for (std::string_view volume : {"l", "L", "ml", "mL", "cl", "gal"}) EXPECT_EQ(unit_kind(volume), UnitKind::volume) << volume;
  // A symbol only as written: a loose case or no unit at all has no kind.
  for (std::string_view none : {"kw", "KG", "GB", "s", "mph", "banana", ""}) EXPECT_EQ(unit_kind(none), UnitKind::none) << none;
}

TEST(Units, AudioPrintAndPressureSymbols) {
  EXPECT_EQ(normalize_text("Keep peaks under -3 dBFS."), "Keep peaks under minus three decibels full scale.");
  EXPECT_EQ(normalize_text("The limiter stops at -2 dBTP."), "The limiter stops at minus two decibels true peak.");
  EXPECT_EQ(normalize_text("Line level is +4 dBu."), "Line level is plus four D.B.U.");
  EXPECT_EQ(normalize_text("The podcast aims for -16 LUFS."), "The podcast aims for minus sixteen L.U.F.S.");
  EXPECT_EQ(normalize_text("The mower made 71 dB-A at the fence."), "The mower made seventy one A-weighted decibels at the fence.");
  EXPECT_EQ(normalize_text("It hums in a 30 dBA studio."), "It hums in a thirty-decibel studio.");
  EXPECT_EQ(normalize_text("The deck ran at 15 ips."), "The deck ran at fifteen inches per second.");
  EXPECT_EQ(normalize_text("The crossover has a 24 dB/oct roll-off."), "The crossover has a twenty-four-decibel-per-octave roll-off.");
  EXPECT_EQ(normalize_text("The halftone was 150 lpi."), "The halftone was one hundred fifty lines per inch.");
  EXPECT_EQ(normalize_text("The cover is 300 gsm board."), "The cover is three-hundred-gram board.");
  EXPECT_EQ(normalize_text("The dryer drops to 50 mbar."), "The dryer drops to fifty millibars.");
  EXPECT_EQ(normalize_text("The boiler holds 3 bar."), "The boiler holds three bar.");
  EXPECT_EQ(normalize_text("The alloy has 4 wt% tin."), "The alloy has four weight percent tin.");
}

TEST(Units, ALoneSecondAfterAWholeFigureInProse) {
  EXPECT_EQ(normalize_text("She won the sprint by 3 s."), "She won the sprint by three seconds.");
  EXPECT_EQ(normalize_text("Hold the pose for 20 s each side."), "Hold the pose for twenty seconds each side.");
}

TEST(Units, EthernetLinkSpeeds) {
  EXPECT_EQ(normalize_text("The rack has 25GbE ports."), "The rack has twenty five gigabit Ethernet ports.");
  EXPECT_EQ(normalize_text("It moved to 10GbE."), "It moved to ten gigabit Ethernet.");
}

TEST(Units, ProductWithMiddleDot) {
  EXPECT_EQ(normalize_text("The chest scan gave 310 mGy\u00b7cm in total."), "The chest scan gave three hundred ten milligray centimeters in total.");
  EXPECT_EQ(normalize_text("a product of 15.2 Gy\u00b7cm\u00b2 was logged"), "a product of fifteen point two gray square centimeters was logged");
  // A middle dot between words is a separator, not a product.
  EXPECT_EQ(normalize_text("Tea\u00b7Coffee").find("meter"), std::string::npos);
}

TEST(Units, CarbonMassesAndZettajoules) {
  EXPECT_EQ(normalize_text("The plant emits 310 gCO\u2082/kWh on average."),
            "The plant emits three hundred ten grams of C.O two per kilowatt hour on average.");
  EXPECT_EQ(normalize_text("The seas took up 20 ZJ that year."), "The seas took up twenty zettajoules that year.");
  EXPECT_EQ(normalize_text("Each patient got 5\u00d710\u00b9\u00b3 vg/kg once."),
            "Each patient got five times ten to the thirteenth vector genomes per kilogram once.");
}

TEST(Units, TransfersThousandGallonsAndLetteredMillions) {
  EXPECT_EQ(normalize_text("The link runs at 16 GT/s."), "The link runs at sixteen gigatransfers per second.");
  EXPECT_EQ(normalize_text("Customers pay for the first 3 kgal each month."),
            "Customers pay for the first three thousand gallons each month.");
}

}  // namespace briefcast

namespace briefcast {

TEST(Units, DecibelsWeightedInBrackets) {
  EXPECT_EQ(normalize_text("The press shop averaged 89 dB(A) last year."),
            "The press shop averaged eighty nine A-weighted decibels last year.");
}

TEST(Units, DecibelsBeforeTheirScaleArePlural) {
  EXPECT_EQ(normalize_text("Her threshold was 35 dB HL in the left ear."),
            "Her threshold was thirty five decibels H.L in the left ear.");
  EXPECT_EQ(normalize_text("The new chip gains 6 dB SNR over the old one."),
            "The new chip gains six decibels S.N.R over the old one.");
  // Before a noun that is no scale the level still qualifies it.
  EXPECT_EQ(normalize_text("It is a 30 dB room."), "It is a thirty-decibel room.");
}

TEST(Units, ConductivityInSiemensPerALength) {
  EXPECT_EQ(normalize_text("The feed was held at 1.8 mS/cm all week."),
            "The feed was held at one point eight millisiemens per centimeter all week.");
  EXPECT_EQ(normalize_text("Well water read 620 \u00b5S/cm in May."),
            "Well water read six hundred twenty microsiemens per centimeter in May.");
  // A bare "S" is a letter, no unit.
  EXPECT_EQ(normalize_text("He wore a size S shirt."), "He wore a size S shirt.");
}

TEST(Units, TeaAuctionPackagesAndMillionKilograms) {
  EXPECT_EQ(normalize_text("Buyers took 42,000 pkgs on Monday."), "Buyers took forty two thousand packages on Monday.");
  EXPECT_EQ(normalize_text("The crop came to 61.5 mkg last season."),
            "The crop came to sixty one point five million kilograms last season.");
  // With no figure before it the word is left as written.
  EXPECT_EQ(normalize_text("Install the pkgs first."), "Install the pkgs first.");
}

TEST(Units, TonneMetreOfACrane) {
  EXPECT_EQ(normalize_text("The crane is rated 600 t\u00b7m."), "The crane is rated six hundred tonne meters.");
}

}  // namespace briefcast
