// A current in amps written with a bare capital "A" after its figure ("rated at 32A", "a 13A
// fuse", "a 2.4A output"). The unit table keeps a bare "A" out, as "13A" is as often a label
// ("Flat 13A", "Form 10A"); beside words of electricity it is the amp. Left alone eSpeak NG
// says the letter, or the article "uh" ("a one A output"). Welding sets its current so too
// ("the welder ran at 90-110 A", "22 V, 180 A"): words of welding and a lone "V" after a figure
// count as well, and a range of figures is read as one; after a label's noun ("grade 5 A") the
// letter stays a letter.
#include "normalize/function_words.h"
#include "normalize/match.h"
#include "normalize/measures/measures.h"
#include "normalize/number_words.h"
#include "normalize/numbers/numbers.h"
#include "normalize/trade_cues.h"

namespace briefcast::rules {

namespace {

// Words of electricity: a figure in volts or watts ("12V", "65W") counts as one.
bool is_electric_word(std::string_view w) {
  if (text::is_one_of_lowered(w, {"fuse", "fuses", "cable", "cables", "circuit", "circuits", "breaker", "breakers",
                                  "socket", "sockets", "plug", "plugs", "charger", "chargers", "charging", "output",
                                  "outputs", "current", "volt", "volts", "voltage", "amp", "amps", "wiring", "mains",
                                  "adapter", "adaptor", "supply", "battery", "batteries", "dc", "ac", "usb", "psu",
                                  "inverter", "controller", "motor", "rcbo", "rcbos", "mcb", "mcbs", "rcd", "rcds",
                                  "tpn", "spn", "isolator", "isolators", "switchgear", "wallbox", "evse",
                                  "amperage", "kva", "phase", "single-phase", "three-phase", "draws", "draw",
                                  "drawing", "arc", "electrode", "electrodes", "stick"}) ||
      tells_of_welding(w)) {
    return true;
  }
  if (w.size() < 2 || (w.back() != 'V' && w.back() != 'W')) return false;
  auto figure = text::parse_number(w.substr(0, w.size() - 1));
  return figure && !figure->negative;
}

// A meter's or an appliance's load of electricity ("loads below 0.5 A"): words as common in news
// of bills, power cuts and electric buses, where "route 42 A", "clause 14 A" or "earned 12 A"
// is a label's or a grade's letter. They count only for a figure after a preposition ("at 8 A",
// "under 0.2 A"), where a current is measured and a label's figure never stands.
bool is_supply_word(std::string_view w) {
  return text::is_one_of_lowered(w, {"electricity", "electric", "electrical", "load", "loads", "kwh"});
}

bool supply_near(const Words& words, std::size_t i) {
  return i > 0 && words[i - 1].suffix.empty() && !words[i - 1].core.empty() && text::is_lower(words[i - 1].core[0]) &&
         text::is_function_word(words[i - 1].core) && text::any_word_near(words, i, 8, is_supply_word);
}

// "12 A and 4 B grades", "9 A, 3 B and 1 C", "14 A* grades": a letter listed with a figure and
// the next grade, or starred, is an exam grade, whatever words of electricity stand near.
bool is_listed_grade(const Words& words, std::size_t letter) {
  if (!words[letter].suffix.empty() && words[letter].suffix[0] == '*') return true;
  std::size_t k = letter + 1;
  if (words[letter].suffix.empty() && k < words.size() && text::is_one_of(words[k].core, {"and", "or"})) ++k;
  else if (words[letter].suffix != ",") return false;
  return k + 1 < words.size() && words[k].suffix.empty() && text::all_digits(words[k].core) &&
         words[k + 1].prefix.empty() && words[k + 1].core == "B";
}

// A thing sized by the current it carries, named right after the figure ("a 200A panel", "a
// 100 A board"): the letter before it is the amp with no other word of electricity in the line.
bool is_rated_by_current(std::string_view w) {
  return text::is_one_of_lowered(w, {"panel", "panels", "subpanel", "board", "boards", "breaker", "breakers", "circuit",
                                     "circuits", "fuse", "fuses", "service", "supply", "feed", "socket", "sockets"});
}

// "24 V, 260 A": a lone "V" after a figure is the volt, a word of electricity as "24V" is.
bool spaced_volts_near(const Words& words, std::size_t i) {
  std::size_t from = i > 8 ? i - 8 : 1;
  for (std::size_t k = from; k < words.size() && k <= i + 8; ++k) {
    if (words[k].core == "V" && words[k].prefix.empty() && words[k - 1].suffix.empty() &&
        text::parse_number(words[k - 1].core)) {
      return true;
    }
  }
  return false;
}

// "90-130", "90–130": a range of currents before its "A", said "ninety to one hundred thirty".
std::optional<std::string> current_range(std::string_view core) {
  auto sides = text::split_at_range_dash(core);
  if (!sides) return std::nullopt;
  auto low = text::parse_number(sides->before);
  auto high = text::parse_number(sides->after);
  if (!low || !high || low->negative || high->negative || high->integer.size() > 4) return std::nullopt;
  return number_words(*low, false) + " to " + number_words(*high, false);
}

}  // namespace

std::optional<Match> match_electric_current(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (core.empty() || !words[i].prefix.empty()) return std::nullopt;
  // "32A" in one word, or "32 A" in two.
  bool spaced = core.back() != 'A';
  std::size_t count = spaced ? 2 : 1;
  if (spaced && (i + 1 >= words.size() || !words[i].suffix.empty() || words[i + 1].core != "A" ||
                 !words[i + 1].prefix.empty())) {
    return std::nullopt;
  }
  std::string_view figure_part = spaced ? core : core.substr(0, core.size() - 1);
  auto number = text::parse_number(figure_part);
  auto range = number ? std::nullopt : current_range(figure_part);
  if (!range && (!number || number->negative || number->integer.size() > 4)) return std::nullopt;
  // "grade 5 A", "Group 3 A": after a label's noun the letter is the label's.
  if (spaced && i > 0 && words[i - 1].suffix.empty() && is_label_noun(words[i - 1].core)) return std::nullopt;
  std::size_t after = i + count;
  bool names_rated_thing = after < words.size() && words[after - 1].suffix.empty() && words[after].prefix.empty() &&
                           is_rated_by_current(words[after].core);
  if (!names_rated_thing && !text::any_word_near(words, i, 8, is_electric_word) && !spaced_volts_near(words, i) &&
      !supply_near(words, i)) {
    return std::nullopt;
  }
  if (is_listed_grade(words, i + count - 1)) return std::nullopt;
  // "the 5 A team": a letter apart from its figure before some other noun is a grade or a label.
  if (spaced && !names_rated_thing && after < words.size() && words[after - 1].suffix.empty() &&
      !is_electric_word(words[after].core) && !is_supply_word(words[after].core) && !is_not_noun(words[after].core)) {
    return std::nullopt;
  }
  std::string figure = range ? *range : number_words(*number, false);
  // "a 13A fuse": one adjective before its noun.
  if (is_adjectival(words, i, count)) return Match{count, text::hyphenated(figure + " amp"), false};
  bool one = number && !number->has_point && number->integer == "1";
  return Match{count, figure + (one ? " amp" : " amps"), false};
}

}  // namespace briefcast::rules
