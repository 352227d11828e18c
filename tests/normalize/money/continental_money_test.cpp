// Money printed with a decimal comma, thousands points or the sign after the figure.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(ContinentalMoney, DecimalCommaWithTwoFigures) {
  EXPECT_EQ(normalize_text("A bus ticket costs €2,40 and a coffee €0,95 in Lyon."),
            "A bus ticket costs two euros forty cents and a coffee ninety five euro cents in Lyon.");
  EXPECT_EQ(normalize_text("The blender sells for €249,00 online."), "The blender sells for two hundred forty nine euros online.");
  EXPECT_EQ(normalize_text("A kilo of cheese costs EUR 18,75."), "A kilo of cheese costs eighteen euros seventy five cents.");
  EXPECT_EQ(normalize_text("The guide lists 7,20 EUR for the museum."), "The guide lists seven euros twenty cents for the museum.");
}

TEST(ContinentalMoney, DecimalCommaBeforeAScale) {
  EXPECT_EQ(normalize_text("The club lost €5,7 mln and its rival €1,25bn."),
            "The club lost five point seven million euros and its rival one point two five billion euros.");
}

TEST(ContinentalMoney, SignAfterTheFigure) {
  EXPECT_EQ(normalize_text("A day pass is 14,50 € and a week pass 60 € at the lake."),
            "A day pass is fourteen euros fifty cents and a week pass sixty euros at the lake.");
  EXPECT_EQ(normalize_text("The used car went for 3.900 € in Graz."), "The used car went for three thousand nine hundred euros in Graz.");
  EXPECT_EQ(normalize_text("Members get a 15 € discount."), "Members get a fifteen-euro discount.");
  // A sign after the figure is the continental habit whatever the currency.
  EXPECT_EQ(normalize_text("The visa costs 1.200 $ now."), "The visa costs one thousand two hundred dollars now.");
  EXPECT_EQ(normalize_text("The strings drifted 1 \u00a2 and then 4 \u00a2 flat."), "The strings drifted one cent and then four cents flat.");
}

TEST(ContinentalMoney, FeetBesideHungaryStayFeet) {
  // "Ft" is also feet: the forint's sign needs the forint named, or Hungary and a word of paying.
  EXPECT_EQ(normalize_text("Hungary raises 13 Ft wall along its border."), "Hungary raises thirteen feet wall along its border.");
  EXPECT_EQ(normalize_text("Over Hungary the jet climbed to 30,000 Ft and levelled off."),
            "Over Hungary the jet climbed to thirty thousand feet and levelled off.");
  EXPECT_EQ(normalize_text("Parking in Hungary's capital costs 600 Ft an hour."),
            "Parking in Hungary's capital costs six hundred forints an hour.");
  EXPECT_EQ(normalize_text("The forint slid past 400 Ft to the euro."), "The forint slid past four hundred forints to the euro.");
}

TEST(ContinentalMoney, ThousandsPoint) {
  EXPECT_EQ(normalize_text("The landlord wants €1.450 a month for the flat."),
            "The landlord wants one thousand four hundred fifty euros a month for the flat.");
  EXPECT_EQ(normalize_text("The grant was R$3.500 per student."), "The grant was three thousand five hundred reais per student.");
}

TEST(ContinentalMoney, EnglishFiguresAndListsStay) {
  // A comma before three figures is an English thousands group.
  EXPECT_EQ(normalize_text("The repair cost €3,150 in total."), "The repair cost three thousand one hundred fifty euros in total.");
  // Spaced figures after a comma are a list; one figure without a scale may be one too.
  EXPECT_EQ(normalize_text("Menus at €9, 12 and 15 were offered."), "Menus at nine euros, twelve and fifteen were offered.");
  // A price of fuel or energy is quoted to three places.
  EXPECT_EQ(normalize_text("Diesel climbed to €1.739 on Friday."), "Diesel climbed to one point seven three nine euros on Friday.");
  EXPECT_EQ(normalize_text("Power costs €1.120 per kWh at peak."),
            "Power costs one euro twelve cents per kilowatt hour at peak.");
  EXPECT_EQ(normalize_text("Its shares traded at €4.125 in Milan."), "Its shares traded at four point one two five euros in Milan.");
  // Pounds and dollars are never parted with points.
  EXPECT_EQ(normalize_text("The stock closed at $2.375 on Monday."), "The stock closed at two point three seven five dollars on Monday.");
}

TEST(ContinentalMoney, FuelPriceAfterTheFigureStaysADecimal) {
  // The fuel word far before the figure still tells of a price to three places.
  EXPECT_EQ(normalize_text("Diesel in Lisbon climbed again to 1.749 € a litre."),
            "Diesel in Lisbon climbed again to one point seven four nine euros a litre.");
  EXPECT_EQ(normalize_text("Unleaded averaged €1.689 / litre in May."),
            "Unleaded averaged one point six eight nine euros per litre in May.");
}

TEST(ContinentalMoney, PointBeforeAScaleIsADecimal) {
  // English copy gives a bond's size to three places before its scale.
  EXPECT_EQ(normalize_text("The state placed a €1.750 million bond."),
            "The state placed a one-point-seven-five-zero-million-euro bond.");
  EXPECT_EQ(normalize_text("The airport spent €1.750 on signs."), "The airport spent one thousand seven hundred fifty euros on signs.");
}

TEST(ContinentalMoney, RankBeforeTheFigureIsNoAmount) {
  // After a word of rank or place the figure counts or numbers, and the sign is the noun's.
  EXPECT_EQ(normalize_text("The list names the top 20 $ fundraisers of the year."),
            "The list names the top twenty dollar fundraisers of the year.");
  EXPECT_EQ(normalize_text("Table 4 € yields are below."), "Table four euro yields are below.");
  // Without such a word the figure is the amount that qualifies the noun.
  EXPECT_EQ(normalize_text("Diners pay a 20 $ cover charge."), "Diners pay a twenty-dollar cover charge.");
}

TEST(ContinentalMoney, SignAgainstAPointGroupedFigure) {
  EXPECT_EQ(normalize_text("Der Bonus von 2.000€ wird im Mai gezahlt."),
            "Der Bonus von two thousand euros wird im Mai gezahlt.");
  EXPECT_EQ(normalize_text("The used scooter fetched 1.350R$ in Recife."),
            "The used scooter fetched one thousand three hundred fifty reais in Recife.");
  // A fuel price keeps its decimal, and a figure with no thousands point is left to the sign rules.
  EXPECT_EQ(normalize_text("Diesel stood at 1.699€ a litre."), "Diesel stood at one point six nine nine euros a litre.");
  EXPECT_EQ(normalize_text("A coffee costs 2.50€ here."), "A coffee costs two euros fifty cents here.");
  // A rate word near a figure of tens of thousands is no fuel price to three places.
  EXPECT_EQ(normalize_text("At that rate the repairs ran to 12.000€ in all."),
            "At that rate the repairs ran to twelve thousand euros in all.");
  EXPECT_EQ(normalize_text("The monthly rate is low and the fee 3.000 € at most."),
            "The monthly rate is low and the fee three thousand euros at most.");
}

TEST(ContinentalMoney, NoBreakSpaceBeforeTheSign) {
  // French and German type put a no-break space between the figure and its sign.
  EXPECT_EQ(normalize_text("Le ticket coûte 1,90\u00a0€ et le pass 84\u202f€."),
            "Le ticket coûte one euro ninety cents et le pass eighty four euros.");
}

TEST(ContinentalMoney, DashForTheCentsIsAWholeAmount) {
  EXPECT_EQ(normalize_text("De scooter kost € 2.149,- bij de dealer."), "De scooter kost two thousand one hundred forty nine euros bij de dealer.");
  EXPECT_EQ(normalize_text("Die Miete beträgt 1.100,\u2013 € warm."), "Die Miete beträgt one thousand one hundred euros warm.");
  EXPECT_EQ(normalize_text("Lessen kosten €35,- per uur."), "Lessen kosten thirty five euros per uur.");
  // Without a sign the dash is left alone: no amount is named.
  EXPECT_EQ(normalize_text("Het werd 2,- voor de thuisploeg."), "Het werd two , voor de thuisploeg.");
}

TEST(ContinentalMoney, SpacedSignBeforeAPointGroupedFigure) {
  EXPECT_EQ(normalize_text("Het appartement kost € 1.850 per maand."),
            "Het appartement kost one thousand eight hundred fifty euros per maand.");
  // A fuel price keeps its decimal, and a scale after it makes the point a decimal.
  EXPECT_EQ(normalize_text("Benzine kost € 1.949 per liter."), "Benzine kost one point nine four nine euros per liter.");
  EXPECT_EQ(normalize_text("De club leende € 2.750 miljoen."), "De club leende two point seven five zero million euros.");
}

TEST(ContinentalMoney, OneFigureAfterTheCommaBeforeTheSign) {
  EXPECT_EQ(normalize_text("Ein Kilo Kirschen kostet 8,5 € am Stand."), "Ein Kilo Kirschen kostet eight euros fifty cents am Stand.");
  // Before the sign it may be a list of two prices, and it stays as written.
  EXPECT_EQ(normalize_text("Bids of €4,5 and €6 came in."), "Bids of euro four, five and six euros came in.");
}

TEST(ContinentalMoney, ScaleBetweenTheFigureAndTheSignAfterIt) {
  EXPECT_EQ(normalize_text("Der Bund gibt 2,5 Milliarden € aus."), "Der Bund gibt two point five billion euros aus.");
  EXPECT_EQ(normalize_text("Es kostet 4,8 Mio. € mehr."), "Es kostet four point eight million euros mehr.");
  EXPECT_EQ(normalize_text("a 2,5 million € deal"), "a two-point-five-million-euro deal");
  // No sign after the scale: the figure is left to the other rules.
  EXPECT_EQ(normalize_text("page 3 million € prices").find("three million euros"), std::string::npos);
}

TEST(ContinentalMoney, RateOfExchangeNamedAfterTheFigureStaysADecimal) {
  EXPECT_EQ(normalize_text("Tourists got EUR 1.172 for every pound at the kiosk."),
            "Tourists got one point one seven two euros for every pound at the kiosk.");
  EXPECT_EQ(normalize_text("Holidaymakers got €1.168 for each pound on Monday."),
            "Holidaymakers got one point one six eight euros for each pound on Monday.");
}

}  // namespace briefcast
