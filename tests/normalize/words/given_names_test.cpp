// Given names abbreviated before a surname, as old registers and makers' signatures write them.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(GivenNames, SaidInFullBeforeASurname) {
  EXPECT_EQ(normalize_text("A bill of sale signed by Robt. Allardyce in 1802 survives."),
            "A bill of sale signed by Robert Allardyce in eighteen oh two survives.");
  EXPECT_EQ(normalize_text("The barometer is marked Saml. Tunstall, Leeds."),
            "The barometer is marked Samuel Tunstall, Leeds.");
}

TEST(GivenNames, NotBeforeASentenceNorWithoutThePeriod) {
  EXPECT_EQ(normalize_text("The ship was renamed Geo. Then it sank."), "The ship was renamed Geo. Then it sank.");
  EXPECT_EQ(normalize_text("Chas said hello to the band."), "Chas said hello to the band.");
}

// The Irish "Ó" standing alone before a surname is the letter, not the letter and its accent.
TEST(GivenNames, AccentedParticleBeforeASurname) {
  EXPECT_EQ(normalize_text("Captain Pádraig Ó Ceallaigh scored."), "Captain Pádraig O Ceallaigh scored.");
  EXPECT_EQ(normalize_text("It was Áine Ó Dálaigh's horse."), "It was Áine O Dálaigh's horse.");
  EXPECT_EQ(normalize_text("Coach Róisín Ní Fhlatharta and the Uí Bhriain clan."),
            "Coach Róisín Nee Fhlatharta and the Ee Bhriain clan.");
  // Not before a word that is no name.
  EXPECT_EQ(normalize_text("The mark Ó and the mark É differ."), "The mark Ó and the mark É differ.");
}

// Only the Irish particles are read: other accented capitals alone are left to eSpeak NG.
TEST(GivenNames, OtherAccentedCapitalsAreNoParticle) {
  EXPECT_EQ(normalize_text("In Budapest, Á Szabó spoke."), "In Budapest, Á Szabó spoke.");
  EXPECT_EQ(normalize_text("The map showed Ú Brenaill."), "The map showed Ú Brenaill.");
}

}  // namespace briefcast
