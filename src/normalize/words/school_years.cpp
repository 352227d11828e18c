// The stages and years of English schooling as school copy writes them: "KS2 SATs" (Key Stage
// two), "pupils in Y6" (Year six), "KS3-KS4". Spelt as letters ("K S two", "Y six"), the stage and
// the year were lost on the listener. Read only in a clause about school (pupils, teachers,
// SATs, GCSEs), so a car's "Y6" or a product's "KS2" stays a code.
#include "normalize/match.h"
#include "normalize/number_words.h"
#include "normalize/words/words.h"

namespace briefcast::rules {

namespace {

// The clause around the mark read for school: a bounded span keeps a line linear.
constexpr std::size_t kSpan = 16;

bool tells_of_school(std::string_view core) {
  return text::is_one_of_lowered(core, {"school", "schools", "pupil", "pupils", "teacher", "teachers", "teaching",
                                        "classroom", "sats", "gcse", "gcses", "primary", "secondary", "curriculum",
                                        "ofsted", "exam", "exams", "maths"});
}

// "KS2" -> "Key Stage two", "Y6" -> "Year six": a stage from one to five, a year up to thirteen.
std::optional<std::string> school_mark(std::string_view core) {
  bool stage = text::starts_with(core, "KS");
  if (!stage && (core.empty() || core[0] != 'Y')) return std::nullopt;
  std::string_view figure = core.substr(stage ? 2 : 1);
  if (figure.empty() || figure.size() > 2 || !text::all_digits(figure) || figure[0] == '0') return std::nullopt;
  int n = std::stoi(std::string(figure));
  if (stage ? n > 5 : n > 13) return std::nullopt;
  return std::string(stage ? "Key Stage " : "Year ") + cardinal_words(figure);
}

}  // namespace

std::optional<Match> match_school_year(const Words& words, std::size_t i) {
  if (!words[i].prefix.empty() && words[i].prefix != "(") return std::nullopt;
  auto said = school_mark(words[i].core);
  if (!said || !text::any_word_near(words, i, kSpan, tells_of_school)) return std::nullopt;
  return Match{1, *said, false};
}

}  // namespace briefcast::rules
