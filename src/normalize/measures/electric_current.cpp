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
                                  "inverter", "controller", "motor"})) {
    return true;
  }
  if (w.size() < 2 || (w.back() != 'V' && w.back() != 'W')) return false;
  auto figure = text::parse_number(w.substr(0, w.size() - 1));
  return figure && !figure->negative;
}

}  // namespace

std::optional<Match> match_electric_current(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (core.size() < 2 || core.back() != 'A' || !words[i].prefix.empty()) return std::nullopt;
  auto number = text::parse_number(core.substr(0, core.size() - 1));
  if (!number || number->negative || number->integer.size() > 4 || !text::any_word_near(words, i, 8, is_electric_word)) {
    return std::nullopt;
  }
  std::string figure = number_words(*number, false);
  // "a 13A fuse": one adjective before its noun.
  if (is_adjectival(words, i, 1)) return Match{1, figure + "-amp", false};
  bool one = !number->has_point && number->integer == "1";
  return Match{1, figure + (one ? " amp" : " amps"), false};
}

}  // namespace briefcast::rules
