// Short forms with their period whose reading the words around them settle; left alone eSpeak
// NG said the stub ("s", "reg", "no", "wed", "pc") and paused at the period as at a sentence end.
//  - "reg. KX19 ABD": before a number plate (letters and figures, then three letters, or a code
//    among words of vehicles) the registration; "reg." before other codes stays the regulation.
//  - "the 4th Wed.", "Mon./Thu.": a weekday after an ordinal or joined to another weekday.
//  - "Oct./Nov.": two months joined by a slash, one span ("October-November").
//  - "25 Gy min., 50 Gy max.": after a figure and its unit, the limit it is (minimum, maximum).
//  - "an 8-pc. set": a count joined to "pc." with its period is pieces ("5pc" stays percent).
//  - "incl. MwSt.", "zzgl. MwSt.": the German tax on sales is VAT to a listener.
// A period that also ends the sentence stays.
#include <algorithm>

#include "normalize/codes/codes.h"
#include "normalize/dates/dates.h"
#include "normalize/function_words.h"
#include "normalize/match.h"
#include "normalize/measures/measures.h"
#include "normalize/number_words.h"
#include "normalize/numbers/numbers.h"
#include "normalize/trade_cues.h"
#include "normalize/words/words.h"

namespace briefcast::rules {

namespace {

// "25", "(25": a figure, perhaps opening a bracket.
bool opens_figure(const Word& w) {
  return (w.prefix.empty() || w.prefix == "(") && !w.core.empty() && text::is_digit(w.core[0]);
}

// "KX19", "AB12": two letters and two figures, the front of a British plate.
bool plate_front(std::string_view core) {
  return core.size() == 4 && text::is_upper(core[0]) && text::is_upper(core[1]) && text::is_digit(core[2]) &&
         text::is_digit(core[3]);
}

bool tells_of_vehicles(std::string_view w) {
  return text::is_one_of_lowered(w, {"car", "cars", "van", "vans", "lorry", "lorries", "truck", "trucks", "vehicle",
                                     "vehicles", "driver", "drivers", "motorist", "plate", "plates", "bus", "taxi",
                                     "motorcycle", "hatchback", "saloon", "HGV", "DVSA", "DVLA"});
}

// "new reg. EC561", "EU reg. R13H", "under reg. EC561": a rule is cited after its maker, "new"
// or "under", and numbered after the lawmaker's capitals; rules on vehicles sit among cars too.
bool cites_a_rule(const Words& words, std::size_t i) {
  std::string_view code = words[i + 1].core;
  bool maker_code = text::starts_with(code, "EC") || text::starts_with(code, "EU") || text::starts_with(code, "UN");
  bool cited = i > 0 && words[i - 1].suffix.empty() &&
               text::is_one_of_lowered(words[i - 1].core, {"eu", "ec", "eec", "un", "unece", "ece", "new", "under", "per"});
  return maker_code || cited;
}

std::optional<Match> registration(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (!text::is_one_of(w.core, {"reg", "Reg"}) || w.suffix != "." || i + 1 >= words.size() || !words[i + 1].prefix.empty()) {
    return std::nullopt;
  }
  std::string said = w.core == "Reg" ? "Registration" : "registration";
  std::string_view front = words[i + 1].core;
  if (plate_front(front) && words[i + 1].suffix.empty() && i + 2 < words.size() && words[i + 2].prefix.empty() &&
      words[i + 2].core.size() == 3 && text::all_alpha(words[i + 2].core) && text::all_upper(words[i + 2].core)) {
    std::string plate = said + " " + front[0] + " " + front[1] + " " + paired_digit_words(front.substr(2));
    for (char c : words[i + 2].core) plate += std::string(" ") + c;
    return Match{3, plate, false};
  }
  // A plate has two capitals or more ("AB-220"); one capital and figures ("R155", "R10") is
  // how a rule on vehicles is numbered, so it stays the regulation even among cars.
  bool code = !front.empty() && text::is_upper(front[0]) && front.find_first_of("0123456789") != std::string_view::npos &&
              std::count_if(front.begin(), front.end(), [](char c) { return text::is_upper(c); }) >= 2;
  if (!code || cites_a_rule(words, i) || !text::any_word_near(words, i, 12, tells_of_vehicles)) return std::nullopt;
  return Match{1, said, true};
}

bool weekday_at(const Words& words, std::size_t k) {
  return k < words.size() && text::is_capitalized(words[k].core) && weekday_name(words[k].core).has_value();
}

std::optional<Match> weekday(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (w.core.size() < 3 || w.core.size() > 5 || !text::is_capitalized(w.core) || !text::has_period(w)) return std::nullopt;
  auto day = weekday_name(w.core);
  if (!day) return std::nullopt;
  bool ordinal = i > 0 && words[i - 1].suffix.empty() && speak_ordinal(words[i - 1].core).has_value();
  bool every = i > 0 && words[i - 1].suffix.empty() && text::is_one_of_lowered(words[i - 1].core, {"every", "each"});
  bool joined = (i + 1 < words.size() && w.suffix == "./" && weekday_at(words, i + 1)) ||
                (i > 0 && words[i - 1].suffix == "./" && weekday_at(words, i - 1));
  if (!ordinal && !every && !joined) return std::nullopt;
  if (w.suffix == "./") return Match{1, *day + " or", true};
  return keep_end(*day, words, i);
}

// "Oct./Nov. loading", "Dec./Jan. delivery": two short months joined by a slash are one span of
// shipment or delivery, said "October-November"; left, eSpeak NG said "okt dot slash".
std::optional<Match> joined_months(const Words& words, std::size_t i) {
  const Word& w = words[i];
  // The pair stays one word ("Oct./Nov") when nothing spaces the slash.
  std::size_t joint = w.core.find("./");
  if (joint == std::string_view::npos || !text::has_period(w)) return std::nullopt;
  std::string_view first = w.core.substr(0, joint);
  std::string_view second = w.core.substr(joint + 2);
  if (first.size() > 4 || second.size() > 4 || !text::is_capitalized(first) || !text::is_capitalized(second)) {
    return std::nullopt;
  }
  auto from = month_number(first, false);
  auto to = month_number(second, false);
  if (!from || !to) return std::nullopt;
  return keep_end(month_name(*from) + "-" + month_name(*to), words, i);
}

std::optional<Match> limit_after_measure(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (!text::is_one_of(w.core, {"min", "max"}) || !text::starts_with(w.suffix, ".") || i < 2) return std::nullopt;
  const Word& unit = words[i - 1];
  if (!unit.suffix.empty() || !words[i - 2].suffix.empty() || !text::all_alpha(unit.core) || unit.core.size() > 4 ||
      !opens_figure(words[i - 2]) || text::is_function_word(text::lower(unit.core))) {
    return std::nullopt;
  }
  // "min." is also the minute: only after a unit of measure is it the least ("5 more min." is time).
  if (w.core == "min" && !find_unit(unit.core)) return std::nullopt;
  return keep_end(w.core == "min" ? "minimum" : "maximum", words, i);
}

std::optional<Match> pieces(const Words& words, std::size_t i) {
  const Word& w = words[i];
  std::size_t dash = w.core.find('-');
  if (w.suffix != "." || dash == std::string_view::npos || dash == 0) return std::nullopt;
  std::string_view count = w.core.substr(0, dash);
  std::string_view unit = w.core.substr(dash + 1);
  if (!text::all_digits(count) || count.size() > 3 || !text::is_one_of(unit, {"pc", "pce", "pcs"})) return std::nullopt;
  return keep_end(cardinal_words(count) + "-piece", words, i);
}

// "zzgl. MwSt", "inkl. MwSt.": the German words before the tax are "plus" and "including".
std::optional<Match> sales_tax(const Words& words, std::size_t i) {
  auto tax = [&](std::size_t k) { return k < words.size() && text::is_one_of(words[k].core, {"MwSt", "MWSt", "Mwst"}); };
  if (tax(i)) return keep_end("VAT", words, i);
  if (words[i].suffix != "." || !tax(i + 1) || !words[i + 1].prefix.empty()) return std::nullopt;
  std::string_view lead = text::is_one_of_lowered(words[i].core, {"zzgl"}) ? "plus" : "";
  if (text::is_one_of_lowered(words[i].core, {"inkl", "incl"})) lead = "including";
  if (lead.empty()) return std::nullopt;
  return keep_end(std::string(lead) + " VAT", words, i, 2);
}

}  // namespace

std::optional<Match> match_dotted_form(const Words& words, std::size_t i) {
  if (!words[i].prefix.empty() && words[i].prefix != "(") return std::nullopt;
  if (auto m = registration(words, i)) return m;
  if (auto m = weekday(words, i)) return m;
  if (auto m = joined_months(words, i)) return m;
  if (auto m = limit_after_measure(words, i)) return m;
  if (auto m = pieces(words, i)) return m;
  if (auto m = sales_tax(words, i)) return m;
  return std::nullopt;
}

}  // namespace briefcast::rules
