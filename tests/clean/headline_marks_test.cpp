#include "clean/headline_marks.h"

#include <gtest/gtest.h>

#include "clean/text_blocks.h"
#include "clean/text_cleaner.h"

namespace briefcast {

TEST(HeadlineMarks, ArrowsAtAnEndMarkPostNavigationButPairedGuillemetsQuote) {
  EXPECT_TRUE(has_navigation_arrow("\xE2\x86\x90 The lighthouse keeper retires"));
  EXPECT_TRUE(has_navigation_arrow("Next: harbour fees rise \xE2\x86\x92"));
  EXPECT_TRUE(has_navigation_arrow("Older posts \xC2\xBB"));
  EXPECT_FALSE(has_navigation_arrow("\xC2\xBBThe lighthouse stays lit\xC2\xAB"));
  EXPECT_FALSE(has_navigation_arrow("Keeper: \xC2\xAB" "The lighthouse stays lit\xC2\xBB"));
  EXPECT_FALSE(has_navigation_arrow("The lighthouse keeper retires"));
}

TEST(HeadlineMarks, ALowerCaseConjunctionOrAnAmpersandGoesOnFromTheLineAbove) {
  EXPECT_TRUE(continues_line_above("& Lee Park, Harbour Desk"));
  EXPECT_TRUE(continues_line_above("and 4 more stories"));
  EXPECT_TRUE(continues_line_above("oder die alte Mole"));
  EXPECT_FALSE(continues_line_above("And then the tide came in"));
  EXPECT_FALSE(continues_line_above("Andover harbour reopens"));
}

TEST(HeadlineMarks, APhraseSaidTwiceIsAMenuItemOrACredit) {
  EXPECT_TRUE(says_phrase_twice("gardens gardens"));
  EXPECT_TRUE(says_phrase_twice("Harbour Trust / Harbour Trust"));
  EXPECT_TRUE(says_phrase_twice("Ferry Times | ferry times"));
  // A word said twice inside a title, or a title of one word, is no phrase said twice.
  EXPECT_FALSE(says_phrase_twice("Ferry after ferry leaves the harbour"));
  EXPECT_FALSE(says_phrase_twice("Harbour Trust sells the old harbour"));
  EXPECT_FALSE(says_phrase_twice("Lighthouse"));
}

TEST(HeadlineMarks, AWebAddressWithItsSchemeIsALinksLine) {
  EXPECT_TRUE(holds_web_address("via Harbour News https://harbour.example.org/"));
  EXPECT_TRUE(holds_web_address("Ferry fees rise http://example.org/ferry"));
  // A site's name with its domain, as a title may hold it, has no scheme.
  EXPECT_FALSE(holds_web_address("Why we moved our shop to harbour.example.org"));
  EXPECT_FALSE(holds_web_address("Ferry fees rise again"));
}

TEST(HeadlineMarks, CapitalsOnlyNeedFourLetters) {
  EXPECT_TRUE(all_capitals("HARBOUR WALL REPAIRED"));
  EXPECT_TRUE(all_capitals("FERRY 2025"));
  EXPECT_FALSE(all_capitals("Harbour wall repaired"));
  EXPECT_FALSE(all_capitals("UK"));
}

TEST(HeadlineMarks, AFieldIsANameAColonAndAFewWords) {
  EXPECT_TRUE(is_field("Tonnage: 1,200"));
  EXPECT_TRUE(is_field("Built: in Bristol"));
  EXPECT_FALSE(is_field("Home port: Bristol"));  // a name of two words
  EXPECT_FALSE(is_field("Harbour: the keeper who never left his light"));
  EXPECT_FALSE(is_field("No colon in this line"));
}

TEST(HeadlineMarks, AFieldAmongFieldsIsAFactBoxButAloneItIsATitle) {
  std::vector<TextBlock> box = blocks_from_text("Ferry: Island Star\nTonnage: 1,200\nBuilt: 1998\n");
  EXPECT_TRUE(in_fact_box(box, 0));
  EXPECT_TRUE(in_fact_box(box, 2));
  std::vector<TextBlock> alone = blocks_from_text("Harbour News\nIsland Star: the last trip\nBy Lee Park\n");
  EXPECT_FALSE(in_fact_box(alone, 1));
}

}  // namespace briefcast
