// Serials and codes (sections, bracketed letters, standards, video line counts, underscores), and a slash
// between two words: a choice ("or"), or a pair that names one thing (no word).
#include <gtest/gtest.h>

#include "normalize/normalizer.h"
#include "normalize/words/words.h"

namespace briefcast {

TEST(SlashPair, ChoicesSayOr) {
  EXPECT_EQ(normalize_text("Opens/closes the valve."), "Opens or closes the valve.");
  EXPECT_EQ(normalize_text("for quick sorting / stacking."), "for quick sorting or stacking.");
  EXPECT_EQ(normalize_text("his/her badge"), "his or her badge");
  EXPECT_EQ(normalize_text("tea/coffee at noon"), "tea or coffee at noon");
}

TEST(SlashPair, PairsBeforeANounAreOneName) {
  EXPECT_EQ(normalize_text("a push/pull mechanism"), "a push pull mechanism");
  EXPECT_EQ(normalize_text("the fetch / decode stage"), "the fetch decode stage");
  EXPECT_EQ(normalize_text("the Leeds/Bradford airport"), "the Leeds Bradford airport");
  EXPECT_EQ(normalize_text("yes and/or no"), "yes and or no");
}

TEST(SlashPair, RatesOfUnitsAreNotPairs) {
  EXPECT_EQ(normalize_text("at 90 km/h on"), "at ninety kilometers per hour on");
}

}  // namespace briefcast

namespace briefcast {

TEST(Serial, SectionOfACodeWithBracketedSubsections) {
  EXPECT_EQ(normalize_text("her 403(b) account"), "her four oh three B account");
  EXPECT_EQ(normalize_text("a 527(c)(2) fund"), "a five twenty seven C two fund");
  EXPECT_EQ(normalize_text("under 702(a)."), "under seven oh two A.");
}

TEST(Serial, BracketedLettersInsideAWord) {
  EXPECT_EQ(normalize_text("the suspect(s) fled"), "the suspects fled");
  EXPECT_EQ(normalize_text("any tax(es) due"), "any taxes due");
  EXPECT_EQ(normalize_text("(re)opened stores"), "reopened stores");
  // Brackets around a whole word stay punctuation.
  EXPECT_EQ(normalize_text("a (small) fee"), "a (small) fee");
}

TEST(Serial, NameWithFiguresBeforeAYear) {
  EXPECT_EQ(normalize_text("in Q4 2023"), "in Q four twenty twenty three");
  EXPECT_EQ(normalize_text("its H2 2022 sales"), "its H two twenty twenty two sales");
}

}  // namespace briefcast

namespace briefcast {

TEST(Serial, CapitalsPointFiguresIsAStandard) {
  EXPECT_EQ(normalize_text("an H.265 stream"), "an H two sixty five stream");
  EXPECT_EQ(normalize_text("the V.92 modem"), "the V ninety two modem");
}

}  // namespace briefcast

namespace briefcast {

namespace {

std::string say(std::string_view written) { return normalize_text(written); }

}  // namespace

TEST(SlashPair, SlashesBetweenWordsAndHandles) {
  EXPECT_EQ(normalize_text("raises/lowers rates"), "raises or lowers rates");
  EXPECT_EQ(normalize_text("cash and/or stock"), "cash and or stock");
  EXPECT_EQ(normalize_text("walking / cycling"), "walking or cycling");
  EXPECT_EQ(normalize_text("Dallas/Fort Worth"), "Dallas Fort Worth");
  EXPECT_EQ(normalize_text("follow at @citydesk"), "follow at citydesk");
  EXPECT_EQ(normalize_text("add 1/2 an onion"), "add half an onion");
}

TEST(SlashPair, EtcFolderInAPathIsLetters) {
  EXPECT_EQ(normalize_text("edit /etc/hosts as root"), "edit slash E.T.C slash hosts as root");
  EXPECT_EQ(normalize_text("keys, certs, etc. are kept"), "keys, certs, et cetera are kept");
}

TEST(SlashPair, PairBeforeAPossessiveIsAChoice) {
  // A possessive opens its own noun phrase: the pair before it qualifies no noun.
  EXPECT_EQ(normalize_text("Where is/was their office?"), "Where is or was their office?");
  EXPECT_EQ(normalize_text("to check/update your settings"), "to check or update your settings");
}

TEST(Serial, VideoLineCountsInPairs) {
  EXPECT_EQ(say("shot in 480i and 720p"), "shot in four eighty i and seven twenty p");
}

}  // namespace briefcast

namespace briefcast {

TEST(Serial, ShortDecimalWithALetterIsAFigureNotAStandard) {
  EXPECT_EQ(normalize_text("the 5.8G band"), "the five point eight G band");
  EXPECT_EQ(normalize_text("a 3.0T scanner"), "a three point zero T scanner");
  EXPECT_EQ(normalize_text("IEEE 802.11be"), "I triple E eight oh two dot eleven B.E");  // a standard keeps "dot"
}

TEST(Serial, PluralOfAModelNumber) {
  EXPECT_EQ(normalize_text("a box of old MP3s"), "a box of old MP threes");
  EXPECT_EQ(normalize_text("two Q400s landed"), "two Q four hundreds landed");
  EXPECT_EQ(normalize_text("the DC10s flew"), "the DC tens flew");
  // A single letter and a short number keep the "s" as a letter (tax forms "W2s").
  EXPECT_EQ(normalize_text("file your W2s"), "file your W two s");
}

TEST(WordPair, RateWrittenWithASlash) {
  EXPECT_EQ(normalize_text("at 55 miles/hour on"), "at fifty five miles per hour on");
  EXPECT_EQ(normalize_text("about 900 barrels/day from"), "about nine hundred barrels per day from");
  EXPECT_EQ(normalize_text("three meals/day"), "three meals per day");
  EXPECT_EQ(normalize_text("buyers/sellers met"), "buyers or sellers met");
}

TEST(WordPair, BettingAndGradingTermsAreOneWord) {
  EXPECT_EQ(normalize_text("set the over/under at 41.5 points"), "set the over-under at forty one point five points");
  EXPECT_EQ(normalize_text("graded Pass/Fail this term"), "graded Pass-Fail this term");
}

}  // namespace briefcast

namespace briefcast {

TEST(Serial, PointBeforeALowercasePieceIsADot) {
  EXPECT_EQ(normalize_text("unpack the .tar.xz2 bundle"), "unpack the dot tar dot xz two bundle");
  EXPECT_EQ(normalize_text("needs ruby2.x installed"), "needs ruby two dot x installed");
  // Before a capital the point is a sentence's period that lost its space.
  EXPECT_EQ(normalize_text("bought in 2015.Then it closed.").find("dot"), std::string::npos);
}

}  // namespace briefcast

namespace briefcast {

TEST(Serial, YearAfterAWordOfTimeInACompound) {
  EXPECT_EQ(normalize_text("the pre-2007 rules"), "the pre two thousand seven rules");
  EXPECT_EQ(normalize_text("until mid-2009 at least"), "until mid two thousand nine at least");
}

TEST(Serial, EveryUnderscoreOfANameIsSaid) {
  EXPECT_EQ(rules::said_underscores("snake_case_name"), "snake underscore case underscore name");
  EXPECT_EQ(rules::said_underscores("_lead"), "underscore lead");
  EXPECT_EQ(rules::said_underscores("tail_"), "tail underscore");
  EXPECT_EQ(rules::said_underscores("two__apart"), "two underscore underscore apart");
  EXPECT_EQ(rules::said_underscores("plain"), "plain");
  // Inside a word the piece reader says each underscore of a run; a handle says its edges too.
  EXPECT_EQ(normalize_text("the cache__dir setting"), "the cache underscore underscore dir setting");
  EXPECT_EQ(normalize_text("ask @__x_ now"), "ask at underscore underscore x underscore now");
}

// A code's two figures with a leading zero keep it: "F02" is "F oh two", not "F two".
TEST(Serial, LeadingZeroOfAShortRunIsSaid) {
  EXPECT_EQ(normalize_text("the frigate F05 sailed"), "the frigate F oh five sailed");
  EXPECT_EQ(normalize_text("Gate C04 is closed"), "Gate C oh four is closed");
  EXPECT_EQ(normalize_text("Gate C14 is closed"), "Gate C fourteen is closed");
}

}  // namespace briefcast

namespace briefcast {

// Two capitals eSpeak NG reads as a word ("BE" as "be", "OR" as "or", "MR" as "mister") are
// letters when a figure is glued to them.
TEST(Serial, CapitalsThatReadAsAWordAreSpeltInACode) {
  EXPECT_EQ(normalize_text("The pony moved up to BE80 events."), "The pony moved up to B.E eighty events.");
  EXPECT_EQ(normalize_text("Wolf OR12 crossed the river."), "Wolf O.R twelve crossed the river.");
  EXPECT_EQ(normalize_text("a rebuilt MR2 coupe"), "a rebuilt M.R two coupe");
  // Capitals the engine already spells are left to it.
  EXPECT_EQ(normalize_text("a GT4 racer"), "a GT four racer");
}

TEST(Serial, CapitalAAfterFiguresIsTheLetter) {
  // eSpeak NG says a lone "A" as the article; the letter's name is written so it is heard.
  EXPECT_EQ(normalize_text("He flashed a 6A at the crag and then a 7A+."), "He flashed a six Eh at the crag and then a seven Eh plus.");
  EXPECT_EQ(normalize_text("The plane was parked at bay 12A near the stand."),
            "The plane was parked at bay twelve Eh near the stand.");
}

TEST(Serial, ANumberedConferenceOfTheParties) {
  EXPECT_EQ(normalize_text("Talks at COP30 stalled."), "Talks at Cop thirty stalled.");
  // Spaced from a figure, a heat pump's coefficient of performance stays spelt.
  EXPECT_EQ(normalize_text("The pump has a COP of 4.").find("Cop"), std::string::npos);
}

TEST(Serial, HyphenBetweenFiguresOfACodeIsAPause) {
  // A newsreader pauses where the hyphen parts two groups of figures: "K T four hundred,
  // twelve", not one number "four hundred twelve".
  EXPECT_EQ(normalize_text("Fit the KT-400-12 valve."), "Fit the KT four hundred, twelve valve.");
  EXPECT_EQ(normalize_text("The XJ40-7 engine stalled."), "The XJ forty, seven engine stalled.");
  // A hyphen after letters is no pause, nor an ordinary compound.
  EXPECT_EQ(normalize_text("The F-35 flew."), "The F thirty five flew.");
  EXPECT_EQ(normalize_text("a mid-1990s boom"), "a mid nineteen nineties boom");
}

// Four or five capitals English cannot say as a word, before a code's figures, are spelt.
TEST(Serial, UnsayableCapitalsSpelt) {
  EXPECT_EQ(normalize_text("Readings at station BKNT-4 were lost."), "Readings at station B.K.N.T four were lost.");
  // Capitals said as a word stay a word.
  EXPECT_EQ(normalize_text("A NEWS2 score of 5 was found."), "A NEWS two score of five was found.");
  EXPECT_EQ(normalize_text("The MAYO-1 trial ended."), "The MAYO one trial ended.");
}

// Only a code's final cluster decides: an odd opening ("SKY", "GL") is still said as a word, a
// final doubled letter or a final "-R" closes one; a final cluster no word has is spelt.
TEST(Serial, OnlyTheCodaIsAsked) {
  EXPECT_EQ(normalize_text("Readings at station KORTF-3 were lost."), "Readings at station K.O.R.T.F three were lost.");
  EXPECT_EQ(normalize_text("The SKYBOX4 console sold out."), "The SKYBOX four console sold out.");
  EXPECT_EQ(normalize_text("The GLIMR2 app crashed."), "The GLIMR two app crashed.");
  EXPECT_EQ(normalize_text("The TRAXX400 index rose."), "The TRAXX four hundred index rose.");
}

}  // namespace briefcast
