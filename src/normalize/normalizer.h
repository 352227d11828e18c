// normalize: written form -> spoken form, so the engine says what a newsreader would say
// ("$3.5 billion" -> "three point five billion dollars"). English rules only; text in other
// languages passes through untouched. Pure and thread-safe.
//
// The rules live one per file, grouped by semiotic class in sub-directories (numbers/,
// measures/, money/, dates/, codes/, references/, sport/, words/; see match.h). Every rule is linear in its input and bounded in its output: a 100,000-digit
// number is summarised, not read out, and invalid UTF-8 becomes spaces.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/article.h"
#include "normalize/lexicon.h"

namespace briefcast {

struct NormalizeConfig {
  // BCP 47 language of the text; only "en*" (or empty) is rewritten. See language.h for
  // detection and the voice to use.
  std::string language = "en";
  // The built-in respellings for names the engine says wrong (lexicon.cpp).
  bool use_default_lexicon = true;
  // The user's respellings (parse_lexicon), applied before the built-in ones.
  Lexicon lexicon;
};

// The spoken form of one sentence (or any line of text). Never splits or merges lines: the
// result holds no line break.
std::string normalize_text(std::string_view written, const NormalizeConfig& config = {});

// Fills Segment::spoken for every segment that carries text.
void normalize_segments(std::vector<Segment>& segments, const NormalizeConfig& config = {});

}  // namespace briefcast
