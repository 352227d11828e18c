// Cardinal numbers: figures made plural nouns or possessives, a typographic minus sign, figures
// beyond eighteen digits, and zeros after a decimal point.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(PluralNumber, SmallNumbersAsNouns) {
  EXPECT_EQ(normalize_text("the under-12s team"), "the under twelves team");
  EXPECT_EQ(normalize_text("the over-6s"), "the over sixes");
  EXPECT_EQ(normalize_text("100s of fans"), "hundreds of fans");
  EXPECT_EQ(normalize_text("the 32ers"), "the thirty twoers");
  EXPECT_EQ(normalize_text("the 55ers"), "the fifty fivers");
  EXPECT_EQ(normalize_text("in the 90s"), "in the nineties");
}

}  // namespace briefcast

namespace briefcast {

TEST(DecimalDigits, ZeroAfterThePointIsO) {
  EXPECT_EQ(normalize_text("a rate of 4.05"), "a rate of four point o five");
  // Zeros that close the decimals are printed precision, said "zero".
  EXPECT_EQ(normalize_text("grew 0.30 percent"), "grew zero point three zero percent");
  EXPECT_EQ(normalize_text("turnout was 58.400 percent"), "turnout was fifty eight point four zero zero percent");
  EXPECT_EQ(normalize_text("a yield of 2.0060"), "a yield of two point o o six zero");
  EXPECT_EQ(normalize_text("-7.008"), "minus seven point o o eight");
  // A lone ".0" keeps "zero": "point o" alone would sound clipped.
  EXPECT_EQ(normalize_text("version 9.0 of the rules"), "version nine point zero of the rules");
  EXPECT_EQ(normalize_text("it scored 6.0"), "it scored six point zero");
}

}  // namespace briefcast

namespace briefcast {

TEST(Cardinal, TypographicMinusSign) {
  EXPECT_EQ(normalize_text("lows of \u221217 overnight"), "lows of minus seventeen overnight");
  EXPECT_EQ(normalize_text("a \u22120.25 change"), "a minus zero point two five change");
  // Between words it is a symbol, not a sign.
  EXPECT_EQ(normalize_text("x \u2212 y"), "x \u2212 y");
}

}  // namespace briefcast

namespace briefcast {

TEST(Cardinal, BeyondTheEighteenDigitsIcuSpells) {
  // Said group by group with the scale words, zero groups unsaid, like any smaller number.
  EXPECT_EQ(normalize_text("about 40000000000000000000 grains"), "about forty quintillion grains");
  EXPECT_EQ(normalize_text("3,000,000,000,000,000,000,007 stars"), "three sextillion seven stars");
  EXPECT_EQ(normalize_text("-2500000000000000000"), "minus two quintillion five hundred quadrillion");
  EXPECT_EQ(normalize_text("the 70000000000000000000th"), "the seventy quintillionth");
  EXPECT_EQ(normalize_text("the 60000000000000000012th"), "the sixty quintillion twelfth");
  // Past the undecillions a figure is read digit by digit, and a very long one summarised.
  EXPECT_EQ(normalize_text("9999999999999999999999999999999999999"),
            "a thirty seven digit number");
}

}  // namespace briefcast

namespace briefcast {

TEST(Cardinal, FigureWithAPossessive) {
  EXPECT_EQ(normalize_text("2019's floods"), "twenty nineteen's floods");
  EXPECT_EQ(normalize_text("in 2024\u2019s budget"), "in twenty twenty four\u2019s budget");
  EXPECT_EQ(normalize_text("the 1970's"), "the nineteen seventies");  // a decade
}

}  // namespace briefcast

namespace briefcast {

namespace {

std::string say(std::string_view written) { return normalize_text(written); }

}  // namespace

TEST(Cardinal, PluralNumbersOfTwoFigures) {
  EXPECT_EQ(say("tickets for over 60s and under 18s"), "tickets for over sixties and under eighteens");
}

}  // namespace briefcast

namespace briefcast {

TEST(Cardinal, ZerosAfterTheThousandsAreNotSaid) {
  EXPECT_EQ(normalize_text("closed at 12,410.00 points"), "closed at twelve thousand four hundred ten points");
  EXPECT_EQ(normalize_text("closed at 12,410.50 points"), "closed at twelve thousand four hundred ten point five zero points");
  // Two zeros fill a column ("a score of 36.00") and are not said either; one or three are.
  EXPECT_EQ(normalize_text("a 2.00 reading"), "a two reading");
  EXPECT_EQ(normalize_text("a magnitude 5.0 tremor"), "a magnitude five point zero tremor");
}


TEST(Cardinal, SpacedThousandsWithTheUnitGluedToTheLastGroup) {
  EXPECT_EQ(normalize_text("demand hit 2 041MW at six"), "demand hit two thousand forty one megawatts at six");
  EXPECT_EQ(normalize_text("a 4 350km pipeline"), "a four-thousand-three-hundred-fifty-kilometer pipeline");
  // Three races of a hundred meters, not three thousand one hundred meters.
  EXPECT_EQ(normalize_text("won 2 100m heats").find("thousand"), std::string::npos);
}

TEST(Cardinal, SpaceBetweenThousandsGroupsOfAnAmountOrADecimal) {
  EXPECT_EQ(normalize_text("a budget of \u20ac2 316.8 million"), "a budget of two thousand three hundred sixteen point eight million euros");
  EXPECT_EQ(normalize_text("fined $3 750 last year"), "fined three thousand seven hundred fifty dollars last year");
  EXPECT_EQ(normalize_text("some 41 250.5 tonnes"), "some forty one thousand two hundred fifty point five tonnes");
  // A figure after the groups makes a telephone-like number of them.
  EXPECT_EQ(normalize_text("\u00a31 234 5678").find("one thousand"), std::string::npos);
}

TEST(Cardinal, GroupedFigureWithTheNounEnding) {
  EXPECT_NE(normalize_text("all 14 8,000ers").find("eight thousanders"), std::string::npos);
}

}  // namespace briefcast

namespace briefcast {

TEST(SpacedCardinal, CountBeforeASizedPluralStaysApart) {
  // A count before a calibre or size of the things it counts is two figures, not thousands.
  EXPECT_EQ(normalize_text("the navy bought 300 127mm shells last year"),
            "the navy bought three hundred one-hundred-twenty-seven-millimeter shells last year");
  // A measure in spaced thousands that ends the clause still joins its groups.
  EXPECT_EQ(normalize_text("the plant can supply 3 028MW."), "the plant can supply three thousand twenty eight megawatts.");
}

TEST(Cardinal, OneOfANumberedClass) {
  EXPECT_EQ(normalize_text("She sails a 49er at the club."), "She sails a forty niner at the club.");
}

// After a number sign, five figures or a leading zero make an identifier, said figure by figure.
TEST(Cardinal, NumberSignBeforeAnIdentifier) {
  EXPECT_EQ(normalize_text("Ticket #04417 won the draw."), "Ticket number zero four four one seven won the draw.");
  EXPECT_EQ(normalize_text("Case #3381920 was closed."), "Case number three three eight one nine two zero was closed.");
  // A rank or a short count stays a number.
  EXPECT_EQ(normalize_text("The #12 car led."), "The number twelve car led.");
  // A round figure is a rank, no order's number.
  EXPECT_EQ(normalize_text("The site ranks #10000 in the world."), "The site ranks number ten thousand in the world.");
}

}  // namespace briefcast
