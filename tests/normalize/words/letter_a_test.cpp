// The letter A of a code before its figures is said as the letter, not the article.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(LetterA, CodeLetterJoinedToItsFigures) {
  EXPECT_EQ(normalize_text("Fog closed the A9 at dawn."), "Fog closed the A-nine at dawn.");
  // "A eighty" was made "An eighty" by the article rule.
  EXPECT_EQ(normalize_text("a crash on the A80 today"), "a crash on the A-eighty today");
  EXPECT_NE(normalize_text("The new Airbus A330 flew.").find("Airbus A-three thirty"), std::string::npos);
  EXPECT_EQ(normalize_text("The A38 reopened."), "The A-thirty eight reopened.");
}

TEST(LetterA, TheArticleStaysAnArticle) {
  EXPECT_EQ(normalize_text("A 12-year-old boy won."), "A twelve year old boy won.");
  EXPECT_EQ(normalize_text("She said: A 3-0 win."), "She said: A three to zero win.");
  EXPECT_EQ(normalize_text("Team Takes A 2-1 Lead").find("A-"), std::string::npos);
}

TEST(LetterA, LabelLetterAfterItsNoun) {
  EXPECT_EQ(normalize_text("Heroin is a Class A drug."), "Heroin is a Class A-drug.");
  EXPECT_EQ(normalize_text("It raised a Series A round."), "It raised a Series A-round.");
  EXPECT_EQ(normalize_text("We fell back on Plan B."), "We fell back on Plan B.");
}

}  // namespace briefcast

namespace briefcast {

TEST(LetterA, LetteredFigureAfterItsNoun) {
  // After a capitalised word and a noun of place, "A eight" had become "An eight".
  EXPECT_EQ(normalize_text("Read It Here, Page A6, for more."), "Read It Here, Page A-six, for more.");
  EXPECT_EQ(normalize_text("Take Exit A11 off the motorway."), "Take Exit A-eleven off the motorway.");
  // Before a word the "A" after such a noun may be the article.
  EXPECT_EQ(normalize_text("Smoke filled the floor A man ran out"), "Smoke filled the floor A man ran out");
}

}  // namespace briefcast

namespace briefcast {

TEST(LetterA, LetterAfterTheArticleAn) {
  // "an A" is always the letter: said alone after "an" eSpeak NG made it "an uh", the grade lost.
  EXPECT_EQ(normalize_text("The essay earned an A grade from the panel."), "The essay earned an A-grade from the panel.");
  EXPECT_EQ(normalize_text("Audiences gave the comedy an A rating."), "Audiences gave the comedy an A-rating.");
  EXPECT_EQ(normalize_text("She got an A in maths."), "She got an A-in maths.");
  EXPECT_EQ(normalize_text("They got an A."), "They got an A.");
  EXPECT_EQ(normalize_text("A man ran an errand."), "A man ran an errand.");
}

}  // namespace briefcast

namespace briefcast {

TEST(LetterA, SpelledLettersAfterWordsEspeakJoinsWithA) {
  // eSpeak NG reads "of A.I" as "of a dot I": its phrase "of a" takes the letter as the article.
  EXPECT_EQ(normalize_text("Regulators weighed the risks of AI in hiring."), "Regulators weighed the risks of Eh I in hiring.");
  EXPECT_EQ(normalize_text("The grant pays for AI tutors."), "The grant pays for Eh I tutors.");
  EXPECT_EQ(normalize_text("Shares of AIG slipped."), "Shares of Eh I.G slipped.");
  EXPECT_EQ(normalize_text("The rise of AI's rivals was swift."), "The rise of Eh I's rivals was swift.");
  // After any other word the spelled letters are read as letters.
  EXPECT_EQ(normalize_text("The AI tutor and an AI coach."), "The A.I tutor and an A.I coach.");
  EXPECT_EQ(normalize_text("Schools with AI tutors."), "Schools with A.I tutors.");
}

TEST(LetterA, CodeLetterAfterAnInitialism) {
  EXPECT_NE(normalize_text("The hall needs an ASHRAE A2 rating.").find("ASHRAE A-two"), std::string::npos);
  // A headline in capitals keeps the article.
  EXPECT_EQ(normalize_text("NASA WINS A 2-YEAR DEAL").find("A-"), std::string::npos);
  // The article after an initialism at a sentence's start.
  EXPECT_EQ(normalize_text("FIFA: A 3-year ban.").find("A-"), std::string::npos);
}

// An "A" among letters joined by "and" or a slash is a letter, written "Eh" so it is said "ay".
TEST(LetterA, AmongLettersJoinedByAndOrSlash) {
  EXPECT_EQ(normalize_text("The label's Q&A session ran late."), "The label's Q and Eh session ran late.");
  EXPECT_EQ(normalize_text("He joined the A&R team in 2019."), "He joined the Eh and R team in twenty nineteen.");
  // The article stays the article.
  EXPECT_EQ(normalize_text("A and B are the two options."), "Eh and B are the two options.");
  EXPECT_EQ(normalize_text("A slash of red paint ran down it."), "A slash of red paint ran down it.");
  EXPECT_EQ(normalize_text("She and a friend left."), "She and a friend left.");
  EXPECT_EQ(normalize_text("Tom and A. Smith won."), normalize_text("Tom and A. Smith won."));
}


// A category's short name "Cat" and other label nouns keep the letter before any word.
TEST(LetterA, ShortCategoryNameAndOtherLabelsKeepTheLetter) {
  EXPECT_EQ(normalize_text("Bids for Cat A permits rose."), "Bids for Cat A-permits rose.");
  EXPECT_EQ(normalize_text("Cat A prisoners are held there"), "Cat A-prisoners are held there");
  EXPECT_EQ(normalize_text("Patients in arm A received the drug"), "Patients in arm A-received the drug");
}

TEST(LetterA, AnimalBeforeANewSentenceKeepsTheArticle) {
  EXPECT_EQ(normalize_text("We fed the cat. A neighbour came."), "We fed the cat. A neighbour came.");
  EXPECT_EQ(normalize_text("the cat A neighbour found").find("A-"), std::string::npos);
}

// A capital after the "A" is a title's word: the "A" is the article after every label noun.
TEST(LetterA, TitleCaseAfterALabelNounKeepsTheArticle) {
  EXPECT_EQ(normalize_text("The Building A Greener City plan was cut").find("A-"), std::string::npos);
  EXPECT_EQ(normalize_text("Council Votes To Arm A Volunteer Force").find("A-"), std::string::npos);
  EXPECT_EQ(normalize_text("NATO TO ARM A NEW BRIGADE").find("A-"), std::string::npos);
  // Labels that are only nouns keep the letter in a title ("Vitamin A Levels").
  EXPECT_NE(normalize_text("New Vitamin A Levels Set").find("A-Levels"), std::string::npos);
  EXPECT_NE(normalize_text("staff in Tower A left first").find("A-left"), std::string::npos);
  EXPECT_NE(normalize_text("a Cat A inmate escaped").find("A-inmate"), std::string::npos);
  EXPECT_NE(normalize_text("fit a Type A RCD there").find("A-R.C.D"), std::string::npos);
}

}  // namespace briefcast
