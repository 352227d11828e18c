// A capital "N" after a figure is the newton only among words of a force.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(ForceUnits, NewtonsBesideWordsOfForce) {
  EXPECT_EQ(normalize_text("The rope holds 900 N before it breaks."),
            "The rope holds nine hundred newtons before it breaks.");
  EXPECT_EQ(normalize_text("Vests rated 500 N are worn for the stab test."),
            "Vests rated five hundred newtons are worn for the stab test.");
}

TEST(ForceUnits, BeforeANounOneAdjective) {
  EXPECT_EQ(normalize_text("It passed a 2,000 N pull test."), "It passed a two-thousand-newton pull test.");
  EXPECT_EQ(normalize_text("Fencers wear a 350 N bib under the jacket."),
            "Fencers wear a three-hundred-fifty-newton bib under the jacket.");
}

TEST(ForceUnits, ALetterElsewhere) {
  EXPECT_EQ(normalize_text("Take Route 50 N to the coast."), "Take Route fifty N to the coast.");
  EXPECT_EQ(normalize_text("Seat 12 N was empty."), "Seat twelve N was empty.");
  // A compass point beside a word of force is still the point.
  EXPECT_EQ(normalize_text("The storm's force grew at 40 N latitude."), "The storm's force grew at forty N latitude.");
  // A position: the latitude's letter before a longitude.
  EXPECT_EQ(normalize_text("Gale force winds hit the rig at 58 N, 2 E.").find("newton"), std::string::npos);
  // A word that names a force in other senses too needs a word of rating or testing beside it.
  EXPECT_EQ(normalize_text("The impact of the storm was felt as far as 45 N.").find("newton"), std::string::npos);
  EXPECT_EQ(normalize_text("They won 3 N games under the new load.").find("newton"), std::string::npos);
}

TEST(ForceUnits, ALoadAPartFailsAt) {
  EXPECT_NE(normalize_text("The clips could snap at loads of 60 N, the maker said.").find("sixty newtons"), std::string::npos);
  EXPECT_EQ(normalize_text("Troops crossed into N Korea on 3 N roads.").find("newton"), std::string::npos);
}

TEST(ForceUnits, AWordOfForceBeforeOfAndTheFigure) {
  EXPECT_EQ(normalize_text("The hook took a pull of 75 N before it bent."),
            "The hook took a pull of seventy five newtons before it bent.");
  EXPECT_EQ(normalize_text("Testers logged a bite force of 320 N in the study."),
            "Testers logged a bite force of three hundred twenty newtons in the study.");
  // A capitalised word after the letter makes it a compass point of a name; a noun after it,
  // or a Beaufort force with no "of", leaves no force in N.
  EXPECT_EQ(normalize_text("The resistance of 4 N Irish battalions collapsed.").find("newton"), std::string::npos);
  EXPECT_EQ(normalize_text("Contact tracing reached 38 N Dakota towns at its peak.").find("newton"), std::string::npos);
  EXPECT_EQ(normalize_text("The grip of 12 N lizards was filmed.").find("newton"), std::string::npos);
  EXPECT_EQ(normalize_text("Winds force 7 N, maximum force 9 later.").find("newton"), std::string::npos);
  // A road's letter after "of" stays a letter.
  EXPECT_EQ(normalize_text("A stretch of 40 N is closed.").find("newton"), std::string::npos);
}

// A yarn's or a fibre's linear density in tex, with prefixes, and a strength per it.
TEST(ForceUnits, TexAndItsPrefixes) {
  EXPECT_EQ(normalize_text("The alpaca tops tested at 29 N/ktex."), "The alpaca tops tested at twenty nine newtons per kilotex.");
  EXPECT_EQ(normalize_text("Tenacity reached 7.5 cN/tex in the trial."),
            "Tenacity reached seven point five centinewtons per tex in the trial.");
  EXPECT_EQ(normalize_text("It spins a 220 dtex thread."), "It spins a two-hundred-twenty-decitex thread.");
}

}  // namespace briefcast
