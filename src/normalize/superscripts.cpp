// Superscript figures in running text, which eSpeak NG reads badly or not at all: a power of
// ten ("10⁻⁵"), a unit to a negative power ("cm⁻¹", "mol dm⁻³") and a note mark ("¹ The
// survey", "as reported.²"). Squares and cubes of units and variables ("m²", "R²") are read
// elsewhere (units.cpp, spoken_powers), and a mass number before a symbol ("¹⁴C") by the
// nuclide rule.
#include <optional>
#include <string>
#include <string_view>

#include "normalize/measures/measures.h"
#include "normalize/measures/unit_table.h"
#include "normalize/money/money.h"
#include "normalize/typeset_text.h"

namespace briefcast::rules {

namespace {

// The superscript run at token[k]: its ASCII figures (a leading '-' for the minus) and where it ends.
std::string superscript_run(std::string_view token, std::size_t k, std::size_t& end) {
  std::string run;
  std::size_t width = 0;
  end = k;
  while (end < token.size() && run.size() < 6) {
    char d = text::superscript_digit(token, end, width);
    if (d == '\0' || (d == '-' && !run.empty())) break;
    run.push_back(d);
    end += width;
  }
  return run;
}

bool is_closing(std::string_view rest) {
  return rest.find_first_not_of(".,;:!?)]\"'") == std::string_view::npos;
}

// The word before a note mark: a plain word of four or more letters ("reported"), or sentence
// punctuation; short letters before a superscript are units and variables ("km²", "mc²").
bool takes_note_mark(std::string_view before) {
  if (before.empty()) return true;
  if (std::string_view(".,;:)]\"'").find(before.back()) != std::string_view::npos) return true;
  std::string_view word = text::is_upper(before[0]) ? before.substr(1) : before;
  if (word.size() < 4) return false;
  for (char c : word) {
    if (!text::is_lower(c)) return false;
  }
  return true;
}

// The last word of `out` (after its last space), for a unit written before a unit's power.
std::string_view last_word(std::string_view out) {
  std::size_t space = out.rfind(' ');
  return space == std::string_view::npos ? out : out.substr(space + 1);
}

// "cm⁻¹" -> "/cm", "dm⁻³" -> "/dm³": a unit to a negative power is per that unit, the form the
// measure rules read ("1650 /cm", "mol/dm³"). Empty when `unit` is no unit or the power no 1-3.
std::string per_unit(std::string_view unit, std::string_view power) {
  if (unit.empty() || !find_unit(unit)) return "";
  if (power == "1") return "/" + std::string(unit);
  if (power == "2") return "/" + std::string(unit) + "\u00b2";
  if (power == "3") return "/" + std::string(unit) + "\u00b3";
  return "";
}

// "fb", "pb", "ab": a barn, whose power minus one physicists say "inverse" ("140 fb\u207b\u00b9", the
// data a collider delivered, is "one hundred forty inverse femtobarns", never "per femtobarn").
// "pb" is a petabyte elsewhere and "fb" a social network, so the barns are no base of the unit
// table; only their prefixes' names come from it.
std::optional<UnitName> barn(std::string_view unit) {
  if (unit.size() != 2 || unit[1] != 'b' || std::string_view("fpna").find(unit[0]) == std::string_view::npos) {
    return std::nullopt;
  }
  for (const unit_table::Prefix& prefix : unit_table::prefixes()) {
    if (prefix.written != unit.substr(0, 1)) continue;
    const std::string name(prefix.name);
    return UnitName{name + "barn", name + "barns"};
  }
  return std::nullopt;
}

// The last written word of `out` is a unit, a unit a figure is per ("/cm\u00b2") or a rate
// ending in one ("mol/dm\u00b3"), so a power after it continues the unit.
bool unit_ends(std::string_view out) {
  if (out.empty() || out.back() != ' ') return false;
  std::string_view word = last_word(out.substr(0, out.size() - 1));
  if (!word.empty() && word[0] == '/') word.remove_prefix(1);
  return find_unit(word).has_value() || (word.find('/') != std::string_view::npos && find_unit(word.substr(word.rfind('/') + 1)));
}

// The last written word of `out` ends in a figure ("3.2 ", "10^-6 "), so a unit's power after it
// belongs to a measure.
bool figure_ends(std::string_view out) {
  if (out.size() < 2 || out.back() != ' ') return false;
  std::string_view word = last_word(out.substr(0, out.size() - 1));
  return !word.empty() && text::is_digit(word.back());
}

// "H⁻ ions", "Cl⁻", "OH⁻", "O⁻ blood": a minus alone after one element's symbol, hydroxide or
// a blood group is a charge or a sign, said "H minus"; eSpeak NG said "hyphen" or nothing, and
// the charge was lost. Any other word ("US⁻ China", "Mr⁻") is a stray mark, left as it was.
bool is_charged_symbol(std::string_view before) {
  if (text::is_one_of(before, {"OH", "AB"})) return true;
  bool symbol_shape = (before.size() == 1 || before.size() == 2) && text::is_upper(before[0]) &&
                      (before.size() == 1 || text::is_lower(before[1]));
  return symbol_shape && speak_formula_symbols(before).has_value();
}

// "2×10", "(1.1x10": the figure (with an opening bracket) before a times sign glued to a ten;
// empty when `before` is not of that shape.
std::string_view glued_coefficient(std::string_view before) {
  if (!text::ends_with(before, "10")) return {};
  std::string_view head = before.substr(0, before.size() - 2);
  if (text::ends_with(head, "\u00d7")) {
    head.remove_suffix(2);
  } else if (text::ends_with(head, "x")) {
    head.remove_suffix(1);
  } else {
    return {};
  }
  std::string_view digits = !head.empty() && head[0] == '(' ? head.substr(1) : head;
  if (digits.empty() || !text::is_digit(digits[0]) || !text::is_digit(digits.back())) return {};
  for (char c : digits) {
    if (!text::is_digit(c) && c != '.') return {};
  }
  return head;
}

// "/mL", "/L.": a unit a count is per, closing the word.
bool per_unit_after(std::string_view rest) {
  if (rest.size() < 2 || rest[0] != '/') return false;
  std::string_view unit = rest.substr(1);
  std::size_t close = unit.find_first_of(".,;:!?)]\"'");
  if (close != std::string_view::npos && !is_closing(unit.substr(close))) return false;
  return per_unit_name(unit.substr(0, close)).has_value();
}

// One token rewritten into `out`; false when it is left as written.
bool rewrite_token(std::string_view token, std::string& out) {
  std::size_t at = 0;
  std::size_t width = 0;
  while (at < token.size() && text::superscript_digit(token, at, width) == '\0') ++at;
  if (at == token.size()) return false;
  std::size_t end = 0;
  std::string run = superscript_run(token, at, end);
  std::string_view before = token.substr(0, at);
  std::string_view rest = token.substr(end);
  // "28 GeV/c\u00b2": a mass in energy over the speed of light squared, as physicists write it;
  // "over c squared" is how they say it (eSpeak NG said "G V slash C two").
  if (run == "2" && is_closing(rest) && text::ends_with(before, "/c") && find_unit(before.substr(0, before.size() - 2))) {
    out.append(before.substr(0, before.size() - 2)).append(" over c squared").append(rest);
    return true;
  }
  if (run == "-" && is_closing(rest) && is_charged_symbol(before)) {
    out.append(before).append(" minus").append(rest);
    return true;
  }
  if (run.empty() || run == "-") return false;
  // "10⁻⁵", "(10⁶": a power of ten, as the power rules read it ("10^-5"); "10⁶/mL": a count
  // of them per a unit, as a lab writes a concentration.
  std::string_view base = before;
  if (!base.empty() && base[0] == '(') base.remove_prefix(1);
  bool ten = base == "10" || !glued_coefficient(before).empty();
  if (!is_closing(rest) && !(ten && run[0] != '-' && per_unit_after(rest))) return false;
  if (base == "10") {
    out.append(before).append("^").append(run).append(rest);
    return true;
  }
  // "2×10⁶", "1.1x10¹⁴": a figure times a power of ten written as one word; spaced out, the
  // scientific-notation rule reads it ("two times ten to the power of six").
  if (std::string_view figure = glued_coefficient(before); !figure.empty()) {
    out.append(figure).append(" \u00d7 10^").append(run).append(rest);
    return true;
  }
  if (run[0] == '-') {
    if (auto name = barn(before); name && run == "-1") {
      bool one = last_word(std::string_view(out).substr(0, out.empty() ? 0 : out.size() - 1)) == "1";
      out.append("inverse ").append(one ? name->one : name->many).append(rest);
      return true;
    }
    // "mol dm⁻³": after a unit the power joins it ("mol/dm³"); after a figure it stands apart.
    bool after_unit = unit_ends(out);
    // "s⁻¹" is a rate of its own in the table ("per second"), read so after a figure; after
    // a unit ("cm⁻² s⁻¹", "mol dm⁻³ s⁻¹") it is said in words, as no rule reads "/cm²/s".
    if (auto rate = find_unit(token.substr(0, end))) {
      if (!after_unit) return false;
      out.append(rate->one).append(rest);
      return true;
    }
    // "W m⁻² K⁻¹", "10⁻⁶ K⁻¹": kelvin's bare capital is a unit only under its power (alone it is
    // thousands or a letter), and only after a figure or another unit ("in ward K⁻¹" is a label).
    if (before == "K" && run == "-1" && (after_unit || figure_ends(out))) {
      out.append("per ").append(*per_unit_name(before)).append(rest);
      return true;
    }
    std::string per = per_unit(before, std::string_view(run).substr(1));
    if (per.empty()) return false;
    if (after_unit) out.pop_back();
    out.append(per).append(rest);
    return true;
  }
  // "¹ The survey", "as reported.²": a note mark is not read.
  if (!takes_note_mark(before)) return false;
  out.append(before).append(rest);
  return true;
}

}  // namespace

std::string spoken_superscripts(std::string clean) {
  if (clean.find("\xC2\xB9") == std::string::npos && clean.find("\xC2\xB2") == std::string::npos &&
      clean.find("\xC2\xB3") == std::string::npos && clean.find("\xE2\x81") == std::string::npos) {
    return clean;
  }
  std::string out;
  out.reserve(clean.size());
  std::size_t start = 0;
  while (start <= clean.size()) {
    std::size_t space = clean.find(' ', start);
    if (space == std::string::npos) space = clean.size();
    std::string_view token = std::string_view(clean).substr(start, space - start);
    std::size_t before = out.size();
    bool dropped = false;
    if (!rewrite_token(token, out)) {
      out.append(token);
    } else {
      dropped = out.size() == before;
    }
    if (space < clean.size() && !dropped) out.push_back(' ');
    start = space + 1;
  }
  return out;
}

}  // namespace briefcast::rules
