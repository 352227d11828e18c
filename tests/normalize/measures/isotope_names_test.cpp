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

}  // namespace briefcast
