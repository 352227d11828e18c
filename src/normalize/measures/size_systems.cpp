// Shoe and clothing sizes in two or more systems: "UK 10/US 6" -> "U.K ten, U.S six", "US 9/UK
// 8/EU 42", "UK 6 / US 8". Each system names the figure after it; the slash between pairs is no division or
// choice, and a newsreader lists the pairs.
#include <array>

#include "normalize/match.h"
#include "normalize/measures/measures.h"
#include "normalize/number_words.h"
#include "normalize/numbers/numbers.h"
#include "normalize/words/words.h"

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

namespace {

bool is_sized_part(std::string_view w) {
  return text::is_one_of_lowered(w, {"sleeves", "collars", "waists", "inseams", "legs", "lengths", "sizes", "chests",
                                     "cuffs", "necks"});
}

}  // namespace

// "32/33 sleeves", "15/16 collars": two consecutive whole sizes of two figures slashed before a plural noun of
// the parts sized are the pair a garment fits, said with a pause ("thirty two, thirty three
// sleeves"); read as a fraction they were "thirty two thirty thirds". One figure ("1/2 legs")
// may be a fraction and is left.
std::optional<Match> match_size_pair(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  std::size_t slash = core.find('/');
  if (i + 1 >= words.size() || slash == std::string_view::npos || !words[i].suffix.empty() ||
      !words[i + 1].prefix.empty() || !is_sized_part(words[i + 1].core)) {
    return std::nullopt;
  }
  std::string_view low = core.substr(0, slash);
  std::string_view high = core.substr(slash + 1);
  if (low.size() != 2 || high.size() != 2 || !text::all_digits(low) ||
      !text::all_digits(high) || low[0] == '0' || std::stoi(std::string(low)) + 1 != std::stoi(std::string(high))) {
    return std::nullopt;
  }
  return Match{1, cardinal_words(low) + ", " + cardinal_words(high), false};
}

}  // namespace briefcast::rules
