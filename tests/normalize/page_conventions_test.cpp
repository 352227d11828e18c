// A page's conventions of figures and dates, read once and used by every class.
#include "normalize/page_conventions.h"

#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

using rules::infer_page_conventions;

TEST(PageConventions, FiguresThatReadOneWayTellTheDecimalMark) {
  EXPECT_EQ(infer_page_conventions("Rents rose 4,5 % over the year.", "en").decimal_mark, ',');
  EXPECT_EQ(infer_page_conventions("The city counted 2.345.678 visitors.", "en").decimal_mark, ',');
  EXPECT_EQ(infer_page_conventions("Rents rose 4.5 % over the year.", "en").decimal_mark, '.');
  // "3,150" and "1.859" read either way and tell nothing.
  EXPECT_FALSE(infer_page_conventions("The club sold 3,150 seats at 1.859 each.", "en").decimal_mark);
}

TEST(PageConventions, PlacesTellDateOrderAndSpacesButNotTheDecimalMark) {
  auto lisbon = infer_page_conventions("The fair in Lisbon drew crowds.", "en");
  EXPECT_EQ(lisbon.day_first, true);
  EXPECT_FALSE(lisbon.decimal_mark);  // English copy about Lisbon writes English figures
  EXPECT_EQ(infer_page_conventions("The plant in Texas reopened.", "en").day_first, false);
  EXPECT_EQ(infer_page_conventions("Fares in Durban went up.", "en").space_thousands, true);
  // Two places that disagree leave the order open.
  EXPECT_FALSE(infer_page_conventions("Flights from London to Chicago resumed.", "en").day_first);
}

TEST(PageConventions, TheLanguageTagComesFirst) {
  EXPECT_EQ(infer_page_conventions("Prices rose.", "en-ZA").space_thousands, true);
  EXPECT_EQ(infer_page_conventions("Prices rose in Ohio.", "en-GB").day_first, true);
}

TEST(PageConventions, DateOrderFollowsThePlaceNamed) {
  EXPECT_EQ(normalize_text("The Lisbon regatta starts on 09/06/2026."),
            "The Lisbon regatta starts on the ninth of June twenty twenty six.");
  EXPECT_EQ(normalize_text("The order ships 05/06/26 from Texas, priced at \u00a340."),
            "The order ships May sixth twenty twenty six from Texas, priced at forty pounds.");
  EXPECT_EQ(normalize_text("Under COSHH the audit was signed off on 04/03/2025."),
            "Under C.O.S.H.H the audit was signed off on the fourth of March twenty twenty five.");
}

TEST(PageConventions, ADayAndMonthAfterFromOnADayFirstPage) {
  EXPECT_EQ(normalize_text("Parking in Rome will cost more from 1/9, the council said."),
            "Parking in Rome will cost more from the first of September, the council said.");
  // With no place, or as a span of shares, it stays a fraction.
  EXPECT_EQ(normalize_text("Turnout rose from 1/3 to 1/2 in Rome."), "Turnout rose from one third to one half in Rome.");
  EXPECT_EQ(normalize_text("The share fell from 1/9 last year."), "The share fell from one ninth last year.");
}

}  // namespace briefcast

namespace briefcast {

TEST(PageConventions, AShareAfterFromStaysAShareOnADayFirstPage) {
  // The whole it is a share of, or a span to a share in words, makes the pair a share.
  EXPECT_EQ(normalize_text("Cover in Leeds fell from 1/4 of wards to 1/6."),
            "Cover in Leeds fell from one quarter of wards to one sixth.");
  EXPECT_EQ(normalize_text("Since 1/3 of the fleet was grounded in Glasgow, fares rose."),
            "Since one third of the fleet was grounded in Glasgow, fares rose.");
  EXPECT_EQ(normalize_text("Turnout in Dublin climbed from 1/5 to a half."),
            "Turnout in Dublin climbed from one fifth to a half.");
}

TEST(PageConventions, ACityNameThatIsAPersonsTellsNothing) {
  EXPECT_EQ(normalize_text("Sydney Carter opened the gallery on 08/04/2025."),
            "Sydney Carter opened the gallery on August fourth twenty twenty five.");
  EXPECT_EQ(normalize_text("Madrid-born Paris Jackson sang on 09/03/2025 in Nashville."),
            "Madrid-born Paris Jackson sang on September third twenty twenty five in Nashville.");
  EXPECT_FALSE(infer_page_conventions("Denzel Lowe met Ellis Washington.", "en").day_first);
  // A dateline in capitals and a country's adjective still tell.
  EXPECT_EQ(infer_page_conventions("LISBON (Reuters) - Rents rose.", "en").day_first, true);
  EXPECT_EQ(infer_page_conventions("The British Library shut.", "en").day_first, true);
}

TEST(PageConventions, AStateOfTheUnionAfterAForeignCityNamesAnAmericanTown) {
  EXPECT_EQ(normalize_text("Springfield, Illinois, opened the fair on 08/09/2025 after a storm in Cork."),
            "Springfield, Illinois, opened the fair on August ninth twenty twenty five after a storm in Cork.");
  EXPECT_EQ(infer_page_conventions("Fog closed roads in New Zealand.", "en").day_first, true);
}

TEST(PageConventions, TheWritersOwnSpellingOutweighsAPlaceVisited) {
  EXPECT_EQ(normalize_text("The Home Secretary flew to Chicago on 07/03/2025 to discuss neighbourhood policing."),
            "The Home Secretary flew to Chicago on the seventh of March twenty twenty five to discuss neighbourhood "
            "policing.");
  EXPECT_EQ(normalize_text("Ofsted inspected the school on 02/04/2025, a week after staff returned from Florida."),
            "Ofsted inspected the school on the second of April twenty twenty five, a week after staff returned from "
            "Florida.");
  EXPECT_EQ(normalize_text("The minister toured Nevada on 04/03/2025 to sell British beef."),
            "The minister toured Nevada on the fourth of March twenty twenty five to sell British beef.");
}

}  // namespace briefcast

namespace briefcast {

TEST(PageConventions, APlaceNamingAnEventAfterAnArticleStillTells) {
  EXPECT_EQ(rules::infer_page_conventions("Crowds packed the Porto Marathon.", "en").day_first, true);
}

}  // namespace briefcast
