// Whether a quantity qualifies a noun ("a $5 fee", "a 30W charger", "60 mph winds") or is a noun
// phrase of its own ("the $5 million was spent", "grossed $1.1bn worldwide"): before a noun
// English says the unit in the singular ("a five-dollar fee"). Money, measures and sizes all ask
// it, so it stands apart from money.cpp, where it began.
#include "normalize/dates/dates.h"
#include "normalize/function_words.h"
#include "normalize/match.h"
#include "normalize/measures/measures.h"
#include "normalize/measures/noun_words.h"
#include "normalize/money/money.h"
#include "normalize/numbers/count_cues.h"

namespace briefcast::rules {

// Words after an amount that show it is a noun phrase of its own ("the $5 million was
// spent", "a $5 million in cash", "$3.5 trillion over ten years"), not an adjective before a
// noun: every function word, and a few quantifiers that follow an amount.
// "0.35s ahead", "0.01s short": a gap before an adverb is no compound adjective either.
namespace {

// "a dose per 10 m³ needs", "11.5 t permitted": a verb after the amount, which it is the subject
// or the object of, not a noun it sizes.
// A verb's plain form after a plural subject's threshold ("readings below 115 mm indicate
// wasting", "doses above 2 g cause harm") is never a noun either: a few verbs of saying what a
// reading means or does, none of which names a thing.
bool is_verb_after_amount(std::string_view word) {
  return is_verb_in_s(word) ||
         text::is_one_of(word, {"permitted", "allowed", "required", "indicate", "suggest", "signify", "denote", "imply",
                                "mean", "cause", "remain", "become", "appear", "seem", "require", "represent",
                                "qualify", "constitute"});
}

}  // namespace

bool is_past_participle_word(std::string_view word) {
  return word.size() > 4 && text::ends_with(word, "ed") && text::all_alpha(word) && text::is_lower(word[0]);
}

// A participle straight after a measure and before a preposition (or ending the phrase: a
// cargo's tonnage shipped to a port, a cylinder's volume filled to a pressure) goes on to say
// where or how; the measure is a quantity, no size of a noun ("a 5-kg bag", "a 2-litre sealed
// tub" keep theirs).
bool participle_follows_measure(const Words& words, std::size_t n) {
  if (n == 0 || n + 1 >= words.size() || !words[n - 1].suffix.empty() || !words[n].prefix.empty()) return false;
  std::string_view w = words[n].core;
  bool participle = is_past_participle_word(w) ||
                    text::is_one_of(w, {"bound", "built", "sent", "laid", "grown", "thrown", "worn", "borne", "known",
                                        "seen", "done", "struck", "sold", "held", "kept", "left", "lost", "found"});
  if (!participle) return false;
  if (!words[n].suffix.empty()) return true;
  return words[n + 1].prefix.empty() &&
         text::is_one_of(text::lower(words[n + 1].core), {"to", "for", "from", "at", "in", "into", "by", "with", "on",
                                                          "onto", "under", "over", "off", "out", "up", "down"});
}

bool is_not_noun(std::string_view word) { return is_verb_after_amount(word) || is_not_noun_beside_article(word); }

bool is_not_noun_after_amount(const Words& words, std::size_t i, std::string_view word) {
  bool article = i > 0 && words[i - 1].suffix.empty() &&
                 (text::is_one_of_lowered(words[i - 1].core, {"a", "an", "the", "this", "that"}) ||
                  text::is_possessive(words[i - 1].core));
  return article ? is_not_noun_beside_article(word) : is_not_noun(word);
}

// After "the" or "a" an amount is one thing: the word in -s after it is its verb in the singular
// ("the 400 m ends in a sprint", "the four-hundred-meter ends") or a plural noun it sizes ("the
// 2 km works zone", "the 50 m falls"), so the verbs above are left to the amounts without one.
bool is_not_noun_beside_article(std::string_view word) {
  return text::is_function_word(word) || text::is_one_of(word, {"per", "each", "apiece", "worth", "more", "less", "plus", "upfront", "ahead",
                                                                "behind", "short", "clear", "adrift", "apart", "quicker",
                                                                "faster", "slower",
                                                                // a comparison's "versus" ("11.8 t vs 11.5 t")
                                                                "vs", "versus",
                                                                // adverbs of choice or of time, no noun
                                                                // ("uses 18 W instead of 36 W")
                                                                "instead", "altogether", "anyway", "already",
                                                                "again", "too", "now", "still", "then", "today",
                                                                "yesterday", "tomorrow", "tonight", "alone",
                                                                // a verb in the past of change ("the upper 2,000 m rose")
                                                                "rose", "grew", "shrank", "warmed", "cooled",
                                                                "increased", "decreased", "declined"});
}

namespace {

// "roughly", "annually": a word in -ly is mostly an adverb, which no amount qualifies; a few
// common nouns end so too ("a $5 million family feud", "a 10MW supply deal", "a 2kg jelly mould").
bool is_ly_adverb(std::string_view word) {
  return text::ends_with(word, "ly") &&
         !text::is_one_of(word, {"family", "supply", "assembly", "monopoly", "rally", "ally", "anomaly", "tally",
                                 "reply", "jelly", "belly", "bully", "lily", "holly", "homily", "panoply"});
}

// "a $45 daily resort fee", "a 2mg daily dose", "a £9 monthly charge": a word in -ly that says how
// often, or one of a few adjectives in -ly, stands between an amount and the noun it qualifies.
bool is_ly_adjective(std::string_view word) {
  return text::is_one_of(word, {"hourly", "daily", "nightly", "weekly", "fortnightly", "monthly", "quarterly",
                                "yearly", "early", "costly", "deadly", "friendly", "elderly", "orderly", "timely"});
}

bool is_weekday_or_month(std::string_view word) {
  return month_number(word, false).has_value() ||
         text::is_one_of(word, {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"});
}

using text::is_determiner;

// "10-year", "three-year", "30-day": a compound adjective of a figure and a lowercase word.
bool is_figure_compound(std::string_view word) {
  std::size_t dash = word.find('-');
  if (dash == std::string_view::npos || dash == 0 || dash + 1 >= word.size()) return false;
  std::string_view head = word.substr(0, dash);
  std::string_view tail = word.substr(dash + 1);
  return (text::all_digits(head) || text::all_alpha(head)) && text::all_alpha(tail) && text::is_lower(tail[0]);
}

// "V6", "A4", "X5": a capital, then letters and figures, with a figure among them; short.
bool is_model_code(std::string_view word) {
  if (word.size() < 2 || word.size() > 6 || !text::is_upper(word[0])) return false;
  bool digit = false;
  for (char c : word) {
    if (text::is_digit(c)) digit = true;
    else if (!text::is_upper(c) && !text::is_lower(c)) return false;
  }
  return digit;
}

// "two", "both", "twelve": a count of the things the measure sizes, one each ("two 50 kg
// bags"); "some" and "about" say roughly how much, so they are left out.
// "one 5L jug": "one" counts a single thing sized, as "a" would.
bool counts_the_sized(std::string_view word) { return is_small_count_word(word) || text::is_one_of_lowered(word, {"both", "one"}); }

// A determiner or possessive before position i, or with one adjective between ("an
// earlier, $250 billion list", "Acme's new $5 million plant"); two words between are more
// often a noun and a verb ("The film grossed $1.1bn").
bool opens_noun_phrase(const Words& words, std::size_t i) {
  for (std::size_t k = i, seen = 0; k > 0 && seen <= 1; --k, ++seen) {
    const Word& w = words[k - 1];
    bool last = k == i;
    // "75 million 50kg bags", "two 110\u00b0 hinges": a count opens one as well.
    bool opener = last && (text::is_one_of(w.core, {"thousand", "million", "billion"}) || counts_the_sized(w.core));
    if ((is_determiner(w.core) || text::is_possessive(w.core) || opener) && w.suffix.empty()) return true;
    // "13-passenger, 884 kg cars": after a figure's compound adjective and its comma the measure
    // is the next adjective of the same noun; "on 3-phase 230 V supply": so it is right after one
    // that opens with a digit, with no comma.
    bool digit_led = !w.core.empty() && text::is_digit(w.core[0]);
    if (last && is_figure_compound(w.core) && (w.suffix == "," || (w.suffix.empty() && digit_led))) return true;
    // An adjective: a lowercase word that is no function word and no adverb ("roughly"), or
    // a figure joined to a lowercase word ("a 10-year, $700M deal").
    bool adjective = !w.core.empty() && (text::all_alpha(w.core) || is_figure_compound(w.core)) &&
                     (text::is_lower(w.core[0]) || text::is_digit(w.core[0])) && w.prefix.empty() &&
                     (w.suffix.empty() || (last && w.suffix == ",")) && !is_not_noun(w.core) &&
                     !is_ly_adverb(w.core);
    if (!adjective) return false;
  }
  return false;
}

// The first word after an amount's conversion in brackets that opens at word j ("(£11.57)",
// "(€14 million)"), or j itself when no such aside of up to three words opens there. Only an
// amount of money: other brackets after a figure ("the first 2km (2:30.01) resulting") hold
// asides of their own.
std::size_t past_aside(const Words& words, std::size_t j) {
  if (j >= words.size() || words[j].prefix != "(" || !speak_money(words[j].core)) return j;
  for (std::size_t k = j; k < words.size() && k < j + 3; ++k) {
    if (words[k].suffix == ")") return k + 1;
    if (!words[k].suffix.empty()) return j;
  }
  return j;
}

// "60 mph winds", "up to 90km/h gusts": a speed straight before a lowercase noun qualifies it
// whatever opens the phrase; a speed is never a count of the thing after it. Only a plain noun
// counts: "80 mph northbound", "60 mph expected", "50 mph overnight" name no thing.
// "20 mph zones": with no article before it a speed sizes only a plural noun after it, or a
// mass noun of motion it is the speed of ("at 60 mph impact speed", "30 km/h speed limits", "at
// 95 mph pace", "in 40 mph wind"); a singular count noun would need its article ("a 20 mph
// zone"), so a singular word after a bare speed is the clause's verb ("gusts of 90 mph hit the
// coast", "winds of 60 km/h lash the town").
bool sizes_a_bare_noun(const Words& words, std::size_t n) {
  for (std::size_t k = n; k < words.size() && k <= n + 1; ++k) {
    std::string_view w = words[k].core;
    if (!words[k].prefix.empty() || w.size() < 3 || !text::all_alpha(w) || !text::is_lower(w[0])) return false;
    if (k == n && w.back() == 's' && !text::ends_with(w, "ss") && !text::is_function_word(w)) return true;
    // "at 125 mph clubhead speed", "20 mph speed limits": the measure of a speed, a mass noun.
    if (text::is_one_of(w, {"speed", "velocity", "pace", "wind", "traffic"})) return true;
    if (!words[k].suffix.empty()) return false;
  }
  return false;
}

bool speed_before_noun(const Words& words, std::size_t i, std::size_t count) {
  std::string unit = text::lower(words[i + count - 1].core);
  if (count == 1) unit.erase(0, text::number_prefix_length(unit));
  // "7 kN": a capital N after a small prefix is the newton, no knot however it is lowered.
  std::string_view written = words[i + count - 1].core;
  if (written.size() >= 2 && written.back() == 'N' && text::is_lower(written[written.size() - 2])) return false;
  if (!is_speed_unit(unit)) return false;
  // "winds gusting 120 km/h shut the lift": after the verb of a gust the speed is its peak, and
  // the word after it opens a clause of its own.
  if (i > 0 && text::is_one_of_lowered(words[i - 1].core, {"gusting", "gusted", "gust"})) return false;
  std::string_view noun = words[i + count].core;
  bool lowercase_word = words[i + count].prefix.empty() && noun.size() > 2 && text::all_alpha(noun) &&
                        text::is_lower(noun[0]) && !text::ends_with(noun, "ed") && !text::ends_with(noun, "ing") &&
                        !text::ends_with(noun, "bound") &&
                        !text::is_one_of(noun, {"north", "south", "east", "west", "inland", "offshore", "overnight",
                                                "today", "tonight", "tomorrow", "faster", "slower", "higher", "lower",
                                                "again", "max",
                                                // "by 3 kt last year": a time after the figure, no noun it sizes
                                                "last", "next", "this", "every", "each"});
  return lowercase_word && sizes_a_bare_noun(words, i + count);
}

// "downstream", "offshore", "underground": a word of where, which says where the measure is
// gone or lies ("50 m downstream of the dam"); only with a noun after it is it part of the
// noun's phrase ("a 5 km offshore wind farm").
bool is_place_adverb(std::string_view word) {
  return text::is_one_of(word, {"downstream", "upstream", "downriver", "upriver", "downhill", "uphill", "downwind",
                                "upwind", "downrange", "offshore", "onshore", "inshore", "inland", "underground",
                                "underwater", "overhead", "aloft", "abroad", "nearby", "beneath", "below", "above",
                                "apart", "away", "outside", "inside", "out", "in", "underneath", "astern", "ashore"});
}

// A lowercase word that may be a noun: no function word and no word that follows an amount.
bool starts_lowercase_noun(std::string_view word) {
  return word.size() > 2 && text::all_alpha(word) && text::is_lower(word[0]) && !is_not_noun(word) &&
         !is_past_participle_word(word);
}

}  // namespace

// "a $3.5 billion budget", "the $5 million plan": after a determiner (and adjectives) and before a lowercase
// word the amount qualifies a noun, and English says the unit in the singular ("dollar plan").
// A newsreader says this; the reference suite keeps the plural, which the loose reading of
// such cases forgives only in part, so the choice is deliberate.
// Things a sum of money sizes, in headlines without an article before the sum: "Coronavirus:
// £1,000 fine for ...", "at $4M mansion", "in £5million family feud". Said "one thousand pounds
// fine" they are two things named side by side.
bool is_priced_thing(std::string_view w) {
  return text::is_one_of(w, {"fine", "fines", "mansion", "mansions", "home", "house", "penthouse", "apartment", "flat",
                             "estate", "deal", "deals", "lawsuit", "suit", "settlement", "payout", "bonus", "salary",
                             "contract", "grant", "loan", "bill", "budget", "fund", "bailout", "package", "donation",
                             "prize", "jackpot", "ransom", "bribe", "feud", "scheme", "project", "fee", "fees",
                             "penalty", "investment", "upgrade", "refit", "renovation", "makeover"});
}

// A sum written with its currency sign, with no determiner before it, then a priced thing or
// one lower-case word and a priced thing ("£5million family feud").
bool sums_a_priced_thing(const Words& words, std::size_t i, std::size_t count) {
  std::string_view sum = words[i].core;
  if (sum.empty() || !(text::starts_with(sum, "$") || text::starts_with(sum, "\u00a3") || text::starts_with(sum, "\u20ac"))) {
    return false;
  }
  std::size_t n = i + count;
  if (n >= words.size() || !words[n].prefix.empty()) return false;
  if (is_priced_thing(words[n].core)) return true;
  return words[n].suffix.empty() && n + 1 < words.size() && words[n + 1].prefix.empty() && !words[n].core.empty() &&
         text::is_lower(words[n].core[0]) && text::all_alpha(words[n].core) && !is_not_noun(words[n].core) &&
         !text::is_function_word(words[n].core) && is_priced_thing(words[n + 1].core);
}

namespace {

// A word that says how much: a unit, its name or a measure ("tonnes", "10kg", "t/yr"; "t", the
// tonne, is left out of the unit table as often a letter), or a container.
bool gives_amount(std::string_view w) {
  if (w.empty() || text::is_function_word(text::lower(w))) return false;
  std::string_view head = w.substr(0, w.find('/'));
  head.remove_prefix(text::number_prefix_length(head));
  return is_container(text::lower(w)) || (!head.empty() && (find_unit(head) || is_unit_name(head) || head == "t" ||
                                              text::is_one_of(head, {"tonnes", "tons", "grams", "pounds", "feet",
                                                                     "yards", "barrels", "pallets"})));
}

}  // namespace

// "a 10 mL bottle of 3 mg e-liquid", "5 t of 68 kg/m rail": the amount before "of" says how much
// of the noun there is, so a measure after "of" before the noun grades it, one adjective; with
// no amount before "of" ("a motor of 37 kW turning") the measure is the value of the noun.
bool grades_after_amount_of(const Words& words, std::size_t i) {
  if (i < 2) return false;
  const Word& of = words[i - 1];
  const Word& amount = words[i - 2];
  return of.core == "of" && of.prefix.empty() && of.suffix.empty() && amount.suffix.empty() && gives_amount(amount.core);
}

// "a £35 'out-of-hours' fee": a lowercase word in quotes between the amount and its noun is one
// more qualifier; the noun after it is the one the amount qualifies.
std::size_t past_quoted_qualifier(const Words& words, std::size_t j) {
  if (j + 1 >= words.size()) return j;
  const Word& quoted = words[j];
  bool opens = text::is_one_of(quoted.prefix, {"'", "\u2018", "\"", "\u201c"});
  bool closes = text::is_one_of(quoted.suffix, {"'", "\u2019", "\"", "\u201d"});
  const Word& noun = words[j + 1];
  bool lowercase = !quoted.core.empty() && quoted.core.find_first_not_of("abcdefghijklmnopqrstuvwxyz-") == std::string_view::npos;
  bool noun_after = noun.prefix.empty() && noun.core.size() > 1 && text::all_alpha(noun.core) && text::is_lower(noun.core[0]) &&
                    !text::is_function_word(noun.core) && !is_not_noun(noun.core);
  return opens && closes && lowercase && noun_after ? j + 1 : j;
}

namespace {

// "Leeds-York", "Paris\u2013Berlin": two capitalised names joined by a hyphen or an en dash.
bool is_place_pair(std::string_view w) {
  auto sides = text::split_at_range_dash(w);
  if (!sides) return false;
  auto [left, right] = *sides;
  return right.size() > 1 && text::all_alpha(left) && text::all_alpha(right) && text::is_capitalized(left) &&
         text::is_capitalized(right) && !text::all_upper(left) && !text::all_upper(right);
}

}  // namespace

// "promised", and an irregular one ("the $1.6m paid for a copy", "the $5m spent on it");
// words that are nouns as often ("set", "cut", "won") are left out.
bool is_participle(std::string_view w) {
  return (w.size() > 4 && text::ends_with(w, "ed")) ||
         text::is_one_of(w, {"paid", "spent", "sold", "lost", "made", "given", "taken", "bought", "brought", "left",
                             "held", "kept", "sought", "found", "lent", "stolen", "shown", "written", "won", "withheld",
                             "overspent", "driven", "flown", "ridden", "used", "owed"});
}

namespace {

// "the record $9,500 set in May", "the $4m held back", "A$1.2bn set aside": a participle ("set"
// too, which is a noun as often) going on to its preposition or particle. The amount is then a
// noun phrase of its own, unless an article or a number word sizes it ("a $50 set for
// beginners", "a £2m set up fee", "a $5bn set aside", "a spare 9 L set to"): there the word is
// the noun; or unless a noun follows the particle ("the £50 set up fee").
bool participle_goes_on(const Words& words, std::size_t i, std::size_t n) {
  const Word& w = words[n];
  if (!(is_participle(w.core) || w.core == "set") || !w.suffix.empty() || n + 1 >= words.size()) return false;
  // The article may stand before a word or two that qualify the amount too ("a spare 9 L set").
  std::size_t k = i;
  while (k > 0 && i - k < 2 && words[k - 1].suffix.empty() && text::all_alpha(words[k - 1].core) &&
         text::is_lower(words[k - 1].core[0]) && !text::is_function_word(words[k - 1].core)) {
    --k;
  }
  bool sized = k > 0 && words[k - 1].suffix.empty() &&
               (counts_the_sized(words[k - 1].core) || text::is_one_of_lowered(words[k - 1].core, {"a", "an", "several", "few"}));
  if (sized) return false;
  const Word& next = words[n + 1];
  if (!next.prefix.empty()) return false;
  // "the £50 set up fee", "the $2m paid out sum": a participle and its particle before a noun are
  // one compound adjective ("set-up"), which the amount qualifies too.
  // ("in", "on" and "over" lead an object instead: "the $5m spent on schools".)
  bool particle = text::is_one_of(next.core, {"aside", "out", "up", "off", "down", "back", "away"});
  // An adverb there ("set aside initially", "paid back early") goes on with the verb.
  if (particle && n + 2 < words.size() && noun_follows(words, n + 1) && !is_time_or_count_word(words[n + 2].core) &&
      !text::ends_with(words[n + 2].core, "ly") && !says_how_much(words[n + 2].core) &&
      !text::is_one_of(words[n + 2].core, {"early", "late", "later", "soon", "again", "too"})) {
    return false;
  }
  return text::is_one_of(next.core, {"in", "on", "by", "at", "for", "to", "from", "last", "this", "earlier", "during",
                                     "since", "before", "after", "under", "when", "over", "aside", "out", "up", "off",
                                     "down", "back", "away"});
}

}  // namespace

bool amount_is_relative_object(const Words& words, std::size_t i, std::size_t count) {
  std::size_t n = i + count;
  if (n + 1 >= words.size() || !words[n - 1].suffix.empty() || !words[n].suffix.empty() ||
      !words[n + 1].prefix.empty()) {
    return false;
  }
  std::string_view noun = words[n].core;
  std::string_view verb = words[n + 1].core;
  bool plural = noun.size() > 3 && text::ends_with(noun, "s") && text::all_alpha(noun) && text::is_lower(noun[0]);
  bool clause = is_participle(verb) || text::is_one_of(verb, {"spend", "pay", "earn", "owe", "lose", "raise", "receive",
                                                              "expect", "invest", "give", "get", "want"});
  // The sentence's own verb comes after the clause ("... received was not enough"); without it
  // the verb is the noun's own ("The $5 million grants helped").
  bool main_verb_after = false;
  for (std::size_t k = n + 2; k < words.size() && k <= n + 5 && words[k - 1].suffix.empty(); ++k) {
    main_verb_after = main_verb_after || text::is_one_of(words[k].core, {"was", "is", "were", "are", "has", "have", "had",
                                                                         "will", "would", "never", "did"});
  }
  return plural && clause && main_verb_after;
}

bool adverb_before_participle(const Words& words, std::size_t n) {
  return n + 1 < words.size() && words[n].suffix.empty() && words[n + 1].prefix.empty() &&
         text::is_one_of(words[n].core, {"first", "last", "once", "twice", "since", "originally", "initially"}) &&
         is_participle(words[n + 1].core);
}

bool is_adjectival(const Words& words, std::size_t i, std::size_t count) {
  if (i == 0 || i + count >= words.size()) return false;
  bool speed = words[i + count - 1].suffix.empty() && speed_before_noun(words, i, count);
  bool headline = words[i + count - 1].suffix.empty() && sums_a_priced_thing(words, i, count);
  if (!(opens_noun_phrase(words, i) || speed || headline) || !words[i + count - 1].suffix.empty()) return false;
  // "a $15 (£11.57) meal voucher": an aside in brackets after the amount (a conversion) is
  // passed over; the noun after it is the one the amount qualifies.
  // "a 30 cm (12 in) pan": so is a measure's conversion (converted_measures.cpp).
  std::size_t n = past_quoted_qualifier(words, past_measure_aside(words, past_aside(words, i + count)));
  if (n >= words.size()) return false;
  std::string_view after = words[n].core;
  // "no one 50m away", "one 2kg heavier": after the count "one" a word of how much or how far
  // names nothing the measure sizes.
  if (text::is_one_of_lowered(words[i - 1].core, {"one"}) && says_how_much(after)) return false;
  // The noun: a lowercase word, or an initialism ("a 256GB SSD"), or a name before a
  // lowercase noun ("an 87W Thunderbolt dock", "a $10 Amazon voucher").
  // "the 9,000 ft TVD": a datum or a qualifier of the unit is no noun (noun_modifiers.cpp reads
  // the one before a noun, "a 3,000 mm HH flysheet").
  // "a $300 S&C fee", "a $2bn M&A deal": letters joined by an ampersand are one initialism.
  // "15 km NNE of the town", "8 nm SW.", "90 NM south-east of": a compass point, in letters or
  // spelled, after a distance gives where it lies from a place; the distance is a noun phrase,
  // never an adjective of the point.
  bool offset = names_compass_point(after) && (!words[n].suffix.empty() || n + 1 >= words.size() ||
                                              text::is_one_of(words[n + 1].core, {"of", "from", "off"}));
  if (offset) return false;
  bool ampersand = after.size() == 3 && after[1] == '&' && text::is_upper(after[0]) && text::is_upper(after[2]);
  bool initialism = (after.size() >= 2 && after.size() <= 5 && text::all_upper(after) && !is_unit_qualifier(after)) || ampersand;
  const Word* next = n + 1 < words.size() ? &words[n + 1] : nullptr;
  // "plant them 10cm deep and", "the hole 3m deep.": a measure before the word of size it
  // measures, with no noun after that word, says how deep; "a 2.5m high fence" has its noun.
  if (text::is_one_of(after, {"deep", "wide", "high", "tall", "long", "thick", "apart", "across", "away"}) &&
      (!words[n].suffix.empty() || !next || next->core.empty() || text::is_function_word(text::lower(next->core)))) {
    return false;
  }
  bool noun_next = words[n].suffix.empty() && next && next->prefix.empty() && !next->core.empty() &&
                   text::is_lower(next->core[0]) && text::all_alpha(next->core) && !is_not_noun(next->core) &&
                   !text::ends_with(next->core, "ed") && !text::ends_with(next->core, "s") && next->core != "said" &&
                   next->core != "paid" && next->core != "told";
  // "a further 22 sec back", "a good 5 m clear": a gap before the word of where it leaves one
  // says how far, like "deep" above; only with a noun after it is that word part of the noun
  // ("a 5 km back straight").
  if ((text::is_one_of(after, {"back", "behind", "ahead", "clear", "adrift", "down", "up", "off", "short"}) ||
       is_place_adverb(after)) &&
      !noun_next) {
    return false;
  }
  // "the 182 m Grade 7 course": a name with its numeral before a lowercase noun.
  bool numbered_name = next && words[n].suffix.empty() && next->prefix.empty() && next->suffix.empty() &&
                       is_name_numeral(next->core) && n + 2 < words.size() && words[n + 2].prefix.empty() &&
                       starts_lowercase_noun(words[n + 2].core);
  bool named = text::is_capitalized(after) && (noun_next || numbered_name);
  // "the 1.6L V6 engine", "a 5kg A4 paper pack": a model code before a lowercase noun is a
  // name the same way.
  // "a 3 L O\u2082 bottle": a formula names what the container holds the same way; "the 900 km
  // Aurora-7 cable" a name hyphened to its numeral.
  bool model = (is_model_code(after) || is_numbered_name(after) || is_subscript_formula(after)) && noun_next;
  // "its $10 billion James Webb Space Telescope": after a determiner, a name of two or more
  // capitalised words is the thing the amount qualifies (a day or a month is not).
  bool long_name = text::is_capitalized(after) && words[n].suffix.empty() && next && next->prefix.empty() &&
                   text::is_capitalized(next->core) && (text::all_alpha(next->core) || is_numbered_name(next->core)) && next->core.size() > 1 &&
                   !text::all_upper(next->core) && !is_weekday_or_month(after) && !is_weekday_or_month(next->core) &&
                   i > 0 && (is_determiner(words[i - 1].core) || text::is_possessive(words[i - 1].core)) &&
                   words[i - 1].suffix.empty();
  // "the 450km Leeds-York route": two places joined by a dash name the thing the measure sizes.
  bool place_pair = is_place_pair(after) && noun_next;
  named = named || place_pair;
  named = (named && !is_weekday_or_month(after)) || long_name || model;
  // "a $105.2 million fixed-price contract": a hyphened compound of lowercase words qualifies too.
  // So does a pair of them slashed ("a 6.5in mid/bass driver", "a 7kg wash/dry machine").
  bool compound = (after.find('-') != std::string_view::npos && after.back() != '-' &&
                   after.find_first_not_of("abcdefghijklmnopqrstuvwxyz-") == std::string_view::npos) ||
                  (after.find('/') != std::string_view::npos && after.back() != '/' && after[0] != '/' &&
                   after.find('/') == after.rfind('/') &&
                   after.find_first_not_of("abcdefghijklmnopqrstuvwxyz/") == std::string_view::npos);
  // "a €750m 7-year green bond", "a $2bn 30-day loan": a term hyphened to its figure, then the noun.
  std::size_t term_digits = text::number_prefix_length(after);
  bool term = term_digits > 0 && noun_next && term_digits < after.size() && after[term_digits] == '-' &&
              text::is_one_of(after.substr(term_digits + 1), {"year", "month", "week", "day"});
  if (term) return true;
  // "a 60W 5.1-ch soundbar": a speaker system's channel count is one more qualifier of the noun.
  if (is_channel_count(after) && noun_next) return true;
  // "a 50 cm T-hybrid rose", "a 10 mm O-ring": a thing named by a letter is a noun as a lowercase one is.
  bool letter = is_letter_compound(after);
  if (after.empty() || (!text::is_lower(after[0]) && !initialism && !named && !letter) ||
      (!text::all_alpha(after) && !compound && !model && !letter && !ampersand && !place_pair) ||
      !words[n].prefix.empty()) {
    return false;
  }
  // "the $1.72 billion promised to BC": a participle, not a noun.
  const Word* then = n + 1 < words.size() ? &words[n + 1] : nullptr;
  if (is_participle(after) && (!then || !words[n].suffix.empty() || text::is_function_word(text::lower(then->core)))) {
    return false;
  }
  // "At the exchange, 1,284 t changed hands": after a clause's comma the measure opens the
  // clause, and a word in -ed after it is its verb.
  if (is_participle(after) && words[i - 1].suffix == ",") return false;
  if (participle_goes_on(words, i, n)) return false;
  if (adverb_before_participle(words, n)) return false;
  // "grossed $1.1bn worldwide", "$5 million annually": an adverb, not a noun.
  // "a $45 daily resort fee": a word in -ly before a noun is an adjective there; "paid $45
  // daily", with no determiner before the amount, never comes this far.
  bool ly_adjective = is_ly_adjective(after) && noun_next;
  return !is_not_noun_after_amount(words, i, after) && (!is_ly_adverb(after) || ly_adjective) && after != "worldwide" && after != "overall";
}

bool noun_follows(const Words& words, std::size_t k) {
  if ((!words[k].suffix.empty() && words[k].suffix != ".") || k + 1 >= words.size()) return false;
  const Word& next = words[k + 1];
  return next.prefix.empty() && !next.core.empty() && text::is_lower(next.core[0]) && text::all_alpha(next.core) &&
         !text::is_function_word(next.core) && !is_not_noun(next.core);
}

}  // namespace briefcast::rules
