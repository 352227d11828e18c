// An amateur radio signal report on the RST scale: readability 1 to 5, strength 1 to 9 and, for
// Morse, tone 1 to 9 ("RST 59", "a 599 report"). Its figures are said one by one ("five nine",
// "five nine nine"), as operators say them; it had been a cardinal ("fifty nine"). After "RST",
// or before "report" among words of radio.
#include "normalize/codes/codes.h"
#include "normalize/match.h"
#include "normalize/number_words.h"
#include "normalize/words/words.h"

namespace briefcast::rules {

namespace {

constexpr std::size_t kSpan = 10;

bool is_radio_word(std::string_view core) {
  return text::is_one_of_lowered(core, {"radio", "ham", "hams", "amateur", "qso", "qsos", "cw", "ssb", "ft8", "morse",
                                        "qsl", "callsign", "callsigns", "dx", "dxpedition", "antenna", "repeater", "hf",
                                        "vhf", "uhf", "transceiver", "rig", "operator", "operators", "contest", "band",
                                        "bands", "signal", "signals", "station", "stations", "contact", "contacts"});
}

// "59", "599": readability 1-5, strength 1-9, tone 1-9.
bool is_rst(std::string_view core) {
  if (core.size() < 2 || core.size() > 3 || !text::all_digits(core)) return false;
  if (core[0] < '1' || core[0] > '5') return false;
  for (char c : core.substr(1)) {
    if (c == '0') return false;
  }
  return true;
}

}  // namespace

std::optional<Match> match_signal_report(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  // "RST 579" is taken whole: the rules of codes read a name and its number as a model's ("five seventy nine").
  if (core == "RST" && words[i].suffix.empty() && i + 1 < words.size() && words[i + 1].prefix.empty() &&
      is_rst(words[i + 1].core)) {
    return Match{2, spelled_letters(core) + " " + digit_words(words[i + 1].core), false};
  }
  if (!is_rst(core)) return std::nullopt;
  bool after_rst = i > 0 && words[i - 1].core == "RST" && words[i - 1].suffix.empty();
  bool before_report = words[i].suffix.empty() && i + 1 < words.size() &&
                       text::is_one_of_lowered(words[i + 1].core, {"report", "reports"}) &&
                       text::any_word_near(words, i, kSpan, is_radio_word);
  if (!after_rst && !before_report) return std::nullopt;
  return Match{1, digit_words(core), false};
}

}  // namespace briefcast::rules
