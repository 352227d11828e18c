// A note named with its octave, in scientific pitch: "C4" is middle C, "F♯6" "F sharp six",
// and a range of them, "A0–C8", "A zero to C eight". Left alone the range's dash was silent
// ("A zero C eight") and the sharp sign was read as a symbol after the figure. A lone note
// without a sign ("the C4 key") already reads well; a range is read as notes only beside a word
// of music or when a sign shows it is one, since "A1–A3" elsewhere names roads or paper sizes.
#include "normalize/codes/codes.h"
#include "normalize/match.h"
#include "normalize/number_words.h"
#include "normalize/trade_cues.h"

namespace briefcast::rules {

namespace {

constexpr std::string_view kSharp = "\u266f";
constexpr std::string_view kFlat = "\u266d";

struct Note {
  std::string spoken;
  bool signed_ = false;  // written with a sharp or flat sign
};

// "C4", "F♯6", "B♭1": a letter A to G, a sharp or flat sign or none, one figure of octave.
std::optional<Note> note(std::string_view core) {
  if (core.size() < 2 || core[0] < 'A' || core[0] > 'G') return std::nullopt;
  std::string spoken(1, core[0]);
  std::string_view rest = core.substr(1);
  bool signed_ = false;
  for (auto [sign, name] : {std::pair{kSharp, " sharp"}, std::pair{kFlat, " flat"}}) {
    if (!text::starts_with(rest, sign)) continue;
    spoken += name;
    rest.remove_prefix(sign.size());
    signed_ = true;
  }
  if (rest.size() != 1 || !text::is_digit(rest[0])) return std::nullopt;
  return Note{spoken + " " + cardinal_words(rest), signed_};
}

// Words of keyboards and voices, beside which "C3–C6" is a compass of notes.
bool tells_of_notes(std::string_view core) {
  return tells_of_music(core) ||
         text::is_one_of_lowered(core, {"key", "keys", "keyboard", "keyboards", "piano", "pianos", "grand", "grands",
                                        "octave", "octaves", "note", "notes", "treble", "bass", "pitch", "tuning",
                                        "tuned", "vocal", "vocals", "singer", "sings", "sang", "range", "compass"});
}

// Words of a joint between two named parts: "the C5-C6 disc", "the A1-A2 junction" name the
// place between them, not a span from one to the other, even in a line about a singer.
bool tells_of_a_joint(std::string_view core) {
  return text::is_one_of_lowered(core, {"vertebra", "vertebrae", "disc", "discs", "spine", "spinal", "junction",
                                        "junctions", "interchange"});
}

}  // namespace

std::optional<Match> match_note_name(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (core.size() < 2 || core.size() > 20 || core[0] < 'A' || core[0] > 'G') return std::nullopt;
  for (std::string_view dash : {std::string_view("\u2013"), std::string_view("-")}) {
    std::size_t at = core.find(dash);
    if (at == std::string_view::npos) continue;
    auto low = note(core.substr(0, at));
    auto high = note(core.substr(at + dash.size()));
    if (!low || !high) return std::nullopt;
    if (!low->signed_ && !high->signed_ &&
        (!text::any_word_near(words, i, 8, tells_of_notes) || text::any_word_near(words, i, 8, tells_of_a_joint))) {
      return std::nullopt;
    }
    return Match{1, low->spoken + " to " + high->spoken, false};
  }
  // A lone note with a sign is music wherever it stands.
  auto one = note(core);
  if (!one || !one->signed_) return std::nullopt;
  return Match{1, one->spoken, false};
}

}  // namespace briefcast::rules
