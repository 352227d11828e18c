// An electric car's and its battery's codes, said as the trade says them:
//  - a model year glued to its letters: "MY2022", "MY2022–23", "MY24" -> "model year twenty
//    twenty-two (to twenty-three)"; "MY" was read as the word "my" and the range lost;
//  - a US safety regulator's recall number: "23V-614" -> "twenty-three V six one four" (read
//    as volts and a range), only beside "recall" or "NHTSA";
//  - a cell's charge and discharge rates: "1C/1C", "0.5C/2C" -> "one C, one C" (read as
//    degrees Celsius, with the slash said "or"), only beside a word of cells and cycles.
#include "normalize/codes/codes.h"
#include "normalize/match.h"
#include "normalize/number_words.h"
#include "normalize/speak_word.h"

namespace briefcast::rules {

namespace {

constexpr std::size_t kWindow = 16;

// "2022" -> "twenty twenty-two", "24" -> "twenty-four".
std::string model_year_words(std::string_view digits) {
  return digits.size() == 4 ? year_words(digits) : cardinal_words(digits);
}

std::optional<Match> model_year(std::string_view core) {
  if (!text::starts_with(core, "MY") || core.size() < 4) return std::nullopt;
  std::string_view rest = core.substr(2);
  std::size_t digits = text::digit_run_end(rest, 0);
  if (digits != 2 && digits != 4) return std::nullopt;
  std::string said = "model year " + model_year_words(rest.substr(0, digits));
  rest.remove_prefix(digits);
  if (rest.empty()) return Match{1, said, false};
  std::size_t dash = text::starts_with(rest, "\u2013") ? 3 : (rest[0] == '-' || rest[0] == '/') ? 1 : 0;
  if (dash == 0) return std::nullopt;
  rest.remove_prefix(dash);
  // "MY2021-MY2023": the letters repeated before the last year.
  if (text::starts_with(rest, "MY")) rest.remove_prefix(2);
  if ((rest.size() != 2 && rest.size() != 4) || !text::all_digits(rest)) return std::nullopt;
  return Match{1, said + " to " + model_year_words(rest), false};
}

bool tells_of_recall(std::string_view w) {
  return text::is_one_of(w, {"NHTSA"}) || text::is_one_of_lowered(w, {"recall", "recalls", "recalled", "campaign"});
}

// "23V-614", "24E-012": the year, the kind (vehicle, equipment, tyre, child seat) and a number.
std::optional<std::string> recall_number(std::string_view core) {
  if (core.size() != 7 || !text::is_digit(core[0]) || !text::is_digit(core[1]) || core[3] != '-' ||
      !text::all_digits(core.substr(4))) {
    return std::nullopt;
  }
  if (core[2] != 'V' && core[2] != 'E' && core[2] != 'T' && core[2] != 'C') return std::nullopt;
  return cardinal_words(core.substr(0, 2)) + " " + core[2] + " " + digit_words(core.substr(4), "zero");
}

bool tells_of_cells(std::string_view w) {
  return text::is_one_of_lowered(w, {"cycle", "cycles", "cycling", "cell", "cells", "battery", "batteries", "charge",
                                     "discharge", "charging", "discharging", "c-rate", "anode", "cathode", "capacity", "pack", "packs",
                                     "charges", "charged"});
}

// "1C", "0.5C", "2C": a figure of a rate in C.
std::optional<std::string> c_rate(std::string_view piece) {
  if (piece.size() < 2 || piece.size() > 5 || piece.back() != 'C') return std::nullopt;
  std::string_view figure = piece.substr(0, piece.size() - 1);
  if (!text::is_digit(figure[0]) || !text::parse_plain_figure(figure)) return std::nullopt;
  return speak_word(figure) + " C";
}

std::optional<std::string> c_rate_pair(std::string_view core) {
  std::size_t slash = core.find('/');
  if (slash == std::string_view::npos) return std::nullopt;
  auto charge = c_rate(core.substr(0, slash));
  auto discharge = c_rate(core.substr(slash + 1));
  if (!charge || !discharge) return std::nullopt;
  return *charge + ", " + *discharge;
}

}  // namespace

std::optional<Match> match_vehicle_code(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (!w.prefix.empty() && w.prefix != "(") return std::nullopt;
  std::string_view core = w.core;
  if (core.size() < 4 || core.size() > 15) return std::nullopt;
  if (core[0] == 'M') return model_year(core);
  if (!text::is_digit(core[0])) return std::nullopt;
  if (auto recall = recall_number(core); recall && text::any_word_near(words, i, kWindow, tells_of_recall)) {
    return Match{1, *recall, false};
  }
  if (auto rates = c_rate_pair(core); rates && text::any_word_near(words, i, kWindow, tells_of_cells)) {
    return Match{1, *rates, false};
  }
  return std::nullopt;
}

}  // namespace briefcast::rules
