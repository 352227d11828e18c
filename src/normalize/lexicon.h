// Pronunciation lexicon: whole words replaced by a respelling the engine says right
// ("Qatar" -> "Kuttar"), applied to the spoken form after normalization. Respellings are
// plain text: synthesis runs without eSpeak's phoneme input, so "[[...]]" phoneme strings
// are refused rather than read out letter by letter.
//
// File format, UTF-8, one entry per line:
//     # a comment
//     Serdyukov = Serdyookov
//     qatar = kuttar          (a lowercase key matches any capitalisation)
// A key with capitals matches only that spelling. Later entries replace earlier ones.
// Pure: the loader takes the file's text; reading the file is the caller's job.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace briefcast {

struct Lexicon {
  std::unordered_map<std::string, std::string> exact;     // keys with capitals
  std::unordered_map<std::string, std::string> anycase;   // lowercase keys
  bool empty() const { return exact.empty() && anycase.empty(); }
};

struct LexiconParseResult {
  Lexicon lexicon;
  std::vector<std::string> errors;  // "line 3: ...", one per rejected line
};

// Parses the text of a lexicon file. Bad lines are reported and skipped.
LexiconParseResult parse_lexicon(std::string_view file_text);

// The built-in entries for names eSpeak NG says wrong.
const Lexicon& default_lexicon();

// `spoken` with every whole word found in `lexicon` replaced. Linear in the text.
std::string apply_lexicon(std::string_view spoken, const Lexicon& lexicon);

}  // namespace briefcast
