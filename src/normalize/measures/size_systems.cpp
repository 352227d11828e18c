// Shoe and clothing sizes in two or more systems: "UK 10/US 6" -> "U.K ten, U.S six", "US 9/UK
// 8/EU 42", "UK 6 / US 8". Each system names the figure after it; the slash between pairs is no division or
// choice, and a newsreader lists the pairs.
#include <array>

#include "normalize/rules.h"

namespace briefcast::rules {

namespace {

bool is_size_system(std::string_view s) {
  return text::is_one_of(s, {"UK", "US", "EU", "AU", "IT", "FR", "JP"});
}

// "10", "7.5": a size, said as a number.
std::optional<std::string> size_words(std::string_view s) {
  if (s.empty() || s.size() > 4 || !text::is_digit(s[0])) return std::nullopt;
  auto number = text::parse_number(s);
  if (!number || number->negative || number->grouped) return std::nullopt;
  return number_words(*number);
}

}  // namespace

std::optional<Match> match_size_systems(const Words& words, std::size_t i) {
  if (!words[i].prefix.empty() || !words[i].suffix.empty() || !is_size_system(words[i].core)) return std::nullopt;
  std::vector<std::string> pairs;
  std::string_view system = words[i].core;
  std::size_t k = i + 1;
  std::size_t end = k;  // past the last pair read: a system with no size after it is left out
  while (k < words.size() && words[k].prefix.empty()) {
    std::string_view core = words[k].core;
    std::size_t slash = core.find('/');
    auto size = size_words(core.substr(0, slash));
    if (!size) break;
    pairs.push_back(spelled_letters(system) + " " + *size);
    ++k;
    end = k;
    if (slash != std::string_view::npos) {  // "10/US 6"
      system = core.substr(slash + 1);
      if (!is_size_system(system) || !words[k - 1].suffix.empty()) return std::nullopt;
      continue;
    }
    // "UK 6 / US 8": the slash set between spaces.
    bool spaced = words[k - 1].suffix.empty() && k + 2 < words.size() && words[k].raw == "/" &&
                  words[k + 1].suffix.empty() && is_size_system(words[k + 1].core);
    if (!spaced) break;
    system = words[k + 1].core;
    k += 2;
  }
  if (pairs.size() < 2) return std::nullopt;
  return Match{end - i, text::joined(pairs, ", "), false};
}

}  // namespace briefcast::rules
