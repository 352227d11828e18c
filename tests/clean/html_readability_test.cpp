#include "clean/html_readability.h"

#include <gtest/gtest.h>

#include "clean/html_dom.h"

namespace briefcast {

namespace {

const std::string kProse =
    "The harbour master said the ferry would run again on Friday, weather permitting, after three days in port.";

std::vector<TextBlock> texts(const HtmlPage& page) {
  std::vector<TextBlock> out;
  for (const auto& b : page.blocks) out.push_back(b.block);
  return out;
}

// Scores need char_count on the blocks, which the features fill.
HtmlPage walked(const GumboPtr& dom) {
  HtmlPage page = walk_page(dom->root);
  auto blocks = texts(page);
  compute_block_features(blocks, "en");
  for (std::size_t i = 0; i < blocks.size(); ++i) page.blocks[i].block = blocks[i];
  return page;
}

}  // namespace

TEST(HtmlReadability, BestContainerHoldsTheProse) {
  const GumboPtr dom = parse_html("<body><div id=links><p><a href=/a>" + kProse + "</a></p></div><div id=story><p>" +
                                  kProse + "</p><p>" + kProse + "</p></div></body>");
  HtmlPage page = walked(dom);
  const GumboNode* best = best_container(page.blocks, page.stats);
  ASSERT_NE(best, nullptr);
  EXPECT_EQ(attribute(best, "id"), "story");
}

TEST(HtmlReadability, SiblingsOfTheSameArticleJoinTheRoots) {
  const std::string four = "<p>" + kProse + "</p><p>" + kProse + "</p><p>" + kProse + "</p><p>" + kProse + "</p>";
  const GumboPtr dom = parse_html("<body><div><div class=part>" + four + "</div><div class=ad>Buy now</div><div class=part><p>" + kProse +
                                  "</p></div><p>" + kProse + "</p></div></body>");
  HtmlPage page = walked(dom);
  const GumboNode* best = best_container(page.blocks, page.stats);
  ASSERT_NE(best, nullptr);
  const NodeSet roots = content_roots(best, page.stats);
  EXPECT_EQ(roots.size(), 3u);  // both parts and the loose paragraph, not the ad
  std::size_t inside = 0;
  for (const auto& b : page.blocks) inside += inside_any(b.owner, roots) ? 1u : 0u;
  EXPECT_EQ(inside, 6u);
}

TEST(HtmlReadability, CountsCommasOfEveryScript) {
  EXPECT_EQ(comma_count("a, b，c、d"), 3u);
  EXPECT_EQ(comma_count("none"), 0u);
}

}  // namespace briefcast
