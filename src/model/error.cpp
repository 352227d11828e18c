#include "model/error.h"

#include "model/article.h"

namespace briefcast {

namespace {
std::string join_path(const std::string& path, const std::string& message) {
  return path.empty() ? message : path + ": " + message;
}
}  // namespace

Error::Error(Stage stage, std::string path, const std::string& message)
    : std::runtime_error(join_path(path, message)), stage_(stage), path_(std::move(path)), message_(message) {}

std::string Error::one_line() const { return what(); }

const char* to_string(Stage stage) {
  switch (stage) {
    case Stage::kInput: return "input";
    case Stage::kClean: return "clean";
    case Stage::kSegment: return "segment";
    case Stage::kNormalize: return "normalize";
    case Stage::kSynth: return "synth";
    case Stage::kAssemble: return "assemble";
    case Stage::kOutput: return "output";
    case Stage::kUsage: return "usage";
  }
  return "unknown";
}

const char* to_string(InputKind kind) { return kind == InputKind::kHtml ? "html" : "text"; }

const char* to_string(SegmentKind kind) {
  switch (kind) {
    case SegmentKind::kTitle: return "title";
    case SegmentKind::kSentence: return "sentence";
    case SegmentKind::kParagraphEnd: return "paragraph_end";
  }
  return "unknown";
}

}  // namespace briefcast
