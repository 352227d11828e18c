// Figures written the page's way, read the English way by every class.
#include <gtest/gtest.h>

#include <string>

#include "normalize/normalizer.h"
#include "normalize/page_conventions.h"

namespace briefcast {

TEST(PageFigures, ACommaWithOneOrTwoFiguresBeforeAPercentIsADecimal) {
  EXPECT_EQ(normalize_text("Wages rose by 3,5 % last year."), "Wages rose by three point five percent last year.");
  EXPECT_EQ(normalize_text("Output fell 12,25 % in March."), "Output fell twelve point two five percent in March.");
}

TEST(PageFigures, SwissApostrophesPartThousands) {
  EXPECT_EQ(normalize_text("The watch sold for CHF 4'300.\u2013 at auction."),
            "The watch sold for four thousand three hundred Swiss francs at auction.");
  EXPECT_EQ(normalize_text("The ticket costs CHF 95.\u2013 a day."), "The ticket costs ninety five Swiss francs a day.");
}

TEST(PageFigures, PointThousandsOnADecimalCommaPage) {
  // "R$ 19,90" tells the page writes a decimal comma, so "2.318" is a count.
  EXPECT_EQ(normalize_text("The agency issued 2.318 permits, each at R$ 19,90."),
            "The agency issued two thousand three hundred eighteen permits, each at nineteen reais ninety centavos.");
  EXPECT_EQ(normalize_text("Rent is R$ 3.200 a month."), "Rent is three thousand two hundred reais a month.");
  // A rate per hour glued on is still whole thousands; a price per litre keeps three decimals.
  EXPECT_EQ(normalize_text("Guides charge R$ 2.400 a tour and R$ 1.500/h after that."),
            "Guides charge two thousand four hundred reais a tour and one thousand five hundred reais per hour after that.");
  EXPECT_EQ(normalize_text("Petrol in Lisbon hit \u20ac1.779/l on Monday.").find("thousand"), std::string::npos);
}

TEST(PageFigures, SpacedThousandsOnASouthAfricanPage) {
  EXPECT_EQ(normalize_text("A stand at the Durban show costs R6 500 a day."),
            "A stand at the Durban show costs six thousand five hundred rand a day.");
}

TEST(PageFigures, EnglishFiguresStay) {
  EXPECT_EQ(normalize_text("The stadium sold 3,150 tickets."), "The stadium sold three thousand one hundred fifty tickets.");
  EXPECT_EQ(normalize_text("Diesel hit 1.859 \u20ac a litre in Berlin."),
            "Diesel hit one point eight five nine euros a litre in Berlin.");
  EXPECT_EQ(normalize_text("He scored 4.125 in the vault final."), "He scored four point one two five in the vault final.");
  EXPECT_EQ(normalize_text("Bond yields in Madrid rose to 3.125 %."), "Bond yields in Madrid rose to three point one two five percent.");
  EXPECT_EQ(normalize_text("The side were 245 for 6 in Durban."), "The side were two hundred forty five for six in Durban.");
  EXPECT_EQ(normalize_text("He is 6'2 and plays in Zurich."), "He is six foot two and plays in Zurich.");
}

TEST(PageFigures, AVersionNumberIsNoThousandsOnADecimalCommaPage) {
  // "3,1 %" tells a decimal comma, but a version's points part releases.
  EXPECT_EQ(normalize_text("Spanish CPI rose 3,1 % while firmware 4.200 reached the meters."),
            "Spanish C.P.I rose three point one percent while firmware four point two zero zero reached the meters.");
  EXPECT_EQ(normalize_text("Phones in Lisbon cost \u20ac 2.300; release 5.100 is due.").find("five thousand"), std::string::npos);
}

TEST(PageFigures, PhoneNumbersAndAddressesAreNoThousands) {
  EXPECT_EQ(normalize_text("Call the Durban office on 031 555 204."), "Call the Durban office on zero three one, five five five, two zero four.");
  EXPECT_EQ(normalize_text("The server at 203.118.144.120 went down.").find("thousand"), std::string::npos);
}

TEST(PageFigures, OneSpacedGroupBeforeAUnitOrANoun) {
  EXPECT_EQ(normalize_text("The mill pressed 12 400 t of grapes."), "The mill pressed twelve thousand four hundred tonnes of grapes.");
  EXPECT_EQ(normalize_text("Of 3 275 seedlings planted, most survived."),
            "Of three thousand two hundred seventy five seedlings planted, most survived.");
  EXPECT_EQ(normalize_text("The prize is \u20ac45 000 this year."), "The prize is forty five thousand euros this year.");
  // A number to dial, or a page that writes English thousands: no thousands.
  EXPECT_EQ(normalize_text("Members can phone 131 114 any day.").find("thousand"), std::string::npos);
  EXPECT_EQ(normalize_text("Turnout was 12,450 and 3 100 people left early.").find("three thousand"), std::string::npos);
}

TEST(PageFigures, CommaDecimalsThatReadOneWayOnly) {
  EXPECT_EQ(normalize_text("Readings were 0,18 at dawn."), "Readings were zero point one eight at dawn.");
  EXPECT_EQ(normalize_text("The index fell to 2,35 on Friday."), "The index fell to two point three five on Friday.");
  EXPECT_EQ(normalize_text("The snow lay 1,5 m deep."), "The snow lay one point five meters deep.");
  EXPECT_EQ(normalize_text("It fell to \u221212,5 \u00b0C overnight."),
            "It fell to minus twelve point five degrees Celsius overnight.");
  EXPECT_EQ(normalize_text("The bridge limit is 7,5 t, the council said."), "The bridge limit is seven point five tonnes, the council said.");
  EXPECT_EQ(normalize_text("Glaciers moved 0,8\u20131,3 km a year."), "Glaciers moved zero point eight to one point three kilometers a year.");
  // One figure after a comma with nothing to make it a decimal may be a list.
  EXPECT_EQ(normalize_text("See pages 3,4 and 9.").find("point"), std::string::npos);
  EXPECT_EQ(normalize_text("Rounds 1,2 or 3 were replayed.").find("point"), std::string::npos);
}

TEST(PageFigures, TypesetSpacesBetweenGroupsAreThousands) {
  EXPECT_EQ(rules::typeset_spaces("Of 2\u00a0418 voters"), "Of 2,418 voters");
  EXPECT_EQ(rules::typeset_spaces("a 12\u202f345\u202f678 budget"), "a 12,345,678 budget");
  // A decimal comma after the groups: the continental thousands point, read later.
  EXPECT_EQ(rules::typeset_spaces("3\u2009450,75 t"), "3.450,75 t");
  // Elsewhere an ordinary space: before a unit, between words, after four figures.
  EXPECT_EQ(rules::typeset_spaces("19\u00a0\u00b0C in\u00a0Oslo"), "19 \u00b0C in Oslo");
  EXPECT_EQ(rules::typeset_spaces("2024\u00a0500 cars"), "2024 500 cars");
  EXPECT_EQ(normalize_text("Of 2\u00a0418 voters, most stayed home."),
            "Of two thousand four hundred eighteen voters, most stayed home.");
}

TEST(PageFigures, SpacedGroupsBeforeAUnitSymbolAreOneMeasureOnAnyPage) {
  // The page parts other figures with commas, yet a figure, one group and a unit's symbol read
  // one way only ("t" is a tonne only after a figure).
  EXPECT_EQ(normalize_text("Exports reached 1,250 cargoes and 482 000 t of grain."),
            "Exports reached one thousand two hundred fifty cargoes and four hundred eighty two thousand tonnes of grain.");
  EXPECT_EQ(normalize_text("The van had 131 500 km on the clock when it sold for $8,400."),
            "The van had one hundred thirty one thousand five hundred kilometers on the clock when it sold for eight thousand four hundred dollars.");
}

TEST(PageFigures, ASignedSpacedFigureIsOneNumber) {
  EXPECT_EQ(normalize_text("The shaft reached \u22122 317 m, beating the 2,000-metre record."),
            "The shaft reached minus two thousand three hundred seventeen meters, beating the two thousand metre record.");
}

TEST(PageFigures, SpacedGroupsOnASideOfADimensionAreOneFigure) {
  EXPECT_EQ(normalize_text("The crate, 1 850 \u00d7 900 mm, weighs 4,100 kg.").find("eighteen hundred fifty"), std::string::npos);
  EXPECT_NE(normalize_text("The crate, 1 850 \u00d7 900 mm, weighs 4,100 kg.").find("one thousand eight hundred fifty by"),
            std::string::npos);
}

TEST(PageFigures, SpacedFiguresThatAreNoThousandsStayApart) {
  // A year before a count, a phone number, a figure led by a zero: no thousands.
  EXPECT_EQ(normalize_text("In 2023 400 workers walked out, up from 1,100.").find("twenty twenty three four hundred workers"), 3u);
  EXPECT_NE(normalize_text("Phone 020 7946 0018 about the 2,000 kg load.").find("zero two zero, seven nine four six"),
            std::string::npos);
  EXPECT_EQ(normalize_text("Lot 0 450 t was sold with 1,000 others.").find("four hundred fifty thousand"), std::string::npos);
}

TEST(PageFigures, BothSpacedSidesOfADimensionAreOneFigureEach) {
  // Two spaced figures make the page one that parts thousands with spaces; each side joins.
  EXPECT_EQ(normalize_text("The panel, 1 830 \u00d7 1 250 mm, is sold singly."),
            "The panel, one thousand eight hundred thirty by one thousand two hundred fifty millimeters, is sold singly.");
}

TEST(PageFigures, ASignAloneJoinsNoGroups) {
  // A golfer's score to par then the total, or a low then a height (a round hundred before
  // "m"): two figures.
  EXPECT_EQ(normalize_text("Final round: Hovland -10 270, Schauffele -6 274.").find("thousand"), std::string::npos);
  EXPECT_EQ(normalize_text("Ko ended -5 283 after a closing 71.").find("thousand"), std::string::npos);
  EXPECT_EQ(normalize_text("Lows of -12 900 m up the pass were forecast.").find("thousand"), std::string::npos);
  // With a unit's symbol right after, the signed groups are still one figure.
  EXPECT_NE(normalize_text("The borehole reached \u22123 205 m last week.").find("minus three thousand two hundred five meters"),
            std::string::npos);
}

}  // namespace briefcast
