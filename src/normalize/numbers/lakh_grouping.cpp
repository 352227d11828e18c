// Figures grouped in lakhs and crores, as Indian copy writes them: "7,13,789" (seven lakh
// thirteen thousand ...), "1,25,000", "60,95,54,000". The rules read commas between groups of
// three, so these had been said group by group ("seven, thirteen, seven hundred eighty nine"),
// a wrong number. Rewritten with the commas every three figures ("713,789"), every rule reads
// them as the number they are. Only the full shape: one or two figures, then groups of two,
// then a last group of three, with no figure, comma or point glued before.
#include "normalize/typeset_text.h"
#include "normalize/text_util.h"

namespace briefcast::rules {

namespace {

// The end of a lakh-grouped figure starting at k, or k when there is none.
std::size_t lakh_figure_end(const std::string& s, std::size_t k) {
  auto digits_at = [&s](std::size_t j) {
    std::size_t n = 0;
    while (j + n < s.size() && text::is_digit(s[j + n])) ++n;
    return n;
  };
  std::size_t lead = digits_at(k);
  if (lead == 0 || lead > 2) return k;
  std::size_t j = k + lead;
  std::size_t pairs = 0;
  while (j < s.size() && s[j] == ',') {
    std::size_t n = digits_at(j + 1);
    if (n == 2) {
      j += 3;
      ++pairs;
      continue;
    }
    if (n != 3 || pairs == 0) return k;
    // "1,23,456,7": another comma group after it makes it a list, no figure.
    std::size_t end = j + 4;
    bool more = end + 1 < s.size() && s[end] == ',' && text::is_digit(s[end + 1]);
    return more ? k : end;
  }
  return k;
}

}  // namespace

std::string lakh_grouped_figures(std::string clean) {
  if (clean.find(',') == std::string::npos) return clean;
  std::string out;
  out.reserve(clean.size());
  for (std::size_t k = 0; k < clean.size();) {
    bool starts = text::is_digit(clean[k]) &&
                  (k == 0 || !(text::is_alnum(clean[k - 1]) || clean[k - 1] == '.' || clean[k - 1] == ','));
    std::size_t end = starts ? lakh_figure_end(clean, k) : k;
    if (end == k) {
      out.push_back(clean[k++]);
      continue;
    }
    std::string digits;
    for (std::size_t j = k; j < end; ++j) {
      if (text::is_digit(clean[j])) digits.push_back(clean[j]);
    }
    std::size_t lead = digits.size() % 3 == 0 ? 3 : digits.size() % 3;
    out.append(digits, 0, lead);
    for (std::size_t j = lead; j < digits.size(); j += 3) out.append(",").append(digits, j, 3);
    k = end;
  }
  return out;
}

}  // namespace briefcast::rules
