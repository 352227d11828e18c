#include "segment/segmenter.h"

namespace briefcast {

std::vector<std::string> split_sentences(std::string_view paragraph) {
  std::vector<std::string> sentences;
  std::string current;
  for (std::size_t i = 0; i < paragraph.size(); ++i) {
    current.push_back(paragraph[i]);
    bool end = (paragraph[i] == '.' || paragraph[i] == '?' || paragraph[i] == '!') &&
               (i + 1 == paragraph.size() || paragraph[i + 1] == ' ');
    if (end) {
      sentences.push_back(current);
      current.clear();
      while (i + 1 < paragraph.size() && paragraph[i + 1] == ' ') ++i;
    }
  }
  if (current.find_first_not_of(' ') != std::string::npos) sentences.push_back(current);
  return sentences;
}

std::vector<Segment> segment_article(const Article& article) {
  std::vector<Segment> segments;
  segments.push_back({SegmentKind::kTitle, article.title, "", 0});
  for (std::size_t p = 0; p < article.paragraphs.size(); ++p) {
    for (auto& sentence : split_sentences(article.paragraphs[p])) {
      segments.push_back({SegmentKind::kSentence, sentence, "", p});
    }
    segments.push_back({SegmentKind::kParagraphEnd, "", "", p});
  }
  return segments;
}

}  // namespace briefcast
