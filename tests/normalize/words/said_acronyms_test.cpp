// Acronyms said as words that the word-shape test would spell.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(SaidAcronyms, ListedAcronymsAreSaidAsWords) {
  EXPECT_EQ(normalize_text("Tests found PFAS in three wells."), "Tests found Peefass in three wells.");
  EXPECT_EQ(normalize_text("Applicants sat the IELTS twice."), "Applicants sat the Eye-elts twice.");
  EXPECT_EQ(normalize_text("A MRSA outbreak closed the ward."), "A Mersa outbreak closed the ward.");
  // Respelled the same as the word its letters make, and still not spelled.
  EXPECT_EQ(normalize_text("The TOEFL fee rose."), "The Toefl fee rose.");
}

TEST(SaidAcronyms, InCompoundsAndPossessives) {
  EXPECT_EQ(normalize_text("new PFAS-free coatings"), "new Peefass-free coatings");
  EXPECT_EQ(normalize_text("the HIPAA's reach"), "the Hippa's reach");
}

TEST(SaidAcronyms, UnlistedInitialismsStaySpelled) {
  EXPECT_EQ(normalize_text("The FDIC stepped in."), "The F.D.I.C stepped in.");
}

TEST(SaidAcronyms, WeldingProcesses) {
  EXPECT_EQ(normalize_text("She learned TIG before MIG."), "She learned Tig before Mig.");
}

TEST(SaidAcronyms, GenomeWideStudy) {
  EXPECT_EQ(normalize_text("A GWAS linked two loci to sleep."), "A Gee-wass linked two loci to sleep.");
}

TEST(SaidAcronyms, HallmarkCodeSpelt) {
  EXPECT_EQ(normalize_text("Each ring has a HUID stamp."), "Each ring has a H.U.I.D stamp.");
}

TEST(SaidAcronyms, ListedWordsAndSpeltInitialisms) {
  EXPECT_NE(normalize_text("Two CANDU units restarted.").find("Candoo units"), std::string::npos);
  EXPECT_NE(normalize_text("It rated a 2 on the INES scale.").find("Eeness scale"), std::string::npos);
  EXPECT_NE(normalize_text("The IRDAI issued new rules.").find("I.R.D.A.I"), std::string::npos);
}


TEST(SaidAcronyms, InspectorsAndBeaconsAreSaidAsTheirWords) {
  EXPECT_EQ(normalize_text("APHIS inspectors checked the crates"), "Ehfiss inspectors checked the crates");
  EXPECT_EQ(normalize_text("her EPIRB was registered"), "her Eeperb was registered");
}

}  // namespace briefcast
