// A count in millions that a plural subject changes to ("weddings fell to 2.04m", "parcels grew
// 8% to 96 m"): the subject counted, the verb of change and the small words between them. Read
// by count_scale.cpp; see count_cues.h.
#include "normalize/function_words.h"
#include "normalize/match.h"
#include "normalize/measures/measures.h"
#include "normalize/numbers/count_cues.h"

namespace briefcast::rules {

namespace {

// "weddings fell to 2.04m", "divorces rose by 1.2m": a figure a plural subject changes to or
// by is a count of that subject (a singular one may be a height: "the spire rose to 96.5m"). Lengths are of things measured, not counted ("the towers rose
// to 300m"), and water rises and falls by the meter ("levels rose 1.2m", "floodwaters reached
// 2m"): such a subject, or a word of lengths anywhere in the line, keeps the meters.
bool is_change_verb(std::string_view w) {
  return text::is_one_of(w, {"fell", "rose", "dropped", "grew", "increased", "decreased", "declined", "slipped", "dipped", "totalled", "totaled", "surged", "plunged", "soared", "reached",
                             "topped", "numbered", "fall", "rise", "drop", "grow", "total", "number", "reach",
                             // a level a count is at ("subscriptions stood at 4.3m")
                             "stood", "stands", "hit", "hits", "exceeded"});
}

bool is_rising_water(std::string_view w) {
  return text::is_one_of(w, {"levels", "waters", "floodwaters", "floods", "rivers", "tides", "lakes", "reservoirs",
                             "swells", "seas", "drifts", "snowdrifts"});
}

// "volumes", "deliveries", "subscriptions": the tallies a trade reports, counted by the million.
bool is_tally(std::string_view w) {
  return text::is_one_of(w, {"volumes", "numbers", "totals", "deliveries", "shipments", "arrivals", "subscriptions",
                             "registrations", "enrolments", "enrollments", "bookings", "transactions", "sales"});
}

// "trees grew to 30 m", "birds rose to 1,000 m": things counted that also grow or fly to a
// height, which a whole figure gives.
bool grows_or_flies_high(std::string_view w) {
  return text::is_one_of(w, {"trees", "plants", "crops", "weeds", "vines", "hedges", "birds", "eagles", "geese",
                             "bats", "insects", "bees", "kites", "balloons", "drones", "rockets", "flames"});
}

// "grew to 30 m high", "reached 40 m underground": a word of place or size after the figure
// makes it a distance.
bool place_follows(const Words& words, std::size_t i) {
  std::size_t n = i + 1;
  if (n < words.size() && words[i].suffix.empty() && words[n].core == "m") ++n;
  if (n >= words.size() || !words[n - 1].suffix.empty()) return false;
  // Not "across", "from", "ahead", "behind" or "below": counts change "across the sector",
  // "from 3 m", "ahead of Christmas", "behind a rival's", "below forecasts".
  return text::is_one_of(words[n].core, {"beneath", "away", "high", "deep", "long", "wide", "tall", "underground",
                                         "underwater", "offshore", "inland"});
}

// A whole figure ("parcels grew to 96 m") counts only things no length is given for: things
// counted by the million or a trade's tallies; "buildings rose to 300m" may be their height.
bool is_counted_subject(std::string_view core, bool opens, bool whole) {
  // The subject may open the sentence with its capital ("Divorces rose to 1.2m").
  std::string lowered = opens ? text::lower(core) : std::string(core);
  std::string_view w = lowered;
  if (whole && ((!is_counted_noun(w) && !is_tally(w)) || grows_or_flies_high(w))) return false;
  return is_plural_noun(w) && text::is_lower(w[0]) && !text::is_one_of(w.substr(w.size() - 2), {"ss", "us", "is"}) &&
         !find_unit(w) && !is_measured_thing(w) && !is_length_cue(w) && !is_rising_water(w);
}

bool is_year_on_year_mark(std::string_view w) { return text::is_one_of_lowered(w, {"y/y", "yoy", "y-o-y", "y-y"}); }

// Participles whose subject is people or things counted, never a measure ("4.7m displaced by",
// "2.3m employed in"); a generic one ("compared with", "measured at") follows a length as often.
bool is_counted_participle(std::string_view w) {
  return text::is_one_of(w, {"affected", "displaced", "infected", "vaccinated", "employed", "unemployed", "enrolled",
                             "registered", "evacuated", "insured", "associated", "killed", "injured", "stranded",
                             "served"});
}

}  // namespace

// "3.2m affected by it", "2.3m based abroad": a participle and its preposition after the
// figure open a clause about what was counted; they are no noun the figure measures.
bool participle_clause_follows(const Words& words, std::size_t j) {
  if (j + 1 >= words.size() || !words[j - 1].suffix.empty() || !words[j].prefix.empty() || !words[j].suffix.empty()) return false;
  return is_counted_participle(words[j].core) && words[j + 1].prefix.empty() &&
         text::is_one_of(words[j + 1].core, {"with", "by", "to", "in", "from", "at", "on", "for", "abroad", "overseas"});
}

// "births fell 3.1pc to 0.6m": the change itself may stand between the verb and "to"; "weddings
// in the US fell": a place or group after the subject.
bool counted_subject_changes_to(const Words& words, std::size_t i, bool whole) {
  std::size_t k = i;
  // "to", "by", "at", "nearly", "about": a few small words between the verb and the figure.
  while (k > 0 && i - k < 3 && words[k - 1].suffix.empty() &&
         text::is_one_of(words[k - 1].core, {"to", "by", "at", "about", "around", "nearly", "almost", "some", "roughly",
                                             "just", "over", "under", "than", "more", "fewer", "less"})) {
    --k;
  }
  if (k < i && k > 1 && words[k].core == "to") {
    // "rose 12% y/y to": the change may carry its year-on-year mark.
    std::size_t c = k;
    if (c > 2 && is_year_on_year_mark(words[c - 1].core) && words[c - 1].suffix.empty()) --c;
    if (text::is_digit(words[c - 1].core[0]) && words[c - 1].suffix.empty()) k = c - 1;
  }
  if (k < 2 || !is_change_verb(words[k - 1].core) || !words[k - 1].prefix.empty() || !words[k - 1].suffix.empty()) {
    return false;
  }
  std::size_t v = k - 1;
  bool subject = is_counted_subject(words[v - 1].core, v == 1, whole) && words[v - 1].suffix.empty();
  for (std::size_t s = v - 1; !subject && s >= 1 && s + 4 > v; --s) {
    // "sales issued in May rose": a participle may qualify the subject, as a place or group may.
    bool place = (text::is_one_of(words[s].core, {"in", "across", "among", "from"}) || is_participle(words[s].core)) &&
                 words[s].suffix.empty();
    subject = place && words[s - 1].suffix.empty() && is_counted_subject(words[s - 1].core, s == 1, whole);
  }
  if (whole && place_follows(words, i)) return false;
  return subject && line_says_million(words, i) >= 0;
}

}  // namespace briefcast::rules
