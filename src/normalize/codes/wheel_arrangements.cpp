// A steam locomotive's wheel arrangement in Whyte's notation: the leading, driving and trailing
// wheels counted and joined by hyphens ("4-6-0", "2-8-2", a Mallet's "2-6-6-2"), with a tank
// engine's letters after it ("0-4-0ST", "2-6-4T"). Among words of railways it is said as the
// counts with zero as "oh" ("four-six-oh", "oh-four-oh S.T"); it had been read as a range or a
// score of plain figures ("four six zero"). Every count is even, as wheels come in pairs; the
// drivers are two to twelve. With no tank letters, a word of locomotives near or the type's name
// after it ("4-6-2 Pacific") is asked for: a football formation ("4-4-2") has the same shape.
#include "normalize/codes/codes.h"
#include "normalize/match.h"
#include "normalize/number_words.h"
#include "normalize/words/words.h"

namespace briefcast::rules {

namespace {

constexpr std::size_t kSpan = 10;

bool is_railway_word(std::string_view core) {
  return text::is_one_of_lowered(core, {"locomotive", "locomotives", "loco", "locos", "steam", "railway", "railways",
                                        "railroad", "railroads", "tender", "tenders", "boiler", "boilers", "shunter",
                                        "shunters", "footplate", "tank", "tanks", "saddle", "pannier", "firebox"});
}

// "a 4-6-2 Pacific", "the 2-6-0 Moguls": the type's name after it, when it is the next word.
bool is_type_name(std::string_view core) {
  if (text::ends_with(core, "s")) core.remove_suffix(1);
  return text::is_one_of(core, {"Pacific", "Atlantic", "Mogul", "Prairie", "Mikado", "Consolidation", "Decapod",
                                "Garratt", "Mallet", "Hudson", "Baltic", "Mountain", "Northern"});
}

// "T", "ST", "PT", "WT", "F": side, saddle, pannier and well tanks, a fireless engine.
bool is_tank_letters(std::string_view s) { return text::is_one_of(s, {"T", "ST", "PT", "WT", "F"}); }

// One count of wheels, "0" to "12": even, and the drivers ("middle") at least two.
std::optional<std::string> wheel_count(std::string_view digits, bool middle) {
  if (digits.empty() || digits.size() > 2 || !text::all_digits(digits) || (digits.size() == 2 && digits[0] == '0')) {
    return std::nullopt;
  }
  int n = std::stoi(std::string(digits));
  if (n % 2 != 0 || n > 12 || (middle && n < 2) || (!middle && n > 6)) return std::nullopt;
  return n == 0 ? std::string("oh") : cardinal_words(digits);
}

struct Arrangement {
  std::string spoken;
  bool tank = false;
};

// "4-6-0", "0-4-0ST", "4-6-0s": three or four counts, then tank letters or a plural "s".
std::optional<Arrangement> arrangement(std::string_view core) {
  std::size_t end = core.size();
  while (end > 0 && !text::is_digit(core[end - 1])) --end;
  std::string_view tail = core.substr(end);
  bool plural = tail == "s";
  bool tank = is_tank_letters(tail);
  if (!tail.empty() && !plural && !tank) return std::nullopt;
  auto counts = text::split(core.substr(0, end), '-');
  if (counts.size() < 3 || counts.size() > 4) return std::nullopt;
  Arrangement said{"", tank};
  for (std::size_t k = 0; k < counts.size(); ++k) {
    auto count = wheel_count(counts[k], k > 0 && k + 1 < counts.size());
    if (!count) return std::nullopt;
    said.spoken += (k > 0 ? "-" : "") + *count;
  }
  if (plural) said.spoken += text::ends_with(said.spoken, "x") ? "es" : "s";
  if (tank) said.spoken += " " + letter_names(tail);
  return said;
}

}  // namespace

std::optional<Match> match_wheel_arrangement(const Words& words, std::size_t i) {
  // "a 0-4-0ST": the article before it is taken too, as "an" before "oh".
  bool article = (words[i].core == "a" || words[i].core == "A") && words[i].suffix.empty() && i + 1 < words.size() &&
                 words[i + 1].prefix.empty() && text::starts_with(words[i + 1].core, "0-");
  std::size_t at = article ? i + 1 : i;
  std::string_view core = words[at].core;
  if (core.size() < 5 || !text::is_digit(core[0]) || core[1] != '-') return std::nullopt;
  auto said = arrangement(core);
  if (!said) return std::nullopt;
  bool named = words[at].suffix.empty() && at + 1 < words.size() && is_type_name(words[at + 1].core);
  if (!said->tank && !named && !text::any_word_near(words, at, kSpan, is_railway_word)) return std::nullopt;
  if (article) return Match{2, std::string(words[i].core) + "n " + said->spoken, false};
  return Match{1, said->spoken, false};
}

}  // namespace briefcast::rules
