// A trade's rates and weights in unit letters: people, sheets, impressions and pages per hour or
// minute, grams per square meter, a shotgun's gauge, a care home's staffing, pulp's tonne and
// a yarn's count; with the readings those letters keep elsewhere.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

namespace {
bool has(const std::string& said, const std::string& part) { return said.find(part) != std::string::npos; }
}  // namespace

TEST(RateLetters, PeopleSheetsAndImpressionsPerHourByTheTrade) {
  EXPECT_TRUE(has(normalize_text("The log flume ride can carry 1,500 pph on a busy day."), "fifteen hundred people per hour"));
  EXPECT_TRUE(has(normalize_text("The sheetfed press runs 16,500 sph on board."), "sixteen thousand five hundred sheets per hour"));
  EXPECT_TRUE(has(normalize_text("Its new web offset press prints 40,000 iph for magazines."), "forty thousand impressions per hour"));
  // Without the trade's words the letters stay.
  EXPECT_FALSE(has(normalize_text("The team reported 300 pph in the study."), "people"));
  EXPECT_FALSE(has(normalize_text("She said 20 sph was the code."), "sheets"));
}

TEST(RateLetters, PagesPerMinuteBesideAPrinter) {
  EXPECT_TRUE(has(normalize_text("The office printer turns out 60 ppm in black and white."), "sixty pages per minute"));
  EXPECT_TRUE(has(normalize_text("A 35 ppm inkjet costs less to run."), "thirty-five-page-per-minute inkjet"));
  // A concentration stays parts per million, even where a printer is named.
  EXPECT_TRUE(has(normalize_text("Ozone near the printer reached 2 ppm in the test."), "two parts per million"));
  EXPECT_TRUE(has(normalize_text("Nitrate in the well was 40 ppm."), "forty parts per million"));
}

TEST(RateLetters, GramsPerSquareMeter) {
  EXPECT_TRUE(has(normalize_text("The cards are printed on 300 gsm at the plant."), "three hundred grams per square meter at"));
  EXPECT_TRUE(has(normalize_text("The mill's 45 gsm newsprint sells well."), "forty-five-gram newsprint"));
  EXPECT_TRUE(has(normalize_text("It will make 80\u2013120 gsm liner next year."), "eighty to one hundred twenty gram liner"));
  EXPECT_TRUE(has(normalize_text("Sizes run from 70 to 100gsm."), "one hundred grams per square meter"));
  EXPECT_TRUE(has(normalize_text("Flyers go on 130 GSM paper."), "one-hundred-thirty-gram paper"));
  // The mobile standard is in capitals.
  EXPECT_TRUE(has(normalize_text("Old GSM phones still work there."), "G.S.M"));
  EXPECT_TRUE(has(normalize_text("The town kept 2 GSM masts."), "G.S.M"));
}

TEST(RateLetters, ShotgunGauge) {
  EXPECT_TRUE(has(normalize_text("Stores sold more 20-ga shells this fall."), "twenty-gauge shells"));
  EXPECT_TRUE(has(normalize_text("Hunters favour the 12 ga pump shotgun."), "twelve-gauge pump"));
  EXPECT_FALSE(has(normalize_text("The band played 12 ga songs."), "gauge"));
}

TEST(RateLetters, CareHoursAndPulpTonnes) {
  EXPECT_TRUE(has(normalize_text("The home reported 3.9 HPRD last quarter."), "three point nine hours per resident day"));
  EXPECT_TRUE(has(normalize_text("Softwood pulp rose to $720/ADMT in China."), "dollars per air-dried metric tonne"));
  EXPECT_TRUE(has(normalize_text("The line adds 400,000 ADMT a year."), "four hundred thousand air-dried metric tonnes"));
}

TEST(RateLetters, CottonCountOfAYarn) {
  EXPECT_TRUE(has(normalize_text("The plant spins Ne 30/1 carded yarn for knitters."), "thirty-count single-ply carded yarn"));
  EXPECT_TRUE(has(normalize_text("Its Ne 20/2 cotton yarn is for towels."), "twenty-count two-ply"));
  // Neon and other uses of the letters stay.
  EXPECT_FALSE(has(normalize_text("Ne 20 is a stable isotope of neon."), "count"));
}

TEST(RateLetters, RevolutionsPerSpanOfTime) {
  EXPECT_TRUE(has(normalize_text("The satellite completes 14.8 rev/day in its orbit."), "fourteen point eight revolutions per day"));
}

}  // namespace briefcast
