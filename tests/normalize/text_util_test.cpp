// The byte-level helpers every class file shares.
#include "normalize/text_util.h"

#include <gtest/gtest.h>

namespace briefcast::text {
namespace {

TEST(IsOneOfLowered, MatchesTheWordInAnyCaseAgainstALowerCaseList) {
  EXPECT_TRUE(is_one_of_lowered("Birdie", {"eagle", "birdie"}));
  EXPECT_TRUE(is_one_of_lowered("PGA", {"pga"}));
  EXPECT_FALSE(is_one_of_lowered("birdies", {"birdie"}));
  // As is_one_of(lower(word), list): a list entry with capitals never matches.
  EXPECT_FALSE(is_one_of_lowered("pga", {"PGA"}));
  EXPECT_FALSE(is_one_of_lowered("", {"a"}));
}

TEST(DecimalComma, ACommaWithinTheBoundsBecomesAPoint) {
  EXPECT_EQ(with_decimal_point("64,5", 3, 1, 2), "64.5");
  EXPECT_EQ(with_decimal_point("3,07", 3, 1, 2), "3.07");
  EXPECT_EQ(with_decimal_point("1250,40", std::string_view::npos, 2, 2), "1250.40");
}

TEST(DecimalComma, AThousandsGroupNeverPasses) {
  EXPECT_EQ(with_decimal_point("4,500", 3, 1, 2), std::nullopt);
  EXPECT_EQ(with_decimal_point("12,345,67", std::string_view::npos, 2, 2), std::nullopt);
}

TEST(DecimalComma, FiguresOutsideTheBoundsOrNotFiguresStay) {
  EXPECT_EQ(with_decimal_point("1234,5", 3, 1, 2), std::nullopt);  // too many before
  EXPECT_EQ(with_decimal_point("8,5", 3, 2, 2), std::nullopt);      // too few after
  EXPECT_EQ(with_decimal_point(",55", 3, 1, 2), std::nullopt);
  EXPECT_EQ(with_decimal_point("7,", 3, 1, 2), std::nullopt);
  EXPECT_EQ(with_decimal_point("x9,25", 3, 1, 2), std::nullopt);
  EXPECT_EQ(with_decimal_point("915", 3, 1, 2), std::nullopt);
}

TEST(Split, PartsBetweenSeparatorsEmptyOnesIncluded) {
  using Parts = std::vector<std::string_view>;
  EXPECT_EQ(split("7/8/10", '/'), (Parts{"7", "8", "10"}));
  EXPECT_EQ(split("plain", '/'), (Parts{"plain"}));
  EXPECT_EQ(split("a//b", '/'), (Parts{"a", "", "b"}));
  EXPECT_EQ(split("-NATO-", '-'), (Parts{"", "NATO", ""}));
  EXPECT_EQ(split("", '/'), (Parts{""}));
}

TEST(Joined, TheLastSeparatorGoesBeforeTheFinalPart) {
  EXPECT_EQ(joined({"tea", "milk", "sugar"}, ", ", " or "), "tea, milk or sugar");
  EXPECT_EQ(joined({"north", "south"}, ", ", " and "), "north and south");
  EXPECT_EQ(joined({"alone"}, ", ", " and "), "alone");
  EXPECT_EQ(joined({}, ", ", " and "), "");
  EXPECT_EQ(joined({"N.H.S", "G.P", "A.B.C"}, " "), "N.H.S G.P A.B.C");
}

TEST(BoundedPieces, AShortLineIsOnePiece) {
  EXPECT_EQ(bounded_pieces("Rain at noon.", 40), (std::vector<std::string_view>{"Rain at noon."}));
  EXPECT_EQ(bounded_pieces("", 40), (std::vector<std::string_view>{""}));
}

TEST(BoundedPieces, ALongLineIsCutAtASentenceEndThenAtASpace) {
  EXPECT_EQ(bounded_pieces("The ferry left. It rained all day long", 20),
            (std::vector<std::string_view>{"The ferry left.", "It rained all day", "long"}));
  EXPECT_EQ(bounded_pieces("one two three four five", 10),
            (std::vector<std::string_view>{"one two", "three", "four five"}));
}

TEST(BoundedPieces, AWordLongerThanTheBoundIsNeverCut) {
  const std::string word(50, 'x');
  EXPECT_EQ(bounded_pieces(word + " tail", 10), (std::vector<std::string_view>{word, "tail"}));
}

bool is_harbour(std::string_view core) { return core == "harbour"; }

TEST(TextUtil, AnyWordNearLooksOnlyWithinTheSpan) {
  auto words = split_words("the harbour was busy and then a long way on came 14nm");
  EXPECT_TRUE(any_word_near(words, 1, 0, is_harbour));
  EXPECT_TRUE(any_word_near(words, 4, 3, is_harbour));
  EXPECT_FALSE(any_word_near(words, 11, 5, is_harbour));
  EXPECT_FALSE(any_word_near(words, 11, 100, [](std::string_view core) { return core == "ship"; }));
}

}  // namespace
}  // namespace briefcast::text

namespace briefcast::text {
namespace {

int cue_reads = 0;
bool counted_golf_cue(std::string_view core) {
  ++cue_reads;
  return core == "birdie";
}

TEST(LineCues, AnswersEachCueOnceForTheLineItKeeps) {
  std::vector<Word> line = split_words("a birdie at the 4th and a par at the 5th");
  std::vector<Word> other = split_words("no such word here");
  LineCues cues(line);
  cue_reads = 0;
  EXPECT_TRUE(any_word(line, counted_golf_cue));
  int first = cue_reads;
  EXPECT_TRUE(any_word(line, counted_golf_cue));
  EXPECT_EQ(cue_reads, first);  // the second question is answered from the first reading
  // Another line is read as always, and its answer is its own.
  EXPECT_FALSE(any_word(other, counted_golf_cue));
  EXPECT_GT(cue_reads, first);
}

TEST(LineCues, WithoutOneEveryQuestionReadsTheLine) {
  std::vector<Word> line = split_words("a birdie here");
  cue_reads = 0;
  EXPECT_TRUE(any_word(line, counted_golf_cue));
  EXPECT_TRUE(any_word(line, counted_golf_cue));
  EXPECT_EQ(cue_reads, 4);
}

bool has_three_words(const std::vector<Word>& words) {
  ++cue_reads;
  return words.size() == 3;
}

TEST(LineCues, AFactOfTheLineIsReadOnce) {
  std::vector<Word> line = split_words("one two three");
  LineCues cues(line);
  cue_reads = 0;
  EXPECT_TRUE(line_fact(line, has_three_words));
  EXPECT_TRUE(line_fact(line, has_three_words));
  EXPECT_EQ(cue_reads, 1);
}

TEST(ParsePlainFigure, TakesOnlyAWholeFigureWithNoSign) {
  EXPECT_TRUE(parse_plain_figure("51,200").has_value());
  EXPECT_EQ(parse_plain_figure("2.4")->decimals, "4");
  EXPECT_FALSE(parse_plain_figure("-3").has_value());
  EXPECT_FALSE(parse_plain_figure("12MB").has_value());
  EXPECT_FALSE(parse_plain_figure("").has_value());
}

TEST(IsNameWord, CapitalsBeyondAscii) {
  EXPECT_TRUE(is_name_word("Elm"));
  EXPECT_TRUE(is_name_word("\u00c6lfric"));   // Æ
  EXPECT_TRUE(is_name_word("\u0141ucja"));    // Ł
  EXPECT_TRUE(is_name_word("\u00c9mile"));    // É
  EXPECT_FALSE(is_name_word("\u00e9mile"));   // é
  EXPECT_FALSE(is_name_word("\u0142ucja"));   // ł
  EXPECT_FALSE(is_name_word("\u00d7x"));      // the sign ×
  EXPECT_FALSE(is_name_word("Elm2"));
}

}  // namespace
}  // namespace briefcast::text

namespace briefcast {

TEST(TextUtil, FigurePairOfShortRunsAroundOneMark) {
  auto pair = text::figure_pair("16:9", ':', 2);
  ASSERT_TRUE(pair.has_value());
  EXPECT_EQ(pair->left, "16");
  EXPECT_EQ(pair->right, "9");
  EXPECT_FALSE(text::figure_pair("123:4", ':', 2).has_value());
  EXPECT_FALSE(text::figure_pair("16:", ':', 2).has_value());
  EXPECT_FALSE(text::figure_pair("1.2.3", '.', 2).has_value());
  EXPECT_FALSE(text::figure_pair("a/b", '/', 3).has_value());
}

TEST(TextUtil, WordInCapitalsAndItsVowel) {
  EXPECT_TRUE(text::is_capitals_word("CNN"));
  EXPECT_TRUE(text::is_capitals_word("KINNARD"));
  EXPECT_FALSE(text::is_capitals_word("A"));      // one letter is a word or an initial
  EXPECT_FALSE(text::is_capitals_word("Kinnard"));
  EXPECT_FALSE(text::is_capitals_word("B52"));
  EXPECT_TRUE(text::has_capital_vowel("MEG"));
  EXPECT_TRUE(text::has_capital_vowel("SYS"));   // "Y" counts
  EXPECT_FALSE(text::has_capital_vowel("CNN"));
}

TEST(VulgarFraction, TheSignAtTheStartAndAFigureEndingInOne) {
  EXPECT_EQ(text::vulgar_fraction_length("\u00bd cup"), 2u);
  EXPECT_EQ(text::vulgar_fraction_length("\u215d"), 3u);
  EXPECT_EQ(text::vulgar_fraction_length("1/2"), 0u);
  EXPECT_EQ(text::vulgar_fraction_length("\u00b0C"), 0u);
  EXPECT_TRUE(text::is_vulgar_figure("8\u00bd"));
  EXPECT_TRUE(text::is_vulgar_figure("\u00be"));
  EXPECT_FALSE(text::is_vulgar_figure("8\u00bdin"));
  EXPECT_FALSE(text::is_vulgar_figure("8.5\u00bd"));
  EXPECT_FALSE(text::is_vulgar_figure("8"));
}

TEST(DigitRunEnd, EndsAtTheFirstMarkOrTheLimit) {
  EXPECT_EQ(text::digit_run_end("2024/117", 0), 4u);
  EXPECT_EQ(text::digit_run_end("2024/117", 5), 8u);
  EXPECT_EQ(text::digit_run_end("No.12", 3), 5u);
  EXPECT_EQ(text::digit_run_end("123456", 0, 3), 3u);
  EXPECT_EQ(text::digit_run_end("12", 0, 5), 2u);
  EXPECT_EQ(text::digit_run_end("ab", 0), 0u);
  EXPECT_EQ(text::digit_run_end("7", 4), 4u);  // a start past the end stays where it is
}

TEST(ThousandsGroups, CountsWholeGroupsOfThreeAfterTheMark) {
  text::ThousandsGroups two = text::thousands_groups("4,817,300 voters", 1, ',');
  EXPECT_EQ(two.end, 9u);
  EXPECT_EQ(two.count, 2u);
  // A fourth figure ends the groups before it: "3,1415" is no thousands.
  EXPECT_EQ(text::thousands_groups("3,1415", 1, ',').count, 0u);
  EXPECT_EQ(text::thousands_groups("3,1415", 1, ',').end, 1u);
  EXPECT_EQ(text::thousands_groups("12.500.000", 2, '.').count, 2u);
  EXPECT_EQ(text::thousands_groups("12.500.000", 2, ',').count, 0u);  // another mark
  EXPECT_EQ(text::thousands_groups("7,25", 1, ',').count, 0u);        // too short a group
  EXPECT_EQ(text::thousands_groups("9'450'000", 1, '\'').end, 9u);
}

TEST(LettersWord, LettersJoinedBySingleHyphens) {
  EXPECT_TRUE(text::is_letters_word("paid"));
  EXPECT_TRUE(text::is_letters_word("low-paid"));
  EXPECT_TRUE(text::is_letters_word("son-in-law"));
  EXPECT_FALSE(text::is_letters_word("-paid"));
  EXPECT_FALSE(text::is_letters_word("low-"));
  EXPECT_FALSE(text::is_letters_word("low--paid"));
  EXPECT_FALSE(text::is_letters_word("B2B"));
  EXPECT_FALSE(text::is_letters_word(""));
}

}  // namespace briefcast
