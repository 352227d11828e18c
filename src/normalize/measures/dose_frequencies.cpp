// How often a dose is taken, as prescriptions and pharmacy copy write it after the dose:
// "500mg b.d." -> "five hundred milligrams twice a day", "5ml t.d.s." -> "three times a day",
// "1g q.d.s.", "one tablet o.d.", "10mg nocte". eSpeak NG spelt the Latin initials ("b d",
// "t d s"), which no listener decodes. The route goes in the same place ("2.4 mg s.c." ->
// "subcutaneously", "i.v.", "i.m.", "p.o."). Read only right after a dose (a figure with a unit of
// mass or volume, or a count of tablets): "bid", "tid" and "od" are words or names elsewhere.
#include <array>

#include "normalize/rules.h"

namespace briefcast::rules {

namespace {

constexpr std::array<text::Said, 27> kFrequencies = {{
    {"b.d", "twice a day"},        {"bd", "twice a day"},       {"b.i.d", "twice a day"},
    {"bid", "twice a day"},        {"t.d.s", "three times a day"}, {"tds", "three times a day"},
    {"t.i.d", "three times a day"}, {"tid", "three times a day"}, {"q.d.s", "four times a day"},
    {"qds", "four times a day"},   {"q.i.d", "four times a day"}, {"qid", "four times a day"},
    {"o.d", "once a day"},         {"q.d", "once a day"},       {"o.n", "at night"},
    {"nocte", "at night"},         {"mane", "in the morning"},  {"p.r.n", "when needed"},
    {"prn", "when needed"},        {"q.h.s", "at bedtime"},
    // The route, written in the same Latin initials: "2.4 mg s.c. once weekly".
    {"s.c", "subcutaneously"},     {"sc", "subcutaneously"},    {"s/c", "subcutaneously"},
    {"i.v", "intravenously"},      {"i.m", "intramuscularly"},  {"p.o", "by mouth"},
    {"po", "by mouth"},
}};

bool is_dose_unit(std::string_view u) {
  return text::is_one_of(u, {"mg", "g", "mcg", "\u00b5g", "ug", "ml", "mL", "IU", "units", "unit", "tablet", "tablets",
                             "capsule", "capsules", "drops", "drop", "puffs", "puff", "sachet", "sachets", "caps",
                             "tabs"});
}

bool is_count_word(std::string_view w) {
  return text::is_one_of_lowered(w, {"one", "two", "three", "four", "half", "a"}) || text::parse_number(w).has_value();
}

// Word k ends a dose: "500mg", "5 ml", "2 tablets", "one capsule".
bool ends_dose(const Words& words, std::size_t k) {
  if (!words[k].suffix.empty()) return false;
  std::string_view core = words[k].core;
  std::size_t digits = text::number_prefix_length(core);
  if (digits > 0 && digits < core.size()) {
    return is_dose_unit(core.substr(digits)) && text::parse_number(core.substr(0, digits)).has_value();
  }
  return k > 0 && words[k - 1].suffix.empty() && is_dose_unit(core) && is_count_word(words[k - 1].core);
}

}  // namespace

std::optional<Match> match_dose_frequency(const Words& words, std::size_t i) {
  if (i == 0 || !words[i].prefix.empty() || !ends_dose(words, i - 1)) return std::nullopt;
  std::string written = text::lower(words[i].core);
  auto said = text::said_for(kFrequencies, written);
  if (!said) return std::nullopt;
  // The period closes the initials, not the sentence, when the sentence goes on in lower case.
  bool goes_on = i + 1 < words.size() && !words[i + 1].core.empty() &&
                 (text::is_lower(words[i + 1].core[0]) || text::is_digit(words[i + 1].core[0]));
  return Match{1, std::string(*said), goes_on};
}

}  // namespace briefcast::rules
