// "won by +2.314s", "beat them by +5 points": a plus sign on a margin after "by" is not said.
// "by" already says the figure is a gap, so "by plus two point three one four seconds" says it
// twice; a newsreader says "by two point three one four seconds". A margin is a time, or
// follows a verb of winning or leading. A plus sign on a change ("+4.1% YoY", "weight changed
// by +2 kg") says which way and stays.
#include "normalize/text_util.h"
#include "normalize/typeset_text.h"

namespace briefcast::rules {

namespace {

// Whether the text just before `at` ends in the whole word "by" and a single space.
bool after_by(std::string_view clean, std::size_t at) {
  if (at < 3 || clean[at - 1] != ' ') return false;
  std::string_view word = clean.substr(at - 3, 2);
  if (word != "by" && word != "By") return false;
  return at == 3 || clean[at - 4] == ' ' || clean[at - 4] == '(';
}

// "+2.314s", "+0.5 sec", "+12 seconds": the figure after the sign is a gap in time, as a race's
// margin is written. "changed by +2 kg" keeps its sign: there it says which way.
bool time_gap_at(std::string_view clean, std::size_t k) {
  std::size_t end = k;
  while (end < clean.size() && (text::is_digit(clean[end]) || clean[end] == '.')) ++end;
  std::string_view rest = clean.substr(end);
  if (!rest.empty() && rest[0] == ' ') rest.remove_prefix(1);
  for (std::string_view unit : {"seconds", "secs", "sec", "s"}) {
    if (text::starts_with(rest, unit) && (rest.size() == unit.size() || !text::is_alnum(rest[unit.size()]))) return true;
  }
  return false;
}

// "won by +3", "beat them by +5 points": a verb of winning or leading earlier in the sentence
// makes the figure after "by" a margin.
bool after_winning(std::string_view clean, std::size_t k) {
  std::string_view before = clean.substr(0, k);
  std::size_t stop = before.find_last_of(".;!?");
  if (stop != std::string_view::npos) before.remove_prefix(stop + 1);
  for (std::string_view verb : {" won ", " win ", " wins ", " beat ", " beats ", " leads ", " led ", " edged ", " finished "}) {
    if (before.find(verb) != std::string_view::npos) return true;
  }
  return false;
}

}  // namespace

std::string unsigned_margins(std::string clean) {
  if (clean.find("by +") == std::string::npos && clean.find("By +") == std::string::npos) return clean;
  std::string out;
  out.reserve(clean.size());
  for (std::size_t k = 0; k < clean.size(); ++k) {
    bool plus = clean[k] == '+' && k + 1 < clean.size() &&
                (text::is_digit(clean[k + 1]) || (clean[k + 1] == '.' && k + 2 < clean.size() && text::is_digit(clean[k + 2])));
    if (plus && after_by(clean, k) && (time_gap_at(clean, k + 1) || after_winning(clean, k))) continue;
    out.push_back(clean[k]);
  }
  return out;
}

}  // namespace briefcast::rules
