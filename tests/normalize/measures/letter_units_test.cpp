// Unit letters after a figure that a trade's words decide, primes beside degrees, dotted and
// plus units, and the units the table was missing.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

namespace {
bool has(const std::string& said, const std::string& part) { return said.find(part) != std::string::npos; }
}  // namespace

TEST(LetterUnits, DaysAndLunarDistancesAmongWordsOfTheSky) {
  EXPECT_TRUE(has(normalize_text("The second planet circles its star every 12.4 d, the team found."),
                  "twelve point four days,"));
  EXPECT_TRUE(has(normalize_text("The rock will fly past Earth at 2.3 LD next spring."), "two point three lunar distances"));
  // Without such words a lone "d" or "LD" stays as written.
  EXPECT_FALSE(has(normalize_text("Take 5 d from the list."), "days"));
  EXPECT_FALSE(has(normalize_text("The firm hired 4 LD teachers."), "lunar"));
  EXPECT_TRUE(has(normalize_text("She took Vitamin D every day."), "Vitamin D"));
}

TEST(LetterUnits, TrainsOrTonnesPerHourByTheTrade) {
  EXPECT_TRUE(has(normalize_text("The new signalling lets the line run 30 tph at the peak."), "thirty trains per hour"));
  EXPECT_TRUE(has(normalize_text("The crusher at the quarry handles 450 tph of rock."), "four hundred fifty tonnes per hour"));
  EXPECT_FALSE(has(normalize_text("The team scored 12 tph."), "per hour"));
}

TEST(LetterUnits, PennyweightOrDeadweightByTheTrade) {
  EXPECT_TRUE(has(normalize_text("The nugget weighed 3 oz 14 dwt of gold."), "fourteen pennyweight"));
  EXPECT_TRUE(has(normalize_text("The yard delivered a 180,000 dwt bulker last week."),
                  "one-hundred-eighty-thousand-deadweight-tonne bulker"));
}

TEST(LetterUnits, SecondsAfterAComparisonOrBeforeATimedNoun) {
  EXPECT_TRUE(has(normalize_text("The gate must close in \u2264 3 s, the rule says."), "three seconds,"));
  EXPECT_TRUE(has(normalize_text("We took 30-s exposures of the field."), "thirty-second exposures"));
  EXPECT_TRUE(has(normalize_text("Prices fell in the 1990s and 2000s."), "nineties"));
  EXPECT_FALSE(has(normalize_text("Bay 4-s wing is shut."), "second"));
}

TEST(LetterUnits, TonnesAmongWordsOfWeighing) {
  EXPECT_TRUE(has(normalize_text("The ketch displaces 14.5 t in full trim."), "fourteen point five tonnes in"));
  EXPECT_TRUE(has(normalize_text("The site runs six 90-t dump trucks."), "ninety-tonne dump trucks"));
  EXPECT_TRUE(has(normalize_text("She wrote 5 t on the card."), "five t on"));
  EXPECT_TRUE(has(normalize_text("Plan B was dropped."), "Plan B"));
}

TEST(LetterUnits, InchJoinedByAHyphenBeforeANoun) {
  EXPECT_TRUE(has(normalize_text("He fitted an 18-in. blade to the mower."), "eighteen-inch blade"));
  EXPECT_TRUE(has(normalize_text("a 24-in pipe burst"), "twenty-four-inch pipe"));
  EXPECT_TRUE(has(normalize_text("Sales grew 5% in March."), "in March"));
  EXPECT_TRUE(has(normalize_text("About 3 in 10 people agreed."), "three in ten people"));
}

TEST(LetterUnits, InchesAfterAFractionSide) {
  EXPECT_TRUE(has(normalize_text("The panel is 12 \u00d7 6\u00bd in, so it fits."), "twelve by six and a half inches,"));
  EXPECT_TRUE(has(normalize_text("The tile is 7\u215b\u2033 \u00d7 3\u215b\u2033 in all."),
                  "seven and an eighth inches by three and an eighth inches"));
}

TEST(LetterUnits, PrimesBesideDegreesOrTheSkyAreArcParts) {
  EXPECT_TRUE(has(normalize_text("The comet sat at +12\u00b0 41\u2032 07\u2033 that night."),
                  "forty one arcminutes seven arcseconds that"));
  EXPECT_TRUE(has(normalize_text("Seeing on the mountain was 1.1\" most nights."), "one point one arcseconds"));
  // A telescope's aperture before its noun is inches.
  EXPECT_TRUE(has(normalize_text("He bought a 10\" reflector telescope."), "ten-inch reflector"));
  EXPECT_TRUE(has(normalize_text("The shelf is 30\" wide."), "thirty inches wide"));
  EXPECT_TRUE(has(normalize_text("The two galaxies lie 25\" apart."), "twenty five arcseconds apart"));
  // A star of the screen or the court is measured in feet and inches.
  EXPECT_FALSE(has(normalize_text("The film's star has a 28\" waist, they said."), "arcsecond"));
}

TEST(LetterUnits, TimePluralsAfterANounOrAScale) {
  EXPECT_TRUE(has(normalize_text("The trains lost 3,400 delay mins in May."), "delay minutes in"));
  EXPECT_TRUE(has(normalize_text("the crew logged two million hrs. without a fall"), "million hours without"));
}

TEST(LetterUnits, DottedUnitsAfterPer) {
  EXPECT_TRUE(has(normalize_text("Walnut fetched $4.20 per bd. ft., dealers said."), "per board foot,"));
  EXPECT_TRUE(has(normalize_text("Concrete costs \u00a3120 per cu. m delivered."), "per cubic meter delivered"));
  EXPECT_TRUE(has(normalize_text("Gravel costs $30 per cu yd now."), "per cubic yard now"));
}

TEST(LetterUnits, UnitsTheTableWasMissing) {
  EXPECT_TRUE(has(normalize_text("The screw was torqued to 25 Ncm."), "twenty five newton centimeters"));
  EXPECT_TRUE(has(normalize_text("The smelter treats 3,000 tpd of ore."), "three thousand tonnes per day"));
  EXPECT_TRUE(has(normalize_text("The cluster lies 7.5 kpc away."), "seven point five kiloparsecs"));
  EXPECT_TRUE(has(normalize_text("Its mass is 5.2 M\u2295 and its radius 1.7 R\u2295."), "five point two Earth masses"));
  EXPECT_TRUE(has(normalize_text("The stout holds 1.9 vols of gas."), "one point nine volumes"));
  EXPECT_TRUE(has(normalize_text("The drive reached the 450 mRL, the deepest yet."), "four hundred fifty meters R.L"));
  EXPECT_TRUE(has(normalize_text("a sky of 21.3 mag/arcsec\u00b2 at best"), "magnitudes per square arcsecond"));
  EXPECT_TRUE(has(normalize_text("Boards of 30 cm+ sold well."), "thirty centimeters plus"));
  EXPECT_TRUE(has(normalize_text("Cherry logs made $640/MBF at the yard."), "per thousand board feet"));
  EXPECT_TRUE(has(normalize_text("The mill cut 2,500 bd ft on Monday."), "board feet on Monday"));
  EXPECT_TRUE(has(normalize_text("The fleet moves 12 Mbcm of waste."), "twelve million bank cubic meters"));
}

TEST(LetterUnits, NauticalMilesBesideASloop) {
  EXPECT_TRUE(has(normalize_text("The sloop logged 7.9 kn over the 320-nm leg."), "three-hundred-twenty-nautical-mile leg"));
}

TEST(LetterUnits, TheThingMeasuredDecidesBeforeWhatStandsBeside) {
  EXPECT_TRUE(has(normalize_text("The yard launched a 180,000 dwt ore carrier on Friday."), "deadweight"));
  EXPECT_TRUE(has(normalize_text("The new screening line handles 650 tph of gravel."), "tonnes per hour"));
  EXPECT_TRUE(has(normalize_text("≤ 5 s, the rules say."), "five seconds"));
}

TEST(LetterUnits, PoundsPerGallonAmongWordsOfAWell) {
  EXPECT_TRUE(has(normalize_text("The crew weighted the drilling fluid up to 11.8 ppg before the trip."),
                  "eleven point eight pounds per gallon"));
  EXPECT_TRUE(has(normalize_text("The tail cement was mixed at 15.6ppg."), "fifteen point six pounds per gallon"));
  // A player's average stays points per game.
  EXPECT_TRUE(has(normalize_text("The guard averaged 21.7 ppg last season."), "twenty one point seven points per game"));
  EXPECT_TRUE(has(normalize_text("Prosecutors say he helped rig games while scoring 18.2 ppg."), "points per game"));
}

TEST(LetterUnits, ArcsecondsOfASurveyorsAngle) {
  EXPECT_TRUE(has(normalize_text("The old theodolite reads to 5\u2033 on each face."), "five arcseconds"));
  EXPECT_TRUE(has(normalize_text("It gives 2\u2033 angular resolution."), "two arcsecond"));
  // Without such words a double prime is the inch.
  EXPECT_FALSE(has(normalize_text("The pipe is 2\u2033 across."), "arcsecond"));
}

TEST(LetterUnits, PrimesInALineThatGivesAPosition) {
  EXPECT_TRUE(has(normalize_text("Survey marks are given to 0.5\", as at 53\u00b021'09\" N, 6\u00b015'40\" W."),
                  "zero point five arcseconds"));
  // A degree with no minutes is a temperature or an angle: the inch stays.
  EXPECT_FALSE(has(normalize_text("At 30\u00b0 outside, the 2\" pipe froze."), "arcsecond"));
}

TEST(LetterUnits, DiesInAMemoryStack) {
  EXPECT_EQ(normalize_text("The 8-Hi HBM3 stack ships soon."), "The eight-high HBM three stack ships soon.");
}

TEST(LetterUnits, DaysAmongWordsOfKeeping) {
  auto in = [](const std::string& text, const std::string& part) { return normalize_text(text).find(part) != std::string::npos; };
  EXPECT_TRUE(in("Opened jars keep 12 d in a fridge.", "twelve days in a fridge"));
  EXPECT_TRUE(in("Serum is stored at 4 °C and used within 3\u20135 d.", "three to five days."));
  // Without words of keeping, or inside a code or a list's label, the letter stays.
  EXPECT_FALSE(in("See section 4 d) for the rules.", "days"));
  EXPECT_FALSE(in("Plan D was adopted after 3 d votes.", "days"));
  // A figure after the letter (a death's year), a label's noun before the figure, or a price
  // near (old pence) make it no span of days, though words of keeping are near.
  EXPECT_FALSE(in("The archive (b. 1872 d. 1940) was stored in the vault.", "days"));
  EXPECT_FALSE(in("Flat 3 d was kept empty all winter.", "days"));
  EXPECT_FALSE(in("Bread from the village store cost 3 d then.", "days"));
}

TEST(LetterUnits, MinuteMarkBeforeATimedNoun) {
  EXPECT_EQ(normalize_text("Short 20' cycles save water."), "Short twenty-minute cycles save water.");
  EXPECT_EQ(normalize_text("The gym runs 45' classes."), "The gym runs forty-five-minute classes.");
  // Before a length's noun the prime is the foot.
  EXPECT_EQ(normalize_text("The 20' container was loaded."), "The twenty-foot container was loaded.");
  // A quotation's close after a figure is no prime, before a timed noun or not.
  EXPECT_EQ(normalize_text("The 'Big 6' talks resumed."), "The 'Big six' talks resumed.");
  EXPECT_EQ(normalize_text("Its \u2018Top 3\u2019 rides are free."), "Its \u2018Top three\u2019 rides are free.");
  EXPECT_EQ(normalize_text("The players' 40' session ran late."), "The players' forty-minute session ran late.");
}

TEST(LetterUnits, DegreesPerSide) {
  EXPECT_EQ(normalize_text("Hone it at 20\u00b0 dps for a keen edge."), "Hone it at twenty degrees per side for a keen edge.");
  EXPECT_EQ(normalize_text("The dps team met."), "The dps team met.");
}

TEST(LetterUnits, FeetThenInchesIsAHeight) {
  EXPECT_EQ(normalize_text("The centre stands 6\u2032 9\u2033 in socks."), "The centre stands six foot nine in socks.");
  // After degrees, or beside words of the sky, the primes are parts of a degree.
  EXPECT_NE(normalize_text("The pair is split by 6\u2032 4\u2033 on the sky, astronomers said.").find("arcminutes"),
            std::string::npos);
}

TEST(LetterUnits, DobsonUnitsAmongWordsOfOzone) {
  EXPECT_EQ(normalize_text("Column ozone dropped to 220 DU in spring."), "Column ozone dropped to two hundred twenty Dobson units in spring.");
  EXPECT_FALSE(has(normalize_text("The band scored 90 DU on the chart, the DU said."), "Dobson"));
}

TEST(LetterUnits, RelativeHumidityAfterAPercentage) {
  EXPECT_EQ(normalize_text("Store at 40\u201360% RH and 20 \u00b0C."),
            "Store at forty to sixty percent relative humidity and twenty degrees Celsius.");
  EXPECT_EQ(normalize_text("Keep it at 55%RH."), "Keep it at fifty five percent relative humidity.");
  EXPECT_FALSE(has(normalize_text("The RH 80 team won."), "humidity"));
}

TEST(LetterUnits, AHyphenedSecondAfterAnArticleSizesAnyNoun) {
  EXPECT_EQ(normalize_text("a 3-s delay, a 1-s clock drift and the 2-s rule"),
            "a three-second delay, a one-second clock drift and the two-second rule");
  EXPECT_EQ(normalize_text("Team 4-s won."), "Team four s won.");
}

TEST(LetterUnits, DUWithoutWordsOfOzoneIsNoDobsonUnit) {
  EXPECT_FALSE(has(normalize_text("An armoured column fired 120 DU rounds at the town."), "Dobson"));
  EXPECT_FALSE(has(normalize_text("Antarctic crews and 12 DU students raised the flag."), "Dobson"));
  EXPECT_TRUE(has(normalize_text("Stratospheric ozone thinned to 150 DU."), "one hundred fifty Dobson units"));
}

TEST(LetterUnits, RHBeforeANounNamesSomethingElse) {
  EXPECT_FALSE(has(normalize_text("About 64% RH bill supporters rallied in Manila."), "humidity"));
  EXPECT_FALSE(has(normalize_text("Some 70% RH voters backed him."), "humidity"));
  EXPECT_TRUE(has(normalize_text("Keep prints at 50% RH for a week."), "fifty percent relative humidity for"));
}

TEST(LetterUnits, AHyphenedDecadeIsNoSecond) {
  EXPECT_FALSE(has(normalize_text("The 1990-s economic crisis hit Russia hard."), "second"));
  EXPECT_FALSE(has(normalize_text("The 80-s fashion is back."), "second"));
  EXPECT_TRUE(has(normalize_text("A 30-s clip went viral."), "thirty-second clip"));
}

// A single letter after a figure is its unit only where the words beside it name the trade.
TEST(LetterUnits, TeslaBesideMagnets) {
  EXPECT_TRUE(has(normalize_text("The new scanner's magnet reaches fields of 7 T."), "seven tesla"));
  EXPECT_TRUE(has(normalize_text("Each solenoid is wound for 4.5 T at full current."), "four point five tesla"));
  EXPECT_TRUE(has(normalize_text("Its magnets are built for fields of 14\u201316 T."), "fourteen to sixteen tesla."));
  EXPECT_FALSE(has(normalize_text("The 2 T shuttle left at noon."), "tesla"));
  EXPECT_FALSE(has(normalize_text("Fields near the 2 T sign were wet."), "tesla"));
  // A noun after the letter that is no magnet's: the letter names a kind of that thing.
  EXPECT_FALSE(has(normalize_text("A 3 T magnet scan found 500 T cells per microlitre."), "tesla cells"));
  EXPECT_FALSE(has(normalize_text("MRI data showed 40 T lymphocytes in each sample."), "tesla"));
  EXPECT_TRUE(has(normalize_text("The hospital bought a 3 T MRI system."), "three-tesla"));
}

TEST(LetterUnits, DecaresBesideLandArea) {
  EXPECT_TRUE(has(normalize_text("Farmers get a payment per decare for up to 80 da of orchards."), "eighty decares"));
  EXPECT_FALSE(has(normalize_text("He said 80 da in the chat."), "decare"));
  EXPECT_FALSE(has(normalize_text("The 60 ha farm hosted 2 da Costa cousins."), "decare"));
}

TEST(LetterUnits, SecondsBeforeAProcess) {
  EXPECT_TRUE(has(normalize_text("Each part gets a dwell of 4 s and 12 s cooling before ejection."), "twelve-second cooling"));
  // After a verb the -ing word opens a clause of its own; the seconds stay plural.
  EXPECT_FALSE(has(normalize_text("She ran 11.2 s breaking the school record."), "second breaking"));
  EXPECT_FALSE(has(normalize_text("He clocked 20.4 s racing into the wind."), "second racing"));
  EXPECT_FALSE(has(normalize_text("The stop took 3.1 s including the wheel change."), "second including"));
}

TEST(LetterUnits, CapitalTradeLettersOnlyBesideATradesWords) {
  EXPECT_TRUE(has(normalize_text("The new dryers, rated at 12-15 TPH, cost more to run."), "twelve to fifteen tonnes per hour"));
  EXPECT_TRUE(has(normalize_text("The group opened a 45 TPH feed mill in Kaduna."), "a forty-five-tonne-per-hour feed mill"));
  EXPECT_TRUE(has(normalize_text("The metro will run 30 TPH once the new trains arrive."), "thirty trains per hour"));
  EXPECT_TRUE(has(normalize_text("The refinery ships 800 KL of petrol a day."), "eight hundred kiloliters"));
  EXPECT_TRUE(has(normalize_text("A 1,500-TPD cement plant opened in Satna."), "fifteen-hundred-tonne-per-day"));
  EXPECT_TRUE(has(normalize_text("The pump moves 900 GPH of water."), "nine hundred gallons per hour"));
}

// Elsewhere the capitals are a police force, an administrator, a city or a health office.
TEST(LetterUnits, CapitalTradeLettersStayLettersElsewhere) {
  EXPECT_FALSE(has(normalize_text("Officers said 30 TPD vehicles were damaged."), "per day"));
  EXPECT_FALSE(has(normalize_text("Regulators fined 4 TPA companies last year."), "a year"));
  EXPECT_FALSE(has(normalize_text("At No. 3 KL Sharma hit 50 off 41 balls."), "kilo"));
  EXPECT_FALSE(has(normalize_text("The 2023 KL Festival drew big crowds."), "kilo"));
  EXPECT_FALSE(has(normalize_text("The service will run 16 TPH at peak."), "tonnes"));
  EXPECT_FALSE(has(normalize_text("Tests found 900 TPH in the soil near the depot."), "tonnes"));
  EXPECT_FALSE(has(normalize_text("The scheme signed up 7 GPH volunteers."), "gallons"));
  // A plant's word does not turn a count of its staff or its guests into a rate.
  EXPECT_FALSE(has(normalize_text("The steel plant hired 40 TPA staff."), "a year"));
  EXPECT_FALSE(has(normalize_text("The 3 KL hotels beside the refinery were full."), "kilo"));
  EXPECT_FALSE(has(normalize_text("The ferry sails at 7 KL time with fuel for two days."), "kilo"));
  EXPECT_FALSE(has(normalize_text("A depot near Highway 40 TPD stores diesel."), "per day"));
}

// Known units before a counted noun stay units ("two 660 MW units").
TEST(LetterUnits, KnownUnitsBeforeACountedNoun) {
  EXPECT_TRUE(has(normalize_text("The utility built three 660 MW units."), "six-hundred-sixty-megawatt units"));
  EXPECT_TRUE(has(normalize_text("The firm sold 64 GB tablets."), "sixty-four-gigabyte tablets"));
}

TEST(LetterUnits, InchesOfMercuryAfterTheInchMarkOrIn) {
  EXPECT_TRUE(has(normalize_text("The pump held 22\" Hg for an hour."), "twenty two inches of mercury for"));
  EXPECT_TRUE(has(normalize_text("The barometer read 30.1 in. Hg at noon."), "thirty point one inches of mercury at"));
  EXPECT_TRUE(has(normalize_text("The line pulled 18 inches Hg overnight."), "eighteen inches of mercury overnight"));
  // Without the element's symbol the inch stays an inch, and "in" a preposition.
  EXPECT_FALSE(has(normalize_text("The boards were 12\" wide."), "mercury"));
  EXPECT_FALSE(has(normalize_text("He was born in 1984 in Hamburg."), "mercury"));
  EXPECT_FALSE(has(normalize_text("Only 2 in Hg samples were tainted."), "mercury"));
}

TEST(LetterUnits, SecondsAfterASpanOrATiming) {
  EXPECT_EQ(normalize_text("The rig was lowered in 95 s during the drill."),
            "The rig was lowered in ninety five seconds during the drill.");
  EXPECT_EQ(normalize_text("Rye with a falling number of 180 s is sold cheaper."),
            "Rye with a falling number of one hundred eighty seconds is sold cheaper.");
  EXPECT_EQ(normalize_text("The valve shut within 4 s."), "The valve shut within four seconds.");
}

TEST(LetterUnits, SpacedSBeforeANounANameOrAPronounIsNoSecond) {
  EXPECT_EQ(normalize_text("Turnout in 4 s Pune wards fell.").find("second"), std::string::npos);
  EXPECT_EQ(normalize_text("The choir sang in 6 s harmony.").find("second"), std::string::npos);
  EXPECT_EQ(normalize_text("It was read out after 2 s Council minutes.").find("second"), std::string::npos);
  EXPECT_EQ(normalize_text("Within 7 s they left.").find("second"), std::string::npos);
}

TEST(LetterUnits, UnitPluralsAfterOneModifier) {
  EXPECT_TRUE(has(normalize_text("The back gained 63 receiving yds in the half."), "sixty three receiving yards in"));
  EXPECT_TRUE(has(normalize_text("The crate held 250 dry lbs of feed."), "two hundred fifty dry pounds of"));
  EXPECT_TRUE(has(normalize_text("They logged 900 trail kms in a week."), "nine hundred trail kilometers in"));
  // A name or a capital word between is no modifier of the unit.
  EXPECT_FALSE(has(normalize_text("He ran for 80 Yds Smith and more."), "yards"));
  // The unit table gives each plural its word, "ozs" too.
  EXPECT_TRUE(has(normalize_text("The bar poured 40 pure ozs of rum."), "forty pure ounces of"));
  EXPECT_TRUE(has(normalize_text("Mix 3 ozs of lime juice."), "three ounces of"));
}

}  // namespace briefcast
