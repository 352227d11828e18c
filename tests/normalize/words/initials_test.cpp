// Initials inside names: no sentence-end period inside a line, and the letter A said as its name
// (a lone "A." at a sentence end is the letter and keeps its period).
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(Initials, MiddleInitialAIsTheLetterName) {
  // Without its period "A" would be the article; "Eh" is how eSpeak NG says the letter "ay".
  EXPECT_EQ(normalize_text("said Dana A. Brill, a lawyer"), "said Dana Eh Brill, a lawyer");
  EXPECT_EQ(normalize_text("said Dana B. Brill, a lawyer"), "said Dana B Brill, a lawyer");
  EXPECT_EQ(normalize_text("It was a good day."), "It was a good day.");
}

}  // namespace briefcast

namespace briefcast {

namespace {

std::string say(std::string_view written) { return normalize_text(written); }

}  // namespace

TEST(Initials, LetterAAtASentenceEndKeepsItsPeriod) {
  EXPECT_EQ(say("The top mark was an A. Then came B."), "The top mark was an A. Then came B.");
  EXPECT_EQ(say("with Lena A. Okafor"), "with Lena Eh Okafor");
}

}  // namespace briefcast

namespace briefcast {

TEST(Initials, AnInitialBeforeASentenceOpenerEndsTheSentence) {
  EXPECT_EQ(normalize_text("The shop was run by Ellen R. Later it closed."), "The shop was run by Ellen R. Later it closed.");
  EXPECT_EQ(normalize_text("He was born under Charles X. Then came the war."), "He was born under Charles X. Then came the war.");
  EXPECT_EQ(normalize_text("Ellen R. Voss spoke"), "Ellen R Voss spoke");
  EXPECT_EQ(normalize_text("the guitarist Colin B. May played"), "the guitarist Colin B May played");
}

TEST(Initials, ACodeNameWithALowerCaseLetterIsNoDegree) {
  // "Ph.D." is a degree; "B.y." is a field in code, and its period ends the sentence.
  EXPECT_EQ(normalize_text("read B.y. Then stop."), "read B.y. Then stop.");
  EXPECT_EQ(normalize_text("a Ph.D. student"), "a P.H.D student");
}

TEST(Initials, TheLastAuthorOfAReferenceListEndsTheList) {
  // Surnames with bare initials and commas: the last initial's period ends the list.
  EXPECT_EQ(normalize_text("Okafor N, Brandt K, Lindqvist P. Sleep and memory in rats."),
            "Okafor N, Brandt K, Lindqvist P. Sleep and memory in rats.");
  EXPECT_EQ(normalize_text("Varga TE, Hollis R. Iron levels in soil."), "Varga T.E, Hollis R. Iron levels in soil.");
  // A name in running text keeps its middle initial.
  EXPECT_EQ(normalize_text("with Ann, Tom Hollis R. Varga and me"), "with Ann, Tom Hollis R Varga and me");
  EXPECT_EQ(normalize_text("in the UK, Tom R. Varga said"), "in the U.K, Tom R Varga said");
}

TEST(States, InParenthesesAfterANameAndJoinedByAHyphen) {
  EXPECT_EQ(normalize_text("Sam Hale (Ky.) and Ann Roe (Tex.) objected."), "Sam Hale (Kentucky) and Ann Roe (Texas) objected.");
  EXPECT_EQ(normalize_text("a Minn.-born pitcher"), "a Minnesota-born pitcher");
  EXPECT_EQ(normalize_text("an Ill.-based bank"), "an Illinois-based bank");
}

TEST(States, PostalCodesAfterAPlace) {
  EXPECT_EQ(normalize_text("from Savannah, GA to Mobile, AZ today"), "from Savannah, Georgia to Mobile, Arizona today");
  EXPECT_EQ(normalize_text("in Reno, NV."), "in Reno, Nevada.");
  // Codes that are words or other initialisms stay as they are.
  EXPECT_EQ(normalize_text("Well, OK then."), "Well, O.K then.");
  // Not after a place: an initialism.
  EXPECT_EQ(normalize_text("the NC team"), "the N.C team");
}

TEST(Provinces, CanadianPressAbbreviations) {
  EXPECT_EQ(normalize_text("Sherbrooke, Que., and Regina, Sask., voted"), "Sherbrooke, Quebec, and Regina, Saskatchewan, voted");
  EXPECT_EQ(normalize_text("Brandon, Man., is cold"), "Brandon, Manitoba, is cold");
  EXPECT_EQ(normalize_text("the Man. who"), "the Man. who");  // a word, not after a place
}

TEST(Initials, PostalCodesThatAreWordsAfterAPlaceInsideTheSentence) {
  EXPECT_EQ(normalize_text("She moved to Akron, OH."), "She moved to Akron, Ohio.");
  EXPECT_EQ(normalize_text("offices in Hilo, HI; Eugene, OR; and Aurora, CO."),
            "offices in Hilo, Hawaii; Eugene, Oregon; and Aurora, Colorado.");
  EXPECT_EQ(normalize_text("prices rose in Madison, WI (4.1%) and Waco, TX (3.2%)"),
            "prices rose in Madison, Wisconsin (four point one percent) and Waco, Texas (three point two percent)");
}

TEST(Initials, PostalCodesThatAreWordsElsewhereStay) {
  EXPECT_EQ(normalize_text("Fine, OK."), "Fine, O.K.");
  EXPECT_EQ(normalize_text("He said: Sure, OK."), "He said: Sure, O.K.");
  EXPECT_EQ(normalize_text("Dr. Ann Cole, MD, spoke."), "Doctor Ann Cole, M.D, spoke.");
  EXPECT_EQ(normalize_text("We met in Akron, OH and left."), "We met in Akron, O.H and left.");
}

TEST(Initials, MiddleInitialIBetweenNames) {
  // The lone "I." loses its period between a given name and a surname, like any initial.
  EXPECT_EQ(normalize_text("Dr. Rosa I. Vance led it."), "Doctor Rosa I Vance led it.");
  // A regnal number or the pronoun ends a sentence there and keeps its period.
  EXPECT_EQ(normalize_text("the reign of Queen Mara I. Trade grew."), "the reign of Queen Mara I. Trade grew.");
  EXPECT_EQ(normalize_text("met Teodor and I. The rest left."), "met Teodor and I. The rest left.");
  EXPECT_EQ(normalize_text("It was Colin I. Then we left."), "It was Colin I. Then we left.");
}

}  // namespace briefcast

namespace briefcast {

TEST(Initials, ALetterChainOpeningLikeForExampleIsStillSpelled) {
  // eSpeak NG reads "E.G.X" as "for example X"; the chain keeps its letter names.
  EXPECT_EQ(normalize_text("shares of EGXT rose"), "shares of E-G.X.T rose");
  EXPECT_EQ(normalize_text("the AKAFC board met"), "the A.K-A.F.C board met");
  // Other openings, and a chain of only those letters, are left as they were.
  EXPECT_EQ(normalize_text("shares of EGT rose"), "shares of E-G.T rose");
  EXPECT_EQ(normalize_text("the EDF board met"), "the E.D.F board met");
  EXPECT_EQ(normalize_text("a plan, e.g. this one"), "a plan, for example this one");
}

TEST(Initials, AListOfPostalCodesNamesStates) {
  EXPECT_EQ(normalize_text("Sales fell in AZ and NV."), "Sales fell in Arizona and Nevada.");
  EXPECT_EQ(normalize_text("Clinics in GA, SC or TN closed."), "Clinics in Georgia, South Carolina or Tennessee closed.");
  // Letters no state list holds, or codes that are as often words or titles, stay as they were.
  EXPECT_EQ(normalize_text("Her IT and HR teams moved.").find("Indiana"), std::string::npos);
  EXPECT_EQ(normalize_text("Both MD and PA degrees count.").find("Maryland"), std::string::npos);
  EXPECT_EQ(normalize_text("He sat the CA and CPA papers.").find("California"), std::string::npos);
}

}  // namespace briefcast
