// Figures with a letter after them, joined by a dash or an en dash into a range: petite sizes
// "8P-14P" -> "eight P to fourteen P", jacket lengths "36R–46R", a cassette's sprockets
// "11–36T" -> "eleven to thirty six tooth". The dash had been silent, so a range was heard as two
// sizes ("eight P fourteen P") or, with the letter on the top only, as one number ("eleven
// thirty six T"). Both sides carry the same letters, or only the top does; letters that are a
// unit's symbol ("5-10V", "650W-700W", "2-3GB") are the measure rules'. The low figure comes
// first, so a score or a code ("3-2T") stays.
//
// "T" after a count of teeth is said "tooth" only beside a word of a bicycle's drive (cassette,
// chainring, sprocket, cog): "a 44T chainring" -> "a forty four tooth chainring"; elsewhere the
// letter stays ("a 12T magnet" is no count of teeth).
#include "normalize/match.h"
#include "normalize/measures/measures.h"
#include "normalize/number_words.h"
#include "normalize/numbers/numbers.h"
#include "normalize/words/words.h"

namespace briefcast::rules {

namespace {

bool is_drive_word(std::string_view w) {
  return text::is_one_of_lowered(w, {"cassette", "cassettes", "chainring", "chainrings", "sprocket", "sprockets", "cog",
                                     "cogs", "freewheel", "drivetrain"});
}

// A figure of one to three digits, no leading zero, then up to two capitals.
struct Lettered {
  std::string_view figure;
  std::string_view letters;
};

std::optional<Lettered> lettered(std::string_view s) {
  std::size_t n = text::digit_run_end(s, 0);
  if (n == 0 || n > 3 || s[0] == '0' || s.size() - n > 2) return std::nullopt;
  for (std::size_t k = n; k < s.size(); ++k) {
    if (!text::is_upper(s[k])) return std::nullopt;
  }
  return Lettered{s.substr(0, n), s.substr(n)};
}

// The letters as said: "tooth" for teeth beside a drive word, else by their names.
std::string said_letters(std::string_view letters, bool teeth) {
  return teeth && letters == "T" ? "tooth" : spelled_letters(letters);
}

}  // namespace

std::optional<Match> match_lettered_range(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (core.size() > 16) return std::nullopt;
  auto sides = text::split_at_range_dash(core);
  if (!sides) {
    // "a 44T chainring": one count of teeth.
    auto one = lettered(core);
    if (!one || one->letters != "T" || !text::any_word_near(words, i, 4, is_drive_word)) return std::nullopt;
    return Match{1, cardinal_words(one->figure) + " tooth", false};
  }
  auto low = lettered(sides->before);
  auto high = lettered(sides->after);
  if (!low || !high || high->letters.empty()) return std::nullopt;
  // Letters that are a unit's symbol ("650W-700W", "5-12V") are the measure rules'; "T" is kept
  // though it is tesla's, as a range of whole figures to it is a cassette's teeth or a child's
  // sizes. A bare low figure takes one letter.
  if (high->letters != "T" && find_unit(high->letters)) return std::nullopt;
  if (low->letters.empty() ? high->letters.size() != 1 : low->letters != high->letters) {
    return std::nullopt;
  }
  if (std::stoi(std::string(low->figure)) >= std::stoi(std::string(high->figure))) return std::nullopt;
  bool teeth = high->letters == "T" && text::any_word_near(words, i, 4, is_drive_word);
  std::string letters = said_letters(high->letters, teeth);
  std::string spoken = cardinal_words(low->figure);
  if (!low->letters.empty()) spoken += " " + letters;
  return Match{1, spoken + " to " + cardinal_words(high->figure) + " " + letters, false};
}

}  // namespace briefcast::rules
