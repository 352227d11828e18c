// A currency named by letters with no figure against them, a country's letters before a
// currency's word, the CFA franc, and dollars named by any country's prefix before "$".
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(CurrencyWords, CodeAsNounIsSaidByName) {
  EXPECT_EQ(normalize_text("Fees are two cents per USD charged."), "Fees are two cents per US dollar charged.");
  EXPECT_EQ(normalize_text("Exporters were paid in EUR, not in francs."), "Exporters were paid in euros, not in francs.");
}

TEST(CurrencyWords, CodeBesideFigureOrOtherInitialsStays) {
  EXPECT_EQ(normalize_text("It cost USD 40 in all."), "It cost forty dollars in all.");
  EXPECT_EQ(normalize_text("She drew it in CAD first."), "She drew it in C.A.D first.");
  EXPECT_EQ(normalize_text("bets in favour of EUR puts"), "bets in favour of E.U.R puts");
}

TEST(CurrencyWords, CodeThatIsAlsoInitialsStaysLettersUnlessItsCurrencyIsNamed) {
  EXPECT_EQ(normalize_text("The UAH record shows a warm spring."), "The U.A.H record shows a warm spring.");
  EXPECT_EQ(normalize_text("Drivers asked about the RON rating."), "Drivers asked about the R.O.N rating.");
  EXPECT_EQ(normalize_text("Labels now follow the GHS, inspectors said."), "Labels now follow the G.H.S, inspectors said.");
}

TEST(CurrencyWords, CountryLettersBeforeCents) {
  EXPECT_EQ(normalize_text("Margins rose to 41.5 HK cents a share."),
            "Margins rose to forty one point five Hong Kong cents a share.");
  EXPECT_EQ(normalize_text("a loss of 3 NZ cents"), "a loss of three New Zealand cents");
}

TEST(CurrencyWords, CfaFranc) {
  EXPECT_EQ(normalize_text("Growers got 900 F CFA a kilo."), "Growers got nine hundred CFA francs a kilo.");
  EXPECT_EQ(normalize_text("a budget of 2 billion FCFA"), "a budget of two billion CFA francs");
  // A lone "F" after a figure is no franc without the letters after it.
  EXPECT_EQ(normalize_text("It was 30 F outside.").find("franc"), std::string::npos);
}

TEST(DollarCountries, AnyCountryPrefixBeforeTheSign) {
  EXPECT_EQ(normalize_text("a stake worth CA$4.5m today"), "a stake worth four point five million Canadian dollars today");
  EXPECT_EQ(normalize_text("It raised SG$30m last year."), "It raised thirty million Singapore dollars last year.");
  EXPECT_EQ(normalize_text("tickets at MX$250 each"), "tickets at two hundred fifty Mexican pesos each");
}

TEST(DollarCountries, OnlyKnownLettersAndCapitalsApart) {
  // Letters no country writes before "$" stay as they were.
  EXPECT_EQ(normalize_text("about QQ$5 of"), "about QQ dollar five of");
  // "Can" apart from the sign is the verb.
  EXPECT_EQ(normalize_text("Can $40 buy a seat?"), "Can forty dollars buy a seat?");
  EXPECT_EQ(normalize_text("a CA $9 million grant"), "a nine-million-Canadian-dollar grant");
}

TEST(CurrencyWords, CountryDollarSignAloneIsTheCurrencysName) {
  EXPECT_EQ(normalize_text("Exporters gained from a softer NZ$ this week."),
            "Exporters gained from a softer New Zealand dollar this week.");
  EXPECT_EQ(normalize_text("The A$ slipped against the yen."), "The Australian dollar slipped against the yen.");
  EXPECT_EQ(normalize_text("Contracts are settled in C$."), "Contracts are settled in Canadian dollars.");
  // With a figure after it the sign opens an amount.
  EXPECT_EQ(normalize_text("It cost A$ 40 a head."), "It cost forty Australian dollars a head.");
}

TEST(CurrencyWords, CfaFrancsInEveryShape) {
  EXPECT_EQ(normalize_text("Cashew fetched CFA 375/kg this week."), "Cashew fetched three hundred seventy five CFA francs per kilogram this week.");
  EXPECT_EQ(normalize_text("a fee of 2,500 CFA francs"), "a fee of two thousand five hundred CFA francs");
  EXPECT_EQ(normalize_text("a fee of 2,500 FCFA"), "a fee of two thousand five hundred CFA francs");
  EXPECT_EQ(normalize_text("a CFA 1.5bn road loan"), "a one-point-five-billion-CFA-franc road loan");
  // An analyst's charter before a year or a count stays letters.
  EXPECT_EQ(normalize_text("She sat the CFA 2025 exam.").find("franc"), std::string::npos);
  EXPECT_EQ(normalize_text("The CFA 3,000 members met in Lyon.").find("franc"), std::string::npos);
}

}  // namespace briefcast
