#include "pipeline/inspect_json.h"

#include <gtest/gtest.h>

namespace briefcast {
namespace {

Article harbour_article() {
  Article article;
  article.title = "Ferry line opens across the bay";
  article.paragraphs = {"The first boat left at dawn.", "Tickets cost four euros."};
  article.metadata.source_path = "ferry.html";
  article.metadata.byline = "Staff";
  article.metadata.site = "Bay Courier";
  article.metadata.language = "en-GB";
  article.metadata.input_kind = InputKind::kHtml;
  return article;
}

TEST(ArticleJson, HoldsWhatTheCleanerKeptAndHowItWouldBeSpoken) {
  const nlohmann::json json = article_json(harbour_article());
  EXPECT_EQ(json["title"], "Ferry line opens across the bay");
  ASSERT_EQ(json["paragraphs"].size(), 2u);
  EXPECT_EQ(json["paragraphs"][1], "Tickets cost four euros.");
  EXPECT_EQ(json["site"], "Bay Courier");
  EXPECT_EQ(json["language"], "en-GB");
  EXPECT_EQ(json["input_kind"], "html");
  EXPECT_EQ(json["source"], "ferry.html");
  // The page's own language decides the voice when no --lang or --voice is given.
  EXPECT_EQ(json["spoken_language"].get<std::string>().substr(0, 2), "en");
  EXPECT_FALSE(json["voice"].get<std::string>().empty());
}

TEST(SegmentJson, HasKindParagraphWrittenAndSpokenForms) {
  Segment segment;
  segment.kind = SegmentKind::kSentence;
  segment.paragraph_index = 3;
  segment.text = "It costs $5.";
  segment.spoken = "It costs five dollars.";
  const nlohmann::json json = segment_json(segment);
  EXPECT_EQ(json["kind"], "sentence");
  EXPECT_EQ(json["paragraph"], 3);
  EXPECT_EQ(json["text"], "It costs $5.");
  EXPECT_EQ(json["spoken"], "It costs five dollars.");
}

TEST(JsonText, NeverThrowsOnBrokenUtf8AndIndentsOnRequest) {
  Article article = harbour_article();
  article.title = "Bad \xFF byte";
  std::string one_line;
  ASSERT_NO_THROW(one_line = json_text(article_json(article), -1));
  EXPECT_EQ(one_line.find('\n'), std::string::npos);
  EXPECT_NE(one_line.find("Bad \xEF\xBF\xBD byte"), std::string::npos);
  EXPECT_NE(json_text(article_json(harbour_article()), 2).find("\n  \""), std::string::npos);
}

}  // namespace
}  // namespace briefcast
