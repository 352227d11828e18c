#include "clean/html_insets.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "clean/html_dom.h"

namespace briefcast {

namespace {

// The inset marks of the blocks under the page's first element with class "story".
std::vector<int> marks(const std::string& html) {
  const GumboPtr dom = parse_html(html);
  const HtmlPage page = walk_page(dom->root);
  const GumboNode* story = nullptr;
  for (const auto& b : page.blocks) {
    for (const GumboNode* n = b.owner; n != nullptr && story == nullptr; n = n->parent) {
      if (attribute(n, "class") == "story") story = n;
    }
  }
  EXPECT_NE(story, nullptr);
  const std::vector<char> m = inset_blocks(page, NodeSet{story});
  return std::vector<int>(m.begin(), m.end());
}

}  // namespace

TEST(HtmlInsets, ABoxOfLinksInsideTheTextIsOneInset) {
  const auto m = marks(
      "<body><div class=story><p>The ferry resumed its crossings after a week of gales.</p>"
      "<div class=box><h4>More from the coast</h4><ul><li><a href=/a>Harbour wall repaired at last</a></li>"
      "<li><a href=/b>Lifeboat crew honoured by the town</a></li></ul></div>"
      "<p>Passengers were warned to expect delays.</p></div></body>");
  EXPECT_EQ(m, (std::vector<int>{0, 1, 2, 2, 0}));
}

TEST(HtmlInsets, ALinkInASentenceOrAListOfProseIsNoInset) {
  // A paragraph with a linked source, and a list whose items say more than their links.
  const auto m = marks(
      "<body><div class=story><p>The ferry resumed, <a href=/a>the operator said</a> on Monday.</p>"
      "<ul><li><a href=/b>Timetable</a>: sailings every two hours from the north quay until dusk</li>"
      "<li><a href=/c>Fares</a>: unchanged for foot passengers and cyclists this season</li></ul></div></body>");
  EXPECT_EQ(m, (std::vector<int>{0, 0, 0}));
}

TEST(HtmlInsets, ABoxThatEndsTheTextIsNoInset) {
  // The author's links after the last paragraph, then a rail of teasers in a box of their own:
  // the article ends at the links, so they stay a run of furniture.
  const auto m = marks(
      "<body><div class=story><div class=text><p>The ferry resumed its crossings after a week of gales.</p></div>"
      "<div class=author><a href=/a>More by this reporter</a> <a href=/b>Follow on the web</a></div>"
      "<div class=rail><p>Another story's summary, long enough to read as prose.</p></div></div></body>");
  EXPECT_EQ(m, (std::vector<int>{0, 0, 0}));
}

TEST(HtmlInsets, NothingOutsideTheRootsIsMarked) {
  const auto m = marks(
      "<body><div class=story><p>The ferry resumed its crossings after a week of gales.</p></div>"
      "<ul><li><a href=/a>Harbour wall repaired at last</a></li></ul></body>");
  EXPECT_EQ(m, (std::vector<int>{0, 0}));
}

}  // namespace briefcast
