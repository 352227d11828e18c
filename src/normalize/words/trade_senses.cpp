// One abbreviation, two trades: the words around it decide which word it stands for.
//  - "Dec. -05° 23′" among words of the sky (RA, telescope, arcsec) is the declination of a
//    star, not December; only before a signed angle, as a declination is written.
//  - "Ch. 16", "Ch 72" among words of the radio (VHF, mayday, coastguard) is a channel, not a
//    chapter.
//  - "4,312 pts" among words of a clinic (GPs, patients, dental, NHS) are patients, not points.
// Each cue is looked for within a bounded window of words, so a long line costs no more per word.
#include "normalize/match.h"
#include "normalize/speak_word.h"
#include "normalize/trade_cues.h"
#include "normalize/words/words.h"

namespace briefcast::rules {

namespace {

constexpr std::size_t kWindow = 16;

bool tells_of_radio(std::string_view w) {
  return text::is_one_of_lowered(w, {"vhf", "uhf", "radio", "mayday", "pan-pan", "coastguard", "lifeboat", "marine",
                                     "maritime", "yacht", "vessel", "skipper", "harbour", "harbor", "dsc", "securite",
                                     "handheld", "walkie-talkie", "transceiver", "hailed", "marina", "sailors",
                                     "crew", "trawler", "ferry"});
}

bool tells_of_clinic(std::string_view w) {
  // Not "GP": a Grand Prix is as often beside points.
  return text::is_one_of(w, {"GPs", "NHS", "A&E"}) ||
         text::is_one_of_lowered(w, {"patients", "patient", "clinic", "clinics", "clinical",
                                     "dentist", "dentists", "dental", "surgery", "hospital", "ward", "wards", "nurse",
                                     "nurses", "consultant", "appointments", "appointment", "caseload",
                                     "admitted", "discharged", "treated", "referred", "referrals", "outpatients",
                                     "physio", "pharmacy", "diagnosed"});
}

// "-05°", "+12°30′", "−5°": a signed angle, as a declination is written; "-5°C" is a
// temperature ("Dec -5°C nights").
bool signed_angle(std::string_view core) {
  if (text::ends_with(core, "\u00b0C") || text::ends_with(core, "\u00b0F")) return false;
  std::size_t sign = 0;
  if (text::starts_with(core, "\u2212")) {
    sign = 3;
  } else if (!core.empty() && (core[0] == '-' || core[0] == '+')) {
    sign = 1;
  }
  return sign > 0 && core.size() > sign && text::is_digit(core[sign]) && core.find("\u00b0") != std::string_view::npos;
}

std::optional<Match> declination(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (w.core != "Dec" || i + 1 >= words.size() || !words[i + 1].prefix.empty() || !signed_angle(words[i + 1].core) ||
      !text::any_word_near(words, i, kWindow, tells_of_sky_coordinates)) {
    return std::nullopt;
  }
  return Match{1, "declination", text::has_period(w)};
}

std::optional<Match> radio_channel(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if ((w.core != "Ch" && w.core != "ch") || !(w.suffix.empty() || w.suffix == ".") || i + 1 >= words.size() ||
      !words[i + 1].prefix.empty()) {
    return std::nullopt;
  }
  std::string_view figure = words[i + 1].core;
  if (figure.empty() || figure.size() > 3 || !text::all_digits(figure) || !text::any_word_near(words, i, kWindow, tells_of_radio)) {
    return std::nullopt;
  }
  return Match{1, "channel", text::has_period(w)};
}

// "saw 4,312 pts": the figure and "pts" after it, said as patients.
std::optional<Match> patients(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (i + 1 >= words.size() || !w.suffix.empty() || !words[i + 1].prefix.empty() || words[i + 1].core != "pts" ||
      !text::parse_plain_figure(w.core) || w.core.find('.') != std::string_view::npos ||
      !text::any_word_near(words, i, kWindow, tells_of_clinic)) {
    return std::nullopt;
  }
  return Match{2, speak_word(w.core) + " patients", text::has_period(words[i + 1]) && !period_ends_sentence(words, i + 1)};
}

bool tells_of_lighting(std::string_view w) {
  return text::is_one_of_lowered(w, {"lux", "lx", "lm", "lumens", "led", "leds", "luminaire", "luminaires", "lighting",
                                     "lamp", "lamps", "cri", "ugr", "illuminance", "cct", "troffers", "battens"});
}

// "Ra >= 80", "Ra 90" among words of lighting: a lamp's colour rendering index, spelt "R A" as
// the trade says it; eSpeak NG had said the word "rah". The index is a figure up to a hundred
// right after it, or after a sign or "of", "above", "over"; "Ra" after a capitalised word is a
// name ("Sun Ra at 100", "Sun Ra 80 years on"), and so is "Ra of Egypt" or "Ra at".
bool index_figure(const Words& words, std::size_t k) {
  if (k >= words.size() || words[k].core.empty() || words[k].core.size() > 3 || !text::all_digits(words[k].core) ||
      std::stoi(std::string(words[k].core)) > 100) {
    return false;
  }
  return k + 1 >= words.size() || !words[k].suffix.empty() ||
         !text::is_one_of_lowered(words[k + 1].core, {"years", "year", "years'", "birthday", "anniversary"});
}

std::optional<Match> rendering_index(const Words& words, std::size_t i) {
  if (words[i].core != "Ra" || !words[i].prefix.empty() || !words[i].suffix.empty() || i + 1 >= words.size()) {
    return std::nullopt;
  }
  if (i > 0 && words[i - 1].suffix.empty() && text::is_capitalized(words[i - 1].core) &&
      !text::is_capitals_word(words[i - 1].core)) {
    return std::nullopt;
  }
  std::string_view next = words[i + 1].core;
  bool measured = index_figure(words, i + 1) ||
                  (text::is_one_of(next, {"\u2265", ">", "of", "above", "over", ">=", "="}) && index_figure(words, i + 2));
  if (!measured || !text::any_word_near(words, i, kWindow, tells_of_lighting)) return std::nullopt;
  return Match{1, spelled_letters("RA"), false};
}

}  // namespace

std::optional<Match> match_trade_sense(const Words& words, std::size_t i) {
  if (auto index = rendering_index(words, i)) return index;
  if (auto dec = declination(words, i)) return dec;
  if (auto channel = radio_channel(words, i)) return channel;
  return patients(words, i);
}

}  // namespace briefcast::rules
