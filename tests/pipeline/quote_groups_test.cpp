// Which sentences share a quotation, so the budget never cuts one in half.
#include <gtest/gtest.h>

#include "pipeline/time_budget.h"

namespace briefcast {

namespace {
constexpr std::size_t kNone = kNoQuote;
}

TEST(QuoteGroups, AQuotationWithinOneSentenceGroupsNothing) {
  EXPECT_EQ(quote_groups({"She said \u201Cno\u201D on Monday.", "Then she left."}, {0, 0}),
            (std::vector<std::size_t>{kNone, kNone}));
}

TEST(QuoteGroups, CurlyQuotationOverThreeSentences) {
  EXPECT_EQ(quote_groups({"The mayor spoke.", "\u201CWe waited.", "We argued.", "Now we build,\u201D she said.", "The end."},
                         {0, 0, 0, 0, 0}),
            (std::vector<std::size_t>{kNone, 0, 0, 0, kNone}));
}

TEST(QuoteGroups, StraightQuotesAndTwoSeparateQuotations) {
  EXPECT_EQ(quote_groups({"\"First.", "Second,\" he said.", "Calm.", "\"Third.", "Fourth.\""}, {0, 0, 0, 0, 0}),
            (std::vector<std::size_t>{0, 0, kNone, 1, 1}));
}

TEST(QuoteGroups, AQuotationGoesOnIntoAParagraphThatOpensWithAQuotationMark) {
  // News style: a quote running over paragraphs leaves the first unclosed and reopens the next.
  EXPECT_EQ(quote_groups({"\u201CIt was long.", "\u201CAnd it was hard,\u201D he said.", "Later."}, {0, 1, 1}),
            (std::vector<std::size_t>{0, 0, kNone}));
  EXPECT_EQ(quote_groups({"\"It was long.", "\"And it was hard,\" he said.", "Later."}, {0, 1, 1}),
            (std::vector<std::size_t>{0, 0, kNone}));
}

TEST(QuoteGroups, AnUnclosedQuotationEndsWithItsParagraph) {
  EXPECT_EQ(quote_groups({"\u201CNever closed.", "Still inside.", "A new paragraph."}, {0, 0, 1}),
            (std::vector<std::size_t>{0, 0, kNone}));
}

TEST(QuoteGroups, GermanLowOpeningMarkIsClosedByTheHighOne) {
  EXPECT_EQ(quote_groups({"\u201EWir warten.", "Wir bauen\u201C, sagte sie.", "Ende."}, {0, 0, 0}),
            (std::vector<std::size_t>{0, 0, kNone}));
}

TEST(QuoteGroups, ApostrophesAreNotQuotes) {
  EXPECT_EQ(quote_groups({"The city's plan isn't new.", "It's old."}, {0, 0}), (std::vector<std::size_t>{kNone, kNone}));
}

}  // namespace briefcast
