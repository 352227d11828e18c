// Slashes between names and letters that go with figures or stand for a list:
//  - "fare classes Y/B/M", "zones A/B/C": three or more single capitals after the plural noun
//    they name, or before a noun of classes ("in Y/B/M class"), are a list, said "Y, B and M";
//    the piece-by-piece reading said "Y slash B slash M". Alone ("try X/Y/Z") they may be a
//    path or placeholders, and sizes ("S/M/L") are joined_pairs.cpp's choice; so are codes of
//    a class ("S9/SB8 classes" -> "S nine and S B eight");
//  - "a stack/reach of 560/388 mm", "front/rear pressures of 33/30 psi": two names with a slash
//    and, after "of", two figures with one, are each name's value in turn: "stack and reach of
//    five hundred sixty and three hundred eighty eight millimeters". Read apart the names were a
//    choice ("stack or reach") and the figures a fraction or a pause.
#include <vector>

#include "normalize/match.h"
#include "normalize/measures/measures.h"
#include "normalize/number_words.h"
#include "normalize/numbers/numbers.h"
#include "normalize/speak_word.h"
#include "normalize/words/words.h"

namespace briefcast::rules {

namespace {

// "classes", "Zones", "buckets": a plural noun, not in capitals, that names the letters.
bool names_letters_before(const Words& words, std::size_t i) {
  if (i == 0 || !words[i - 1].suffix.empty()) return false;
  std::string_view w = words[i - 1].core;
  return w.size() >= 4 && text::all_alpha(w) && text::is_lower(w[1]) && text::ends_with(w, "s") &&
         !text::ends_with(w, "ss") && !text::ends_with(w, "us") && !text::is_one_of_lowered(w, {"sizes", "this", "was", "has"});
}

bool names_letters_after(const Words& words, std::size_t i) {
  return words[i].suffix.empty() && i + 1 < words.size() &&
         text::is_one_of_lowered(words[i + 1].core, {"class", "classes", "grade", "grades", "category", "categories",
                                                     "fares", "bands", "zones", "types", "blocks", "groups"});
}

// "S9", "SB8", "SM14": one or two capitals and a figure of one or two, a class's code, said as
// its letters and its number ("S B eight").
std::optional<std::string> class_code(std::string_view part) {
  std::size_t letters = 0;
  while (letters < part.size() && text::is_upper(part[letters])) ++letters;
  std::string_view figure = part.substr(letters);
  if (letters == 0 || letters > 2 || figure.empty() || figure.size() > 2 || !text::all_digits(figure)) return std::nullopt;
  return letter_names(part.substr(0, letters)) + " " + cardinal_words(figure);
}

// Lists of class codes ("S9/SB8/SM9 classes") are lists too, of two or more.
std::optional<Match> letter_list(const Words& words, std::size_t i) {
  std::vector<std::string_view> parts = text::split(words[i].core, '/');
  if (parts.size() < 2 || parts.size() > 8 || !words[i].prefix.empty()) return std::nullopt;
  if (!names_letters_before(words, i) && !names_letters_after(words, i)) return std::nullopt;
  std::vector<std::string> said;
  bool coded = false;
  for (std::string_view part : parts) {
    if (auto code = class_code(part)) {
      said.push_back(*code);
      coded = true;
      continue;
    }
    if (part.size() != 1 || !text::is_upper(part[0])) return std::nullopt;
    said.push_back(letter_names(part));
  }
  if (parts.size() < 3 && !coded) return std::nullopt;
  return Match{1, text::joined(said, ", ", " and "), false};
}

// "stack/reach": two lower-case words of two letters or more.
std::optional<std::pair<std::string_view, std::string_view>> named_pair(std::string_view core) {
  std::size_t slash = core.find('/');
  if (slash == std::string_view::npos || core.find('/', slash + 1) != std::string_view::npos) return std::nullopt;
  std::string_view left = core.substr(0, slash);
  std::string_view right = core.substr(slash + 1);
  if (left.size() < 2 || right.size() < 2 || !text::all_alpha(left) || !text::all_alpha(right) ||
      !text::is_lower(left[0]) || !text::is_lower(right[0])) {
    return std::nullopt;
  }
  return std::pair{left, right};
}

std::optional<Match> paired_values(const Words& words, std::size_t i) {
  auto names = named_pair(words[i].core);
  // "price/earnings", "debt/equity": a ratio of the books, said by ratio_slashes.cpp.
  if (!names || !words[i].prefix.empty() || !words[i].suffix.empty() || match_ratio_slash(words, i)) {
    return std::nullopt;
  }
  // "front/rear pressures of": one noun may stand between the names and "of".
  std::size_t of = i + 1;
  if (of < words.size() && words[of].core != "of" && words[of].suffix.empty() && text::all_alpha(words[of].core)) ++of;
  if (of + 1 >= words.size() || words[of].core != "of" || !words[of].suffix.empty() || !words[of + 1].prefix.empty()) {
    return std::nullopt;
  }
  const Word& figures = words[of + 1];
  auto pair = text::split(figures.core, '/');
  if (pair.size() != 2) return std::nullopt;
  auto a = text::parse_plain_figure(pair[0]);
  auto b = text::parse_plain_figure(pair[1]);
  if (!a || !b) return std::nullopt;
  std::string said = speak_word(names->first) + " and " + speak_word(names->second);
  for (std::size_t k = i + 1; k < of; ++k) said += " " + speak_word(words[k].core);
  said += " of " + number_words(*a, false) + " and " + number_words(*b, false);
  std::size_t count = of + 2 - i;
  if (figures.suffix.empty() && of + 2 < words.size() && words[of + 2].prefix.empty()) {
    if (auto unit = find_unit(words[of + 2].core); unit && !text::is_one_of(words[of + 2].core, {"in", "a", "at"})) {
      said += " " + unit->many;
      ++count;
    }
  }
  return Match{count, said, false};
}

}  // namespace

std::optional<Match> match_slashed_pair(const Words& words, std::size_t i) {
  if (auto list = letter_list(words, i)) return list;
  return paired_values(words, i);
}

}  // namespace briefcast::rules
