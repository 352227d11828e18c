// Per-class golden tests of the English normalizer, with the news cases the issue names, and the
// rules it applies across a line: footnote marks and character references, section labels and
// long capitals, "an" before a figure said with a vowel, inch marks against quotes.
#include "normalize/normalizer.h"

#include <gtest/gtest.h>

namespace briefcast {

namespace {

std::string say(std::string_view written) { return normalize_text(written); }

}  // namespace

TEST(Normalizer, LeavesPlainWordsAlone) {
  EXPECT_EQ(say("The cat sat."), "The cat sat.");
  EXPECT_EQ(say("May I come in?"), "May I come in?");
  EXPECT_EQ(say("He's and I'm and M\u00fcller's and d'\u00eatre"), "He's and I'm and M\u00fcller's and d'\u00eatre");
}

TEST(Cardinal, ReadsFigures) {
  EXPECT_EQ(say("3"), "three");
  EXPECT_EQ(say("9,000"), "nine thousand");
  EXPECT_EQ(say("123,123,000"), "one hundred twenty three million one hundred twenty three thousand");
  EXPECT_EQ(say("170 people"), "one hundred seventy people");  // American, as the en-us voice
  EXPECT_EQ(say("-5"), "minus five");
  EXPECT_EQ(say("007"), "zero zero seven");
  EXPECT_EQ(say("2,500"), "twenty five hundred");
}

TEST(Ordinal, ReadsSuffixes) {
  EXPECT_EQ(say("1st 2nd 3rd 4th 11th 12th 13th 21st 23rd"),
            "first second third fourth eleventh twelfth thirteenth twenty first twenty third");
  EXPECT_EQ(say("1,000th"), "one thousandth");
  EXPECT_EQ(say("2th"), "two th");  // a suffix that does not fit is read as written
}

TEST(Decimal, ReadsPointsAndScales) {
  EXPECT_EQ(say("0.1 billion"), "zero point one billion");
  EXPECT_EQ(say(".1 trillion"), "point one trillion");
  EXPECT_EQ(say("2.5x"), "two point five times");
}

TEST(Money, ReadsAmounts) {
  EXPECT_EQ(say("$3.5 billion"), "three point five billion dollars");
  EXPECT_EQ(say("$3.5bn"), "three point five billion dollars");
  EXPECT_EQ(say("\u20ac20m"), "twenty million euros");
  EXPECT_EQ(say("$31.40"), "thirty one dollars forty cents");
  EXPECT_EQ(say("$1"), "one dollar");
  EXPECT_EQ(say("$0.20"), "twenty cents");
  EXPECT_EQ(say("$.02"), "two cents");
  EXPECT_EQ(say("\u00a36.01"), "six pounds one penny");
  EXPECT_EQ(say("\u00a530b"), "thirty billion yen");
  EXPECT_EQ(say("US$5"), "five US dollars");
  EXPECT_EQ(say("USD 5"), "five dollars");
  EXPECT_EQ(say("$20/mo"), "twenty dollars per month");
  EXPECT_EQ(say("$26045"), "twenty six thousand forty five dollars");
  EXPECT_EQ(say("a $3.5 billion budget"), "a three-point-five-billion-dollar budget");
  EXPECT_EQ(say("a $5 fee"), "a five-dollar fee");
  EXPECT_EQ(say("spent $5 million on"), "spent five million dollars on");
}

TEST(Date, ReadsNewsForms) {
  EXPECT_EQ(say("Jan. 5, 2010"), "January fifth twenty ten");
  EXPECT_EQ(say("5 January 2010"), "the fifth of January twenty ten");
  EXPECT_EQ(say("2010-01-05"), "January fifth twenty ten");
  EXPECT_EQ(say("01/05/2010"), "January fifth twenty ten");
  EXPECT_EQ(say("25/12/2010"), "the twenty fifth of December twenty ten");
  EXPECT_EQ(say("the 1990s"), "the nineteen nineties");
  EXPECT_EQ(say("'90s"), "'nineties");
  EXPECT_EQ(say("2008-2010"), "two thousand eight to twenty ten");
  EXPECT_EQ(say("in 1994"), "in nineteen ninety four");
  EXPECT_EQ(say("2005"), "two thousand five");
  EXPECT_EQ(say("mar"), "mar");  // no figure, no date
  EXPECT_EQ(say("up to 5 may apply"), "up to five may apply");
  EXPECT_EQ(say("5 May"), "the fifth of May");
  EXPECT_EQ(say("25 mar 2012"), "the twenty fifth of March twenty twelve");
}

TEST(Time, ReadsClocks) {
  EXPECT_EQ(say("3:30 p.m."), "three thirty PM.");  // the line's end keeps its period
  EXPECT_EQ(say("at 3:30 p.m. today"), "at three thirty PM today");
  EXPECT_EQ(say("15:30"), "fifteen thirty");
  EXPECT_EQ(say("01:00"), "one o'clock");
  EXPECT_EQ(say("1:05 am"), "one oh five AM");
  EXPECT_EQ(say("5pm"), "five PM");
  EXPECT_EQ(say("2pm-5pm"), "two PM to five PM");
  EXPECT_EQ(say("9 a.m. EST"), "nine AM E.S.T");
  EXPECT_EQ(say("3.30 pm"), "three thirty PM");
  EXPECT_EQ(say("noon"), "noon");
}

TEST(Measure, ReadsUnits) {
  EXPECT_EQ(say("5 km"), "five kilometers");
  EXPECT_EQ(say("60 mph"), "sixty miles per hour");
  EXPECT_EQ(say("1.5\u00b0C"), "one point five degrees Celsius");
  EXPECT_EQ(say("1\u00b0C"), "one degree Celsius");
  EXPECT_EQ(say("20 kg"), "twenty kilograms");
  EXPECT_EQ(say("12KG"), "twelve kilograms");
  EXPECT_EQ(say("3 mbps"), "three megabits per second");
  EXPECT_EQ(say("20%"), "twenty percent");
  EXPECT_EQ(say("2x8 m2"), "two by eight square meters");
  EXPECT_EQ(say("0.1 M"), "zero point one M");  // a bare capital M is no unit
}

TEST(Fraction, ReadsFractions) {
  EXPECT_EQ(say("3/4"), "three quarters");
  EXPECT_EQ(say("1/3"), "one third");
  EXPECT_EQ(say("1/2"), "one half");
  EXPECT_EQ(say("1\u00bd"), "one and a half");
  EXPECT_EQ(say("2 3/4"), "two and three quarters");
  EXPECT_EQ(say("5/8"), "five eighths");
  EXPECT_EQ(say("-1/2"), "minus one half");
  EXPECT_EQ(say("24/7"), "twenty four seven");
}

TEST(Telephone, ReadsGroups) {
  EXPECT_EQ(say("+1 123-123-5678"), "plus one, one two three, one two three, five six seven eight");
  EXPECT_EQ(say("+1 (555) 123-4567"), "plus one, five five five, one two three, four five six seven");
  EXPECT_EQ(say("555.555.5555"), "five five five, five five five, five five five five");
  EXPECT_EQ(say("123.123.0.40"), "one two three dot one two three dot zero dot four zero");
}

TEST(Electronic, ReadsAddresses) {
  EXPECT_EQ(say("nvidia.com"), "nvidia dot com");
  EXPECT_EQ(say("a@hotmail.it"), "a at hotmail dot IT");
  EXPECT_EQ(say("https://www.example.com/news"), "HTTPS colon slash slash WWW dot example dot com slash news");
  EXPECT_EQ(say("follow @briefcast"), "follow at briefcast");
  EXPECT_EQ(say("#MeToo"), "hashtag MeToo");
  EXPECT_EQ(say("the U.S. economy"), "the U.S economy");  // not a domain
}

TEST(Abbreviation, ExpandsTitles) {
  EXPECT_EQ(say("Dr. Evil"), "Doctor Evil");
  EXPECT_EQ(say("Mrs. Norris"), "Misses Norris");
  EXPECT_EQ(say("Mr. Smith and Gen. Patton and Sen. Warren"), "Mister Smith and General Patton and Senator Warren");
  EXPECT_EQ(say("St. Louis"), "Saint Louis");
  EXPECT_EQ(say("Mt. Everest"), "Mount Everest");
  EXPECT_EQ(say("John Smith Jr. said"), "John Smith Junior said");
  EXPECT_EQ(say("Yankees vs. Red Sox"), "Yankees versus Red Sox");
  EXPECT_EQ(say("fruit, e.g. apples, etc."), "fruit, for example apples, et cetera.");
  EXPECT_EQ(say("No. 4"), "number four");
  EXPECT_EQ(say("Gen Z voters"), "Gen Z voters");
  EXPECT_EQ(say("no. 4"), "no. four");
}

TEST(Roman, ReadsNumeralsAfterNames) {
  EXPECT_EQ(say("World War II"), "World War two");
  EXPECT_EQ(say("Pope Benedict XVI"), "Pope Benedict the sixteenth");
  EXPECT_EQ(say("Elizabeth II"), "Elizabeth the second");
  EXPECT_EQ(say("Henry III."), "Henry the third.");
  EXPECT_EQ(say("Then I left"), "Then I left");  // never the pronoun
  EXPECT_EQ(say("Washington DC"), "Washington D.C");
}

TEST(Range, ReadsRanges) {
  EXPECT_EQ(say("10-20"), "ten to twenty");
  EXPECT_EQ(say("pages 5\u20137"), "pages five to seven");
  EXPECT_EQ(say("$120.10-$340.55"),
            "one hundred twenty dollars ten cents to three hundred forty dollars fifty five cents");
  EXPECT_EQ(say("1960s-1980s"), "nineteen sixties to nineteen eighties");
  EXPECT_EQ(say("5-10%"), "five to ten percent");
  EXPECT_EQ(say("mid-80s"), "mid eighties");
  EXPECT_EQ(say("voted 7-2"), "voted seven to two");
  EXPECT_EQ(say("412-0"), "four hundred twelve - zero");
  EXPECT_EQ(say("50-50"), "fifty fifty");
  EXPECT_EQ(say("the 1990-91 season"), "the nineteen ninety to ninety one season");
  EXPECT_EQ(say("March 4-5"), "March fourth to fifth");
}

TEST(Serial, ReadsCodes) {
  EXPECT_EQ(say("COVID-19"), "Covid nineteen");
  EXPECT_EQ(say("F-16"), "F sixteen");
  EXPECT_EQ(say("G7"), "G seven");
  EXPECT_EQ(say("B2A23C"), "B two A-twenty three C");
  EXPECT_EQ(say("A321"), "A three twenty one");
  EXPECT_EQ(say("test$"), "test dollar");
  EXPECT_EQ(say("2*8"), "two times eight");
}

TEST(Acronym, SpellsOrSays) {
  EXPECT_EQ(say("CIA FBI NATO NASA UNICEF"), "CIA FBI Nato Nasa Unicef");
  EXPECT_EQ(say("I"), "I");
}

TEST(Address, ReadsStreets) {
  EXPECT_EQ(say("Nancy lived on 1428 Elm St."), "Nancy lived on fourteen twenty eight Elm Street.");
  EXPECT_EQ(say("708 N 1st St, San City"), "seven zero eight North first Street, San City");
  EXPECT_EQ(say("123 Smth St, City, NY"), "one twenty three Smth Street, City, New York");
  EXPECT_EQ(say("1600 Pennsylvania Ave NW, Washington, DC 20500"),
            "sixteen hundred Pennsylvania Avenue Northwest, Washington, D C two zero five zero zero");
  EXPECT_EQ(say("at 2000 Main St. in town"), "at two thousand Main Street in town");
}

TEST(Normalizer, InchMarkOnlyWhenQuotesDoNotPair) {
  EXPECT_EQ(say("a 7\" screen"), "a seven-inch screen");  // before its noun, one adjective
  EXPECT_EQ(say("\"text 7\" text"), "\"text seven\" text");
}

TEST(Language, OtherLanguagesPassThrough) {
  NormalizeConfig german;
  german.language = "de";
  EXPECT_EQ(normalize_text("Am 5. Mai kostet es $20.", german), "Am 5. Mai kostet es $20.");
  NormalizeConfig british;
  british.language = "en-GB";
  EXPECT_EQ(normalize_text("$20", british), "twenty dollars");
}

TEST(Lexicon, AppliesBuiltInAndUserEntries) {
  EXPECT_EQ(say("Qatar won."), "Kuttar won.");
  NormalizeConfig config;
  LexiconParseResult parsed = parse_lexicon("# names\nSerdyukov = Serd yoo koff\ngif = jif\nbad line\nx = [[h@'l@U]]\n");
  EXPECT_EQ(parsed.errors.size(), 2u);
  config.lexicon = parsed.lexicon;
  EXPECT_EQ(normalize_text("Serdyukov saw a GIF.", config), "Serd yoo koff saw a jif.");
  config.use_default_lexicon = false;
  EXPECT_EQ(normalize_text("Qatar", config), "Qatar");
}

TEST(Robustness, HugeNumberIsSummarised) {
  std::string digits(100000, '7');
  std::string spoken = say(digits);
  EXPECT_LT(spoken.size(), 100u);
  EXPECT_EQ(spoken, "a one hundred thousand digit number");
}

TEST(Robustness, RandomBytesNeverCrash) {
  std::uint32_t state = 12345;
  for (int round = 0; round < 200; ++round) {
    std::string bytes;
    for (int k = 0; k < 2000; ++k) {
      state = state * 1664525u + 1013904223u;
      bytes.push_back(static_cast<char>(state >> 24));
    }
    std::string spoken = say(bytes);
    EXPECT_LT(spoken.size(), bytes.size() * 12);
    EXPECT_EQ(spoken.find('\n'), std::string::npos);
  }
}

TEST(Robustness, LongSymbolAndHyphenRuns) {
  std::string hyphens(200000, '-');
  EXPECT_EQ(say(hyphens), hyphens);
  std::string mixed;
  for (int k = 0; k < 50000; ++k) mixed += "1-a/";
  EXPECT_LT(say(mixed).size(), mixed.size() * 12);
  std::string dots;
  for (int k = 0; k < 50000; ++k) dots += "a.";
  EXPECT_FALSE(say(dots).empty());
}

TEST(Robustness, InvalidUtf8BecomesSpaces) {
  EXPECT_EQ(say("ab\xff\xfe cd"), "ab cd");
}

TEST(Cardinal, ReadsOtherThousandsSeparators) {
  EXPECT_EQ(say("1.000.000"), "one million");
  EXPECT_EQ(say("10 000 people"), "ten thousand people");
  EXPECT_EQ(say("2 500 000"), "two million five hundred thousand");
  EXPECT_EQ(say("1.000"), "one point o o o");  // one group alone is a decimal
  EXPECT_EQ(say("+5"), "plus five");
}

TEST(Money, AdjectivalAmountsTakeTheSingular) {
  EXPECT_EQ(say("the $5 million plan"), "the five-million-dollar plan");
  EXPECT_EQ(say("a $3.5-billion deal"), "a three-point-five-billion-dollar deal");
  EXPECT_EQ(say("the $5 million was spent"), "the five million dollars was spent");
  EXPECT_EQ(say("US$ 54"), "fifty four US dollars");
  EXPECT_EQ(say("5\u00a2"), "five cents");
}

TEST(Fraction, MonthDayAndSeasons) {
  EXPECT_EQ(say("10/31"), "October thirty first");
  EXPECT_EQ(say("3/4"), "three quarters");
  EXPECT_EQ(say("11/16"), "eleven sixteenths");
  // A year and the next: a season, joined by "to" as "2019-20" is (year_periods.cpp).
  EXPECT_EQ(say("2019/20"), "twenty nineteen to twenty");
  EXPECT_EQ(say("\u00bd"), "one half");
}

TEST(Roman, ReadsLargeNumeralsOnlyAfterCountingWords) {
  EXPECT_EQ(say("Super Bowl LIV"), "Super Bowl fifty four");
  EXPECT_EQ(say("Chapter XLII"), "Chapter forty two");
  EXPECT_EQ(say("Henry VIII"), "Henry the eighth");
  EXPECT_EQ(say("Washington DC"), "Washington D.C");
  EXPECT_EQ(say("Episode VI"), "Episode six");
}

TEST(Telephone, ReadsSpacedAndLocalNumbers) {
  EXPECT_EQ(say("555-1234"), "five five five, one two three four");
  EXPECT_EQ(say("+44 20 7946 0958"), "plus forty four, two zero, seven nine four six, zero nine five eight");
  EXPECT_EQ(say("123 456 7890"), "one two three, four five six, seven eight nine zero");
  EXPECT_EQ(say("100-1000"), "one hundred to one thousand");  // an exchange never starts with 1
  EXPECT_EQ(say("(800) 555 0199"), "(eight hundred), five five five, zero one nine nine");
  EXPECT_EQ(say("020 7946 0958"), "zero two zero, seven nine four six, zero nine five eight");
  EXPECT_EQ(say("+33 1 23 45 67 89"), "plus thirty three, one, two three, four five, six seven, eight nine");
  EXPECT_EQ(say("1234-5678-9012-3456"), "one two three four, five six seven eight, nine zero one two, three four five six");
}

TEST(Measure, PowersAreasAndDimensions) {
  EXPECT_EQ(say("10^3"), "ten to the third");
  EXPECT_EQ(say("40 sq ft"), "forty square feet");
  EXPECT_EQ(say("3.5 x 4.5 m"), "three point five by four point five meters");
  EXPECT_EQ(say("10 MB/s"), "ten megabytes per second");
  EXPECT_EQ(say("9.30am"), "nine thirty AM");
}

TEST(Address, CityOfSeveralWordsAndZip) {
  EXPECT_EQ(say("55 Water St., New York, NY 10041"),
            "fifty five Water Street, New York, New York one zero zero four one");
}

TEST(Cardinal, NumberSign) {
  EXPECT_EQ(say("a #1 hit"), "a number one hit");
  EXPECT_EQ(say("#MeToo"), "hashtag MeToo");
}

}  // namespace briefcast

namespace briefcast {

TEST(Normalizer, TypesetHyphensReadAsHyphens) {
  // U+2010 hyphen, U+2011 non-breaking hyphen, U+2012 figure dash.
  EXPECT_EQ(normalize_text("a 12\u2010week course"), "a twelve week course");
  EXPECT_EQ(normalize_text("from 1990\u20111994"), "from nineteen ninety to nineteen ninety four");
  EXPECT_EQ(normalize_text("dial 555\u20127310"), "dial five five five, seven three one zero");
  EXPECT_EQ(normalize_text("a well\u2010known name"), "a well-known name");
}

}  // namespace briefcast

namespace briefcast {

TEST(Normalizer, DatelinePlaceBeforeADashIsWords) {
  EXPECT_EQ(normalize_text("SAN DIEGO \u2014 The port reopened."), "San Diego \u2014 The port reopened.");
  EXPECT_EQ(normalize_text("EL PASO - Crews worked."), "El Paso - Crews worked.");
  EXPECT_EQ(normalize_text("NEW ORLEANS -- Crews worked."), "New Orleans -- Crews worked.");  // a typed em dash
  // One capital word before a dash may be an initialism and is left as it is.
  EXPECT_EQ(normalize_text("FBI \u2014 The inquiry widened."), "FBI \u2014 The inquiry widened.");
}

}  // namespace briefcast

namespace briefcast {

TEST(Normalizer, FootnotesAndReferences) {
  EXPECT_EQ(say("approved.* Later"), "approved. Later");
  EXPECT_EQ(say("Smith &amp; Sons"), "Smith and Sons");
  EXPECT_EQ(say("the city&#8217;s"), "the city\u2019s");
  EXPECT_EQ(say("D.C.'s schools"), "D.C.'s schools");
}

TEST(Normalizer, LabelsAndLongCapitalsAreWords) {
  EXPECT_EQ(normalize_text("May 3: THEFT \u2013 A bike was taken"), "May third: THEFT \u2013 A bike was taken");
  EXPECT_EQ(normalize_text("a SCHEDULE change"), "a SCHEDULE change");
  EXPECT_EQ(normalize_text("the NHTSA said"), "the N.H.T.S.A said");
}

TEST(Normalizer, AnBeforeAFigureSaidWithAVowel) {
  EXPECT_EQ(say("a $8 ticket"), "an eight-dollar ticket");
  EXPECT_EQ(say("A 11-day strike ended."), "An eleven day strike ended.");
  EXPECT_EQ(say("a 18% cut and a 7% rise"), "an eighteen-percent cut and a seven-percent rise");
  EXPECT_EQ(say("a eightfold rise"), "an eightfold rise");
  EXPECT_EQ(say("plan a 1 day trip"), "plan a one day trip");
}

TEST(Normalizer, InchMarksWithEvenQuotes) {
  // Two figures with inch marks pair up as quotes would; neither closes a quotation.
  EXPECT_EQ(say("a crate 30\" deep and 12\" tall"), "a crate thirty inches deep and twelve inches tall");
  // A quotation that ends on a figure keeps its closing mark.
  EXPECT_EQ(say("she chose \"Gate 9\" again"), "she chose \"Gate nine\" again");
}

}  // namespace briefcast

namespace briefcast {

TEST(Normalizer, TheArticleAgreesWithTheNumberWordSaid) {
  EXPECT_EQ(normalize_text("an 0-3 deficit"), "a zero to three deficit");
  EXPECT_EQ(normalize_text("an 1,200-seat hall"), "a twelve hundred seat hall");
  EXPECT_EQ(normalize_text("an 18-hole course"), "an eighteen hole course");
  EXPECT_EQ(normalize_text("a 80-page file"), "an eighty page file");
  EXPECT_EQ(normalize_text("an honest man"), "an honest man");
}

}  // namespace briefcast

namespace briefcast {

TEST(Lexicon, DefaultRespellsAMedicalAcronymSaidAsAWord) {
  // eSpeak NG says "GERD" with a soft g; people say it with a hard one.
  EXPECT_EQ(normalize_text("a patient with GERD and ulcers"), "a patient with Gurd and ulcers");
  // eSpeak NG says "DeFi" as "defy"; people say "dee-fye".
  EXPECT_EQ(normalize_text("a DeFi lending pool"), "a DeeFye lending pool");
}

TEST(Normalizer, ABulletBetweenWordsPausesAsADash) {
  EXPECT_EQ(normalize_text("FT. WAYNE \u2022 Two boats sank near the dock on the lake early today."),
            "Fort Wayne \u2014 Two boats sank near the dock on the lake early today.");
  EXPECT_EQ(normalize_text("\u2022 Two boats sank"), "\u2022 Two boats sank");  // a list's mark opens the line
}

}  // namespace briefcast

namespace briefcast {

TEST(Normalizer, CircaGluedToAFigure) {
  EXPECT_EQ(normalize_text("valued at c.\u00a340m last year"), "valued at about forty million pounds last year");
  EXPECT_EQ(normalize_text("a chapel of c.1720"), "a chapel of circa seventeen twenty");
}

TEST(Normalizer, AlmostEqualSignBeforeAFigureIsAbout) {
  EXPECT_EQ(normalize_text("costs rose \u22486% this year"), "costs rose about six percent this year");
}

// A byline's name in capitals is said as words, not spelled.
TEST(Normalizer, BylineNameInCapitalsIsWords) {
  EXPECT_EQ(normalize_text("By Rosa Quill and ADA MOSS"), "By Rosa Quill and Ada Moss");
}

TEST(Normalizer, AbbreviationPeriodBeforeACommaIsDropped) {
  EXPECT_EQ(normalize_text("Pens, pads, etc., were sold."), "Pens, pads, et cetera, were sold.");
  EXPECT_EQ(normalize_text("It opens at 9 a.m., then shuts."), "It opens at nine AM, then shuts.");
}

TEST(Normalizer, ArticleAgreesWithAComparisonSaidInWords) {
  EXPECT_EQ(normalize_text("They saw a \u22655-point rise."), "They saw an at least five point rise.");
  EXPECT_EQ(normalize_text("They saw a >5% rise."), "They saw a more than five percent rise.");
}

}  // namespace briefcast
