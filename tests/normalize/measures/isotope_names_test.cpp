// Radionuclides written as symbol, hyphen and mass number.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(IsotopeNames, TwoLetterSymbolAnywhere) {
  EXPECT_EQ(normalize_text("Milk samples showed Sr-90 and Cs-134."),
            "Milk samples showed strontium ninety and caesium one thirty four.");
}

TEST(IsotopeNames, OneLetterSymbolOnlyBesideRadiation) {
  EXPECT_EQ(normalize_text("The reactor burns fuel enriched in U-238 and U-235."),
            "The reactor burns fuel enriched in uranium two thirty eight and uranium two thirty five.");
  // A submarine, a road and a mass number outside an element's isotopes stay as they were.
  EXPECT_EQ(normalize_text("The wreck of U-235 lies off Norway.").find("uranium"), std::string::npos);
  EXPECT_EQ(normalize_text("Take the C-14 towards the coast.").find("carbon"), std::string::npos);
  EXPECT_EQ(normalize_text("The Cs-9 model ships in May.").find("caesium"), std::string::npos);
}

TEST(IsotopeNames, OneLetterSymbolNeedsAWordOfRadioactivity) {
  EXPECT_EQ(normalize_text("Soil near the plant had C-14 and H-3, both radioactive."),
            "Soil near the plant had carbon fourteen and hydrogen three, both radioactive.");
  // Fuel, a nuclear carrier, uranium or "enriched" alone name no isotope: roads, jets and ships.
  EXPECT_EQ(normalize_text("A jet fuel leak shut the I-125 near Dubuque.").find("iodine"), std::string::npos);
  EXPECT_EQ(normalize_text("The nuclear carrier launched an F-18 at dawn.").find("fluorine"), std::string::npos);
  EXPECT_EQ(normalize_text("Depleted uranium shells were found near the K-40 depot.").find("potassium"),
            std::string::npos);
  EXPECT_EQ(normalize_text("The enriched mix was flown in a C-11 cargo plane.").find("carbon"), std::string::npos);
}

TEST(IsotopeNames, OneLetterSymbolBeforeANounIsACode) {
  // A noun right after the code names what the code is: a road, a hull, a launcher.
  EXPECT_EQ(normalize_text("Radiation checks held up traffic on the I-131 highway.").find("iodine"), std::string::npos);
  EXPECT_EQ(normalize_text("The U-233 hull was scanned for radioactivity.").find("uranium"), std::string::npos);
}

TEST(IsotopeNames, StableOrUnknownMassNumbersStayCodes) {
  // "C-12", "C-13", "H-2" are stable, "I-127" is iodine's stable one and "I-128" names nothing here.
  EXPECT_EQ(normalize_text("The C-12 flew over the reactor site.").find("carbon"), std::string::npos);
  EXPECT_EQ(normalize_text("Radiation monitors lined the H-2 after the leak.").find("hydrogen"), std::string::npos);
  EXPECT_EQ(normalize_text("Radiation crews closed the I-128 on Friday.").find("iodine"), std::string::npos);
}

TEST(IsotopeNames, AfterAnArticleOrANameAOneLetterCodeIsACraft) {
  // Radiation words in the line, but the code follows "a", "the" or a capitalised word.
  EXPECT_EQ(normalize_text("Near the reactor, a U-234 surfaced.").find("uranium"), std::string::npos);
  EXPECT_EQ(normalize_text("The Dutch U-238 sank; radiation checks followed.").find("uranium"), std::string::npos);
  EXPECT_NE(normalize_text("Traces of I-125 were found, the radiation agency said.").find("iodine one twenty five"),
            std::string::npos);
}

TEST(IsotopeNames, ACapitalOpeningTheSentenceIsNoName) {
  EXPECT_NE(normalize_text("Airborne I-131 rose, the radiation office said.").find("iodine one thirty one"), std::string::npos);
}

}  // namespace briefcast
