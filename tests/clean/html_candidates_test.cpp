#include "clean/html_candidates.h"

#include <gtest/gtest.h>

#include <string>

#include "clean/html_dom.h"

namespace briefcast {

namespace {

std::string teaser(const std::string& title, const std::string& blurb) {
  return "<h3 class=teaser-title><a href=/t>" + title + "</a></h3><p class=teaser-text>" + blurb + "</p>";
}

std::vector<std::string> blurb_texts(const std::string& html) {
  const GumboPtr dom = parse_html(html);
  HtmlPage page = walk_page(dom->root);
  std::vector<TextBlock> blocks;
  for (const auto& b : page.blocks) blocks.push_back(b.block);
  compute_block_features(blocks, "en");
  for (std::size_t i = 0; i < blocks.size(); ++i) page.blocks[i].block = blocks[i];
  const std::vector<char> blurbs = teaser_blurbs(page);
  std::vector<std::string> out;
  for (std::size_t i = 0; i < page.blocks.size(); ++i) {
    if (blurbs[i]) out.push_back(page.blocks[i].block.text);
  }
  return out;
}

}  // namespace

TEST(HtmlCandidates, LinkedTitlesWithBlurbsMakeATeaserList) {
  const auto blurbs = blurb_texts("<body><p>An article paragraph that says something of its own.</p>" +
                                  teaser("Storm closes the coast road", "Crews expect to reopen it by Friday evening.") +
                                  teaser("Library extends its hours", "The reading room now stays open until ten.") +
                                  "</body>");
  EXPECT_EQ(blurbs, (std::vector<std::string>{"Crews expect to reopen it by Friday evening.",
                                              "The reading room now stays open until ten."}));
}

TEST(HtmlCandidates, OneLinkedLineBeforeAParagraphIsNoTeaserList) {
  // "Read also: ..." once inside an article, then its next paragraph.
  const auto blurbs = blurb_texts("<body><p>First paragraph of the story, long enough to count.</p>" +
                                  teaser("Read also: the council's budget", "The vote on the plan is due next month.") +
                                  "<p>Another paragraph of the story follows here.</p></body>");
  EXPECT_TRUE(blurbs.empty());
}

TEST(HtmlCandidates, LinkedLinesSetLikeTheParagraphsAroundThemAreNoTeaserList) {
  // "Read more: ..." twice between an article's plain paragraphs: each line is a <p> like the
  // paragraph after it, so the paragraphs are the article's, not blurbs.
  const auto blurbs = blurb_texts(
      "<body><p>The festival opened on Friday with a parade through the old quarter.</p>"
      "<p>Read more: <a href=/a>Parade route closes three streets</a></p>"
      "<p>Organisers expect forty thousand visitors over the three days of music.</p>"
      "<p>Read more: <a href=/b>Where to park during the festival weekend</a></p>"
      "<p>Tickets for the closing concert sold out within an hour of going on sale.</p></body>");
  EXPECT_TRUE(blurbs.empty());
}

TEST(HtmlCandidates, TeasersComeFromOneTemplate) {
  // Category links, the headline, a linked date, the lead: linked lines and text alternate, but
  // each from a different element, so they are the article's header, not teasers.
  const auto blurbs = blurb_texts(
      "<body><div class=cats><a href=/p>Politics</a> <a href=/w>World</a></div>"
      "<div class=intro>The minister resigned on Monday after two weeks of pressure.</div>"
      "<div class=date><a href=/d>12 March 2024 at noon</a></div>"
      "<p>The minister said in a statement that she had lost the confidence of her party.</p></body>");
  EXPECT_TRUE(blurbs.empty());
}

TEST(HtmlCandidates, ShortValuesAreNotBlurbs) {
  // A linked ingredient and its quantity alternate in a recipe.
  const auto blurbs = blurb_texts(
      "<body><ul><li><div class=name><a href=/i>rolled oats</a></div><div class=qty>80 g</div></li>"
      "<li><div class=name><a href=/i>oat milk</a></div><div class=qty>300 ml</div></li>"
      "<li><div class=name><a href=/i>ground cinnamon</a></div><div class=qty>1 pinch</div></li></ul></body>");
  EXPECT_TRUE(blurbs.empty());
}

}  // namespace briefcast
