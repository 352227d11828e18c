#include "clean/html_blocks.h"

#include <gtest/gtest.h>

#include "clean/html_dom.h"

namespace briefcast {

TEST(HtmlBlocks, OneBlockPerParagraphWithLinkDensityAndFlags) {
  const GumboPtr dom = parse_html(
      "<html lang=de><head><title>T</title><meta property=og:title content=\"Og\"></head><body>"
      "<h2>Heading</h2><p>Text with <a href=/x>link</a></p><ul><li>Item</li></ul>"
      "<article><p>Inside<br>two lines</p></article><script>var x;</script><nav>Menu</nav></body></html>");
  const HtmlPage page = walk_page(dom->root);
  ASSERT_EQ(page.blocks.size(), 5u);
  EXPECT_EQ(page.blocks[0].block.text, "Heading");
  EXPECT_TRUE(page.blocks[0].block.is_heading);
  EXPECT_EQ(page.blocks[1].block.text, "Text with link");
  EXPECT_NEAR(page.blocks[1].block.link_density, 4.0 / 12.0, 1e-9);
  EXPECT_TRUE(page.blocks[2].block.is_list_item);
  EXPECT_EQ(page.blocks[3].block.text, "Inside");
  EXPECT_TRUE(page.blocks[3].in_article);
  EXPECT_EQ(page.blocks[4].block.text, "two lines");
  EXPECT_EQ(page.info.lang, "de");
  EXPECT_EQ(page.info.title, "T");
  EXPECT_EQ(page.info.og_title, "Og");
}

TEST(HtmlBlocks, CountsVisibleAndLinkedTextPerElement) {
  const GumboPtr dom = parse_html("<div id=d><p>abc <a href=/>de</a></p><p hidden>zzz</p></div>");
  const HtmlPage page = walk_page(dom->root);
  const ElementStats* stats = nullptr;
  for (const auto& [node, s] : page.stats) {
    if (attribute(node, "id") == "d") stats = &s;
  }
  ASSERT_NE(stats, nullptr);
  EXPECT_EQ(stats->chars, 5u);
  EXPECT_EQ(stats->link_chars, 2u);
  EXPECT_DOUBLE_EQ(link_density(*stats), 0.4);
}

TEST(HtmlBlocks, UnlikelyElementsAreSkippedOnlyWhenAsked) {
  const GumboPtr dom = parse_html("<div class=sidebar><p>Side text</p></div><p>Main</p>");
  EXPECT_EQ(walk_page(dom->root).blocks.size(), 1u);
  WalkOptions all;
  all.skip_unlikely = false;
  EXPECT_EQ(walk_page(dom->root, all).blocks.size(), 2u);
}

TEST(HtmlBlocks, AWordInsideASentenceIsKeptWhateverItsClass) {
  // A glossary pop-up hook around one word of a sentence: skipping it would cut the sentence.
  const GumboPtr dom = parse_html(
      "<body><p>The grape known as <span class=modal-glossary><a href=/g>Primitivo</a></span> grows in the "
      "south.</p><div class=modal-glossary><p>Pop-up text</p></div></body>");
  const HtmlPage page = walk_page(dom->root);
  ASSERT_EQ(page.blocks.size(), 1u);
  EXPECT_EQ(page.blocks[0].block.text, "The grape known as Primitivo grows in the south.");
}

TEST(HtmlBlocks, ShortTemplatePartsAreFlaggedNotSkipped) {
  const GumboPtr dom = parse_html(
      "<body><article class=article-main><div class=article__byline>By Nora Vale</div>"
      "<p class=summary-dek>Ferries run again after the strike.</p>"
      "<figure><img src=a.jpg><span class=photo-credit>Harbour Pictures</span></figure>"
      "<p>The ferries sailed on time, <span class=credit-line>said the operator</span>, for the first time.</p>"
      "<div class=signup-box><p>Get our morning letter.</p></div></article></body>");
  const HtmlPage page = walk_page(dom->root);
  ASSERT_EQ(page.blocks.size(), 5u);
  EXPECT_TRUE(page.blocks[0].template_part);  // byline, despite "article" in its class
  EXPECT_TRUE(page.blocks[1].template_part);  // dek
  EXPECT_TRUE(page.blocks[2].template_part);  // credit
  // Part of a sentence in a credit-named span: the block is the sentence's.
  EXPECT_FALSE(page.blocks[3].template_part);
  EXPECT_TRUE(page.blocks[4].template_part);  // sign-up box
}

TEST(HtmlBlocks, ALongElementNamedLikeATemplatePartIsNotOne) {
  std::string prose;
  for (int i = 0; i < 8; ++i) prose += "The credit union opened a branch in the valley town this spring. ";
  const GumboPtr dom = parse_html("<body><div class=credit-union-story><p>" + prose + "</p></div></body>");
  const HtmlPage page = walk_page(dom->root);
  ASSERT_EQ(page.blocks.size(), 1u);
  EXPECT_FALSE(page.blocks[0].template_part);
}

TEST(HtmlBlocks, AMenuThatHoldsProseIsWalked) {
  // A tab bar and its panels in one element named "menu": the panels' unlinked prose makes it
  // content. A menu of links (or with a line of unlinked text) is still skipped.
  const std::string prose =
      "This long description of the product runs on for several sentences, and none of its words "
      "sit inside a link. It tells the reader what the thing is, where it comes from, what it is "
      "good for and how it should be kept, as a description on a shop page does.";
  const GumboPtr dom = parse_html("<body><div class=tab-menu><a href=#a>Description</a> <a href=#b>Reviews</a>"
                                  "<div class=panel><p>" + prose + "</p></div></div>"
                                  "<div class=site-menu><ul><li><a href=/n>News</a></li><li><a href=/s>Sport</a></li>"
                                  "</ul><p>Open every day</p></div></body>");
  const HtmlPage page = walk_page(dom->root);
  ASSERT_EQ(page.blocks.size(), 2u);
  EXPECT_EQ(page.blocks[0].block.text, "Description Reviews");
  EXPECT_EQ(page.blocks[1].block.text, prose);
}

TEST(HtmlBlocks, ProseDoesNotRescueOtherFurniture) {
  // Only names of link lists are second-guessed: a sidebar or a comment section with prose stays out.
  const std::string prose(260, 'x');
  const GumboPtr dom = parse_html("<body><div class=\"sidebar menu\"><p>" + prose + "</p></div><div class=comments><p>" +
                                  prose + "</p></div><p>Main</p></body>");
  const HtmlPage page = walk_page(dom->root);
  ASSERT_EQ(page.blocks.size(), 1u);
  EXPECT_EQ(page.blocks[0].block.text, "Main");
}

TEST(HtmlBlocks, AModalDialogIsSkipped) {
  // A dialog the page opens on a click (a glossary, a sign-up form) is hidden until then; its
  // long text must not outscore the article.
  const GumboPtr dom = parse_html(
      "<body><div class=\"modal fade\"><div class=modal-body><p>Glossary entry, long and full of commas, "
      "terms, and definitions.</p></div></div><div class=text><p>Story text</p></div></body>");
  const HtmlPage page = walk_page(dom->root);
  ASSERT_EQ(page.blocks.size(), 1u);
  EXPECT_EQ(page.blocks[0].block.text, "Story text");
}

TEST(HtmlBlocks, AnOverlayIsSkipped) {
  // A layer drawn over the page on a click (a photo viewer's title and "Close" label, a sign-in
  // form) is not the article, even when it sits between its paragraphs.
  const GumboPtr dom = parse_html(
      "<body><div class=story><p>First part of the story.</p><div class=viewer-overlay><div class=title>"
      "Crowds at the harbour</div><div class=close-label>Close viewer</div></div><p>Second part.</p></div></body>");
  const HtmlPage page = walk_page(dom->root);
  ASSERT_EQ(page.blocks.size(), 2u);
  EXPECT_EQ(page.blocks[0].block.text, "First part of the story.");
  EXPECT_EQ(page.blocks[1].block.text, "Second part.");
}

TEST(HtmlBlocks, WhatThePrintedPageLeavesOutIsSkipped) {
  // A contact box and a share bar marked to be left out of print, even with "article" in their
  // names; the article's text, which the printed page keeps, stays.
  const GumboPtr dom = parse_html(
      "<body><article><p>The harbour reopened on Monday.</p><div class=\"article-contact no-print\"><p>Questions "
      "about this article? Write to us.</p></div><div class=\"share d-print-none\">Share</div>"
      "<p>Boats left at dawn.</p></article></body>");
  const HtmlPage page = walk_page(dom->root);
  ASSERT_EQ(page.blocks.size(), 2u);
  EXPECT_EQ(page.blocks[0].block.text, "The harbour reopened on Monday.");
  EXPECT_EQ(page.blocks[1].block.text, "Boats left at dawn.");
}

TEST(HtmlBlocks, APrintClassOnTheArticlesWrapperIsNotFollowed) {
  const GumboPtr dom = parse_html(
      "<body><div class=noprint><article><p>The harbour reopened on Monday.</p></article></div></body>");
  const HtmlPage page = walk_page(dom->root);
  ASSERT_EQ(page.blocks.size(), 1u);
  EXPECT_EQ(page.blocks[0].block.text, "The harbour reopened on Monday.");
}

TEST(HtmlBlocks, ScreenReaderOnlyLabelsAreSkipped) {
  // Labels meant for finding one's way with a screen reader, which nobody sees as the article.
  const GumboPtr dom = parse_html(
      "<body><a class=\"skip-link screen-reader-text\" href=#main>Skip to content</a><article><p>The harbour "
      "reopened <span class=sr-only>(opens in a new tab)</span>on Monday.</p><label class=visually-hidden>Search"
      "</label></article></body>");
  const HtmlPage page = walk_page(dom->root);
  ASSERT_EQ(page.blocks.size(), 1u);
  EXPECT_EQ(page.blocks[0].block.text, "The harbour reopened on Monday.");
}

TEST(HtmlBlocks, AFormIsSkippedUnlessItHoldsTheArticlesProse) {
  // A rating form under the story is skipped; a form that wraps the whole page (with the story's
  // paragraphs in it) is walked.
  const GumboPtr rated = parse_html(
      "<body><div class=story><p>The harbour reopened on Monday.</p><form><fieldset><legend>Was this story "
      "useful?</legend><label>Yes</label><input type=radio></fieldset></form></div></body>");
  const HtmlPage rated_page = walk_page(rated->root);
  ASSERT_EQ(rated_page.blocks.size(), 1u);
  EXPECT_EQ(rated_page.blocks[0].block.text, "The harbour reopened on Monday.");

  const std::string prose =
      "The harbour reopened on Monday after a week of repairs to the sea wall, which the storm of the "
      "previous weekend had breached in two places, and the first boats left for the fishing grounds at dawn.";
  const GumboPtr wrapped = parse_html("<body><form id=page><div class=story><p>" + prose + "</p><p>" + prose +
                                      "</p></div></form></body>");
  EXPECT_EQ(walk_page(wrapped->root).blocks.size(), 2u);
}

TEST(HtmlBlocks, RecommendationRailsAreSkipped) {
  // Widgets that recommend more reading (a site's own "trending" list, a third-party feed of
  // sponsored links) are not the article, however much their teasers read like prose.
  const GumboPtr dom = parse_html(
      "<body><div class=story><p>The harbour reopened on Monday.</p></div><div class=trending-now><p>Ten walks "
      "along the coast that every family should try this summer.</p></div><div id=taboola-below><p>You will not "
      "believe what this kitchen gadget can do.</p></div><div class=recommended-reads><p>More on the storm.</p>"
      "</div></body>");
  const HtmlPage page = walk_page(dom->root);
  ASSERT_EQ(page.blocks.size(), 1u);
  EXPECT_EQ(page.blocks[0].block.text, "The harbour reopened on Monday.");
}

TEST(HtmlBlocks, TheAuthorsBioBoxIsSkipped) {
  // The writer's self-introduction under a post reads as prose but is the site's, not the
  // article's; a short byline is the template's and stays a block (see html_extractor).
  const GumboPtr dom = parse_html(
      "<body><article><p>The harbour reopened on Monday.</p><div class=author-box><p>Hi, I am Sam, and I have "
      "written about boats and the sea on this blog since my first sailing summer.</p></div></article></body>");
  const HtmlPage page = walk_page(dom->root);
  ASSERT_EQ(page.blocks.size(), 1u);
  EXPECT_EQ(page.blocks[0].block.text, "The harbour reopened on Monday.");
}

TEST(HtmlBlocks, TheArticlesOwnHeaderIsWalked) {
  // A "header" class inside the <article> is the article's header (its lead sits there); the
  // page's header outside it, and other furniture names inside it, are still skipped.
  const GumboPtr dom = parse_html(
      "<body><div class=site-header><p>Site menu</p></div><article><div class=entry-header><p>Lead text</p>"
      "</div><p>Body text</p><div class=share-bar><p>Share this</p></div></article></body>");
  const HtmlPage page = walk_page(dom->root);
  ASSERT_EQ(page.blocks.size(), 2u);
  EXPECT_EQ(page.blocks[0].block.text, "Lead text");
  EXPECT_EQ(page.blocks[1].block.text, "Body text");
}

TEST(HtmlBlocks, FurnitureThatWrapsTheArticleIsWalked) {
  // A layout that puts the story in an <aside> (or a footer) column: the <article> inside it
  // makes it the page's content, while a plain <aside> is still skipped.
  const GumboPtr dom = parse_html(
      "<body><aside class=column><article><p>Story text</p></article></aside><aside><p>Side</p></aside>"
      "<footer><main><p>Main text</p></main></footer></body>");
  const HtmlPage page = walk_page(dom->root);
  ASSERT_EQ(page.blocks.size(), 2u);
  EXPECT_EQ(page.blocks[0].block.text, "Story text");
  EXPECT_TRUE(page.blocks[0].in_article);
  EXPECT_EQ(page.blocks[1].block.text, "Main text");
}

}  // namespace briefcast
