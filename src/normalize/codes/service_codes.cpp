// The number of one run of a ship, a plane or a train: "voyage 0412W", "flight 0087",
// "service 112E". Shipping lines number a vessel's voyages with a direction letter after the
// figures (W westbound, E eastbound), and timetables keep the leading zeros; a crew or a port
// says them figure by figure ("oh four one two W"). Read as a quantity the code had become a
// measure ("four hundred twelve watts") or a string of zeros. Only straight after the word
// that names the run, and only when the figures could be no count: a leading zero or capitals
// glued after them ("flight 370", "train 2150" keep their readings as labels).
#include "normalize/codes/codes.h"
#include "normalize/match.h"
#include "normalize/measures/measures.h"
#include "normalize/number_words.h"

namespace briefcast::rules {

namespace {

bool names_a_run(std::string_view core) {
  return text::is_one_of_lowered(core, {"voyage", "voyages", "service", "services", "flight", "flights", "train", "trains",
                                        "sailing", "sailings", "rotation", "loop"});
}

// "0412W" -> "oh four one two W", "0087" -> "oh oh eight seven", "112E" -> "one one two E";
// nullopt for any other shape.
std::optional<std::string> run_code(std::string_view core) {
  std::size_t digits = text::digit_run_end(core, 0);
  std::string_view letters = core.substr(digits);
  if (digits < 3 || digits > 5 || letters.size() > 2 || (!letters.empty() && !text::all_upper(letters))) {
    return std::nullopt;
  }
  if (core[0] != '0' && letters.empty()) return std::nullopt;
  std::string said = digit_words(core.substr(0, digits), "oh");
  // Two letters are spelt with a period between, as other initialisms are ("N.B").
  for (std::size_t k = 0; k < letters.size(); ++k) {
    said += k == 0 ? " " : ".";
    said.push_back(letters[k]);
  }
  return said;
}

}  // namespace

std::optional<Match> match_service_code(const Words& words, std::size_t i) {
  if (i == 0 || !words[i].prefix.empty() || !words[i - 1].suffix.empty() || !names_a_run(words[i - 1].core)) {
    return std::nullopt;
  }
  auto said = run_code(words[i].core);
  if (!said) return std::nullopt;
  // "service 240V": figures and a unit's letters after a word that also names a supply are a
  // measure; a voyage's letter is its direction, and a leading zero makes any a code.
  std::string_view core = words[i].core;
  bool voyage = text::is_one_of_lowered(words[i - 1].core, {"voyage", "voyages", "sailing", "sailings", "rotation", "loop"});
  if (core[0] != '0' && !voyage && find_unit(core.substr(core.find_first_not_of("0123456789")))) return std::nullopt;
  return Match{1, *said, false};
}

}  // namespace briefcast::rules
