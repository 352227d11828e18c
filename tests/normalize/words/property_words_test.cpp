// The words of property listings and lettings.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(PropertyWords, OffersOnAPrice) {
  EXPECT_EQ(normalize_text("The cottage is marketed OIEO £310,000."),
            "The cottage is marketed offers in excess of three hundred ten thousand pounds.");
  EXPECT_EQ(normalize_text("The barn is for sale at OIRO £95,000."),
            "The barn is for sale at offers in the region of ninety five thousand pounds.");
}

TEST(PropertyWords, WeekCommencing) {
  EXPECT_EQ(normalize_text("Viewings open w/c 3 March for buyers."), "Viewings open week commencing the third of March for buyers.");
  EXPECT_EQ(normalize_text("Works start w/c Monday next."), "Works start week commencing Monday next.");
}

TEST(PropertyWords, AWheelchairToiletIsNoWeek) {
  EXPECT_EQ(normalize_text("The cafe has a w/c on the ground floor."), "The cafe has a w slash c on the ground floor.");
}

TEST(PropertyWords, BedroomsAndBathrooms) {
  EXPECT_EQ(normalize_text("A 3 bd/2.5 ba ranch came to market."),
            "A three-bedroom, two-and-a-half-bathroom ranch came to market.");
  EXPECT_EQ(normalize_text("The flat has 2bd/1ba."), "The flat has two bedrooms and one bathroom.");
}

TEST(PropertyWords, OtherSlashedFiguresAreNoRooms) {
  EXPECT_EQ(normalize_text("The odds were 3/2 by the break.").find("room"), std::string::npos);
  EXPECT_EQ(normalize_text("Route 4 bd/3 closes.").find("bedroom"), std::string::npos);
}

TEST(PropertyWords, DwellingsPerHectareAmongHousingWords) {
  EXPECT_EQ(normalize_text("The scheme builds 45 homes at 40 dph on the edge of town."),
            "The scheme builds forty five homes at forty dwellings per hectare on the edge of town.");
  // Without a word of housing the letters are left to the engine.
  EXPECT_EQ(normalize_text("The forum had 40 dph posts."), "The forum had forty dph posts.");
}

TEST(PropertyWords, AcresWithTheirPeriod) {
  EXPECT_EQ(normalize_text("The bungalow sits on 1.3 ac., close to the shops."),
            "The bungalow sits on one point three acres, close to the shops.");
}

TEST(PropertyWords, FloorAfterAnOrdinal) {
  EXPECT_EQ(normalize_text("The office on the 12th fl. is let."), "The office on the twelfth floor is let.");
  EXPECT_EQ(normalize_text("Water came in on the 3rd flr overnight."), "Water came in on the third floor overnight.");
}

TEST(PropertyWords, GroundAndYear) {
  EXPECT_EQ(normalize_text("The shop on the gnd floor is vacant."), "The shop on the ground floor is vacant.");
  EXPECT_EQ(normalize_text("The lease has a break at yr 5 for the tenant."),
            "The lease has a break at year five for the tenant.");
}

TEST(PropertyWords, RentableSquareFeet) {
  EXPECT_EQ(normalize_text("The campus adds 2.5M RSF of labs."), "The campus adds two point five million rentable square feet of labs.");
  EXPECT_EQ(normalize_text("The tower offers 420,000 USF."), "The tower offers four hundred twenty thousand usable square feet.");
  // A small figure before the letters is a count of the press group's reports.
  EXPECT_EQ(normalize_text("The 12 RSF reports cite arrests.").find("square"), std::string::npos);
}

}  // namespace briefcast
