// The star levels of horse sport: a show's or event's code with its level ("CSI5*", "CCI4*-L",
// "CDIO3*") and the level alone with its format on a line of horse sport ("the 4*-S", "a 5*-L").
// The asterisk is a star here, never a footnote: "CSI five-star", "CCI four-star long". eSpeak
// NG said "asterisk" or nothing, so the level was lost. "-L" and "-S" are the long and short formats of eventing.
#include <array>

#include "normalize/match.h"
#include "normalize/number_words.h"
#include "normalize/numbers/numbers.h"
#include "normalize/sport/sport.h"
#include "normalize/words/words.h"

namespace briefcast::rules {

namespace {

// FEI codes of a competition's kind: jumping, eventing, dressage, driving, vaulting, endurance,
// para-dressage, with their nations-cup "O".
bool is_fei_code(std::string_view code) {
  static constexpr std::array<std::string_view, 14> kCodes = {"CSI", "CSIO", "CCI", "CCIO", "CIC", "CDI", "CDIO",
                                                              "CAI", "CAIO", "CVI", "CVIO", "CEI", "CEIO", "CPEDI"};
  for (std::string_view c : kCodes) {
    if (code == c) return true;
  }
  return false;
}

// "-L" -> " long", "-S" -> " short", "" -> "".
std::optional<std::string> format_words(std::string_view tail) {
  if (tail.empty()) return std::string();
  if (tail == "-L") return std::string(" long");
  if (tail == "-S") return std::string(" short");
  return std::nullopt;
}

// "eventing", "rider", "CCI": a word of horse sport, without which a bare level with its format
// ("the app's 4*-S rating") is a rating of something else.
bool tells_of_horse_sport(std::string_view core) {
  std::string word = text::lower(core);
  return is_fei_code(core) || text::is_one_of(word, {"eventing", "horse", "horses", "rider", "riders", "dressage",
                                                     "cross-country", "jumping", "fei", "mare", "gelding", "stallion",
                                                     "equestrian"});
}

}  // namespace

std::optional<Match> match_equestrian_level(const Words& words, std::size_t i) {
  const Word& w = words[i];
  std::string core(w.core);
  bool star_in_suffix = !w.suffix.empty() && w.suffix[0] == '*';
  if (star_in_suffix) core += '*';
  std::size_t star = core.find('*');
  if (star == std::string::npos || star == 0 || !text::is_digit(core[star - 1])) return std::nullopt;
  char level = core[star - 1];
  if (level < '1' || level > '5') return std::nullopt;
  std::string_view code = std::string_view(core).substr(0, star - 1);
  auto format = format_words(std::string_view(core).substr(star + 1));
  if (!format) return std::nullopt;
  // The level alone is a star level only with its format; "a 5* hotel" is rating_marks.cpp's.
  if (code.empty() && format->empty()) return std::nullopt;
  if (!code.empty() && !is_fei_code(code)) return std::nullopt;
  if (code.empty() && !text::any_word(words, tells_of_horse_sport)) return std::nullopt;
  std::string said = integer_words(std::string(1, level), false, false) + "-star" + *format;
  // "C.S.I.O": eSpeak NG says several codes as words ("CSIO" "see-see-oh", "CAIO" "kay-oh"), so
  // the code is spelt letter by letter.
  if (!code.empty()) said = spelled_letters(code) + " " + said;
  // The asterisk left in the suffix is dropped where every piece's suffix is written out.
  return Match{1, said, false};
}

}  // namespace briefcast::rules
