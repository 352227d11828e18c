// The words that tell a count in millions from a length in meters, for a figure with a
// lower-case "m" ("3.2m users" or "a 7.6m wall"): the things counted, the things measured, and
// the cues of a line about counts or money and of one about lengths. Read by count_scale.cpp;
// see count_cues.h.
#include "normalize/numbers/count_cues.h"

#include <algorithm>
#include <array>

#include "normalize/function_words.h"
#include "normalize/match.h"
#include "normalize/measures/measures.h"
#include "normalize/numbers/counted_nouns.h"

namespace briefcast::rules {

namespace {

// A currency's name, as said of one and of many. "won" is also a verb, so it marks money only
// right after a figure ("2m won"), never as a word elsewhere in the line.
struct CurrencyName {
  std::string_view one;
  std::string_view many;
  bool also_a_verb = false;
};
constexpr std::array<CurrencyName, 27> kCurrencyNames = {{
    {"dollar", "dollars"}, {"euro", "euros"},   {"pound", "pounds"},     {"yen", "yen"},       {"yuan", "yuan"},
    {"renminbi", "renminbi"}, {"rupee", "rupees"}, {"franc", "francs"},  {"peso", "pesos"},    {"real", "reais"},
    {"ruble", "rubles"},   {"rouble", "roubles"}, {"rand", "rand"},      {"krona", "kronor"},  {"krone", "kroner"},
    {"naira", "naira"},    {"shilling", "shillings"}, {"dirham", "dirhams"}, {"riyal", "riyals"},
    {"ringgit", "ringgit"}, {"baht", "baht"},    {"lira", "lira"},       {"rupiah", "rupiah"}, {"zloty", "zlotys"},
    {"hryvnia", "hryvnias"}, {"shekel", "shekels"}, {"won", "won", true},
}};

// Money named in the plural ("100m euros", "5bn yen"): a line about it counts no lengths.
bool is_currency_name(std::string_view word) {
  return std::any_of(kCurrencyNames.begin(), kCurrencyNames.end(),
                     [&](const CurrencyName& c) { return !c.also_a_verb && word == c.many; });
}

}  // namespace

// The currency a figure is in, named right after it: "3m shekels", "a 3m euro fine", "2m won".
bool names_currency_after_figure(std::string_view word) {
  return std::any_of(kCurrencyNames.begin(), kCurrencyNames.end(),
                     [&](const CurrencyName& c) { return word == c.many || word == c.one; });
}

// Things counted in millions, after which "m" is "million", not meters: "3.2m users".
bool is_counted_noun(std::string_view word) {
  // Besides the people and things of the shared core: tallies the news reports online and in
  // surveys ("2.3m reviews", "3.4m times", "1.2m claims"), trade volumes, and money.
  return is_counted_thing(word) ||
         text::is_one_of(word, {"reviews", "times", "streams", "applications", "claims", "respondents", "sales",
                                "barrels", "tonnes", "tons", "cases", "deaths", "downloads", "records", "bushels",
                                "bushel", "views", "plays", "likes", "clicks", "impressions", "visits", "searches",
                                "posts", "messages", "calls", "orders",
                                // a model's size in the weights it learns and the text it reads
                                "parameters", "tokens"}) ||
         is_currency_name(word);
}

// "users", "parameters": a lower-case plural; "TEUs", "EVs": an initialism's plural. The
// shape of the things a count is of.
bool is_plural_noun(std::string_view word) {
  if (word.size() > 2 && text::all_alpha(word) && text::is_lower(word[0]) && text::ends_with(word, "s")) return true;
  return word.size() >= 3 && word.back() == 's' && text::all_upper(word.substr(0, word.size() - 1)) &&
         text::all_alpha(word);
}

// Words of a line about lengths, heights and distances, where "7.6m" is meters.
bool is_length_cue(std::string_view w) {
  return text::is_one_of(w, {"tall", "high", "height", "long", "length", "wide", "width", "deep", "depth", "diameter",
                     "altitude", "elevation", "telescope", "mirror", "jump", "jumped", "leap", "vault", "throw",
                     "threw", "sprint", "race", "swim", "waves", "wave", "tower", "wall", "dive", "span",
                     "radius", "metres", "meters", "km", "cm", "mm", "feet", "ft", "underground", "across",
                     "distance", "hurdles", "freestyle", "relay", "dash", "metre", "meter", "sea", "level",
                     // a ship's draught and a layer's thickness ("a draught of 11.5m")
                     "draught", "breadth", "thick", "thickness",
                     // a dive's depths ("visibility was poor at 18m")
                     "diver", "divers", "diving", "underwater", "seabed", "seafloor", "wreck", "reef", "thermocline",
                     "scuba", "descent", "submerged"});
}

namespace {

// Words of a line about counts and money, where "7.6m" is million. Currency names count as
// things counted (is_counted_noun), so they are not listed again here.
bool is_tally_word(std::string_view w) {
  return text::is_one_of(w, {"list", "population", "audience", "sales", "fund", "funds", "budget", "debt", "deficit",
                     "cost", "costs", "funding", "loss", "losses", "profit", "profits", "revenue", "revenues",
                     "raised", "paid", "worth", "million", "deal", "fee", "fees", "income", "spending", "tax",
                     "claimants", "unemployed", "waiting", "bill", "valued", "turnover", "salary", "number",
                     "numbers", "total", "figures", "participation", "donations", "prize", "jackpot"});
}

// A sum or a tally in a line, as any_word asks it of each word's core: money by its sign or its
// scale, or a word of what is counted, spent or owed ("deficit", "population", "tax").
bool is_sum_word(std::string_view core) {
  std::string w = text::lower(core);
  // "1.4bn items, 5.6m a day": a count with letters of a scale no length has is a count cue.
  std::size_t digits = text::number_prefix_length(w);
  if (digits > 0 && text::is_one_of(std::string_view(w).substr(digits), {"bn", "mn", "tn"})) return true;
  // "$", "£", "€" as whole characters: a byte of "£" alone is also one of "°" ("6°C").
  return is_tally_word(w) || w == "billion" || w == "trillion" || w.find('$') != std::string::npos ||
         w.find("\xc2\xa3") != std::string::npos || w.find("\xe2\x82\xac") != std::string::npos;
}

// Cues of a line about counts or money, and of one about lengths, as any_word asks them of
// each word's core: the line's answer is read once and kept for every figure in it.
bool is_count_word(std::string_view core) { return is_sum_word(core) || is_counted_noun(text::lower(core)); }

// "across" is a length's cue only after one ("a crater 30m across"); "visits across the region"
// count.
bool is_length_word(std::string_view core) {
  std::string w = text::lower(core);
  return w != "across" && is_length_cue(w);
}

// A race's words name a length only in a line of no sums: an election race draws "over 400m
// in donations", a hurdles champion signs "a deal worth 10m".
bool is_length_word_beside_sums(std::string_view core) {
  return is_length_word(core) &&
         !text::is_one_of_lowered(core, {"race", "sprint", "swim", "hurdles", "relay", "dash", "freestyle"});
}

bool length_across(const Words& words) {
  for (std::size_t k = 1; k < words.size(); ++k) {
    if (words[k].core == "across" && !words[k - 1].core.empty() && text::is_digit(words[k - 1].core[0])) return true;
  }
  return false;
}

}  // namespace

namespace {

// A word that ends its sentence or clause: a window of words beside a figure stops there.
bool ends_clause(const Word& w) { return w.suffix.find_first_of(".;!?") != std::string_view::npos; }

// "6°C", "30 ft", "12 km": a figure in a unit of length or of temperature, given beside a
// depth or a height ("it was 6°C at 20m"). Not "m" itself, which is the question.
bool is_physical_measure(const Words& words, std::size_t k) {
  std::string_view core = words[k].core;
  std::size_t digits = text::number_prefix_length(core);
  if (digits == 0) return false;
  std::string_view unit = core.substr(digits);
  if (unit.empty() && words[k].suffix.empty() && k + 1 < words.size() && words[k + 1].prefix.empty()) {
    unit = words[k + 1].core;
  }
  if (unit.empty() || text::is_one_of(unit, {"m", "M", "B", "T", "k", "K", "bn", "mn"})) return false;
  auto name = find_unit(unit);
  UnitKind kind = unit_kind(unit);
  return name && (kind == UnitKind::short_length || kind == UnitKind::long_length ||
                  name->many.find("degree") != std::string::npos);
}

// What the words beside the figure say, up to four either side and within its sentence: another
// measure of length or temperature makes it meters ("6°C at 20m in March").
int near_says_million(const Words& words, std::size_t i) {
  std::size_t from = i;
  while (from > 0 && i - from < 4 && !ends_clause(words[from - 1])) --from;
  for (std::size_t k = from; k < words.size() && k <= i + 4; ++k) {
    if (k != i && is_physical_measure(words, k)) return -1;
    if (k >= i && ends_clause(words[k])) break;
  }
  return 0;
}

}  // namespace

// What the words of the line say a lower-case "m" is: +1 million, -1 meters, 0 nothing. The
// words beside the figure first (a measure there is a measure's neighbour), then the whole line.
int line_says_million(const Words& words, std::size_t i) {
  if (near_says_million(words, i) < 0) return -1;
  bool sums = text::any_word(words, is_sum_word);
  if (text::any_word(words, sums ? is_length_word_beside_sums : is_length_word) || length_across(words)) return -1;
  return text::any_word(words, is_count_word) ? 1 : 0;
}

namespace {

// "70cm", "80 cm", "3km": a figure with a metric length unit no count is written in: a length
// by the unit table, in meters, but not the bare "m" that may be million.
bool is_metric_length(const Words& words, std::size_t k) {
  std::string_view core = words[k].core;
  std::size_t digits = text::number_prefix_length(core);
  std::string_view unit = core.substr(digits);
  UnitKind kind = unit_kind(unit);
  auto name = find_unit(unit);
  if (unit == "m" || (kind != UnitKind::short_length && kind != UnitKind::long_length) || !name ||
      !text::ends_with(name->one, "meter")) {
    return false;
  }
  if (digits == 0) return k > 0 && words[k - 1].suffix.empty() && text::parse_number(words[k - 1].core).has_value();
  return text::parse_number(core.substr(0, digits)).has_value();
}

bool is_length_joint(const Word& w) {
  return w.prefix.empty() && w.suffix.empty() && text::is_one_of(w.core, {"and", "or", "by", "to", "x"});
}

// Words that name what a length measures, a few words before the figure ("fences set at 1.35m",
// "a height of 2m"). "jump" and "drop" only when no "of" follows: "a jump of 1.2m" may be sales.
bool names_measured_before(const Words& words, std::size_t k) {
  std::string w = text::lower(words[k].core);
  if (text::is_one_of(w, {"height", "heights", "width", "depth", "length", "span", "fence", "fences", "oxer", "oxers",
                          "clearance", "headroom"})) {
    return true;
  }
  bool moves = text::is_one_of(w, {"jump", "jumps", "drop", "drops"});
  return moves && words[k].suffix.empty() && k + 1 < words.size() && !text::is_one_of(words[k + 1].core, {"of", "in"});
}

// "4m and 5m widths", "in 3m or 6m lengths": figures in "m" joined before a word of dimension
// are lengths each, sold or cut to those sizes; no count is in widths.
bool pair_before_dimension(const Words& words, std::size_t i) {
  if (!words[i].suffix.empty() || i + 3 >= words.size() || !is_length_joint(words[i + 1])) return false;
  const Word& other = words[i + 2];
  std::size_t digits = text::number_prefix_length(other.core);
  if (digits == 0 || other.core.substr(digits) != "m" || !other.suffix.empty() || !words[i + 3].prefix.empty()) {
    return false;
  }
  return text::is_one_of(words[i + 3].core, {"width", "widths", "length", "lengths", "height", "heights", "depth",
                                             "depths", "diameter", "diameters", "span", "spans"});
}

}  // namespace

// A lower-case "m" that the words right beside it show is meters: another metric length joined to
// it ("2m and 70cm", "1.2m by 80cm", "70cm or 2m"), or, up to four words before it in the same
// clause, the thing a length measures ("the fences were set at 1.35m"). Bounded, so a line that
// speaks of money elsewhere ("$20,000 in prize money") keeps the figure's own reading.
bool length_beside(const Words& words, std::size_t i) {
  if (pair_before_dimension(words, i)) return true;
  if (words[i].suffix.empty() && i + 2 < words.size() && is_length_joint(words[i + 1]) &&
      (is_metric_length(words, i + 2) || (i + 3 < words.size() && is_metric_length(words, i + 3)))) {
    return true;
  }
  if (i >= 2 && is_length_joint(words[i - 1]) && is_metric_length(words, i - 2)) return true;
  for (std::size_t k = i; k > 0 && i - k < 4; --k) {
    if (!words[k - 1].suffix.empty() || !words[k].prefix.empty()) return false;
    if (names_measured_before(words, k - 1)) return true;
  }
  return false;
}

// "100M freestyle", "the 400M hurdles": a race's distance, in capitals as some sports copy writes it.
bool is_race_word(std::string_view w) {
  return text::is_one_of(w, {"freestyle", "butterfly", "backstroke", "breaststroke", "medley", "hurdles", "relay", "dash",
                     "sprint", "race", "final", "steeplechase"});
}

// "ft", "mm", "s": units a figure in meters could stand beside; after "m" they keep it meters.
bool is_length_or_time_unit(std::string_view symbol) {
  auto unit = find_unit(symbol);
  if (!unit) return true;
  // "1.2m m²": an area or a volume is no length, so the "m" before it is million.
  if (text::starts_with(unit->many, "square ") || text::starts_with(unit->many, "cubic ")) return false;
  return unit->many.find("meter") != std::string::npos ||
         text::is_one_of(unit->many, {"feet", "miles", "inches", "yards", "seconds", "minutes", "hours"});
}

// Plural things a length in meters is given for ("8m waves", "the 100m heats", "10m yachts").
bool is_measured_thing(std::string_view w) {
  return is_length_cue(w) || is_race_word(w) ||
         text::is_one_of(w, {"heats", "finals", "yachts", "boats", "walls", "cliffs", "drops", "poles", "towers", "ladders",
                             "boards", "gaps", "lengths", "pipes", "cables", "steps", "swells", "seas", "sections",
                             "tunnels", "runs", "starts", "takes", "goes", "sprints", "events", "races", "ceilings",
                             "fences", "beams", "panels", "posts", "planks", "rails", "hedges", "pillars", "columns",
                             "shelves", "sheets", "logs", "doors", "windows", "masts", "containers", "trucks", "bridges",
                             "statues", "semis", "semifinals", "times",
                             // the spacing or size of things ("contours at 10m intervals")
                             "intervals", "spacings", "increments", "depths", "heights", "widths", "spans", "diameters"});
}

// "1.8m metres of cloth", "2.5m litres", "3m miles": a unit named in full after a lower-case "m"
// is what is counted, so the "m" is million; a length is never given in a second unit.
bool is_unit_name(std::string_view w) {
  return text::is_one_of(w, {"metres", "meters", "kilometres", "kilometers", "miles", "litres", "liters", "gallons",
                             "hectares", "acres", "ounces", "kilograms", "kilos"});
}

namespace {

// A verb of covering ground that only a body does, whose figure in "m" is the distance swum,
// rowed or walked ("swam 800m in the sea"). Not "ran" or "run", which a deficit does over its
// forecast, nor "covers", which a fund does to a sum.
bool is_body_distance_verb(std::string_view w) {
  return text::is_one_of_lowered(w, {"swam", "swim", "swims", "swum", "rowed", "sprinted", "walked", "jogged",
                                     "paddled", "cycled"});
}

// "from trap 1 led over 480m": a greyhound's trap and its number a few words before the figure.
bool trap_just_before(const Words& words, std::size_t i) {
  for (std::size_t j = i > 5 ? i - 5 : 0; j + 1 < i; ++j) {
    if (text::is_one_of_lowered(words[j].core, {"trap", "traps"}) && words[j].suffix.empty() &&
        text::all_digits(words[j + 1].core)) {
      return true;
    }
  }
  return false;
}

// "from 12m to 15m", "rose 20m-25m": one end of a range, whose other end the count rules read;
// both ends keep one reading.
bool end_of_range(const Words& words, std::size_t i, std::size_t count) {
  std::size_t n = i + count;
  bool opens = n + 1 < words.size() && words[n - 1].suffix.empty() && text::is_one_of(words[n].core, {"to", "and"});
  bool closes = i >= 2 && words[i - 2].suffix.empty() && text::is_one_of(words[i - 1].core, {"to", "and"}) &&
                !words[i - 2].core.empty() && text::is_digit(words[i - 2].core[0]);
  return opens || closes || words[i].core.find('-') != std::string_view::npos;
}

// What a race distance may name after it: the race itself, or nothing ("the 480m trip").
bool race_noun_or_none(const Words& words, std::size_t n) {
  if (n >= words.size() || !words[n - 1].suffix.empty()) return true;
  std::string_view w = words[n].core;
  return text::is_function_word(text::lower(w)) || is_measured_thing(text::lower(w)) ||
         text::is_one_of_lowered(w, {"trip", "trips", "event", "events", "contest", "dash", "stakes", "mark"});
}

}  // namespace

// "swam 800m", "from trap 1 led over 480m": only a local cue makes a whole figure in "m" a race's
// distance; a line of sums or tallies ("deficit", "population", "tax", a currency) keeps millions.
bool race_distance_before(const Words& words, std::size_t i, std::size_t count) {
  if (i == 0 || !words[i - 1].suffix.empty() || !race_noun_or_none(words, i + count)) return false;
  if (end_of_range(words, i, count) || text::any_word(words, is_sum_word)) return false;
  std::string_view before = words[i - 1].core;
  return is_body_distance_verb(before) || (text::lower(before) == "over" && trap_just_before(words, i));
}

bool labelled_figure(const Words& words, std::size_t i) {
  if (i == 0 || !words[i - 1].suffix.empty()) return false;
  std::string_view before = words[i - 1].core;
  // The capital is inside the line, where it marks a name, not the start of a sentence.
  bool name = i > 1 && before.size() > 1 && text::is_upper(before[0]) && text::all_alpha(before) &&
              !text::is_function_word(text::lower(before));
  return name || is_label_noun(before);
}

std::optional<std::size_t> whole_after_part(const Words& words, std::size_t j) {
  if (j == 0 || !words[j - 1].suffix.empty() || j >= words.size() || words[j].core != "of" || !words[j].suffix.empty()) {
    return std::nullopt;
  }
  // "of the", "of an estimated", "of some", "of the country's": how a whole is named after its part.
  for (std::size_t k = j + 1; k < words.size() && k <= j + 4; ++k) {
    std::string_view w = words[k].core;
    if (!words[k].prefix.empty() || w.empty()) return std::nullopt;
    if (text::is_digit(w[0])) return k;
    if (words[k].suffix.empty() && text::is_possessive(w)) continue;
    if (!words[k].suffix.empty() ||
        !text::is_one_of_lowered(w, {"the", "a", "an", "its", "their", "some", "about", "around", "roughly", "nearly",
                                     "almost", "estimated", "over", "total"})) {
      return std::nullopt;
    }
  }
  return std::nullopt;
}

bool per_area_follows(const Words& words, std::size_t j) {
  if (j == 0 || j + 1 >= words.size() || !words[j - 1].suffix.empty() || !words[j].suffix.empty() ||
      !text::is_one_of_lowered(words[j].core, {"per", "a", "an"})) {
    return false;
  }
  return text::is_one_of_lowered(words[j + 1].core, {"acre", "acres", "hectare", "hectares", "ha", "square", "sq",
                                                     "km2", "km\u00b2", "mi2", "mi\u00b2"});
}

bool is_small_count_word(std::string_view word) {
  return text::is_one_of_lowered(word, {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                                        "twelve", "fifteen", "twenty", "thirty", "forty", "fifty"});
}

namespace {

// "125k", "2.5k", "1,200k": a figure with "k" too long for a race's kilometers, so thousands.
bool past_race_lengths(std::string_view core) {
  if (core.size() < 2 || (core.back() != 'k' && core.back() != 'K')) return false;
  auto number = text::parse_number(core.substr(0, core.size() - 1));
  return number && !number->negative && (number->has_point || number->grouped || number->integer.size() >= 4 ||
                                         (number->integer.size() == 3 && number->integer != "100"));
}

}  // namespace

// "from 40k to 125k copies", "between 8k and 250k": an end of a span whose other end is plainly
// thousands is thousands too, though the line speaks of a print run or a runner.
bool spans_to_thousands(const Words& words, std::size_t i) {
  auto joins = [&words](std::size_t k) {
    return words[k].suffix.empty() && words[k].prefix.empty() && text::is_one_of_lowered(words[k].core, {"to", "and"});
  };
  bool after = i + 2 < words.size() && words[i].suffix.empty() && joins(i + 1) && past_race_lengths(words[i + 2].core);
  return after || (i >= 2 && words[i - 2].suffix.empty() && joins(i - 1) && past_race_lengths(words[i - 2].core));
}

// "the 5k and 10k races", "three 10k runs a week": a race's kilometers before the races, said
// "ten K" as runners say it, not ten thousand races. "Runs" only after a small count ("two 5k
// runs"): "40k runs" alone is as often a tally of runs, an app's or a batter's.
bool race_distance_in_k(const text::NumberLiteral& number, const Words& words, std::size_t noun_at) {
  bool race_length = !number.has_point && !number.grouped && (number.integer.size() <= 2 || number.integer == "100");
  if (!race_length) return false;
  std::string_view noun = words[noun_at].core;
  if (text::is_one_of_lowered(noun, {"races", "race"})) return true;
  std::size_t figure_at = noun_at - 1;
  return text::lower(noun) == "runs" && figure_at > 0 && words[figure_at - 1].suffix.empty() &&
         is_small_count_word(words[figure_at - 1].core);
}

}  // namespace briefcast::rules
