#include "clean/html_extractor.h"

#include <gtest/gtest.h>

#include "model/error.h"

namespace briefcast {

namespace {

const std::string kP1 =
    "The regional water board said on Monday that reservoir levels had returned to normal after the wettest "
    "autumn in twenty years, and that the hosepipe ban would be lifted at the end of the week.";
const std::string kP2 =
    "Officials had asked households to cut their use by a tenth during the summer, when two of the four "
    "reservoirs fell below a third of their capacity for the first time since the board was formed.";
const std::string kP3 =
    "The board said it would still go ahead with plans to build a new pipeline to the north of the county, "
    "which it expects to finish within three years if the planning inquiry goes its way.";

std::string page(const std::string& head, const std::string& body, const std::string& lang = "en") {
  return "<!DOCTYPE html><html lang=\"" + lang + "\"><head>" + head + "</head><body>" + body + "</body></html>";
}

}  // namespace

TEST(HtmlExtractor, KeepsArticleDropsNavAsideFooterScript) {
  const std::string html = page(
      "<title>Hosepipe ban lifted | County News</title>",
      "<nav><a href=/>Home</a> <a href=/news>News</a></nav>"
      "<div class=sidebar><p>Most read: trains cancelled again, a school closes, the weather turns.</p></div>"
      "<article><h1>Hosepipe ban lifted</h1><p>" + kP1 + "</p><p>" + kP2 + "</p><script>var x = 1;</script><p>" + kP3 +
      "</p></article><aside><p>Related: a longer story about the reservoirs and the weather that is here.</p></aside>"
      "<footer><p>Copyright County News. All rights reserved.</p></footer>");
  const Article article = clean_html(html, "p.html");
  EXPECT_EQ(article.title, "Hosepipe ban lifted");
  EXPECT_EQ(article.paragraphs, (std::vector<std::string>{kP1, kP2, kP3}));
  EXPECT_EQ(article.metadata.language, "en");
  EXPECT_EQ(article.metadata.input_kind, InputKind::kHtml);
}

TEST(HtmlExtractor, LeavesOutTheBylineCreditDekAndSignUpBoxOfTheTemplate) {
  const std::string html = page(
      "<title>Hosepipe ban lifted</title>",
      "<article class=article-body><h1>Hosepipe ban lifted</h1>"
      "<p class=article-dek>Reservoirs are full again after a wet autumn, the board says.</p>"
      "<div class=article-byline><span>Wire services</span></div>"
      "<figure><div class=pic><img src=r.jpg></div><div class=image-credit>Lena Fosse, County Photos</div></figure>"
      "<p>" + kP1 + "</p><div class=signupMessage>Get the morning news in your inbox, delivered weekdays.</div><p>" +
      kP2 + "</p><p>" + kP3 + "</p></article>");
  const Article article = clean_html(html, "p.html");
  EXPECT_EQ(article.paragraphs, (std::vector<std::string>{kP1, kP2, kP3}));
}

TEST(HtmlExtractor, TheHeadlinePrintedAgainInsideTheArticleIsLeftOut) {
  // A gallery or a share box under the text labels itself with the headline.
  const std::string html = page(
      "<title>Hosepipe ban lifted early</title>",
      "<article><h1>Hosepipe ban lifted early</h1><p>" + kP1 + " " + kP2 + "</p><p>" + kP3 +
      "</p><div class=gallery-title>Hosepipe Ban Lifted Early</div></article>");
  const Article article = clean_html(html, "p.html");
  EXPECT_EQ(article.paragraphs, (std::vector<std::string>{kP1 + " " + kP2, kP3}));
}

TEST(HtmlExtractor, ALabelledShortLinkBetweenParagraphsIsKept) {
  const std::string p4 =
      "Anglers on the lower river welcomed the news but asked the board to keep an eye on the weirs, where low "
      "water in August had left fish stranded in shallow pools for several days.";
  const std::string html = page(
      "<title>Hosepipe ban lifted</title>",
      "<article><h1>Hosepipe ban lifted</h1><p>" + kP1 + "</p><p>" + kP2 +
      "</p><p><b>Account:</b> <a href=/w>@harbourboard</a></p><p>" + kP3 + "</p><p>" + p4 + "</p></article>");
  const Article article = clean_html(html, "p.html");
  EXPECT_EQ(article.paragraphs, (std::vector<std::string>{kP1, kP2, "Account: @harbourboard", kP3, p4}));
}

TEST(HtmlExtractor, TwoLinkedLinesBetweenParagraphsDoNotCutTheArticle) {
  const std::string html = page(
      "<title>Hosepipe ban lifted</title>",
      "<article><h1>Hosepipe ban lifted</h1><p>" + kP1 +
      "</p><p>Read more: <a href=/a>Reservoir walks reopen to the public</a></p><p>" + kP2 +
      "</p><p>Read more: <a href=/r>Anglers fear for the river as the summer goes on</a></p><p>" + kP3 +
      "</p></article>");
  const Article article = clean_html(html, "p.html");
  EXPECT_EQ(article.paragraphs, (std::vector<std::string>{kP1, kP2, kP3}));
}

TEST(HtmlExtractor, ABoxOfLinksBetweenParagraphsDoesNotCutOffTheArticlesEnd) {
  // Five linked teasers under a label, set between the last two paragraphs: one box, not a run
  // of furniture that ends the article; its label and links stay out.
  std::string box = "<div class=more-reading><h3>ELSEWHERE</h3><ul>";
  for (const char* t : {"Farmers count the cost of a dry June", "Canal towpath to shut for repairs",
                        "Why the river smells in August", "Rain gauges go digital across the valley"}) {
    box += "<li><a href=/s>" + std::string(t) + "</a></li>";
  }
  box += "</ul></div>";
  const std::string last = "The pipeline will carry water from the northern hills.";
  const std::string html =
      page("", "<div class=story><p>" + kP1 + "</p><p>" + kP2 + "</p><p>" + kP3 + "</p>" + box + "<p>" + last +
                   "</p></div><div class=footer-links><a href=/a>About us</a> <a href=/b>Contact</a></div>");
  const Article article = clean_html(html, "p.html");
  EXPECT_EQ(article.paragraphs, (std::vector<std::string>{kP1, kP2, kP3, last}));
}

TEST(HtmlExtractor, ScoresContainersWithoutArticleTags) {
  const std::string html = page(
      "",
      "<div id=menu><ul><li><a href=/a>Politics and the economy this week</a></li>"
      "<li><a href=/b>Culture, books, films and music reviews</a></li></ul></div>"
      "<div class=story-content><p>" + kP1 + "</p><p>" + kP2 + "</p><p>" + kP3 + "</p></div>"
      "<div class=teasers><p><a href=/c>Another story with a long linked headline, as teasers have.</a></p></div>");
  const Article article = clean_html(html, "p.html");
  EXPECT_EQ(article.paragraphs, (std::vector<std::string>{kP1, kP2, kP3}));
}

TEST(HtmlExtractor, ATeaserListInsideTheContainerIsNotTheArticle) {
  // Summaries of other stories under linked titles read as prose; in the article's own
  // container they must not join it.
  std::string teasers;
  for (const char* t : {"Bus fares rise in spring", "New bridge opens to cyclists", "Market hall to close"}) {
    teasers += "<div class=item><a href=/s>" + std::string(t) + "</a></div><div class=summary>The council said on "
               "Tuesday that the change, long debated by residents and traders, would take effect within weeks.</div>";
  }
  const std::string html =
      page("", "<div class=main-column><div class=story><p>" + kP1 + "</p><p>" + kP2 + "</p><p>" + kP3 +
                   "</p></div><div class=more>" + teasers + "</div></div>");
  const Article article = clean_html(html, "p.html");
  EXPECT_EQ(article.paragraphs, (std::vector<std::string>{kP1, kP2, kP3}));
}

TEST(HtmlExtractor, WhatLiesBetweenTheArticlesParagraphsIsKeptUnlessFurniture) {
  // Code, a short line that introduces it and a table cell between paragraphs are the
  // article's; an advert label and a line of links between them are not.
  const std::string html = page(
      "", "<div class=story><p>" + kP1 + "</p><p>The board's script reads:</p><pre>levels = read(sensor)\n"
          "report(levels)</pre><p>" + kP2 + "</p><p>Advertisement</p><table><tr><td>North reservoir 81 %</td></tr>"
          "</table><p><a href=/a>Reservoirs</a> <a href=/b>Weather</a></p><p>" + kP3 + "</p></div>");
  const Article article = clean_html(html, "p.html");
  EXPECT_EQ(article.paragraphs, (std::vector<std::string>{kP1, "The board's script reads:",
                                                          "levels = read(sensor) report(levels)", kP2,
                                                          "North reservoir 81 %", kP3}));
}

TEST(HtmlExtractor, NothingIsAddedBeforeTheFirstParagraph) {
  // Above the first paragraph judged good, only what the container keeps on its own merits
  // stays (short lines): a long line the classifier rejects between two of them is no interior.
  const std::string html = page(
      "", "<div class=story><div>Water, weather and the reservoirs of the county</div><p>North Dam, Calder Valley, March 2023: grey skies, low "
          "water, cracked mud banks, dry reeds, empty boats</p><div>County News Service</div><p>" + kP1 + "</p><p>" +
          kP2 + "</p><p>" + kP3 + "</p></div>");
  const Article article = clean_html(html, "p.html");
  ASSERT_GE(article.paragraphs.size(), 3u);
  EXPECT_EQ(article.paragraphs.front(), "Water, weather and the reservoirs of the county");
  EXPECT_EQ(article.paragraphs.back(), kP3);
  for (const auto& p : article.paragraphs) EXPECT_EQ(p.find("North Dam"), std::string::npos) << p;
}

TEST(HtmlExtractor, DropsCaptionsHiddenTextAndLinkDenseBlocks) {
  const std::string html = page(
      "",
      "<article><p>" + kP1 + "</p><figure><img src=a.jpg><figcaption>The reservoir in November.</figcaption></figure>"
      "<p style=\"display: none\">Hidden text that no reader sees, with several words in it.</p>"
      "<p><a href=/x>Read the board's full report on reservoir levels</a> <a href=/y>and its plans</a></p>"
      "<p>" + kP2 + "</p><p>" + kP3 + "</p></article>");
  const Article article = clean_html(html, "p.html");
  EXPECT_EQ(article.paragraphs, (std::vector<std::string>{kP1, kP2, kP3}));
}

TEST(HtmlExtractor, AQuestionPutToEachGuestIsKeptEachTime) {
  const std::string question = "What first drew you to the water?";
  const std::string html = page(
      "", "<article><p>" + kP1 + "</p><p><strong>" + question + "</strong></p><p>" + kP2 + "</p>" +
              "<p>Advertisement</p><p><strong>" + question + "</strong></p><p>" + kP3 + "</p><p>Advertisement</p></article>");
  const Article article = clean_html(html, "p.html");
  EXPECT_EQ(article.paragraphs, (std::vector<std::string>{kP1, question, kP2, question, kP3}));
}

TEST(HtmlExtractor, ACreditUnderItsOwnLabelIsLeftOut) {
  const std::string html = page("", "<article><p>" + kP1 + "</p><dl><dt>Photo:</dt><dd>Water board archive</dd></dl><p>" +
                                        kP2 + "</p><p>" + kP3 + "</p></article>");
  const Article article = clean_html(html, "p.html");
  EXPECT_EQ(article.paragraphs, (std::vector<std::string>{kP1, kP2, kP3}));
}

TEST(HtmlExtractor, ShortTextBesideAnImageIsItsCaption) {
  const std::string html = page("", "<div class=post><p>" + kP1 + "</p><div class=pic><img src=a.jpg>The reservoir "
                                    "at dawn</div><p>" + kP2 + "</p><p>" + kP3 + "</p></div>");
  const Article article = clean_html(html, "p.html");
  EXPECT_EQ(article.paragraphs, (std::vector<std::string>{kP1, kP2, kP3}));
}

TEST(HtmlExtractor, LinkedSourcesInsideTheArticleStay) {
  const std::string linked =
      "The full report, with the levels of every reservoir since 1990, is published on the board's website.";
  const std::string html = page("", "<article><p>" + kP1 + "</p><p>" + kP2 + "</p><p><a href=/r>" + linked +
                                    "</a></p><p>" + kP3 + "</p></article>");
  const Article article = clean_html(html, "p.html");
  EXPECT_EQ(article.paragraphs, (std::vector<std::string>{kP1, kP2, linked, kP3}));
}

TEST(HtmlExtractor, HeadlineAndMetadataFromMetaAndJsonLd) {
  const std::string html = page(
      "<title>County News - Reservoirs refill after wet autumn</title>"
      "<meta property=\"og:title\" content=\"Reservoirs refill after wet autumn\">"
      "<meta property=\"og:site_name\" content=\"County News\">"
      "<script type=\"application/ld+json\">{\"@graph\": [{\"@type\": \"WebPage\"}, {\"@type\": \"NewsArticle\", "
      "\"headline\": \"Reservoirs refill\", \"author\": [{\"name\": \"Sam Rivers\"}, {\"name\": \"Ada Brook\"}], "
      "\"datePublished\": \"2025-11-03\"}]}</script>",
      "<h1>Site logo</h1><article><h1>Reservoirs refill after wet autumn</h1><p>" + kP1 + "</p><p>" + kP2 + "</p></article>",
      "en-GB");
  const Article article = clean_html(html, "p.html");
  EXPECT_EQ(article.title, "Reservoirs refill after wet autumn");
  EXPECT_EQ(article.metadata.byline, "Sam Rivers, Ada Brook");
  EXPECT_EQ(article.metadata.date, "2025-11-03");
  EXPECT_EQ(article.metadata.site, "County News");
  EXPECT_EQ(article.metadata.language, "en-GB");
  EXPECT_EQ(article.paragraphs, (std::vector<std::string>{kP1, kP2}));
}

TEST(HtmlExtractor, JsonLdArticleBodyPicksTheAgreeingBlocks) {
  // The DOM has a teaser paragraph inside the container; articleBody does not.
  const std::string teaser =
      "Elsewhere in the county, a new bakery on the high street has been drawing long queues every morning this "
      "week, its owners said.";
  const std::string html = page(
      "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"articleBody\": \"" + kP1 + " " + kP2 + " " +
          kP3 + "\"}</script>",
      "<div class=content><p>" + kP1 + "</p><p>" + kP2 + "</p><p>" + teaser + "</p><p>" + kP3 + "</p></div>");
  const Article article = clean_html(html, "p.html");
  EXPECT_EQ(article.paragraphs, (std::vector<std::string>{kP1, kP2, kP3}));
}

TEST(HtmlExtractor, ASubheadingRunTogetherWithTheNextParagraphInArticleBodyStillAgrees) {
  // The page's articleBody lost the space after the subheading ("...in the northThe board...").
  const std::string sub = "Rain in the north";
  const std::string html = page(
      "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"articleBody\": \"" + kP1 + " " + kP2 +
          " " + sub + kP3 + "\"}</script>",
      "<div class=content><p>" + kP1 + "</p><p>" + kP2 + "</p><h2>" + sub + "</h2><p>" + kP3 +
          "</p><h2>Share this page</h2></div>");
  const Article article = clean_html(html, "p.html");
  EXPECT_EQ(article.paragraphs, (std::vector<std::string>{kP1, kP2, sub, kP3}));
}

TEST(HtmlExtractor, ATruncatedJsonLdArticleBodyDoesNotCutTheArticle) {
  // articleBody holds only the first paragraph: it agrees with the page, yet the article the
  // page shows is longer, and all of it is kept.
  const std::string lead = kP1 + " " + kP2;
  const std::string p4 =
      "Anglers on the lower river welcomed the news, saying the low water of August had left whole stretches "
      "too warm for trout, and that several clubs had called off their autumn matches for the first time.";
  const std::string p5 = "The board will publish its next report on the reservoirs in the spring.";
  const std::string html = page(
      "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"articleBody\": \"" + lead +
          "\"}</script>",
      "<div class=content><p>" + lead + "</p><p>" + kP3 + "</p><p>" + p4 + "</p><p>" + p5 + "</p></div>");
  const Article article = clean_html(html, "p.html");
  EXPECT_EQ(article.paragraphs, (std::vector<std::string>{lead, kP3, p4, p5}));
}

TEST(HtmlExtractor, JsonLdArticleBodyStandsInForAnEmptyDom) {
  // A page whose text a script would render: only the JSON-LD carries it.
  const std::string html = page("<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": "
                                "\"Reservoirs refill\", \"articleBody\": \"" + kP1 + "\\n\\n" + kP2 + "\"}</script>",
                                "<div id=app></div><script>render()</script>");
  const Article article = clean_html(html, "p.html");
  EXPECT_EQ(article.title, "Reservoirs refill");
  EXPECT_EQ(article.paragraphs, (std::vector<std::string>{kP1, kP2}));
}

TEST(HtmlExtractor, ArticleUnderAFurnitureClassNameIsFoundBesideAShortTeaser) {
  // The walk that skips furniture-named elements finds only the teaser (enough to pass as an
  // article on its own); the walk that skips none finds the story, which keeps more.
  const std::string teaser =
      "Subscribe to our weekly letter for the stories of the county, from the council chamber to the football "
      "ground, delivered to your inbox every Friday morning at seven o'clock. Readers who join before the end of "
      "the month also get the archive of last year's letters and a map of the county's walking routes.";
  const std::string html =
      page("<title>Reservoirs refill</title>", "<div class=intro><p>" + teaser + "</p></div><div class=\"header-layout\">"
                                               "<p>" + kP1 + "</p><p>" + kP2 + "</p><p>" + kP3 + "</p></div>");
  const Article article = clean_html(html, "p.html");
  ASSERT_GE(article.paragraphs.size(), 3u);
  EXPECT_EQ(std::vector<std::string>(article.paragraphs.end() - 3, article.paragraphs.end()),
            (std::vector<std::string>{kP1, kP2, kP3}));
}

TEST(HtmlExtractor, TheBodyDoesNotRepeatTheHeadline) {
  const std::string head = "<meta property=og:title content=\"Reservoirs refill after wet autumn\">";
  // A heading that holds the headline after a kicker is the headline again, not the body.
  Article article = clean_html(page(head, "<article><h2>Water: Reservoirs refill after wet autumn</h2><p>" + kP1 +
                                              "</p><p>" + kP2 + "</p></article>"),
                               "p.html");
  EXPECT_EQ(article.title, "Reservoirs refill after wet autumn");
  EXPECT_EQ(article.paragraphs, (std::vector<std::string>{kP1, kP2}));
  // A first paragraph that opens with the headline as a title ("Headline: ...") loses it.
  article = clean_html(page(head, "<article><p>Reservoirs refill after wet autumn: " + kP1 + "</p><p>" + kP2 +
                                      "</p></article>"),
                       "p.html");
  EXPECT_EQ(article.paragraphs, (std::vector<std::string>{kP1, kP2}));
  // A kicker line above the headline printed in the article goes with it.
  article = clean_html(page(head, "<article><p class=kicker>Water supply</p><h2>Reservoirs Refill After Wet Autumn</h2>"
                                      "<p>" + kP1 + "</p><p>" + kP2 + "</p></article>"),
                       "p.html");
  EXPECT_EQ(article.paragraphs, (std::vector<std::string>{kP1, kP2}));
  // When the headline's words go on as the sentence's subject, the sentence stays whole.
  const std::string sentence = "Reservoirs refill after wet autumn rains faster than the board expected, " + kP2;
  article = clean_html(page(head, "<article><p>" + sentence + "</p><p>" + kP3 + "</p></article>"), "p.html");
  EXPECT_EQ(article.paragraphs, (std::vector<std::string>{sentence, kP3}));
}

TEST(HtmlExtractor, AHeadingThatEndsTheBodyIsLeftOut) {
  // The heading of the section after the article (its items are links, left out) heads nothing
  // of the article.
  const Article article = clean_html(
      page("<title>Hosepipe ban lifted</title>",
           "<article><h1>Hosepipe ban lifted</h1><p>" + kP1 + "</p><p>" + kP2 + "</p><p>" + kP3 +
               "</p><h2>Join the discussion</h2><p><a href=/login>Log in</a> <a href=/join>to comment</a></p>"
               "</article>"),
      "p.html");
  EXPECT_EQ(article.paragraphs, (std::vector<std::string>{kP1, kP2, kP3}));
}

TEST(HtmlExtractor, UntitledPageKeepsAnEmptyTitle) {
  const Article article = clean_html(page("", "<article><p>" + kP1 + "</p><p>" + kP2 + "</p></article>"), "p.html");
  EXPECT_TRUE(article.title.empty());
  EXPECT_EQ(article.paragraphs, (std::vector<std::string>{kP1, kP2}));
}

TEST(HtmlExtractor, ALeadInItsOwnContainerJoinsTheBodyAcrossAnAd) {
  // The lead sits in a container of its own, far from the scored one in the tree, with an ad
  // between them: good prose right next to the chosen blocks is the same article.
  const std::string lead =
      "Households across the county will be allowed to use hosepipes again from Saturday, the water board said, "
      "ending restrictions that had been in place since the middle of July, when the first of the county's four "
      "reservoirs fell to a third of its capacity.";
  const std::string about =
      "County News is published by a cooperative of readers and reporters who have covered the county's towns "
      "and villages since nineteen sixty, and it is funded by its members.";
  std::string rail = "<div class=rail><ul>";
  for (const char* t : {"Trains", "Roads", "Schools", "Weather", "Sport", "Courts", "Jobs", "Homes"}) {
    rail += std::string("<li><a href=/t>") + t + "</a></li>";
  }
  rail += "</ul></div>";
  const std::string html = page(
      "<title>Hosepipe ban lifted</title>",
      "<div class=lead><p>" + lead + "</p></div><div class=ad>Advertisement</div><div class=a><div class=b><div "
      "class=c><p>" + kP1 + "</p><p>" + kP2 + "</p><p>" + kP3 + "</p></div></div></div>" + rail + "<div><p>" +
          about + "</p></div>");
  const Article article = clean_html(html, "p.html");
  EXPECT_EQ(article.paragraphs, (std::vector<std::string>{lead, kP1, kP2, kP3}));
}

TEST(HtmlExtractor, APostMadeOfLinksYieldsThem) {
  // A post that lists what its author read: every line is a link with its source, and no
  // classifier calls that prose; the <article> element says it is the article.
  std::string items;
  for (const char* t : {"Council approves the new harbour bridge after a long debate",
                        "Ferry timetable changes for the winter season announced",
                        "Water board lifts the hosepipe ban across the whole county",
                        "Library extends its opening hours during the exam period",
                        "Rail operator apologises for a week of cancelled trains"}) {
    items += std::string("<p><a href=/x>") + t + "</a> via County News</p>";
  }
  const Article article = clean_html(page("<title>Reading list</title>",
                                          "<nav><a href=/>Home</a></nav><article>" + items + "</article>"),
                                     "p.html");
  ASSERT_EQ(article.paragraphs.size(), 5u);
  EXPECT_EQ(article.paragraphs.front(), "Council approves the new harbour bridge after a long debate via County News");
}

TEST(HtmlExtractor, PagesWithoutArticleThrow) {
  EXPECT_THROW(clean_html(page("<script>app()</script>", "<script>render()</script>"), "app.html"), Error);
  EXPECT_THROW(clean_html(page("<title>Not found</title>", "<h1>404</h1><p>Page not found.</p>"), "404.html"), Error);
  EXPECT_THROW(clean_html(page("", "<nav><a href=/a>World</a> <a href=/b>Sport</a></nav><ul><li><a href=/c>Story "
                                   "one headline here</a></li><li><a href=/d>Story two headline</a></li></ul>"),
                          "home.html"),
               Error);
}

}  // namespace briefcast

namespace briefcast {

TEST(HtmlExtractor, TheAuthorsBoxAfterTheArticleIsLeftOut) {
  const Article article = clean_html(
      page("<title>Hosepipe ban lifted</title><meta name=author content=\"Nora Quill\">",
           "<article><h1>Hosepipe ban lifted</h1><p>" + kP1 + "</p><p>" + kP2 + "</p><p>" + kP3 +
               "</p><div class=bio><p>Nora Quill</p><p>Nora Quill covers the environment for the County News.</p>"
               "</div></article>"),
      "p.html");
  EXPECT_EQ(article.metadata.byline, "Nora Quill");
  EXPECT_EQ(article.paragraphs, (std::vector<std::string>{kP1, kP2, kP3}));
}

}  // namespace briefcast

namespace briefcast {

TEST(HtmlExtractor, ALabelWhoseLinksWereLeftOutGoesToo) {
  const std::string links = "<ul><li><a href=/a>Council to vote on river crossing</a></li>"
                            "<li><a href=/b>Water rates rise again this spring</a></li></ul>";
  Article article = clean_html(page("<title>Hosepipe ban lifted</title>",
                                    "<article><h1>Hosepipe ban lifted</h1><p>" + kP1 + "</p><p>More:</p>" + links +
                                        "<p>" + kP2 + "</p><p>DON'T MISS</p>" + links + "<p>" + kP3 +
                                        "</p></article>"),
                               "p.html");
  EXPECT_EQ(article.paragraphs, (std::vector<std::string>{kP1, kP2, kP3}));
  // A label over text that stays is kept, and so is a quantity in capitals.
  article = clean_html(page("<title>Hosepipe ban lifted</title>",
                            "<article><h1>Hosepipe ban lifted</h1><p>" + kP1 + "</p><p>WHAT HAPPENS NEXT</p><p>" + kP2 +
                                "</p><p>20 MM</p>" + links + "<p>" + kP3 + "</p></article>"),
                       "p.html");
  EXPECT_EQ(article.paragraphs, (std::vector<std::string>{kP1, "WHAT HAPPENS NEXT", kP2, "20 MM", kP3}));
}

TEST(HtmlExtractor, ShortFactLinesClosingTheArticleAreKept) {
  // When and where, after the last paragraph in the article's own container.
  const std::string html = page("<title>Hosepipe ban lifted</title>",
                                "<article><h1>Hosepipe ban lifted</h1><p>" + kP1 + "</p><p>" + kP2 + "</p><p>" + kP3 +
                                    "</p><p>Wednesday to Sunday, 10:30 to 17:00</p><p>041-386-2270</p>"
                                    "<p>12 March 2031 | 4 June 2031</p></article>");
  const Article article = clean_html(html, "p.html");
  EXPECT_EQ(article.paragraphs, (std::vector<std::string>{kP1, kP2, kP3, "Wednesday to Sunday, 10:30 to 17:00",
                                                          "041-386-2270", "12 March 2031 | 4 June 2031"}));
}

TEST(HtmlExtractor, ADateStampOrALinkAfterTheArticleIsNoFact) {
  const std::string html = page("<title>Hosepipe ban lifted</title>",
                                "<article><h1>Hosepipe ban lifted</h1><p>" + kP1 + "</p><p>" + kP2 + "</p><p>" + kP3 +
                                    "</p><p>17.09.2031</p></article>");
  const Article article = clean_html(html, "p.html");
  EXPECT_EQ(article.paragraphs, (std::vector<std::string>{kP1, kP2, kP3}));
}

TEST(HtmlExtractor, FactLinesEndAtTheFirstLineThatIsNotOne) {
  const std::string html = page("<title>Hosepipe ban lifted</title>",
                                "<article><h1>Hosepipe ban lifted</h1><p>" + kP1 + "</p><p>" + kP2 + "</p><p>" + kP3 +
                                    "</p><p><a href=/more>More stories from the county</a></p>"
                                    "<p>Entry 8 euros</p></article>");
  const Article article = clean_html(html, "p.html");
  EXPECT_EQ(article.paragraphs, (std::vector<std::string>{kP1, kP2, kP3}));
}

}  // namespace briefcast
