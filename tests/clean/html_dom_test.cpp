#include "clean/html_dom.h"

#include <gtest/gtest.h>

namespace briefcast {

namespace {

// The first element with this tag, depth first.
const GumboNode* find_tag(const GumboNode* node, GumboTag tag) {
  if (!is_element(node)) return nullptr;
  if (node->v.element.tag == tag) return node;
  const GumboNode* found = nullptr;
  for_each_child(node, [&](const GumboNode* child) {
    if (found == nullptr) found = find_tag(child, tag);
  });
  return found;
}

}  // namespace

TEST(HtmlDom, ReadsAttributesAndClassHints) {
  const GumboPtr dom = parse_html("<div class=\"Story Body\" id=Main data-x=1><p>a</p></div>");
  const GumboNode* div = find_tag(dom->root, GUMBO_TAG_DIV);
  ASSERT_NE(div, nullptr);
  EXPECT_EQ(attribute(div, "data-x"), "1");
  EXPECT_EQ(attribute(div, "missing"), "");
  EXPECT_EQ(class_and_id(div), "story body main");
}

TEST(HtmlDom, NodeTextKeepsDocumentOrderAcrossBrokenMarkup) {
  const GumboPtr dom = parse_html("<p>one <b>two <i>three</b> four</p>");
  EXPECT_EQ(node_text(find_tag(dom->root, GUMBO_TAG_P)), "one two three four");
}

TEST(HtmlDom, TellsHiddenElements) {
  const GumboPtr dom = parse_html("<div style=\"DISPLAY: none\">x</div><p hidden>y</p><span style=\"color:red\">z</span>");
  EXPECT_TRUE(is_hidden(find_tag(dom->root, GUMBO_TAG_DIV)));
  EXPECT_TRUE(is_hidden(find_tag(dom->root, GUMBO_TAG_P)));
  EXPECT_FALSE(is_hidden(find_tag(dom->root, GUMBO_TAG_SPAN)));
}

TEST(HtmlDom, AriaHiddenIsHiddenFromAListener) {
  const GumboPtr dom = parse_html("<div aria-hidden=\"TRUE\">Share this</div><p aria-hidden=false>Text</p>");
  EXPECT_TRUE(is_hidden(find_tag(dom->root, GUMBO_TAG_DIV)));
  EXPECT_FALSE(is_hidden(find_tag(dom->root, GUMBO_TAG_P)));
}

TEST(HtmlDom, ClassesTags) {
  EXPECT_TRUE(is_block_tag(GUMBO_TAG_LI));
  EXPECT_FALSE(is_block_tag(GUMBO_TAG_SPAN));
  EXPECT_TRUE(is_skipped_tag(GUMBO_TAG_NAV));
  EXPECT_FALSE(is_skipped_tag(GUMBO_TAG_FORM));
  EXPECT_TRUE(is_heading_tag(GUMBO_TAG_H3));
}

}  // namespace briefcast
