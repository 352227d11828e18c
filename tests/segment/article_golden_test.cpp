// Golden test of the spoken script of tests/data/articles/numbers-and-titles.txt: sentence
// breaks and a newsreader's wording for its numbers, money, dates and titles. The expected
// text has the layout of `briefcast segment --spoken`: one segment per line, a blank line
// after each paragraph.
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "normalize/normalizer.h"
#include "segment/segmenter.h"

namespace briefcast {

namespace {

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// The article file is already clean: the headline, a blank line, paragraphs separated by
// blank lines. Parsed here so the test does not depend on the cleaner's heuristics.
Article parse_clean_article(const std::string& text) {
  Article article;
  std::istringstream in(text);
  std::string line;
  std::string paragraph;
  bool in_title = true;
  while (std::getline(in, line)) {
    if (in_title) {
      if (!line.empty()) {
        article.title = line;
        in_title = false;
      }
      continue;
    }
    if (line.empty()) {
      if (!paragraph.empty()) article.paragraphs.push_back(paragraph);
      paragraph.clear();
    } else {
      paragraph += paragraph.empty() ? line : "\n" + line;
    }
  }
  if (!paragraph.empty()) article.paragraphs.push_back(paragraph);
  return article;
}

}  // namespace

TEST(ArticleGolden, NumbersAndTitlesSpoken) {
  std::string dir = BRIEFCAST_TEST_DATA_DIR;
  Article article = parse_clean_article(read_file(dir + "/articles/numbers-and-titles.txt"));
  std::vector<Segment> segments = segment_article(article);
  normalize_segments(segments);
  std::string spoken;
  for (const Segment& segment : segments) {
    spoken += segment.kind == SegmentKind::kParagraphEnd ? "\n" : segment.spoken + "\n";
  }
  EXPECT_EQ(spoken, read_file(dir + "/golden/numbers-and-titles.spoken.txt"));
}

}  // namespace briefcast
