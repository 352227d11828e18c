// Two things joined by a sign, said as people say the pair:
//  - a currency pair, "EUR/USD" -> "euro-dollar", "USD/JPY" -> "dollar-yen", as market reports
//    say them (eSpeak NG said "EUR" as "yoor");
//  - a time signature, "4/4 time" -> "four-four time", "in 7/8" in a line about time
//    signatures: never a fraction ("four quarters");
//  - an arrow between two words, "London → Paris" -> "London to Paris" (eSpeak NG said "right
//    arrow"), and the signs a stage or a route line sets between two places in its stead
//    ("Arlon › Bressac", "Arlon » Bressac", "Arlon > Bressac"), which eSpeak NG passed over;
//  - a time in one zone and its time in another, "3pm ET/12pm PT" -> "... E T, twelve PM P T"
//    (the slash was said "slash");
//  - a device's memory and storage, "16GB/512GB" -> "sixteen gigabytes and five hundred twelve
//    gigabytes": sizes far apart are two parts of one spec; "128GB/256GB" stays a choice ("or");
//  - clothing sizes, a range "XS-XXL" -> "X S to X X L" and a choice "S/M/L" -> "S, M or L"
//    (the dash was lost and the slash said "slash").
#include <vector>

#include "normalize/match.h"
#include "normalize/money/money.h"
#include "normalize/number_words.h"
#include "normalize/numbers/numbers.h"
#include "normalize/speak_word.h"
#include "normalize/words/words.h"

namespace briefcast::rules {

namespace {

std::optional<Match> currency_pair(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (core.size() != 7 || core[3] != '/') return std::nullopt;
  // Names as market reports say them in a pair ("sterling", "Swedish crown"): the currency table's.
  auto base = pair_name(core.substr(0, 3));
  auto quote = pair_name(core.substr(4));
  if (!base || !quote || *base == *quote) return std::nullopt;
  return Match{1, std::string(*base) + "-" + std::string(*quote), false};
}

// "4/4", "6/8", "7/8": beats over a note value that is a power of two.
bool signature_shape(std::string_view core) {
  std::size_t slash = core.find('/');
  if (slash == std::string_view::npos || slash == 0 || slash > 2) return false;
  std::string_view beats = core.substr(0, slash);
  std::string_view note = core.substr(slash + 1);
  return text::all_digits(beats) && beats[0] != '0' && text::is_one_of(note, {"2", "4", "8", "16"});
}

bool names_signature(const Words& words, std::size_t j) {
  return j < words.size() && text::is_one_of_lowered(words[j].core, {"time", "signature", "metre", "meter"});
}

// "4/4 time", "a 6/8 signature", and "from 4/4 time to 7/8": a second signature after one
// named as such within a few words.
std::optional<Match> time_signature(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (!w.prefix.empty() || !signature_shape(w.core)) return std::nullopt;
  bool named = w.suffix.empty() && names_signature(words, i + 1);
  for (std::size_t j = i >= 4 ? i - 4 : 0; j + 1 < i && !named; ++j) {
    named = signature_shape(words[j].core) && names_signature(words, j + 1);
  }
  if (!named) return std::nullopt;
  std::size_t slash = w.core.find('/');
  return Match{1, integer_words(w.core.substr(0, slash), false, false) + "-" +
                      integer_words(w.core.substr(slash + 1), false, false),
               false};
}

// "London → Paris", "A -> B": an arrow set between two words.
std::optional<Match> arrow(const Words& words, std::size_t i) {
  if (i == 0 || i + 1 >= words.size()) return std::nullopt;
  std::string_view raw = words[i].raw;
  if (raw != "\u2192" && raw != "->" && raw != "\u27f6") return std::nullopt;
  return Match{1, "to", false};
}

bool is_size(std::string_view part) {
  // "1X".."6X": the plus sizes some brands write without the L.
  return text::is_one_of(part, {"XXS", "XS", "S", "M", "L", "XL", "XXL", "XXXL", "2XL", "3XL", "4XL", "5XL", "6XL",
                                "1X", "2X", "3X", "4X", "5X", "6X"});
}

// "XXL" -> "X X L", "3XL" -> "three X L": a figure before the letters is said, not dropped.
std::string said_size(std::string_view part) {
  if (!text::is_digit(part[0])) return spelled_letters(part);
  return std::string(digit_word(part[0])) + " " + spelled_letters(part.substr(1));
}

// "XS-XXL", "S–XL", "S/M/L", "XS/S": sizes joined by a hyphen or an en dash (a range) or
// slashes (a choice). Two one-letter sizes alone ("S/M", "M-L") may be other things and are left.
std::optional<Match> clothing_sizes(const Words& words, std::size_t i) {
  if (words[i].core.size() > 20) return std::nullopt;
  std::string core(words[i].core);
  // An en dash is the same range as a hyphen.
  for (std::size_t at = core.find("\u2013"); at != std::string::npos; at = core.find("\u2013", at)) {
    core.replace(at, 3, "-");
  }
  bool ranged = core.find('-') != std::string::npos;
  if (ranged && core.find('/') != std::string::npos) return std::nullopt;
  std::vector<std::string_view> parts = text::split(core, ranged ? '-' : '/');
  if (parts.size() < 2 || (ranged && parts.size() != 2)) return std::nullopt;
  bool long_size = false;
  std::vector<std::string> said;
  for (std::string_view part : parts) {
    if (!is_size(part)) return std::nullopt;
    long_size = long_size || part.size() > 1;
    said.push_back(said_size(part));
  }
  if (!long_size && parts.size() < 3) return std::nullopt;
  return Match{1, ranged ? said[0] + " to " + said[1] : text::joined(said, ", ", " or "), false};
}

// "ET/12pm", "BST/10:30": a zone, then the same moment in another zone after the slash.
std::optional<Match> zone_then_time(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  std::size_t slash = core.find('/');
  if (slash == std::string_view::npos || slash < 2 || slash > 4 || slash + 1 >= core.size() ||
      !text::is_digit(core[slash + 1])) {
    return std::nullopt;
  }
  std::string_view zone = core.substr(0, slash);
  if (!text::is_one_of(zone, {"ET", "PT", "CT", "MT", "GMT", "BST", "UTC", "CET", "CEST", "EST", "EDT", "PST", "PDT",
                              "CST", "CDT", "AEST", "AEDT", "IST", "JST", "HKT", "SGT"})) {
    return std::nullopt;
  }
  std::string_view time = core.substr(slash + 1);
  std::string said = speak_word(time, false);
  // Only a clock reading after the slash: "9am", "12pm", "10:30", "14.30".
  if (said == time || time.find_first_not_of("0123456789:.apmAPM") != std::string_view::npos) return std::nullopt;
  return Match{1, spelled_letters(zone) + ", " + said, false};
}

// "16GB" -> 16, "1TB" -> 1024: a memory size in gigabytes, or nullopt.
std::optional<double> gigabytes(std::string_view size) {
  if (size.size() < 3) return std::nullopt;
  std::string_view unit = size.substr(size.size() - 2);
  std::string_view figure = size.substr(0, size.size() - 2);
  if (figure.empty() || figure.size() > 4 || !text::all_digits(figure)) return std::nullopt;
  double value = std::stod(std::string(figure));
  if (unit == "GB") return value;
  if (unit == "TB") return value * 1024;
  return std::nullopt;
}

// "16GB/512GB", "8GB/1TB": memory and storage, each with its unit and at least eight times
// apart, as a phone's or laptop's spec lists them. Steps of two ("128GB/256GB") are the
// choices a model comes in, which the measure rules say with "or".
std::optional<Match> memory_and_storage(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  std::size_t slash = core.find('/');
  if (slash == std::string_view::npos || core.find('/', slash + 1) != std::string_view::npos) return std::nullopt;
  auto memory = gigabytes(core.substr(0, slash));
  auto storage = gigabytes(core.substr(slash + 1));
  if (!memory || !storage || *memory <= 0 || *storage < 8 * *memory) return std::nullopt;
  return Match{1, speak_word(core.substr(0, slash), false) + " and " + speak_word(core.substr(slash + 1), false), false};
}

// Words of a route: a stage of a race, a leg of a journey, a service between two places.
bool tells_of_route(std::string_view core) {
  return text::is_one_of_lowered(core, {"stage", "stages", "route", "routes", "leg", "legs", "km", "kilometres",
                                        "kilometers", "mi", "miles", "itinerary", "ride", "climb", "finish", "ferry",
                                        "crossing", "flight", "flights", "train", "trains", "bus", "coach", "sailing",
                                        "departs", "arrives", "hike", "trek", "transfer"});
}

// A place's name on either side of the sign: capitalised (an ASCII or a Latin-1 capital).
bool names_place(std::string_view core) {
  if (core.size() < 2) return false;
  auto lead = static_cast<unsigned char>(core[0]);
  auto next = static_cast<unsigned char>(core[1]);
  return text::is_upper(core[0]) || (lead == 0xC3 && next >= 0x80 && next <= 0x9E);
}

}  // namespace

bool is_route_arrow(const Words& words, std::size_t i) {
  std::string_view raw = words[i].raw;
  if (i == 0 || i + 1 >= words.size() || (raw != "\u203a" && raw != "\u00bb" && raw != ">")) return false;
  const Word& from = words[i - 1];
  const Word& to = words[i + 1];
  if (!from.suffix.empty() || !to.prefix.empty() || !names_place(from.core) || !names_place(to.core)) return false;
  return text::any_word_near(words, i, 16, tells_of_route);
}

std::optional<Match> match_joined_pair(const Words& words, std::size_t i) {
  for (auto rule : {currency_pair, time_signature, arrow, clothing_sizes, zone_then_time, memory_and_storage}) {
    if (auto m = rule(words, i)) return m;
  }
  return std::nullopt;
}

}  // namespace briefcast::rules
