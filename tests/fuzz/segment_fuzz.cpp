// Fuzz target: the segmenter. The input's first line is the headline, every further line a
// paragraph. The segments must be the title, then per paragraph its sentences and one
// paragraph end, in order; sentences never invent text, and valid UTF-8 is never cut inside
// a character.
#include <cstdint>

#include "fuzz_check.h"
#include "segment/segmenter.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using briefcast::fuzz::check;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  briefcast::Article article;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string line(text.substr(start, end - start));
    if (start == 0) {
      article.title = line;
    } else if (!line.empty()) {
      article.paragraphs.push_back(line);
    }
    start = end + 1;
  }
  const bool utf8 = briefcast::fuzz::is_utf8(text);

  for (const std::string& paragraph : article.paragraphs) {
    std::size_t total = 0;
    for (const std::string& sentence : briefcast::split_sentences(paragraph)) {
      total += sentence.size();
      if (utf8) check(briefcast::fuzz::is_utf8(sentence), "sentences of UTF-8 text are UTF-8");
    }
    check(total <= paragraph.size(), "sentences hold no more bytes than their paragraph");
  }

  const std::vector<briefcast::Segment> segments = briefcast::segment_article(article);
  check(!segments.empty() && segments.front().kind == briefcast::SegmentKind::kTitle, "the title comes first");
  std::size_t paragraph_ends = 0;
  std::size_t current = 0;
  for (std::size_t i = 1; i < segments.size(); ++i) {
    const briefcast::Segment& segment = segments[i];
    check(segment.kind != briefcast::SegmentKind::kTitle, "one title only");
    check(segment.paragraph_index >= current, "paragraphs stay in order");
    check(segment.paragraph_index < article.paragraphs.size(), "paragraph indexes are in range");
    current = segment.paragraph_index;
    if (segment.kind == briefcast::SegmentKind::kParagraphEnd) {
      check(segment.paragraph_index == paragraph_ends, "one paragraph end per paragraph, in order");
      ++paragraph_ends;
    }
  }
  check(paragraph_ends == article.paragraphs.size(), "every paragraph ends");
  return 0;
}
