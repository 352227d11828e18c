#include "normalize/lexicon.h"

#include "normalize/text_util.h"

namespace briefcast {

namespace {

// Respellings built in: names in the news that espeak-ng's en-us voice gets wrong (checked
// with `espeak-ng -x`: "Xi" came out as "zai", "Putin" as "pyoo-tin"); names it already says
// right (Beijing, Seoul, Worcester) are not listed. Also a medical acronym people say as a
// word that the engine says with a soft g ("GERD" as "jerd"), and a finance word it said as
// "defy" ("DeFi" is "dee-fye"). The "Dhu"/"Dhul" of two Islamic months' names, which the engine
// spelt as letters ("dee-aitch-you").
constexpr std::string_view kDefaultLexicon = R"(# word = respelling
Qatar = Kuttar
Xi = Shee
Nguyen = Win
Kyiv = Keev
Zelenskyy = Zelensky
Putin = Pootin
Erdogan = Erdowan
Houthi = Hoothee
Houthis = Hoothees
Xinjiang = Shinjyahng
Xinhua = Shinhwa
Goethe = Gurtuh
Phuket = Pooket
GERD = Gurd
DeFi = DeeFye
Dhu = Doo
Dhul = Dul
)";

bool is_word_byte(char c) { return text::is_alnum(c) || static_cast<unsigned char>(c) >= 0x80; }

std::string_view trim(std::string_view s) {
  while (!s.empty() && text::is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && text::is_space(s.back())) s.remove_suffix(1);
  return s;
}

// A replacement is spoken text: no markup the engine could act on, no phoneme brackets.
bool safe_replacement(std::string_view s) {
  if (s.empty() || s.find("[[") != std::string_view::npos) return false;
  for (char c : s) {
    if (c == '<' || c == '>' || c == '[' || c == ']' || c == '&' || c == '\n') return false;
  }
  return true;
}

bool has_upper(std::string_view s) {
  for (char c : s) {
    if (text::is_upper(c)) return true;
  }
  return false;
}

}  // namespace

LexiconParseResult parse_lexicon(std::string_view file_text) {
  LexiconParseResult result;
  std::size_t line_number = 0;
  std::size_t start = 0;
  while (start <= file_text.size()) {
    std::size_t end = file_text.find('\n', start);
    if (end == std::string_view::npos) end = file_text.size();
    std::string_view line = trim(file_text.substr(start, end - start));
    ++line_number;
    start = end + 1;
    if (line.empty() || line[0] == '#') continue;
    std::size_t equals = line.find('=');
    std::string where = "line " + std::to_string(line_number) + ": ";
    if (equals == std::string_view::npos) {
      result.errors.push_back(where + "expected 'word = replacement'");
      continue;
    }
    std::string_view key = trim(line.substr(0, equals));
    std::string_view value = trim(line.substr(equals + 1));
    bool key_ok = !key.empty();
    for (char c : key) key_ok = key_ok && is_word_byte(c);
    if (!key_ok) {
      result.errors.push_back(where + "the word must be one word of letters or digits");
      continue;
    }
    if (!safe_replacement(value)) {
      result.errors.push_back(where + "the replacement must be plain text (phonemes in [[...]] are not accepted)");
      continue;
    }
    if (has_upper(key)) {
      result.lexicon.exact[std::string(key)] = std::string(value);
    } else {
      result.lexicon.anycase[std::string(key)] = std::string(value);
    }
  }
  return result;
}

const Lexicon& default_lexicon() {
  static const Lexicon lexicon = parse_lexicon(kDefaultLexicon).lexicon;
  return lexicon;
}

std::string apply_lexicon(std::string_view spoken, const Lexicon& lexicon) {
  if (lexicon.empty()) return std::string(spoken);
  std::string out;
  out.reserve(spoken.size());
  std::size_t i = 0;
  while (i < spoken.size()) {
    if (!is_word_byte(spoken[i])) {
      out.push_back(spoken[i++]);
      continue;
    }
    std::size_t start = i;
    while (i < spoken.size() && is_word_byte(spoken[i])) ++i;
    std::string word(spoken.substr(start, i - start));
    if (auto found = lexicon.exact.find(word); found != lexicon.exact.end()) {
      out += found->second;
    } else if (auto any = lexicon.anycase.find(text::lower(word)); any != lexicon.anycase.end()) {
      out += any->second;
    } else {
      out += word;
    }
  }
  return out;
}

}  // namespace briefcast
