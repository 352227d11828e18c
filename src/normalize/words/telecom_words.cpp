// The words of radio networks and satellites, read as the trade says them:
//  - "Ku-band", "Ka band", "Ku-/Ka-band": the satellite bands by their letters, "K-U band" and
//    "K-A band" (eSpeak NG said "koo" and "kah", and the slash as a word).
//  - "Rel-18": a standard's release by its number, "Release eighteen" ("rel" was clipped).
//  - "LEO" among words of satellites: a low Earth orbit, said "Leo" as the trade says it (it was
//    spelled); elsewhere it may be a law enforcement officer's letters.
#include "normalize/match.h"
#include "normalize/number_words.h"
#include "normalize/trade_cues.h"
#include "normalize/words/words.h"

namespace briefcast::rules {

namespace {

// "Ku", "Ka", "Ku-", "Ka-": a satellite band's letters, said as letters.
std::optional<std::string> band_letters(std::string_view letters) {
  if (letters == "Ku") return std::string("K.U");
  if (letters == "Ka") return std::string("K.A");
  return std::nullopt;
}

// "Ku-band", "Ka band", "Ku/Ka band", "Ku-/Ka-band", "Ku- and Ka-band": only beside the word
// "band", which makes the letters a band's and no name ("Ka" alone is a name in several tongues).
std::optional<Match> satellite_band(const Words& words, std::size_t i) {
  const Word& w = words[i];
  std::string_view core = w.core;
  if (core.size() < 2 || core[0] != 'K' || (core[1] != 'u' && core[1] != 'a')) return std::nullopt;
  std::string said;
  std::size_t at = 0;
  // Letters joined by slashes, each with or without its hyphen: "Ku-/Ka-", "Ku/Ka/X".
  while (at < core.size()) {
    std::size_t end = core.find('/', at);
    if (end == std::string_view::npos) end = core.size();
    std::string_view part = core.substr(at, end - at);
    bool last = end == core.size();
    std::string_view tail;
    if (last && text::ends_with(part, "-band")) {
      tail = " band";
      part.remove_suffix(5);
    } else if (text::ends_with(part, "-")) {
      part.remove_suffix(1);
    }
    std::optional<std::string> letters = band_letters(part);
    if (!letters && part.size() <= 2 && !part.empty() && text::all_upper(part)) letters = std::string(part);
    if (!letters) return std::nullopt;
    if (!said.empty()) said += last ? " and " : ", ";
    said += *letters + std::string(tail);
    at = end + 1;
    if (last) break;
  }
  if (text::ends_with(said, " band")) return Match{1, said, false};
  // "Ku band", "Ku/Ka band": the word "band" follows.
  if (!w.suffix.empty() || i + 1 >= words.size() || !words[i + 1].prefix.empty() ||
      !text::is_one_of_lowered(words[i + 1].core, {"band", "bands", "band-only"})) {
    return std::nullopt;
  }
  return Match{1, said, false};
}

// "Ku-" ... "and Ka-band": the first of two bands whose word "band" is shared.
std::optional<Match> shared_band(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (!text::ends_with(w.core, "-") || i + 2 >= words.size() || words[i + 1].core != "and") return std::nullopt;
  auto letters = band_letters(w.core.substr(0, w.core.size() - 1));
  std::string_view second = words[i + 2].core;
  if (!letters || !text::ends_with(second, "-band") || !band_letters(second.substr(0, second.size() - 5))) {
    return std::nullopt;
  }
  return Match{1, *letters, false};
}

// "Rel-18", "Rel-17": a standard's release and its number, as a mobile standard names them.
std::optional<Match> release(const Word& w) {
  if (!text::starts_with(w.core, "Rel-") || !w.prefix.empty()) return std::nullopt;
  std::string_view figure = w.core.substr(4);
  if (figure.empty() || figure.size() > 2 || !text::all_digits(figure)) return std::nullopt;
  return Match{1, "Release " + cardinal_words(figure), false};
}

}  // namespace

std::optional<Match> match_telecom_word(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (auto band = satellite_band(words, i)) return band;
  if (auto shared = shared_band(words, i)) return shared;
  if (auto rel = release(w)) return rel;
  if (w.core == "LEO" && text::any_word_near(words, i, 16, tells_of_satellites)) return Match{1, "Leo", false};
  return std::nullopt;
}

}  // namespace briefcast::rules
