// A current in amps written with a bare capital "A" after its figure ("rated at 32A", "a 13A
// fuse", "a 2.4A output"). The unit table keeps a bare "A" out, as "13A" is as often a label
// ("Flat 13A", "Form 10A"); beside words of electricity it is the amp. Left alone eSpeak NG
// says the letter, or the article "uh" ("a one A output").
#include "normalize/number_words.h"
#include "normalize/rules.h"

namespace briefcast::rules {

namespace {

// Words of electricity: a figure in volts or watts ("12V", "65W") counts as one.
bool is_electric_word(std::string_view w) {
  if (text::is_one_of_lowered(w, {"fuse", "fuses", "cable", "cables", "circuit", "circuits", "breaker", "breakers",
                                  "socket", "sockets", "plug", "plugs", "charger", "chargers", "charging", "output",
                                  "outputs", "current", "volt", "volts", "voltage", "amp", "amps", "wiring", "mains",
                                  "adapter", "adaptor", "supply", "battery", "batteries", "dc", "ac", "usb", "psu",
                                  "inverter", "controller", "motor", "rcbo", "rcbos", "mcb", "mcbs", "rcd", "rcds",
                                  "tpn", "spn", "isolator", "isolators", "switchgear", "wallbox", "evse", "welder",
                                  "amperage", "kva", "phase", "single-phase", "three-phase"})) {
    return true;
  }
  if (w.size() < 2 || (w.back() != 'V' && w.back() != 'W')) return false;
  auto figure = text::parse_number(w.substr(0, w.size() - 1));
  return figure && !figure->negative;
}

// A thing sized by the current it carries, named right after the figure ("a 200A panel", "a
// 100 A board"): the letter before it is the amp with no other word of electricity in the line.
bool is_rated_by_current(std::string_view w) {
  return text::is_one_of_lowered(w, {"panel", "panels", "subpanel", "board", "boards", "breaker", "breakers", "circuit",
                                     "circuits", "fuse", "fuses", "service", "supply", "feed", "socket", "sockets"});
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
  auto number = text::parse_number(spaced ? core : core.substr(0, core.size() - 1));
  if (!number || number->negative || number->integer.size() > 4) return std::nullopt;
  std::size_t after = i + count;
  bool names_rated_thing = after < words.size() && words[after - 1].suffix.empty() && words[after].prefix.empty() &&
                           is_rated_by_current(words[after].core);
  if (!names_rated_thing && !text::any_word_near(words, i, 8, is_electric_word)) return std::nullopt;
  // "the 5 A team": a letter apart from its figure before some other noun is a grade or a label.
  if (spaced && !names_rated_thing && after < words.size() && words[after - 1].suffix.empty() &&
      !is_electric_word(words[after].core) && !is_not_noun(words[after].core)) {
    return std::nullopt;
  }
  std::string figure = number_words(*number, false);
  // "a 13A fuse": one adjective before its noun.
  if (is_adjectival(words, i, count)) return Match{count, text::hyphenated(figure + " amp"), false};
  bool one = !number->has_point && number->integer == "1";
  return Match{count, figure + (one ? " amp" : " amps"), false};
}

}  // namespace briefcast::rules
