// Marks of scanners and of the body they image, which eSpeak NG read as letters:
//  - "a 16-ch. coil", "a 32-ch head coil": a count of channels joined to its figure before the
//    noun it sizes ("sixteen-channel coil"); "ch." had been spelled, its period a sentence end;
//  - "L1–L4", "C5–C7", "T12–L1": a range of vertebrae, each a region's letter and its number,
//    among words of the spine, said with "to" ("L one to L four"); the dash had been silent and
//    the letters glued to the figures. With a hyphen only a range that skips a level is read
//    so: "C5-C6" names the disc between two vertebrae, and that is left as it was.
#include "normalize/function_words.h"
#include "normalize/match.h"
#include "normalize/measures/measures.h"
#include "normalize/number_words.h"
#include "normalize/trade_cues.h"

namespace briefcast::rules {

namespace {

// "16-ch", "32-ch": the channels before a lower-case noun, with or without the period.
std::optional<Match> channel_count(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (!text::ends_with(w.core, "-ch") || !w.prefix.empty() || !(w.suffix.empty() || w.suffix == ".") ||
      i + 1 >= words.size() || !words[i + 1].prefix.empty()) {
    return std::nullopt;
  }
  std::string_view figure = w.core.substr(0, w.core.size() - 3);
  std::string_view next = words[i + 1].core;
  if (figure.empty() || figure.size() > 3 || !text::all_digits(figure) || figure[0] == '0' || next.empty() ||
      !text::is_lower(next[0]) || !text::all_alpha(next) || text::is_function_word(next)) {
    return std::nullopt;
  }
  return Match{1, text::hyphenated(cardinal_words(figure) + " channel"), w.suffix == "."};
}

struct Vertebra {
  char region;
  int number;
};

// "L4", "C7", "T12", "S1": a region of the spine and a vertebra's number within it.
std::optional<Vertebra> vertebra(std::string_view s) {
  if (s.size() < 2 || s.size() > 3 || !text::all_digits(s.substr(1)) || s[1] == '0') return std::nullopt;
  int most = s[0] == 'C' ? 7 : s[0] == 'T' ? 12 : s[0] == 'L' ? 5 : s[0] == 'S' ? 5 : 0;
  int number = std::stoi(std::string(s.substr(1)));
  if (number > most) return std::nullopt;
  return Vertebra{s[0], number};
}

int region_rank(char region) { return region == 'C' ? 0 : region == 'T' ? 1 : region == 'L' ? 2 : 3; }

std::optional<Match> vertebra_range(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (core.size() < 5 || core.size() > 9 || !text::is_upper(core[0])) return std::nullopt;
  bool en_dash = core.find("\u2013") != std::string_view::npos;
  auto sides = text::split_at_range_dash(core);
  if (!sides) return std::nullopt;
  auto low = vertebra(sides->before);
  auto high = vertebra(sides->after);
  if (!low || !high) return std::nullopt;
  int low_rank = region_rank(low->region);
  int high_rank = region_rank(high->region);
  if (low_rank > high_rank || (low_rank == high_rank && low->number >= high->number)) return std::nullopt;
  // "C5-C6", "T12-L1": two neighbours joined by a hyphen are the level between them.
  bool neighbours = (low_rank == high_rank && high->number == low->number + 1) || low_rank != high_rank;
  if (!en_dash && neighbours) return std::nullopt;
  if (!text::any_word_near(words, i, 10, tells_of_spine)) return std::nullopt;
  std::string spoken = std::string(1, low->region) + " " + cardinal_words(sides->before.substr(1)) + " to " +
                       std::string(1, high->region) + " " + cardinal_words(sides->after.substr(1));
  return Match{1, spoken, false};
}

}  // namespace

std::optional<Match> match_imaging_mark(const Words& words, std::size_t i) {
  if (words[i].core.empty()) return std::nullopt;
  if (text::is_digit(words[i].core[0])) return channel_count(words, i);
  return vertebra_range(words, i);
}

}  // namespace briefcast::rules
