// Roman numerals after a name: "Elizabeth II" -> "Elizabeth the second", "Henry III." ->
// "Henry the third.", but "World War II" -> "World War two" and "Super Bowl LIV" -> "Super
// Bowl fifty four". Numerals of two or more letters are read. Those from I, V, X alone (up to
// 39) are read after any capitalized name; those with L, C, D or M only after a counting word
// ("Super Bowl LIV", "Chapter XLII"), so the pronoun "I" and words like "Washington DC",
// "MIX" or "CD" stay words. A sequel's numeral after a title of words in a line about games or
// films is a count too ("Final Fantasy VII" -> "seven").
#include <algorithm>
#include <array>

#include "normalize/function_words.h"
#include "normalize/match.h"
#include "normalize/number_words.h"
#include "normalize/numbers/numbers.h"
#include "normalize/numbers/roman_divisions.h"
#include "normalize/words/words.h"

namespace briefcast::rules {

namespace {

// Words after which a numeral counts things rather than naming a successor.
// Space programmes and film series number their missions and sequels ("Artemis II" is
// "Artemis two", never "the second").
// Financial rule books number their editions too ("Solvency II", "Basel III", "MiFID II").
// Places on a route or a ground, numbered too: "Camp IV" on a mountain is "Camp Four", as
// "Stage IV" is "Stage four"; the regnal reading had made it "Camp the fourth". A lone "X"
// after one is a letter that names the place ("Camp X", "Zone X").
constexpr std::array<std::string_view, 5> kPlaceNouns = {"Camp", "Zone", "Sector", "Pitch", "Wave"};
constexpr std::array<std::string_view, 64> kCountingWords = {
    "Mark", "Grade", "Artemis", "Gemini", "Mercury", "Saturn", "Titan", "Voyager", "Pioneer", "Mariner", "Viking",
    "Soyuz", "Luna", "Skylab", "Ariane", "Rocky", "Godfather", "Shenzhou", "Tianzhou", "Sputnik",
    "War", "Chapter", "Part", "Volume", "Act", "Phase", "Section", "Article", "Title", "Book", "Stage",
    "Level", "Class", "Type", "Bowl", "Apollo", "Vatican", "Episode", "Olympiad", "Scene", "Canto", "Psalm", "Wrestlemania",
    "Lot", "Tier", "Batch", "Block", "Annex", "Appendix", "Category", "Division", "Round",
    "Solvency", "Basel", "MiFID", "Area",
    // Clotting factors ("factor IX" is "factor nine").
    "Factor",
    // The liver's segments and the cranial nerves ("segment VII", "cranial nerve VII").
    "Segment", "Nerve",
    // An engine's emission standard ("Euro VI diesel buses" is "Euro six").
    "Euro",
    // Egypt's royal houses are numbered, not crowned: "Dynasty XII" is "Dynasty twelve".
    "Dynasty",
    // A pathogen's branches of descent ("clade I", "lineage II").
    "Clade", "Subclade", "Lineage",
};

// Labels written short before their number, in figures or a numeral ("Vol. II", "Ch. XII", "Div.
// I-A", "No. IV"): the one list of them, read by the regnal rule here and by dotted_words.cpp.
constexpr std::array<text::Said, 7> kShortLabels = {{
    {"Div", "Division"}, {"Cat", "Category"}, {"No", "Number"}, {"Ch", "Chapter"},
    {"Vol", "Volume"},   {"Pt", "Part"},      {"Gp", "Group"},
}};

struct RomanValue {
  int value = 0;
  bool small = true;  // only I, V and X
};

std::optional<RomanValue> roman_value(std::string_view s, bool single = false) {
  if (s.size() < (single ? 1u : 2u) || s.size() > 15) return std::nullopt;
  int total = 0;
  int previous = 0;
  bool small = true;
  for (std::size_t k = s.size(); k > 0; --k) {
    char c = s[k - 1];
    int v = c == 'I' ? 1 : c == 'V' ? 5 : c == 'X' ? 10 : c == 'L' ? 50 : c == 'C' ? 100 : c == 'D' ? 500 : c == 'M' ? 1000 : 0;
    if (v == 0) return std::nullopt;
    small = small && v <= 10;
    total += v < previous ? -v : v;
    previous = std::max(previous, v);
  }
  if (total < 1 || total > 3999) return std::nullopt;
  // Only canonical spellings ("IIII", "VV" or "IC" are not numerals).
  static constexpr std::array<std::string_view, 10> kOnes = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};
  static constexpr std::array<std::string_view, 10> kTens = {"", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX", "XC"};
  static constexpr std::array<std::string_view, 10> kHundreds = {"", "C", "CC", "CCC", "CD", "D", "DC", "DCC", "DCCC", "CM"};
  auto digit = [total](int scale) { return static_cast<std::size_t>(total / scale % 10); };
  std::string canonical = std::string(static_cast<std::size_t>(total / 1000), 'M') + std::string(kHundreds[digit(100)]) +
                          std::string(kTens[digit(10)]) + std::string(kOnes[digit(1)]);
  if (canonical != s) return std::nullopt;
  return RomanValue{total, small};
}

// "the Artemis II mission", "Gladiator II film", "the Rutte IV cabinet": a numeral before the
// noun of a thing numbers it; monarchs and popes are people, and no such noun follows their names.
bool starts_with_a_title(std::string_view word);

bool names_a_thing(const Words& words, std::size_t i) {
  if (i + 1 >= words.size() || !words[i].suffix.empty()) return false;
  // "the Rutte IV cabinet": a government numbered after its leader is "Rutte Four"; a numbered
  // works of a power field or a port is no heir either ("Olkaria VII unit").
  if (text::is_one_of_lowered(words[i + 1].core, {"cabinet", "government", "coalition", "ministry", "mission", "missions", "rocket", "launch", "landing", "crew",
                                             "spacecraft", "capsule", "probe", "satellite", "telescope", "film",
                                             "movie", "sequel", "game", "console", "engine", "reactor", "flight",
                                             "vehicle", "aircraft", "jet", "programme", "program", "project",
                                             "astronauts", "booster", "lander", "rover", "trailer", "album"})) {
    return true;
  }
  // A plant's numbered works ("the Olkaria IV unit"). Works named for a ruler keep the ordinal
  // ("the Queen Elizabeth II terminal", "the Hassan II dam", "Pope John Paul II station"): so
  // no title may stand before the name, and stations, dams and the adverb "well" ("Henry VIII
  // well knew") are left out, as rulers name those most.
  if (!text::is_one_of_lowered(words[i + 1].core, {"unit", "units", "plant", "wells", "mine", "terminal", "platform",
                                                   "facility", "turbine", "pipeline", "refinery"})) {
    return false;
  }
  for (std::size_t k = i >= 4 ? i - 4 : 0; k < i; ++k) {
    if (starts_with_a_title(words[k].core)) return false;
  }
  return true;
}

bool is_place_noun(std::string_view word) {
  for (std::string_view place : kPlaceNouns) {
    if (text::iequals(word, place)) return true;
  }
  return false;
}

bool starts_with_a_title(std::string_view word) {
  return text::is_one_of(word, {"King", "Queen", "Pope", "Prince", "Princess", "Emperor", "Empress", "Tsar", "Duke",
                                "Saint", "St"});
}

// "the trawler Morning Glory III", "MV Ocean Pearl II": a boat's name, after the noun of its kind
// or the letters before a ship's name; the numeral tells boats of one name apart ("Pearl two"),
// no heir.
bool names_a_vessel(const Words& words, std::size_t i) {
  for (std::size_t k = i; k > 0 && i - k < 5; --k) {
    const Word& w = words[k - 1];
    if (!w.suffix.empty()) return false;
    if (k < i && (text::is_one_of_lowered(w.core, {"trawler", "vessel", "yacht", "ship", "boat", "ferry", "tug",
                                                    "tugboat", "schooner", "liner", "tanker", "freighter", "cutter",
                                                    "lifeboat", "barge", "dredger", "ketch", "sloop", "steamer",
                                                    "catamaran", "seiner", "trimaran", "dinghy"}) ||
                  text::is_one_of(w.core, {"MV", "MS", "SS", "RMS", "HMS", "FV", "MY", "USS", "RV", "SY"}))) {
      // "HMS King George V": a ship named for a monarch keeps the monarch's name ("the fifth").
      return !starts_with_a_title(words[k].core);
    }
    // "Pride of Kent II": a name may hold "of" or "the" between its words.
    bool joining = k < i && k > 1 && text::is_one_of(w.core, {"of", "the"});
    if (!joining && (!text::is_capitalized(w.core) || !text::all_alpha(w.core) || text::all_upper(w.core))) return false;
  }
  return false;
}

bool is_counting_word(std::string_view word) {
  // "Acts IV and V", "Phases II and III", "Classes I and II": the plural counts as well.
  std::string_view singular = singular_of(word);
  for (std::string_view counting : kCountingWords) {
    if (text::iequals(word, counting) || text::iequals(singular, counting) || is_es_plural_of(word, counting)) return true;
  }
  // "Ch XII", "vol II": a short label counts as its word does ("No" and "Gp" name no count here).
  for (const text::Said& label : kShortLabels) {
    if (text::iequals(word, label.written) &&
        std::find(kCountingWords.begin(), kCountingWords.end(), label.spoken) != kCountingWords.end()) {
      return true;
    }
  }
  return is_division_noun(word) || is_place_noun(word) || is_place_noun(singular);
}

// "II", "4": the number of a model mark, in figures or a roman numeral.
std::optional<std::string> mark_number(std::string_view s) {
  if (!s.empty() && s.size() <= 3 && text::all_digits(s)) return cardinal_words(s);
  if (auto value = roman_value(s, true); value && value->value <= 39) return cardinal_words(std::to_string(value->value));
  return std::nullopt;
}

// "GTA", "NBA": capitals that the acronym rule leaves for the engine to spell (or spells
// itself), not says as a word ("Leo", "Elizabeth", "Fifa").
bool spelt_as_letters(std::string_view capitals) {
  auto said = speak_acronym(capitals);
  return said && (*said == capitals || said->find('.') != std::string::npos);
}

// Words of a line about games and films, whose titles number their sequels.
bool tells_of_a_title(std::string_view core) {
  return text::is_one_of_lowered(core, {"game", "games", "gaming", "gamers", "remake", "remade", "remaster",
                                        "remastered", "sequel", "sequels", "franchise", "console", "consoles",
                                        "playstation", "xbox", "nintendo", "trilogy", "instalment", "installment",
                                        "soundtrack", "box-office"});
}

// "Final Fantasy VII", "Grand Theft Auto VI" in a line about games or films: a numeral after a
// title of two or more capitalised words numbers a sequel ("seven"); a king's or pope's title
// before the name keeps the regnal reading ("a film about Queen Elizabeth II").
bool numbers_a_title(const Words& words, std::size_t i) {
  if (i < 2) return false;
  for (std::size_t k = i - 2; k < i; ++k) {
    const Word& w = words[k];
    if (!text::is_capitalized(w.core) || !text::all_alpha(w.core) || !w.suffix.empty() || text::all_upper(w.core)) return false;
  }
  std::size_t from = i >= 4 ? i - 4 : 0;
  for (std::size_t k = from; k < i; ++k) {
    if (text::is_one_of(words[k].core, {"King", "Queen", "Pope", "Emperor", "Empress", "Tsar", "Czar", "Prince",
                                        "Princess", "Saint", "St", "Sir", "Duke", "Lord", "Kaiser", "Sultan", "Pharaoh"})) {
      return false;
    }
  }
  return text::any_word_near(words, i, 12, tells_of_a_title);
}

}  // namespace

// "MkII", "Mk 4", "Mk. III": the mark of a model, said "Mark two" as its makers say it.
std::optional<Match> match_model_mark(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (!text::starts_with(w.core, "Mk")) return std::nullopt;
  std::string_view rest = w.core.substr(2);
  if (!rest.empty() && rest[0] == '.') rest.remove_prefix(1);
  if (!rest.empty()) {
    if (auto number = mark_number(rest)) return Match{1, "Mark " + *number, false};
    return std::nullopt;
  }
  if (i + 1 >= words.size() || (!w.suffix.empty() && w.suffix != ".") || !words[i + 1].prefix.empty()) {
    return std::nullopt;
  }
  if (auto number = mark_number(words[i + 1].core)) return Match{2, "Mark " + *number, false};
  return std::nullopt;
}

// "WWII" -> "World War two", as the war is said.
std::optional<Match> match_world_war(std::string_view core) {
  if (core == "WWI" || core == "WW1") return Match{1, "World War one", false};
  if (core == "WWII" || core == "WW2") return Match{1, "World War two", false};
  return std::nullopt;
}

// "the XIX century", "XXI-century": a numeral before the word for a century or a millennium is
// its ordinal, whatever stands before it; no initialism comes before "century".
std::optional<Match> match_century(const Words& words, std::size_t i) {
  const Word& w = words[i];
  std::string_view core = w.core;
  std::string_view joined;
  std::size_t dash = core.find('-');
  if (dash != std::string_view::npos) {
    joined = core.substr(dash);
    core = core.substr(0, dash);
  }
  auto is_period_word = [](std::string_view word) {
    for (std::string_view period : {"century", "centuries", "millennium", "millennia"}) {
      if (text::iequals(word, period)) return true;
    }
    return false;
  };
  bool next_is_period = !joined.empty() ? is_period_word(joined.substr(1))
                                        : i + 1 < words.size() && w.suffix.empty() && is_period_word(words[i + 1].core);
  if (!next_is_period || !w.prefix.empty()) return std::nullopt;
  auto value = roman_value(core, true);
  if (!value || value->value > 39) return std::nullopt;
  std::string spoken = ordinal_words(std::to_string(value->value));
  if (!joined.empty()) spoken += joined;
  return Match{1, spoken, false};
}

// "Phase I, II and III", "Acts IV or V": a numeral later in a list that a counting word opens.
// Returns true when the words before position i are such a list's earlier numerals.
// A list that long is no list of parts or phases; the bound keeps a line of numerals from being
// walked back over for each of them.
constexpr std::size_t kListReach = 16;

bool later_in_counted_list(const Words& words, std::size_t i) {
  std::size_t k = i;
  if (k > 0 && words[k - 1].suffix.empty() && text::is_one_of(words[k - 1].core, {"and", "or", "to"})) --k;
  bool numeral_seen = false;
  while (k > 0 && i - k < kListReach) {
    const Word& w = words[k - 1];
    bool listed = w.suffix.empty() || w.suffix == ",";
    if (!listed || !w.prefix.empty() || !roman_value(w.core, true)) break;
    numeral_seen = true;
    --k;
  }
  return numeral_seen && k > 0 && (plural_label_before(words, k) || (words[k - 1].suffix.empty() && is_counting_word(words[k - 1].core)));
}

// "registered VII on the Modified Mercalli scale", "a IV on the scale": a numeral of two or
// more letters, up to XII, read off a scale named within a few words after it is a grade ("seven").
bool is_scale_word(std::string_view w) { return text::is_one_of_lowered(w, {"scale", "scale.", "scale,"}); }

std::optional<Match> scale_grade(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (!w.prefix.empty() || !w.suffix.empty() || i + 2 >= words.size() || words[i + 1].core != "on") return std::nullopt;
  auto value = roman_value(w.core);
  if (!value || value->value > 12 || !text::any_word_near(words, i + 5, 3, is_scale_word)) return std::nullopt;
  return Match{1, cardinal_words(std::to_string(value->value)), false};
}

// "Category C", "Class D", "Parts C and D": a lone L, C, D or M is a letter that labels a
// class, never fifty, a hundred, five hundred or a thousand ("a Category C prison" had been
// "Category one hundred"). Only I, V and X stand alone as numerals.
bool lone_letter_label(std::string_view core) { return core.size() == 1 && core != "I" && core != "V" && core != "X"; }

// "types I–III", "Stages II-IV": two numerals joined by a dash after a counting word are a range,
// said "one to three"; eSpeak NG had read the first as the pronoun "I" and the dash as nothing.
std::optional<Match> counted_range(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (i == 0 || !w.prefix.empty() || !words[i - 1].suffix.empty() || !is_counting_word(words[i - 1].core)) {
    return std::nullopt;
  }
  std::size_t dash = w.core.find("\u2013");
  std::size_t width = 3;
  if (dash == std::string_view::npos) {
    dash = w.core.find('-');
    width = 1;
  }
  if (dash == std::string_view::npos || dash == 0) return std::nullopt;
  auto low = roman_value(w.core.substr(0, dash), true);
  auto high = roman_value(w.core.substr(dash + width), true);
  if (!low || !high || low->value >= high->value || high->value > 39) return std::nullopt;
  return Match{1, cardinal_words(std::to_string(low->value)) + " to " + cardinal_words(std::to_string(high->value)), false};
}

// "Chapter II-1", "Part IV-2": a numeral and a part's figure joined by a dash after a counting
// word, said "two dash one", as a rule book's chapters are cited; the numeral had been read as
// letters ("I I one").
std::optional<Match> numeral_and_part(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (i == 0 || !w.prefix.empty() || !is_counting_word(words[i - 1].core)) return std::nullopt;
  std::size_t dash = w.core.find('-');
  if (dash == std::string_view::npos || dash == 0) return std::nullopt;
  std::string_view part = w.core.substr(dash + 1);
  auto value = roman_value(w.core.substr(0, dash), true);
  if (!value || !value->small || part.empty() || part.size() > 3 || !text::all_digits(part)) return std::nullopt;
  return Match{1, cardinal_words(std::to_string(value->value)) + " dash " + cardinal_words(part), false};
}

// "the XXIII Concours", "the XIV Biennale": a numeral of two or more of I, V and X between "the"
// and a capitalised name numbers an edition of an event, said as its ordinal ("the twenty third
// Concours"); spelt, it was letters. Not "XL" or "XXL", which hold an L and are sizes.
std::optional<Match> edition_numeral(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (i == 0 || i + 1 >= words.size() || !w.prefix.empty() || !w.suffix.empty() || !words[i - 1].suffix.empty() ||
      !text::iequals(words[i - 1].core, "the") || !words[i + 1].prefix.empty() ||
      !text::is_capitalized(words[i + 1].core) || text::all_upper(words[i + 1].core) ||
      // A military formation keeps its letters ("the XV Corps"), as its own rule reads it.
      text::is_one_of(words[i + 1].core, {"Corps", "Army", "Brigade", "Division", "Fleet", "Squadron", "Legion"})) {
    return std::nullopt;
  }
  auto value = roman_value(w.core);
  if (!value || !value->small) return std::nullopt;
  return Match{1, ordinal_words(std::to_string(value->value)), false};
}

std::optional<int> lower_roman_value(std::string_view s) {
  std::string upper;
  for (char c : s) {
    if (c != 'i' && c != 'v' && c != 'x') return std::nullopt;
    upper.push_back(static_cast<char>(c - 'a' + 'A'));
  }
  auto value = roman_value(upper, true);
  if (!value) return std::nullopt;
  return value->value;
}

// What a class, stage or type numbers: "a class I balance", "a type I error", "a grade I listed
// church". After "a class I" any other word is most often the pronoun's verb ("a class I
// loved", "a stage I would not wish on anyone"), and verbs are an open class, so the nouns are named.
bool is_classed_noun(std::string_view w) {
  return text::is_one_of(w, {"balance", "balances", "scale", "scales", "weighing", "instrument", "instruments",
                             "recall", "recalls", "device", "devices", "laser", "lasers", "felony", "misdemeanor",
                             "misdemeanour", "offence", "offense", "error", "errors", "cancer", "tumour", "tumor",
                             "trial", "trials", "study", "listed", "building", "drug", "drugs", "substance",
                             "railroad", "railway", "carrier", "licence", "license", "permit", "hazard", "product",
                             "tumours", "tumors", "cancers", "isolates", "strains", "infection", "infections", "cases"});
}

// Classed nouns as often the pronoun's verb ("a stage I recall", "a phase I permit"): the pronoun
// wins even after the article. Not "trial", "listed": "a phase I trial", "a grade I listed church".
bool could_be_pronouns_verb(std::string_view w) {
  return text::is_one_of(w, {"recall", "licence", "license", "permit"});
}

// "a class I balance", "type I and type II", "stage I,": after a lower-case counting word a lone
// "I" is the pronoun ("at this stage I think") unless an article opens the phrase before a classed
// noun, a plural follows, a mark closes it or "and"/"or" joins it to another numeral.
bool numeral_one_after_lower_counting(const Words& words, std::size_t i) {
  const Word& w = words[i];
  bool noun_next = w.suffix.empty() && i + 1 < words.size() && words[i + 1].prefix.empty() &&
                   is_classed_noun(words[i + 1].core) && !could_be_pronouns_verb(words[i + 1].core);
  // "a class I balance": the article opens the phrase; after "this" the pronoun is as likely.
  if (noun_next && i >= 2 && words[i - 2].suffix.empty() &&
      text::is_one_of_lowered(words[i - 2].core, {"a", "an"})) {
    return true;
  }
  // "clade I cases": a plural in -s is never the pronoun's verb ("I cases" is no clause).
  if (noun_next && text::ends_with(words[i + 1].core, "s")) return true;
  if (!w.suffix.empty()) return text::is_one_of(w.suffix, {",", ";", ")", "),"});
  return i + 2 < words.size() && text::is_one_of(words[i + 1].core, {"and", "or"}) &&
         (roman_value(words[i + 2].core) || (i + 3 < words.size() && is_counting_word(words[i + 2].core) &&
                                             roman_value(words[i + 3].core, true)));
}

std::optional<Match> match_roman(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (auto mark = match_roman_list_mark(words, i)) return mark;
  if (lone_letter_label(w.core)) return std::nullopt;
  if (auto range = counted_range(words, i)) return range;
  if (auto part = numeral_and_part(words, i)) return part;
  if (auto edition = edition_numeral(words, i)) return edition;
  if (auto war = match_world_war(w.core); war && w.prefix.empty()) return war;
  if (auto grade = scale_grade(words, i)) return grade;
  if (auto century = match_century(words, i)) return century;
  if (i == 0) return std::nullopt;
  // A lone "I" after "and" is the pronoun ("Phase I and I think").
  if (w.prefix.empty() && w.core != "I" && later_in_counted_list(words, i)) {
    if (auto value = roman_value(w.core, true)) return Match{1, cardinal_words(std::to_string(value->value)), false};
  }
  const Word& before = words[i - 1];
  bool division_noun = is_division_noun(before.core);
  bool division = division_noun && !surname_before_numeral(words, i);
  bool counting = division || (!division_noun && is_counting_word(before.core)) || plural_label_before(words, i);
  // "Camp X", "Zone X", "Unit X": after a place's or a division's noun a lone "X" is a letter
  // that names it.
  if (w.core == "X" && (is_place_noun(before.core) || division)) return std::nullopt;
  if (division && w.core == "I" && !numeral_one_after_division(words, i)) return std::nullopt;
  if (w.core == "I" && lone_i_stays_pronoun_after(before.core)) return std::nullopt;
  // "the F-35 Lightning II", "an A-10 Thunderbolt II": a name after a model code (letters and
  // figures) is a product's, and its numeral counts versions ("Lightning two"); a person's
  // name never follows a code.
  bool after_code = i >= 2 && words[i - 2].suffix.empty() && words[i - 2].core.find_first_of("0123456789") != std::string_view::npos &&
                    text::is_capitalized(words[i - 2].core);
  // "a Minotaur V carrying a probe", "the Ariane V launched": in a line about a launch, a
  // numeral after a name numbers a rocket's version ("Minotaur five"), however short.
  // Asked only of a word shaped as a numeral, so an ordinary long line is not read again
  // for each of its words.
  bool launch = roman_value(w.core, true) && text::any_word(words, [](std::string_view core) {
    return text::is_one_of_lowered(core, {"rocket", "rockets", "launch", "launches", "launched", "liftoff",
                                               "lift-off", "payload", "booster", "spacecraft"});
  });
  // "GTA VI", "NBA III": after an initialism, spelt as letters, a numeral numbers a game's or
  // a product's sequel ("G T A six"). A name in capitals ("QUEEN ELIZABETH II", "POPE LEO
  // XIV", "JOHN SMITH III") is said as a word or comes after another word in capitals, and
  // keeps the regnal reading, as does a headline in capitals.
  bool caps_before = i >= 2 && text::is_capitals_word(words[i - 2].core);
  // A name in capitals said as a word ("VITEM XIV", a visa's class) numbers its kind too: only a
  // person's name takes the ordinal, and a person's name in a line of lower case is not written
  // in capitals unless a title stands before it ("Pope LEO XIV").
  bool titled = i >= 2 && starts_with_a_title(words[i - 2].core);
  bool after_initialism = text::is_capitals_word(before.core) && roman_value(w.core) && !caps_before &&
                          text::any_word_near(words, i, 3, text::starts_in_lower_case) &&  // not a line in capitals
                          (spelt_as_letters(before.core) || (!titled && text::all_alpha(before.core)));
  bool thing = !counting && (names_a_thing(words, i) || after_code || launch || after_initialism || names_a_vessel(words, i) ||
                             (roman_value(w.core) && numbers_a_title(words, i)));
  // "Vol. III": an abbreviated counting word keeps its period.
  bool before_ok = before.suffix.empty() || (counting && before.suffix == ".");
  // "a phase III trial", "type II diabetes": a counting word numbers what follows in lower case
  // too. A lone "I" after one is still the pronoun ("at this stage I think"), and only I, V and X
  // count there, so initialisms ("the block CD", "type DC") stay letters.
  bool lower_counting = counting && !text::is_capitalized(before.core);
  if (lower_counting && w.core == "I" && !numeral_one_after_lower_counting(words, i)) return std::nullopt;
  // "Class IIII": the four of clock faces and of weighing instruments' classes, written with
  // four strokes; after a counting word it is "four", spelt it was "I I I I".
  if (counting && w.core == "IIII" && w.prefix.empty()) return Match{1, "four", false};
  // "Æthelred II", "Øystein II": a name may begin with a capital beyond ASCII.
  bool name_before = text::is_name_word(before.core);
  if (!w.prefix.empty() || !before_ok || (!name_before && !lower_counting) || before.core == "I") {
    return std::nullopt;
  }
  if (!text::all_alpha(before.core) && !name_before) return std::nullopt;
  // "Elizabeth II's": the possessive follows the spoken numeral ("the second's").
  std::string_view core = w.core;
  std::string_view possessive;
  for (std::string_view ending : {std::string_view("'s"), std::string_view("\u2019s")}) {
    if (core.size() > ending.size() && text::ends_with(core, ending)) {
      possessive = core.substr(core.size() - ending.size());
      core.remove_suffix(ending.size());
    }
  }
  // "Stage IIIb", "Class IIb", "area IVb": after a counting word a numeral may carry a letter
  // of a sub-class, said as a letter ("four B"); left whole it was read as a word ("ivb"). An
  // "a" is written "Eh": eSpeak NG says a lone capital "A" after a number as the article.
  if (counting && core.size() >= 2 && core.back() >= 'a' && core.back() <= 'd') {
    if (auto lettered = roman_value(core.substr(0, core.size() - 1), true); lettered && lettered->value <= 39) {
      std::string letter = letter_names(std::string(1, static_cast<char>(core.back() - 'a' + 'A')));
      std::string spoken = cardinal_words(std::to_string(lettered->value)) + " " + letter;
      return Match{1, spoken + std::string(possessive), false};
    }
  }
  // A lone I, V or X is a numeral only after a counting word ("World War I", "Act V"); after a
  // name it is a letter ("Malcolm X", "Generation X").
  // In a launch line "V" and "X" alone count too; a lone "I" there is still the pronoun.
  auto value = roman_value(core, counting || (launch && core != "I"));
  if (!value) return std::nullopt;
  if (!value->small && (!counting || lower_counting || division)) return std::nullopt;
  if (division && value->value > 39) return std::nullopt;
  std::string number = std::to_string(value->value);
  std::string spoken = counting || thing ? cardinal_words(number) : "the " + ordinal_words(number);
  return Match{1, spoken + std::string(possessive), false};
}

bool lone_i_stays_pronoun_after(std::string_view label) { return text::is_one_of(label, {"No", "Dynasty"}); }

std::optional<std::string_view> short_label_word(std::string_view short_form) {
  return text::said_for(kShortLabels, short_form);
}

}  // namespace briefcast::rules
