#include "clean/cleaner.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "clean/text_cleaner.h"
#include "model/error.h"

namespace briefcast {

namespace {

std::string read_sample(const std::string& name) {
  std::ifstream in(std::string(BRIEFCAST_TEST_DATA_DIR) + "/articles/" + name, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

}  // namespace

// Copied text whose page shows no headline line: the chapter still needs a title, and it must
// not be the first paragraph (that would be spoken twice), so the saved file's or URL's name is it.
TEST(Cleaner, UntitledCopiedTextIsNamedAfterItsSource) {
  const std::string body =
      "The river rose two metres overnight and the town closed its lower bridge before dawn.\n\n"
      "Engineers said the water would fall again by the weekend if the rain eased as forecast.\n\n"
      "Shops along the quay moved their stock upstairs and the ferry stayed tied up all day.\n";
  CleanConfig config;
  config.force_text = true;
  // The premise: the text cleaner itself finds no headline line in this page.
  ASSERT_TRUE(clean_copied_text(body, "x.txt").title.empty());
  EXPECT_EQ(clean_article(body, "notes/river-rises-two-metres.txt", config).title, "river rises two metres");
  EXPECT_EQ(clean_article(body, "https://news.example/2026/river-rises_overnight/?utm_source=x", config).title,
            "river rises overnight");
  EXPECT_EQ(clean_article(body, "-", config).title, "Untitled story");
}

// HTML without <title>, og:title, JSON-LD headline or <h1>: named after its source as well.
TEST(Cleaner, UntitledHtmlIsNamedAfterItsSource) {
  const std::string paragraph =
      "The river rose two metres overnight and the town closed its lower bridge before dawn, while engineers "
      "said the water would fall again by the weekend if the rain eased as forecast.";
  const std::string html = "<!DOCTYPE html><html><body><article><p>" + paragraph + "</p><p>Shops along the quay "
                           "moved their stock upstairs and the ferry stayed tied up all day.</p></article></body></html>";
  const Article article = clean_article(html, "saved/river-rises-two-metres.html");
  EXPECT_EQ(article.title, "river rises two metres");
  ASSERT_FALSE(article.paragraphs.empty());
  EXPECT_EQ(article.paragraphs.front(), paragraph);
}

TEST(Cleaner, SniffsHtmlByContent) {
  EXPECT_TRUE(looks_like_html("<!DOCTYPE html><html><body><p>x</p></body></html>"));
  EXPECT_TRUE(looks_like_html("\xEF\xBB\xBF  <html lang=en>"));
  EXPECT_TRUE(looks_like_html("\n<div class=\"post\"><p>Saved fragment</p></div>"));
  EXPECT_FALSE(looks_like_html("Home\nNews\nThe <html> tag starts a page, the article says.\n"));
  EXPECT_FALSE(looks_like_html("a < b and <b> is bold"));
}

TEST(Cleaner, EmptyPageHasNoArticle) {
  EXPECT_THROW(clean_article("", "empty.txt"), Error);
  EXPECT_THROW(clean_article("<html><body><script>app()</script></body></html>", "app.html"), Error);
}

TEST(Cleaner, DecodesDeclaredLegacyCharset) {
  const std::string p =
      "Le conseil d\xE9partemental a annonc\xE9 mardi que le vieux pont sur la Loire rouvrira \xE0 la circulation "
      "au d\xE9" "but du mois de mars, apr\xE8s plus d'un an de travaux sur ses piles et ses arches.";
  const std::string html = "<html><head><meta charset=\"windows-1252\"><title>Le pont</title></head><body><article>"
                           "<h1>Le pont rouvre</h1><p>" + p + "</p><p>" + p + " Encore.</p></article></body></html>";
  const Article article = clean_article(html, "fr.html");
  ASSERT_FALSE(article.paragraphs.empty());
  EXPECT_EQ(article.paragraphs[0].substr(0, 25), "Le conseil départemental");
  EXPECT_EQ(article.metadata.input_kind, InputKind::kHtml);
}

TEST(Cleaner, ForcedKindOverridesSniffing) {
  CleanConfig config;
  config.force_text = true;
  const std::string page =
      "<html> is how the page begins, the teacher told the class, and the students wrote it down in their notes "
      "before the bell rang at the end of the lesson.\nThen they went home, and most of them forgot about it by "
      "the next morning, as students do at the end of a long week of lessons.\n";
  const Article article = clean_article(page, "t.txt", config);
  EXPECT_EQ(article.metadata.input_kind, InputKind::kText);
}

TEST(CleanerSamples, VoaDefenseCooperation) {
  const std::string page = read_sample("voa-defense-cooperation.txt");
  const Article article = clean_article(page, "voa.txt");
  EXPECT_EQ(article.title, "Top US and Russian Defense Officials Renew Military Cooperation");
  ASSERT_EQ(article.paragraphs.size(), 21u);
  EXPECT_EQ(article.paragraphs.front().substr(0, 40), "U.S. Defense Secretary Robert Gates and ");
  EXPECT_EQ(article.paragraphs.back(), "Serdyukov is also scheduled to visit the U.S. Naval Academy in nearby Annapolis, Maryland.");
  // Every kept paragraph is a whole line of the page; none of the debris survives.
  for (const auto& paragraph : article.paragraphs) {
    EXPECT_NE(page.find(paragraph + "\n"), std::string::npos) << paragraph;
    for (const char* debris : {"Accessibility links", "Breaking News", "USA", "XS", "SM", "MD", "LG"}) {
      EXPECT_NE(paragraph, debris);
    }
  }
}

TEST(CleanerSamples, HarborElectricFerry) {
  const Article article = clean_article(read_sample("harbor-electric-ferry.txt"), "ferry.txt");
  EXPECT_EQ(article.title, "City's First Electric Ferry Enters Service on the Harbor Route");
  EXPECT_EQ(article.metadata.byline, "Maria Okonkwo");
  EXPECT_EQ(article.metadata.date, "March 14, 2025 at 7:42 a.m.");
  const std::vector<std::string> expected = {
      "PORT ALDER — The city's first battery-powered ferry carried its first paying passengers across the harbor on "
      "Thursday morning, ending nearly a decade of planning and two years of delays at the shipyard.",
      "The vessel, named Tern, makes the twelve-minute crossing between the Market Street terminal and the island "
      "neighborhood of Gullhaven about thirty times a day. It replaces a diesel ferry that had served the route "
      "since 1987 and that mechanics said had become difficult to keep running.",
      "\"People kept asking whether it would ever actually happen,\" said Denise Fairweather, who directs the "
      "municipal transit agency. \"This morning, it happened, and it was quiet enough that you could hear the gulls.\"",
      "The ferry charges for about eight minutes at each end of the route, using shore-side chargers that draw "
      "power from the regional grid. Transit officials said the switch will cut the route's fuel costs by roughly "
      "two thirds and remove about 1,400 tonnes of carbon dioxide emissions a year.",
      "Not every rider was convinced. Several commuters said the new boat had less covered seating than the old "
      "one, and a group of island residents has asked the agency to add a late-night crossing that the battery "
      "schedule does not yet allow.",
      "Fairweather said the agency would review the timetable after the first three months of service. A second "
      "electric ferry, already under construction, is expected to join the route next spring.",
  };
  EXPECT_EQ(article.paragraphs, expected);
}

TEST(CleanerSamples, MercadosProductores) {
  const Article article = clean_article(read_sample("mercados-productores.txt"), "mercados.txt");
  EXPECT_EQ(article.title, "Los mercados de productores ganan clientes en las ciudades medianas");
  EXPECT_EQ(article.metadata.language, "es");
  EXPECT_EQ(article.metadata.byline, "Ana Beltrán");
  EXPECT_EQ(article.metadata.date, "Madrid, 3 de junio de 2025");
  ASSERT_EQ(article.paragraphs.size(), 5u);
  EXPECT_EQ(article.paragraphs.front().substr(0, 40), "Los mercados en los que los agricultores");
  EXPECT_EQ(article.paragraphs.back(),
            "La asociación recomienda que los mercados acepten pagos con tarjeta y que publiquen con antelación la "
            "lista de productos disponibles cada semana.");
}

TEST(CleanerSamples, LibraryNightHoursHtml) {
  const Article article = clean_article(read_sample("library-night-hours.html"), "library.html");
  EXPECT_EQ(article.title, "Libraries to stay open until midnight during exam season");
  EXPECT_EQ(article.metadata.input_kind, InputKind::kHtml);
  EXPECT_EQ(article.metadata.language, "en-GB");
  EXPECT_EQ(article.metadata.byline, "Tom Ashdown");
  EXPECT_EQ(article.metadata.date, "2025-04-22T09:30:00+01:00");
  EXPECT_EQ(article.metadata.site, "Northfield Evening Post");
  const std::vector<std::string> expected = {
      "Three of Northfield's public libraries will stay open until midnight for six weeks from next Monday, giving "
      "students a quiet place to revise during the examination season.",
      "The council said the trial would cover the Central, Eastgate and Riverside branches, which together have more "
      "than four hundred study seats. Extra staff will be paid from a fund that the council set aside last year for "
      "youth services.",
      "\"Students told us that home is often the hardest place to concentrate,\" said councillor Priya Nandakumar, who "
      "leads on education. \"We would rather they had somewhere safe, warm and free.\"",
      "Library users will need a valid card to enter after 8pm, and the cafes in the three branches will close at "
      "the usual time.",
      "The council will publish visitor figures at the end of the trial and decide in the summer whether to repeat "
      "it next year.",
  };
  EXPECT_EQ(article.paragraphs, expected);
}

}  // namespace briefcast
