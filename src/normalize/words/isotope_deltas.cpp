// The delta notation of stable-isotope ratios ("δ¹⁸O", "δ13C", "δ¹⁵N"), as geochemists and
// ecologists write it: said "delta O eighteen", the delta, the element, then its mass number.
// eSpeak NG had said "delta O" and dropped the superscript figures, so the isotope was lost (a
// meaning error: "δ¹⁸O" and "δ¹⁷O" are different measures).
#include "normalize/number_words.h"
#include "normalize/words/words.h"

namespace briefcast::rules {

namespace {

constexpr std::string_view kDelta = "\xCE\xB4";  // δ

// The mass number after the delta, superscript or plain figures, one to three; empty else.
std::string mass_number(std::string_view core, std::size_t& at) {
  std::string digits;
  while (at < core.size() && digits.size() < 4) {
    std::size_t width = 0;
    char d = text::superscript_digit(core, at, width);
    if (d >= '0' && d <= '9') {
      digits.push_back(d);
      at += width;
    } else if (text::is_digit(core[at])) {
      digits.push_back(core[at]);
      ++at;
    } else {
      break;
    }
  }
  return digits.size() <= 3 && !digits.empty() && digits[0] != '0' ? digits : "";
}

}  // namespace

std::optional<Match> match_isotope_delta(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (!text::starts_with(core, kDelta)) return std::nullopt;
  std::size_t at = kDelta.size();
  std::string mass = mass_number(core, at);
  std::string_view element = core.substr(at);
  // An element's symbol: a capital and at most one lowercase letter ("O", "C", "Sr").
  bool symbol = !element.empty() && element.size() <= 2 && text::is_upper(element[0]) &&
                (element.size() == 1 || text::is_lower(element[1]));
  if (mass.empty() || !symbol) return std::nullopt;
  return Match{1, "delta " + spelled_letters(element.substr(0, 1)) + std::string(element.substr(1)) + " " +
                      cardinal_words(mass), false};
}

}  // namespace briefcast::rules
