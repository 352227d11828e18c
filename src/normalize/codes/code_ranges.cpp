// Two codes of letters and figures joined by a dash into a range: lots "24B117–24B129" ->
// "twenty four B one seventeen to twenty four B one twenty nine", serials "SN4411A-SN4419A".
// The dash had been silent, and the range was heard as two codes. The two ends share their
// opening run (of letters or of figures) and differ in one run only, the low end first, so a
// name ("R2-D2") or a pairing of two codes ("H1N1-H3N2") stays as it is. Each end holds a letter
// before a figure, so a measure's range ("650W-700W") is the measure rules', and three runs or
// more: a letter and a figure ("J23-J24", "C4-C5", "M1-M6") are a junction's, a vertebra's or a
// road's, read by their own rules.
#include <vector>

#include "normalize/codes/codes.h"
#include "normalize/match.h"
#include "normalize/speak_word.h"

namespace briefcast::rules {

namespace {

// "24B117" -> {"24", "B", "117"}: runs of letters and of figures; nothing if another mark is in it.
std::optional<std::vector<std::string_view>> runs(std::string_view core) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  for (std::size_t k = 0; k <= core.size(); ++k) {
    if (k < core.size() && !text::is_digit(core[k]) && !text::is_upper(core[k])) return std::nullopt;
    bool boundary = k == core.size() || (k > start && text::is_digit(core[k]) != text::is_digit(core[k - 1]));
    if (!boundary) continue;
    out.push_back(core.substr(start, k - start));
    start = k;
  }
  return out;
}

// A letter before a figure: "A320", "24B117", "SN4411A"; not "650W".
bool letter_then_figure(const std::vector<std::string_view>& parts) {
  for (std::size_t k = 0; k + 1 < parts.size(); ++k) {
    if (!text::is_digit(parts[k][0]) && text::is_digit(parts[k + 1][0])) return true;
  }
  return false;
}

// The one run the two ends differ in rises from the first to the second, the rest are shared.
bool is_range(const std::vector<std::string_view>& low, const std::vector<std::string_view>& high) {
  if (low.size() != high.size() || low.size() < 3 || low[0] != high[0]) return false;
  int differing = 0;
  for (std::size_t k = 1; k < low.size(); ++k) {
    if (low[k] == high[k]) continue;
    bool digits = text::is_digit(low[k][0]);
    if (digits != text::is_digit(high[k][0])) return false;
    bool rises = digits ? std::stoll(std::string(low[k])) < std::stoll(std::string(high[k]))
                        : low[k].size() == high[k].size() && low[k] < high[k];
    if (!rises || ++differing > 1) return false;
  }
  return differing == 1;
}

}  // namespace

std::optional<Match> match_code_range(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (core.size() < 5 || core.size() > 30 || !words[i].prefix.empty()) return std::nullopt;
  for (std::string_view dash : {std::string_view("\u2013"), std::string_view("-")}) {
    std::size_t at = core.find(dash);
    if (at == std::string_view::npos || at == 0) continue;
    std::string_view a = core.substr(0, at);
    std::string_view b = core.substr(at + dash.size());
    auto low = runs(a);
    auto high = runs(b);
    if (!low || !high || b.empty() || !letter_then_figure(*low) || !is_range(*low, *high)) return std::nullopt;
    return Match{1, speak_word(a) + " to " + speak_word(b), false};
  }
  return std::nullopt;
}

}  // namespace briefcast::rules
