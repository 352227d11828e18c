// Titles before names, after a rank's grade and as common nouns: "Dr. Evil", "Sgt. 1st Class",
// "a 2nd Lt.", "the Gov. of Ohio"; "Gen Z" and a title with no name after it stay as written.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"
#include "normalize/words/words.h"

namespace briefcast {

// "Mrs" is "misses" with or without its period: eSpeak NG says it /mIsIz/, the title's own
// sound, as the reference corpora write it. "Ms" is "miz".
TEST(Titles, MarriedAndNeutralTitlesOfWomen) {
  EXPECT_EQ(normalize_text("Mrs Delaney opened the fete"), "Misses Delaney opened the fete");
  EXPECT_EQ(normalize_text("Mrs. O'Hara and Ms Tran met"), "Misses O'Hara and Miz Tran met");
}

TEST(Titles, TitleJoinedToElectOrEx) {
  EXPECT_EQ(normalize_text("Sen.-elect Maria Lopez spoke"), "Senator-elect Maria Lopez spoke");
  EXPECT_EQ(normalize_text("ex-Gen. Ray Hall"), "ex-General Ray Hall");
  EXPECT_EQ(normalize_text("Msgr. Paul Ode"), "Monsignor Paul Ode");
}

TEST(Titles, RankWithAnOrdinalGrade) {
  EXPECT_EQ(normalize_text("Sgt. 1st Class Ana Ruiz spoke"), "Sergeant first Class Ana Ruiz spoke");
}

TEST(Titles, RightHonourableBeforeAName) {
  EXPECT_EQ(normalize_text("the Rt Hon Ann Lee said"), "the Right Honorable Ann Lee said");
  EXPECT_EQ(normalize_text("the Rt. Hon. Tom Ward"), "the Right Honorable Tom Ward");
}

TEST(Titles, RankAfterItsGrade) {
  EXPECT_EQ(normalize_text("made 1st Lt. in May"), "made first lieutenant in May");
  EXPECT_EQ(normalize_text("a 2nd Lt. and a Sgt."), "a second lieutenant and a sergeant.");
}

TEST(Titles, PluralTitlesBeforeNames) {
  EXPECT_EQ(normalize_text("Sens. Ada Park and Lee Moss wrote"), "Senators Ada Park and Lee Moss wrote");
  EXPECT_EQ(normalize_text("Reps. Jo Tate and Al Wu"), "Representatives Jo Tate and Al Wu");
}

TEST(Titles, TitleWithoutAName) {
  EXPECT_EQ(normalize_text("the Gov. of Ohio spoke"), "the governor of Ohio spoke");
  EXPECT_EQ(normalize_text("Sens. met Friday"), "Senators met Friday");
  EXPECT_EQ(normalize_text("the Lt. Gov. and aides"), "the Lieutenant Governor and aides");
}

TEST(Titles, ShowChampionBeforeADogsName) {
  EXPECT_EQ(normalize_text("the winning terrier, Ch. Oakhollow Tansy, is six"),
            "the winning terrier, Champion Oakhollow Tansy, is six");
  EXPECT_EQ(normalize_text("see Ch. 4 of the report"), "see Chapter four of the report");
  EXPECT_EQ(normalize_text("read Ch. IV first"), "read Chapter four first");
}

TEST(Titles, CouncillorBeforeAName) {
  EXPECT_EQ(normalize_text("Cllr Aoife Nolan objected"), "Councillor Aoife Nolan objected");
  EXPECT_EQ(normalize_text("ward Cllr. Sam Reid said"), "ward Councillor Sam Reid said");
}

TEST(Titles, MatchTitleWantsANameOrAGrade) {
  const auto title = rules::match_title(text::split_words("Insp. Kerr arrived"), 0);
  ASSERT_TRUE(title.has_value());
  EXPECT_EQ(title->spoken, "Inspector");
  // A single capital is no name: "Gen Z" is a generation; a lower-case word after "Rep" is no name.
  EXPECT_FALSE(rules::match_title(text::split_words("Gen Z shoppers"), 0).has_value());
  EXPECT_FALSE(rules::match_title(text::split_words("Rep count"), 0).has_value());
}

TEST(Titles, StartsNameWantsACapitalisedWordOfTwoLetters) {
  const auto words = text::split_words("met Al and Z at noon");
  EXPECT_TRUE(rules::starts_name(words, 1));
  EXPECT_FALSE(rules::starts_name(words, 2));  // "and"
  EXPECT_FALSE(rules::starts_name(words, 3));  // one letter
  EXPECT_FALSE(rules::starts_name(words, 9));  // past the end
}

TEST(Titles, PrimeMinisterBeforeName) {
  EXPECT_EQ(normalize_text("Talks with PM Ruth Calder ended."), "Talks with Prime Minister Ruth Calder ended.");
  // After a clock, the afternoon.
  EXPECT_EQ(normalize_text("at 4 PM Friday"), "at four PM Friday");
  EXPECT_EQ(normalize_text("until 8 PM Eastern time"), "until eight PM Eastern time");
}

// Without dogs on the line "Ch." before a name is a Chaudhry, a Château, a channel or a case.
TEST(Titles, ChBeforeANameNeedsADogShow) {
  EXPECT_EQ(normalize_text("the former minister Ch. Nisar Ali").find("Champion"), std::string::npos);
  EXPECT_EQ(normalize_text("a bottle of the 2009 Ch. Latour").find("Champion"), std::string::npos);
  EXPECT_EQ(normalize_text("the film airs on Ch. Seven tonight").find("Champion"), std::string::npos);
  EXPECT_EQ(normalize_text("the court cited Ch. Brown v Ellis").find("Champion"), std::string::npos);
}

}  // namespace briefcast
