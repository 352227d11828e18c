// The plain data that flows between pipeline stages: clean -> segment -> normalize -> synth -> assemble.
// Structs only; no stage logic lives here.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace briefcast {

// How the article arrived: the text of a copied web page, or the page's HTML.
enum class InputKind { kText, kHtml };

const char* to_string(InputKind kind);

// What the cleaner learned about an article beyond its spoken text. Kept, never spoken as body.
struct ArticleMetadata {
  std::string source_path;  // the file the article came from, "-" for standard input
  InputKind input_kind = InputKind::kText;
  std::string byline;
  std::string date;
  std::string site;
  std::string language;  // BCP 47 tag when known ("en", "pt-BR"), empty otherwise
};

// An article as the listener will hear it: the headline, then the body paragraphs in order.
struct Article {
  std::string title;
  std::vector<std::string> paragraphs;
  ArticleMetadata metadata;
};

// One unit of speech. Sentences are spoken; a paragraph end is a pause marker with no text.
enum class SegmentKind { kTitle, kSentence, kParagraphEnd };

const char* to_string(SegmentKind kind);

struct Segment {
  SegmentKind kind = SegmentKind::kSentence;
  std::string text;                 // written form, as it stood in the article
  std::string spoken;               // spoken form after normalization (empty until normalized)
  std::size_t paragraph_index = 0;  // 0-based body paragraph; 0 for the title
};

// A chapter of the finished briefing: one article, located in frames of the final audio.
struct Chapter {
  std::string title;
  std::int64_t start_frame = 0;
  std::int64_t frame_count = 0;
};

}  // namespace briefcast
