// Counts written with the letter of their scale ("8.5M", "850K", "7.6m"): million or meters
// as the words around them say.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(CountScale, CapitalMIsMillionWhateverFollows) {
  EXPECT_EQ(normalize_text("orders reached 2.4M, a record"), "orders reached two point four million, a record");
  EXPECT_EQ(normalize_text("about 12M Android phones"), "about twelve million Android phones");
  EXPECT_EQ(normalize_text("the 3.15M estimate"), "the three point one five million estimate");
}

TEST(CountScale, CapitalMAfterAModelNumberOrARaceStays) {
  EXPECT_EQ(normalize_text("the Radeon 6600M chip"), "the Radeon sixty six hundred M chip");
  EXPECT_EQ(normalize_text("won the 200M butterfly"), "won the two hundred M butterfly");
}

TEST(CountScale, AnyCurrencyNamedAfterTheFigureMakesItMillion) {
  EXPECT_EQ(normalize_text("The bank lent 4m shekels."), "The bank lent four million shekels.");
  EXPECT_EQ(normalize_text("a 6m euro penalty"), "a six million euro penalty");
  EXPECT_EQ(normalize_text("It cost 9.5m won."), "It cost nine point five million won.");
  EXPECT_EQ(normalize_text("a 2m zloty grant"), "a two million zloty grant");
  // "won" as the verb elsewhere in the line says nothing of "m": a length stays a length.
  EXPECT_EQ(normalize_text("She won after clearing 1.9m in the high jump."),
            "She won after clearing one point nine meters in the high jump.");
}

TEST(CountScale, MoreThanAFigure) {
  EXPECT_EQ(normalize_text("has 20M+ players"), "has more than twenty million players");
  EXPECT_EQ(normalize_text("with 40K+ members"), "with more than forty thousand members");
}

TEST(CountScale, ThousandsOfAnInitialism) {
  EXPECT_EQ(normalize_text("sold 120K EVs"), "sold one hundred twenty thousand E.V.'s");
}

TEST(CountScale, LowerCaseMByTheLine) {
  // A count or money in the line: million.
  EXPECT_EQ(normalize_text("The backlog of cases hit 6.1m in June."), "The backlog of cases hit six point one million in June.");
  EXPECT_EQ(normalize_text("Its budget grew to 4.5m this year."), "Its budget grew to four point five million this year.");
  // A length in the line: meters.
  EXPECT_EQ(normalize_text("The tower is 12.5m tall."), "The tower is twelve point five meters tall.");
  EXPECT_EQ(normalize_text("divers reached a depth of 30m."), "divers reached a depth of thirty meters.");
  // Nothing either way: meters, as before.
  EXPECT_EQ(normalize_text("It moved 2.5m in an hour."), "It moved two point five meters in an hour.");
}

}  // namespace briefcast

namespace briefcast {

TEST(CountScale, AFigureWithPlusBeforeTheThingsCounted) {
  EXPECT_EQ(normalize_text("some 250+ firms signed"), "some more than two hundred fifty firms signed");
  EXPECT_EQ(normalize_text("scored 30+ in a game"), "scored thirty plus in a game");  // no plural after it
}

}  // namespace briefcast

namespace briefcast {

TEST(CountScale, ThousandsWithNoNounAfterThem) {
  EXPECT_EQ(normalize_text("sales rose to 45k, from 12k."), "sales rose to forty five thousand, from twelve thousand.");
  EXPECT_EQ(normalize_text("a 32K-seat arena"), "a thirty-two-thousand-seat arena");
  EXPECT_EQ(normalize_text("she ran a 10K."), "she ran a ten K.");  // a race
  EXPECT_EQ(normalize_text("they entered the 15k race."), "they entered the fifteen k race.");
}

TEST(CountScale, BillionsLetterWithAPointOrInALineOfMoney) {
  EXPECT_EQ(normalize_text("The crop is put at 13.25B bushels, up from 12.8B."),
            "The crop is put at thirteen point two five billion bushels, up from twelve point eight billion.");
  EXPECT_EQ(normalize_text("a 14.5B bushel crop"), "a fourteen point five billion bushel crop");
  EXPECT_EQ(normalize_text("The fund's debt rose to 40B."), "The fund's debt rose to forty billion.");
  EXPECT_EQ(normalize_text("She lives in Apartment 12B."), "She lives in Apartment twelve B.");
}

TEST(CountScale, UnitSymbolAfterAScaleIsNamed) {
  EXPECT_EQ(normalize_text("Exports reached 1.4bn bu last year."), "Exports reached one point four billion bushels last year.");
  EXPECT_EQ(normalize_text("Stocks of 2.2B bu remain."), "Stocks of two point two billion bushels remain.");
  EXPECT_EQ(normalize_text("Storage holds 45 bu per acre."), "Storage holds forty five bushels per acre.");
}

TEST(CountScale, FigurePlusBeforeAUnit) {
  EXPECT_EQ(normalize_text("Another 5+ GW is planned."), "Another five-plus gigawatts is planned.");
  EXPECT_EQ(normalize_text("Gusts hit 60+ mph overnight."), "Gusts hit sixty-plus miles per hour overnight.");
}

TEST(CountScale, ThousandsLetterBeforeAUnit) {
  EXPECT_EQ(normalize_text("about 412K oz of gold"), "about four hundred twelve thousand ounces of gold");
  EXPECT_EQ(normalize_text("cooled to 4K today").find("thousand"), std::string::npos);
}


TEST(CountScale, AWholeFigureAfterACapitalisedNounIsItsLabel) {
  EXPECT_EQ(normalize_text("meet in Suite 204M at noon").find("million"), std::string::npos);
  EXPECT_NE(normalize_text("the app has 40M now").find("forty million"), std::string::npos);
  EXPECT_NE(normalize_text("Nearly 12M Britons voted").find("twelve million"), std::string::npos);
}
TEST(CountScale, OneFigureAndKBeforeAScreenIsAResolution) {
  EXPECT_EQ(normalize_text("prices of 8K monitors fell"), "prices of eight K monitors fell");
  EXPECT_EQ(normalize_text("new 4K cameras ship"), "new four K cameras ship");
  EXPECT_EQ(normalize_text("cut 9K jobs"), "cut nine thousand jobs");  // things counted: thousands
}

TEST(CountScale, AnMBeforeACurrencyNameIsMillion) {
  EXPECT_EQ(normalize_text("a fine of 250m euros"), "a fine of two hundred fifty million euros");
  EXPECT_EQ(normalize_text("raised 3.5m dollars"), "raised three point five million dollars");
  EXPECT_EQ(normalize_text("about 80m rupees"), "about eighty million rupees");
}

}  // namespace briefcast

namespace briefcast {

TEST(CountScale, ThousandsBeforeALittleWord) {
  EXPECT_EQ(normalize_text("the crowd grew from 300k to 450k."), "the crowd grew from three hundred thousand to four hundred fifty thousand.");
  EXPECT_EQ(normalize_text("about 250k in total"), "about two hundred fifty thousand in total");
  // A race keeps its K.
  EXPECT_EQ(normalize_text("he ran the 10k in under an hour"), "he ran the ten k in under an hour");
}

TEST(CountScale, WireCopyScaleLetters) {
  EXPECT_EQ(normalize_text("output of 3.1 mln barrels a day"), "output of three point one million barrels a day");
  EXPECT_EQ(normalize_text("a deficit of 42bln in March"), "a deficit of forty two billion in March");
  EXPECT_EQ(normalize_text("debt near 1.1 trln yen"), "debt near one point one trillion yen");
}

// After a lower-case "m" the things counted may follow a describing word, be an initialism
// after a decimal figure, or be a unit no length is counted in.
TEST(CountScale, LowerCaseMBeforeADescribedCountOrACountedUnit) {
  EXPECT_EQ(normalize_text("The service has 4.5m paying subscribers."),
            "The service has four point five million paying subscribers.");
  EXPECT_EQ(normalize_text("the app logged 3m daily users"), "the app logged three million daily users");
  EXPECT_EQ(normalize_text("Exports reached 12.4m TEU last year."), "Exports reached twelve point four million T.E.U last year.");
  EXPECT_EQ(normalize_text("stocks rose by 2.1m bbl"), "stocks rose by two point one million barrels");
  EXPECT_EQ(normalize_text("the clip drew 45m views"), "the clip drew forty five million views");
  EXPECT_EQ(normalize_text("the port handled 8.6m TEUs"), "the port handled eight point six million T.E.U.'s");
  // A length stays a length.
  EXPECT_EQ(normalize_text("a 2.5m high fence"), "a two-point-five-meter high fence");
  EXPECT_EQ(normalize_text("waves 3m tall"), "waves three meters tall");
  EXPECT_EQ(normalize_text("the 400m final tickets").find("million"), std::string::npos);
}

TEST(CountScale, LowerCaseMBeforeAHyphenatedDescribingWord) {
  EXPECT_EQ(normalize_text("Some 2.7m part-time staff were hit."), "Some two point seven million part-time staff were hit.");
  EXPECT_EQ(normalize_text("About 1.6m self-employed traders applied."),
            "About one point six million self-employed traders applied.");
  // A length before its noun in the singular stays a length.
  EXPECT_EQ(normalize_text("a 1.8m steel-framed gate").find("million"), std::string::npos);
}

TEST(CountScale, ThousandsAsARatesBase) {
  EXPECT_EQ(normalize_text("a rate of 8.1 per 100k residents"), "a rate of eight point one per one hundred thousand residents");
  EXPECT_EQ(normalize_text("deaths per 10k population"), "deaths per ten thousand population");
}

}  // namespace briefcast

namespace briefcast {

TEST(CountScaleOnline, MillionsOfOnlineCounts) {
  EXPECT_EQ(normalize_text("insurers faced 1.4m claims"), "insurers faced one point four million claims");
  EXPECT_EQ(normalize_text("1.2m reviews on the store"), "one point two million reviews on the store");
  EXPECT_EQ(normalize_text("streamed 8.1m times"), "streamed eight point one million times");
}

TEST(CountScale, MillionBeforeAnyPluralThingsCounted) {
  EXPECT_NE(normalize_text("The app logged 340m daily active sessions.").find("three hundred forty million daily"), std::string::npos);
  EXPECT_NE(normalize_text("Ferries made 12m crossings last year.").find("twelve million crossings"), std::string::npos);
  EXPECT_NE(normalize_text("Farms raised 4.5m sheep.").find("four point five million sheep"), std::string::npos);
  EXPECT_NE(normalize_text("The plant bottles 3.2m gallons a week.").find("three point two million gallons"), std::string::npos);
  // A length keeps its meters: a determiner before it, or a thing measured after it.
  EXPECT_NE(normalize_text("The 200m starts at noon.").find("meter"), std::string::npos);
  EXPECT_NE(normalize_text("Rescuers faced 9m swells offshore.").find("nine-meter swells"), std::string::npos);
  EXPECT_NE(normalize_text("Lofts with 4m ceilings sell fast.").find("meter"), std::string::npos);
}

}  // namespace briefcast

namespace briefcast {

// A lower-case "m" before a plural noun counts that many things; a length goes before a noun in
// the singular. Races and lines about lengths keep their meters.
TEST(CountScalePlurals, LowerCaseMBeforeAPluralNounIsMillion) {
  EXPECT_EQ(normalize_text("The network carried 2.4m journeys last week."),
            "The network carried two point four million journeys last week.");
  EXPECT_EQ(normalize_text("Firms lost 4.7m sick days to flu."), "Firms lost four point seven million sick days to flu.");
  EXPECT_EQ(normalize_text("the recall covers 1.6m Ford pickups"), "the recall covers one point six million Ford pickups");
  EXPECT_EQ(normalize_text("staff logged 12m overtime hours"), "staff logged twelve million overtime hours");
}

TEST(CountScalePlurals, LengthsAndRacesStayMeters) {
  EXPECT_EQ(normalize_text("a 3.5m fence"), "a three-point-five-meter fence");
  EXPECT_EQ(normalize_text("She won both 400m heats.").find("million"), std::string::npos);
  EXPECT_EQ(normalize_text("Forecasters expect 4m waves and 2.5m swells.").find("million"), std::string::npos);
  EXPECT_EQ(normalize_text("a 1.2m glass screen").find("million"), std::string::npos);
  EXPECT_EQ(normalize_text("the 2m high walls").find("million"), std::string::npos);
  EXPECT_EQ(normalize_text("the museum's 3m columns"), "the museum's three-meter columns");
  EXPECT_EQ(normalize_text("its 4.2m subscribers"), "its four point two million subscribers");
}

TEST(CountScalePlurals, ATotalWithNoNounIsMillion) {
  EXPECT_EQ(normalize_text("Passenger numbers reached 3.9m in May."), "Passenger numbers reached three point nine million in May.");
}

TEST(CountScalePlurals, ThousandsInALineThatSaysRunAreNoRace) {
  EXPECT_EQ(normalize_text("The first print run is 120k."), "The first print run is one hundred twenty thousand.");
  EXPECT_EQ(normalize_text("she ran the 50K in five hours").find("thousand"), std::string::npos);
}

}  // namespace briefcast

namespace briefcast {

TEST(CountScaleCompounds, AScaleLetterJoinedToAWordIsOneCompound) {
  EXPECT_EQ(normalize_text("a 405B-parameter release"), "a four-hundred-five-billion-parameter release");
  EXPECT_EQ(normalize_text("the 2.5M-member union"), "the two-point-five-million-member union");
  EXPECT_EQ(normalize_text("a 3bn-dollar hole"), "a three-billion-dollar hole");
}

}  // namespace briefcast

namespace briefcast {

// A unit named in full after a lower-case "m" is what is counted: the "m" is million.
TEST(CountScaleUnits, AUnitNamedInFullAfterMIsCounted) {
  EXPECT_EQ(normalize_text("The reservoir lost 2.5m litres a day."), "The reservoir lost two point five million litres a day.");
  EXPECT_EQ(normalize_text("Its trucks logged 12m miles in 2022."), "Its trucks logged twelve million miles in twenty twenty two.");
  // The spacing of things is a length.
  EXPECT_EQ(normalize_text("Posts were set at 15m intervals.").find("million"), std::string::npos);
}

}  // namespace briefcast

namespace briefcast {

TEST(CountScalePlurals, ARoundFigureBeforeThingsCountedIsMillion) {
  EXPECT_EQ(normalize_text("The network carried 400m journeys in a year."),
            "The network carried four hundred million journeys in a year.");
}

TEST(CountScale, TonnesAndAreasAfterTheScale) {
  EXPECT_EQ(normalize_text("The county harvested 2.4m t of wheat."),
            "The county harvested two point four million tonnes of wheat.");
  EXPECT_EQ(normalize_text("Landfills took 9 mn t of rubbish."),
            "Landfills took nine million tonnes of rubbish.");
  EXPECT_EQ(normalize_text("The mall covers 1.5m sq ft of shops."),
            "The mall covers one point five million square feet of shops.");
}

TEST(CountScale, ACountBesideAnotherCount) {
  EXPECT_EQ(normalize_text("The app had 3.2bn downloads last year, or 8.8m a day."),
            "The app had three point two billion downloads last year, or eight point eight million a day.");
}

TEST(CountScale, FourWholeFiguresAreMeters) {
  EXPECT_EQ(normalize_text("The steeplechase over 3000m starts at noon in Paris for $2m in prizes."),
            "The steeplechase over three thousand meters starts at noon in Paris for two million dollars in prizes.");
}

}  // namespace briefcast

namespace briefcast {

TEST(CountScale, AFigureAPluralSubjectChangesToIsACountOfIt) {
  EXPECT_EQ(normalize_text("Marriages fell to 1.8m in the census year."),
            "Marriages fell to one point eight million in the census year.");
  EXPECT_EQ(normalize_text("Annual bookings rose by 2.3m last season"), "Annual bookings rose by two point three million last season");
  EXPECT_EQ(normalize_text("Enrolments dropped to about 0.9m."), "Enrolments dropped to about zero point nine million.");
  EXPECT_EQ(normalize_text("hospital admissions topped 4.6m that winter"),
            "hospital admissions topped four point six million that winter");
  // A place after the subject, or the change between the verb and "to".
  EXPECT_EQ(normalize_text("Burglaries in the region dropped to 0.4m."), "Burglaries in the region dropped to zero point four million.");
  EXPECT_EQ(normalize_text("Adoptions fell 2.5% to 1.1m."), "Adoptions fell two point five percent to one point one million.");
  // Things measured, water, or a word of lengths in the line: meters.
  // A whole figure, or a singular subject, may be a height.
  EXPECT_EQ(normalize_text("the spires rose to 120m"), "the spires rose to one hundred twenty meters");
  EXPECT_EQ(normalize_text("the spire rose to 96.5m"), "the spire rose to ninety six point five meters");
  EXPECT_EQ(normalize_text("Reservoirs fell by 1.4m in a week."), "Reservoirs fell by one point four meters in a week.");
  EXPECT_EQ(normalize_text("Swells off the coast rose to 3.5m."), "Swells off the coast rose to three point five meters.");
  EXPECT_EQ(normalize_text("the masts reached 40m"), "the masts reached forty meters");
  EXPECT_EQ(normalize_text("Hedges grew to 3.5m high."), "Hedges grew to three point five meters high.");
}

}  // namespace briefcast

namespace briefcast {

TEST(CountScale, SpacedBnIsAScaleWhateverFollows) {
  EXPECT_EQ(normalize_text("The fund lost 6 bn rupees."), "The fund lost six billion rupees.");
  EXPECT_EQ(normalize_text("they spent 1.7 bn on it"), "they spent one point seven billion on it");
  // A signed figure keeps its sign.
  EXPECT_EQ(normalize_text("a swing of +0.8 bn"), "a swing of plus zero point eight billion");
  EXPECT_EQ(normalize_text("within \u00b10.5 bn"), "within plus or minus zero point five billion");
  // A unit symbol after it is said with it by the measure rules.
  EXPECT_EQ(normalize_text("formed 3.9 bn yrs ago"), "formed three point nine billion years ago");
}

}  // namespace briefcast

namespace briefcast {

TEST(CountScale, APlusAfterARatingsInitialismIsItsGrade) {
  EXPECT_EQ(normalize_text("Lotion rated SPF 30+ protects longer."), "Lotion rated S.P.F thirty plus protects longer.");
  EXPECT_EQ(normalize_text("a UMF 10+ jar"), "a U.M.F ten plus jar");
  // Before things counted it is still more than the figure.
  EXPECT_EQ(normalize_text("the NHL 200+ players"), "the N.H.L more than two hundred players");
}

TEST(CountScale, ACountGoesAtARate) {
  EXPECT_EQ(normalize_text("Permits were issued at a 1.52m seasonally adjusted rate last month."),
            "Permits were issued at a one point five two million seasonally adjusted rate last month.");
  EXPECT_EQ(normalize_text("Sales ran at a 2.4m annual pace."), "Sales ran at a two point four million annual pace.");
}

TEST(CountScale, ADraughtIsALength) {
  EXPECT_EQ(normalize_text("The tanker, worth $40m, has a draught of 12.5m."),
            "The tanker, worth forty million dollars, has a draught of twelve point five meters.");
}

namespace {
bool has_text(const std::string& said, const std::string& part) { return said.find(part) != std::string::npos; }
}  // namespace

TEST(CountScale, MetersBesideAnotherLengthOrAMeasuredThing) {
  // Another metric length joined to the figure makes the "m" meters, though money is in the line.
  EXPECT_TRUE(has_text(normalize_text("Hams worked 2m and 70cm for 900 walkers."), "two meters and seventy"));
  EXPECT_TRUE(has_text(normalize_text("The $4m fund paid for 1.5m by 60 cm boards."), "one point five meters"));
  EXPECT_TRUE(has_text(normalize_text("The banner is 1.8m by 60cm and cost $300."), "one point eight meters by"));
  EXPECT_TRUE(has_text(normalize_text("Try 40cm or 1.5m, for $20 more."), "one point five meters"));
  // The thing measured a few words before the figure.
  EXPECT_TRUE(has_text(normalize_text("The oxers were raised to 1.45m, with $10,000 to win."), "one meter forty five"));
  EXPECT_TRUE(has_text(normalize_text("Its height is 2.1m, the $90 kit says."), "two point one meters"));
  // Money and counts keep the million.
  EXPECT_TRUE(has_text(normalize_text("The insurer paid 1.45m to members."), "one point four five million"));
  EXPECT_TRUE(has_text(normalize_text("The trailer drew 2.2m views in a week."), "two point two million views"));
  EXPECT_TRUE(has_text(normalize_text("Profits rose 3.1m and 40 jobs came with them."), "three point one million"));
  EXPECT_TRUE(has_text(normalize_text("Costs hit 1.2m by June, the council said."), "one point two million"));
}

// A glued "m" weighs both sides: a plural counted right after it is millions even where the
// line gives a length elsewhere; a measure of length or temperature beside it makes it meters.
TEST(CountScale, GluedMWeighsTheWordsBesideIt) {
  EXPECT_EQ(normalize_text("The forum hosts 2.4m recipes, some for a cake 1m wide."),
            "The forum hosts two point four million recipes, some for a cake one meter wide.");
  EXPECT_EQ(normalize_text("The charity raised $5m. The water was 9°C at 25m in October."),
            "The charity raised five million dollars. The water was nine degrees Celsius at twenty five meters in October.");
  EXPECT_EQ(normalize_text("Subscriptions stood at 4.3m in August."), "Subscriptions stood at four point three million in August.");
}

// A "B" after a long whole figure, or after three figures before a plural nobody counts in
// billions, is a model's letter; short figures and a point still say billions.
TEST(CountScale, ModelLetterAfterALongFigureIsNoBillion) {
  EXPECT_EQ(normalize_text("The studio bought two 4410B speakers.").find("billion"), std::string::npos);
  EXPECT_EQ(normalize_text("Her bike runs 650B tyres.").find("billion"), std::string::npos);
  EXPECT_EQ(normalize_text("The app has 1.4B users."), "The app has one point four billion users.");
  EXPECT_EQ(normalize_text("It was trained with 340B parameters."), "It was trained with three hundred forty billion parameters.");
}

TEST(CountScale, MillionBeforeAnAreaOrAVolume) {
  EXPECT_EQ(normalize_text("Harbour output reached 4.5m m\u00b3 of gravel last year."),
            "Harbour output reached four point five million cubic meters of gravel last year.");
  // A length after the "m" keeps it meters.
  EXPECT_EQ(normalize_text("The city has 2m ft of sewers."), "The city has two meters ft of sewers.");
}

TEST(CountScale, MillionBeforeASizedPlural) {
  EXPECT_EQ(normalize_text("The brewer shipped 3.6m 12-ounce cans last year."),
            "The brewer shipped three point six million twelve ounce cans last year.");
  // A length before another length's noun stays meters.
  EXPECT_EQ(normalize_text("The gap was 1.5m 2-metre planks wide."), "The gap was one point five meters two metre planks wide.");
}

TEST(CountScale, UnitNameHeadsTheCountedThing) {
  EXPECT_EQ(normalize_text("About 2.3m smart meters were fitted last year."),
            "About two point three million smart meters were fitted last year.");
  EXPECT_EQ(normalize_text("The wall stands 2.3m high beside the meters."),
            normalize_text("The wall stands 2.3m high beside the meters."));
  EXPECT_EQ(normalize_text("a 3m long pipe"), "a three-meter long pipe");
}

TEST(CountScale, ThousandsOfAnimalsWithOnePlural) {
  EXPECT_EQ(normalize_text("The pen holds 450k fish."), "The pen holds four hundred fifty thousand fish.");
}

TEST(CountScale, MillionsAsAgencyLetters) {
  EXPECT_EQ(normalize_text("Visitors reached 9.2 mn last year."), "Visitors reached nine point two million last year.");
}

TEST(CountScale, SpacedMillionsAfterAFigure) {
  EXPECT_EQ(normalize_text("Visitor numbers hit 8.2 mn in the spring."), "Visitor numbers hit eight point two million in the spring.");
  EXPECT_EQ(normalize_text("The loss was 12 mn dollars."), "The loss was twelve million dollars.");
}

TEST(CountScale, ThousandsOfAUnitBeforeACodeOrContainerAreOneAdjective) {
  EXPECT_EQ(normalize_text("a 90k cbm VLGC charter"), "a ninety-thousand-cubic-meter V.L.G.C charter");
  // An adverb after the unit: an amount.
  EXPECT_EQ(normalize_text("output of 90k bbl daily"), "output of ninety thousand barrels daily");
}

TEST(CountScale, MillionsOfAFourLetterUnit) {
  EXPECT_EQ(normalize_text("Couriers moved 2.4m pkgs in a week."), "Couriers moved two point four million packages in a week.");
  // A four-letter word that is no unit leaves the "m" to the line.
  EXPECT_EQ(normalize_text("The pole was 2.4m tall."), "The pole was two point four meters tall.");
}

TEST(CountScale, MetersBeforeSpansOrDiameters) {
  EXPECT_EQ(normalize_text("The viaduct has 45m spans."), "The viaduct has forty-five-meter spans.");
  EXPECT_EQ(normalize_text("The viaduct has 30m and 45m spans."), "The viaduct has thirty-meter and forty-five-meter spans.");
  // Before things counted the "m" stays a million.
  EXPECT_EQ(normalize_text("The viaduct drew 45m visitors."), "The viaduct drew forty five million visitors.");
}

TEST(CountScale, ThresholdWithAPlusIncludesItsFigure) {
  EXPECT_NE(normalize_text("Firms with 49+ staff must report.").find("forty nine or more staff"), std::string::npos);
  // A round figure is a rough count.
  EXPECT_NE(normalize_text("Over 300+ migrants landed.").find("more than three hundred"), std::string::npos);
}

TEST(CountScale, ResolutionAfterADisplayFormat) {
  EXPECT_EQ(normalize_text("The final airs in UHD 4K broadcasts only.").find("thousand"), std::string::npos);
  EXPECT_NE(normalize_text("The club sold 4K tickets.").find("four thousand"), std::string::npos);
}

TEST(CountScale, AWholeFigureACountedSubjectChangesToIsMillion) {
  EXPECT_EQ(normalize_text("Subscriptions fell 4% to 12 m, while bookings grew to 30 m."),
            "Subscriptions fell four percent to twelve million, while bookings grew to thirty million.");
  EXPECT_EQ(normalize_text("Deliveries fell to 240 m in 2023."), "Deliveries fell to two hundred forty million in twenty twenty three.");
  // Things measured, or any plural no tally, may rise to a height; water rises by the meter.
  EXPECT_EQ(normalize_text("The towers rose to 320 m."), "The towers rose to three hundred twenty meters.");
  EXPECT_EQ(normalize_text("The new buildings rose to 150 m."), "The new buildings rose to one hundred fifty meters.");
  EXPECT_EQ(normalize_text("Water levels rose 3 m overnight."), "Water levels rose three meters overnight.");
}

TEST(CountScale, ASpacedCapitalMBeforeThingsCountedIsMillion) {
  EXPECT_EQ(normalize_text("Makers sold 2,4 M units in 2023."), "Makers sold two point four million units in twenty twenty three.");
  EXPECT_EQ(normalize_text("Studios shipped 3.5 M copies of the game."),
            "Studios shipped three point five million copies of the game.");
  // Before a formula or a solution it is the chemist's molar.
  EXPECT_EQ(normalize_text("Add 2 M HCl to the flask."), "Add two molar HCl to the flask.");
  EXPECT_EQ(normalize_text("Dissolve it in a 0.1 M solution."), "Dissolve it in a zero-point-one-molar solution.");
}

TEST(CountScale, AWholeFigureThingsGrowOrFlyToIsAHeight) {
  EXPECT_EQ(normalize_text("Trees grew to 40 m in the old forest."), "Trees grew to forty meters in the old forest.");
  EXPECT_EQ(normalize_text("Gliders and birds rose to 2,000 m on the thermals.").find("million"), std::string::npos);
  EXPECT_EQ(normalize_text("Visitors reached 3 m deep into the cave.").find("million"), std::string::npos);
  // Counts still change across a sector, from a figure, or ahead of a season.
  EXPECT_EQ(normalize_text("Jobs fell to 3 m across the sector."), "Jobs fell to three million across the sector.");
  EXPECT_EQ(normalize_text("Passengers rose to 4 m ahead of Christmas."), "Passengers rose to four million ahead of Christmas.");
}

TEST(CountScale, ASpacedCapitalMAfterARaceOrALabelIsNoScale) {
  EXPECT_EQ(normalize_text("She won the 400 M hurdles in Rome.").find("million"), std::string::npos);
  EXPECT_EQ(normalize_text("Route 66 M signs were stolen again.").find("million"), std::string::npos);
  EXPECT_EQ(normalize_text("The Annex 2 M rules apply in Austria.").find("million"), std::string::npos);
  EXPECT_EQ(normalize_text("Section 4 M orders were reviewed.").find("million"), std::string::npos);
}

// A people's plural name after a figure in "m" is what is counted.
TEST(CountScale, PeoplesNameAfterTheFigure) {
  EXPECT_EQ(normalize_text("Some 2.4m Canadians live abroad."), "Some two point four million Canadians live abroad.");
  // A maker's name before a thing keeps the length.
  EXPECT_EQ(normalize_text("It sold a 1.5m Bosch ladder.").find("million"), std::string::npos);
}

TEST(CountScale, ARaceDistanceInMetersNotMillions) {
  EXPECT_NE(normalize_text("Trap 3 has won 18% of races over 525m at the stadium this year.").find("five hundred twenty five meters"),
            std::string::npos);
  EXPECT_NE(normalize_text("She swam 800m before breakfast.").find("eight hundred meters"), std::string::npos);
  // Money and audiences stay millions, racing or not.
  EXPECT_NE(normalize_text("The greyhound stadium cost over 320m to build.").find("three hundred twenty million"),
            std::string::npos);
  EXPECT_NE(normalize_text("Racing revenue rose from 140m to 160m euros.").find("one hundred forty million"),
            std::string::npos);
  EXPECT_NE(normalize_text("The race drew over 450m viewers.").find("four hundred fifty million"), std::string::npos);
  EXPECT_NE(normalize_text("The fund covers 250m, the insurer said.").find("two hundred fifty million"), std::string::npos);
  EXPECT_NE(normalize_text("She rowed 600m before the squall hit.").find("six hundred meters"), std::string::npos);
  EXPECT_NE(normalize_text("Out of trap 5 the pup led over 460m at Towcester.").find("four hundred sixty meters"),
            std::string::npos);
}

// Only a local cue makes a race: a word of racing elsewhere in the line, or "ran", says
// nothing, and a line of sums or tallies keeps its millions.
TEST(CountScale, ARaceNeedsALocalCue) {
  auto million = [](const std::string& text, const std::string& part) {
    return normalize_text(text).find(part) != std::string::npos;
  };
  EXPECT_TRUE(million("Extreme heat hit a population of over 70m in the north.", "seventy million"));
  EXPECT_TRUE(million("The club's wage bill climbed from 14m to 18m.", "from fourteen million to eighteen million"));
  EXPECT_TRUE(million("The shortfall ran 25m past budget, the auditor said.", "twenty five million"));
  EXPECT_TRUE(million("Officials went to great lengths to bury a debt of over 60m.", "sixty million"));
  EXPECT_TRUE(million("The swimming body's total rose from 11m to 13m.", "from eleven million to thirteen million"));
  EXPECT_TRUE(million("The mayoral race has drawn over 300m in donations.", "three hundred million"));
  EXPECT_TRUE(million("The relay coach agreed a deal worth 12m.", "twelve million"));
  EXPECT_TRUE(million("The swim union's budget fell to 35m.", "thirty five million"));
  // The race's own distance keeps its meters beside the money.
  EXPECT_TRUE(million("She won the 200m hurdles and a prize of 5,000 euros.", "two hundred meters"));
}

}  // namespace briefcast

namespace briefcast {

TEST(CountScale, SpacedLetteredScaleBeforeAUnit) {
  EXPECT_EQ(normalize_text("Stocks fell to 2.41 mln t in April."), "Stocks fell to two point four one million tonnes in April.");
  EXPECT_EQ(normalize_text("Blending needs 9.3 mln kL of fuel."), "Blending needs nine point three million kiloliters of fuel.");
  EXPECT_EQ(normalize_text("Output hit 1.2 bn t last year."), "Output hit one point two billion tonnes last year.");
}

TEST(CountScale, SpacedLetteredScaleBeforeANounIsOneAdjective) {
  EXPECT_EQ(normalize_text("A 3 mln t smelter is planned."), "A three-million-tonne smelter is planned.");
  EXPECT_EQ(normalize_text("Her 2 bn kWh scheme won approval."), "Her two-billion-kilowatt-hour scheme won approval.");
  // Never a plural unit before the noun.
  EXPECT_EQ(normalize_text("Exports hit 4 mln t grain records.").find("tonnes grain"), std::string::npos);
}

TEST(CountScale, LowerMBelowOrAboveASumStaysMillion) {
  // A possessive or an adjective before the yardstick ("the bank's forecast") keeps it a sum.
  EXPECT_TRUE(normalize_text("Card spending came in 0.4m below the bank's forecast.").find("million below") !=
              std::string::npos);
  EXPECT_TRUE(normalize_text("Season ticket sales were 0.3m below the club's target.").find("million below") !=
              std::string::npos);
  EXPECT_TRUE(normalize_text("Profit was £0.6m below forecasts.").find("million") != std::string::npos);
}

TEST(CountScale, APartOfAWholeInMillionsIsMillions) {
  EXPECT_EQ(normalize_text("The scheme could cover 3.5 m of some 19 m households."),
            "The scheme could cover three point five million of some nineteen million households.");
  EXPECT_EQ(normalize_text("about 1.2m of the 6.4m registered voters"),
            "about one point two million of the six point four million registered voters");
  EXPECT_NE(normalize_text("Floods cut off 1.1 m of the province's 7 m residents.").find("one point one million of the province's"),
            std::string::npos);
  // A length is a part of a length: "the last 2m of the 10m tunnel" keeps its meters.
  EXPECT_TRUE(normalize_text("They dug the last 2m of the 10m tunnel.").find("million") == std::string::npos);
}

TEST(CountScale, MillionsPerAnArea) {
  EXPECT_EQ(normalize_text("Mosquito larvae reached 2.5m per hectare."), "Mosquito larvae reached two point five million per hectare.");
  EXPECT_TRUE(normalize_text("The trees stood 12m apart per acre.").find("million") == std::string::npos);
}

// An end of a span whose other end is plainly thousands is thousands too, whatever the line.
TEST(CountScale, SpanEndTakesTheThousandsOfTheOther) {
  EXPECT_EQ(normalize_text("Its first pressing run went from 20k to 180k discs."),
            "Its first pressing run went from twenty thousand to one hundred eighty thousand discs.");
  EXPECT_EQ(normalize_text("Bids rose from 6k to 150k in a week."),
            "Bids rose from six thousand to one hundred fifty thousand in a week.");
}

}  // namespace briefcast
