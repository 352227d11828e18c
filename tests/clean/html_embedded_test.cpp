#include "clean/html_embedded.h"

#include <gtest/gtest.h>

#include "clean/html_dom.h"
#include "clean/html_extractor.h"
#include "model/error.h"

namespace briefcast {

namespace {

std::vector<std::string> prose_of(const std::string& html, const std::string& headline) {
  const GumboPtr output = parse_html(html);
  return embedded_prose(output->root, headline);
}

// A client-side page: an empty mount point whose props hold this page's record and a teaser for
// another one.
const std::string kAppPage =
    "<html><head><title>How to repot an orchid | Greenhouse</title>"
    "<meta property=\"og:title\" content=\"How to repot an orchid | Greenhouse\"></head><body>"
    "<div id=app data-props='{\"guide\":{\"title\":\"How to repot an orchid\","
    "\"intro\":\"<p>Orchids want fresh bark every two years, when the old mix starts to break down and hold "
    "too much water around the roots.</p>\","
    "\"steps\":[{\"text\":\"<p>Water the plant a day before, so the roots bend instead of snapping when you "
    "lift it out of the pot.</p>\",\"label\":\"Step one\"},{\"text\":\"Trim every root that is brown and "
    "hollow with clean scissors, and leave the firm green ones alone.\\nSet the plant in the new pot and "
    "pour bark around it until the base sits level with the rim.\"}]},"
    "\"related\":{\"title\":\"Ten houseplants for dark rooms\",\"intro\":\"<p>Ferns, ivy and the cast-iron "
    "plant all grow well a long way from the window, as long as the soil is kept moist.</p>\"}}'></div>"
    "</body></html>";

}  // namespace

TEST(HtmlEmbedded, ReadsTheRecordThatNamesTheHeadline) {
  const auto prose = prose_of(kAppPage, "How to repot an orchid");
  ASSERT_EQ(prose.size(), 4u);
  EXPECT_EQ(prose[0].substr(0, 36), "Orchids want fresh bark every two ye");
  EXPECT_EQ(prose[1].substr(0, 22), "Water the plant a day ");
  EXPECT_EQ(prose[2].substr(0, 22), "Trim every root that i");
  EXPECT_EQ(prose[3].substr(0, 22), "Set the plant in the n");
  for (const auto& p : prose) EXPECT_EQ(p.find("Ferns"), std::string::npos) << p;
}

TEST(HtmlEmbedded, NothingWithoutARecordNamingTheHeadline) {
  EXPECT_TRUE(prose_of(kAppPage, "Ten ways to kill a cactus").empty());
  EXPECT_TRUE(prose_of(kAppPage, "").empty());
  // JSON that is not an object or array, or is broken, is ignored.
  EXPECT_TRUE(prose_of("<html><body><div data-x='{\"title\": \"How to repot an orchid\", broken'></div></body></html>",
                       "How to repot an orchid")
                  .empty());
}

TEST(HtmlEmbedded, ReadsJsonLdOfAnyType) {
  const std::string html =
      "<html><head><script type=\"application/ld+json\">{\"@type\":\"HowTo\",\"name\":\"Bleed a radiator\","
      "\"step\":[{\"@type\":\"HowToStep\",\"text\":\"Turn the heating off and let the radiators cool down for "
      "an hour before you start.\"},{\"@type\":\"HowToStep\",\"text\":\"Open the valve a quarter turn with the "
      "key and close it again as soon as water appears.\"}]}</script></head><body></body></html>";
  const auto prose = prose_of(html, "Bleed a radiator");
  ASSERT_EQ(prose.size(), 2u);
  EXPECT_EQ(prose[1].substr(0, 14), "Open the valve");
}

TEST(HtmlEmbedded, CleanHtmlFallsBackToItOnlyWhenThePageShowsNoArticle) {
  const Article article = clean_html(kAppPage, "app.html");
  EXPECT_EQ(article.title, "How to repot an orchid");
  ASSERT_EQ(article.paragraphs.size(), 4u);
  // Visible prose wins: the same page with an article in its markup ignores the props.
  std::string visible = kAppPage;
  const std::string body =
      "<article><p>Repotting is best done in spring, just after the plant has finished flowering and before "
      "new roots start to grow from its base.</p><p>Choose a pot only a little larger than the old one, "
      "with holes in its sides as well as its bottom, so that air reaches the roots.</p></article>";
  visible.insert(visible.find("</body>"), body);
  const Article shown = clean_html(visible, "shown.html");
  ASSERT_EQ(shown.paragraphs.size(), 2u);
  EXPECT_EQ(shown.paragraphs[0].substr(0, 20), "Repotting is best do");
  // A page with neither is still refused.
  EXPECT_THROW(clean_html("<html><body><div data-props='{\"title\":\"x\"}'></div></body></html>", "e.html"), Error);
}

}  // namespace briefcast
