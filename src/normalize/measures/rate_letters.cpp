// Unit letters of a trade's rates and weights after a figure, said in full where eSpeak NG spelt
// them or read them as a word: "pph" beside a ride is people per hour, "sph" and "iph" beside a
// press sheets and impressions per hour, "ppm" beside a printer pages per minute (elsewhere it
// stays parts per million); "gsm" is a paper's or a cloth's grams per square meter ("a 90 gsm
// stock" -> "a ninety-gram stock"); "ga" beside a shotgun's words its gauge ("12-ga shells" ->
// "twelve-gauge shells"); "HPRD" a care home's hours per resident day; "ADMT" pulp's air-dried
// metric tonne; and "Ne" before a figure among words of spinning the English cotton count ("Ne
// 30/1 yarn" -> "thirty-count single-ply yarn"), which had been read as the word "knee".
#include "normalize/function_words.h"
#include "normalize/match.h"
#include "normalize/measures/measures.h"
#include "normalize/number_words.h"
#include "normalize/numbers/numbers.h"

namespace briefcast::rules {

namespace {

bool tells_of_rides(std::string_view w) {
  return text::is_one_of_lowered(w, {"ride", "rides", "ride's", "coaster", "coasters", "rollercoaster", "attraction",
                                     "attractions", "queue", "queues", "riders", "flume", "park", "park's", "dark",
                                     "carousel", "gondola", "gondolas", "chairlift", "lift", "escalator", "escalators"});
}

bool tells_of_presses(std::string_view w) {
  return text::is_one_of_lowered(w, {"press", "presses", "sheetfed", "sheet-fed", "web", "offset", "litho",
                                     "printing", "printer", "printers", "printer's", "print", "flexo", "gravure",
                                     "impressions", "sheets", "catalog", "catalogue", "magazine", "folder", "cut-off"});
}

bool tells_of_paper(std::string_view w) {
  return text::is_one_of_lowered(w, {"paper", "papers", "stock", "board", "card", "cardstock", "sheets", "printed",
                                     "printing", "print", "newsprint", "coated", "uncoated", "envelopes", "brochure"});
}

// Words of an office or a digital printer, whose speed is in pages per minute.
bool tells_of_printer(std::string_view w) {
  return text::is_one_of_lowered(w, {"printer", "printers", "printer's", "pages", "page", "copier", "copiers",
                                     "inkjet", "laserjet", "toner", "duplex", "sheetfed", "mfp", "cmyk", "sra3",
                                     "a4", "a3", "prints", "gsm", "monochrome"});
}

// Words of a concentration, where "ppm" is parts per million even beside a printer.
bool tells_of_concentration(std::string_view w) {
  return text::is_one_of_lowered(w, {"emissions", "emission", "level", "levels", "concentration", "concentrations",
                                     "exposure", "solvent", "solvents", "voc", "vocs", "ozone", "co2", "lead",
                                     "nitrate", "residue", "contamination", "limit", "air", "water"});
}

bool tells_of_guns(std::string_view w) {
  return text::is_one_of_lowered(w, {"shells", "shell", "shotgun", "shotguns", "ammunition", "ammo", "slug", "slugs",
                                     "buckshot", "birdshot", "cartridge", "cartridges", "rounds", "gun", "guns",
                                     "pump-action", "semi-auto", "firearms", "hunters", "hunting"});
}

bool tells_of_yarn(std::string_view w) {
  return text::is_one_of_lowered(w, {"yarn", "yarns", "spun", "spin", "spins", "spinning", "spindles", "ring",
                                     "combed", "carded", "cotton", "count", "counts", "ply", "compact", "denim"});
}

// The figure at i, a plain one or a range ("90\u2013140"): its words, or nothing.
std::optional<std::string> figure_words(std::string_view core) {
  if (auto number = text::parse_plain_figure(core)) return number_words(*number, false);
  auto sides = text::split_at_range_dash(core);
  if (!sides) return std::nullopt;
  auto low = text::parse_plain_figure(sides->before);
  auto high = text::parse_plain_figure(sides->after);
  if (!low || !high) return std::nullopt;
  return number_words(*low, false) + " to " + number_words(*high, false);
}

// The letters after the figure at i, spaced ("80 gsm") or glued ("80gsm"), the period of a
// closing "ga." allowed: the figure as written and the words the two take, 0 when absent.
std::size_t letters_after(const Words& words, std::size_t i, std::string_view letters, std::string_view& figure) {
  std::string_view core = words[i].core;
  // "(280 gsm)": a paper's or a cloth's weight is often given in brackets.
  if (!words[i].prefix.empty() && !(text::iequals(letters, "gsm") && words[i].prefix == "(")) return 0;
  if (core.size() > letters.size() && text::ends_with(core, letters)) {
    figure = core.substr(0, core.size() - letters.size());
    if (!figure.empty() && figure.back() == '-') figure.remove_suffix(1);
    return 1;
  }
  if (!words[i].suffix.empty() || i + 1 >= words.size() || words[i + 1].core != letters || !words[i + 1].prefix.empty()) {
    return 0;
  }
  figure = core;
  return 2;
}

// A lower-case word at n that the measure before it may size.
bool noun_at(const Words& words, std::size_t n) {
  if (n >= words.size() || !words[n].prefix.empty()) return false;
  std::string_view w = words[n].core;
  return !w.empty() && text::is_lower(w[0]) && text::all_alpha(w) && !is_not_noun(w);
}

// The measure that takes words i to i + count - 1 sizes the noun after it.
bool before_noun(const Words& words, std::size_t i, std::size_t count) {
  return words[i + count - 1].suffix.empty() && noun_at(words, i + count);
}

// "1,800 pph", "18,000 sph", "65,000 iph", "45 ppm": a rate a trade's words decide.
std::optional<Match> trade_rate(const Words& words, std::size_t i) {
  struct Reading {
    std::string_view letters;
    bool (*cue)(std::string_view);
    std::string_view one;
    std::string_view many;
  };
  static constexpr Reading kReadings[] = {
      {"pph", tells_of_rides, "person per hour", "people per hour"},
      {"sph", tells_of_presses, "sheet per hour", "sheets per hour"},
      {"iph", tells_of_presses, "impression per hour", "impressions per hour"},
      {"ppm", tells_of_printer, "page per minute", "pages per minute"},
  };
  for (const Reading& r : kReadings) {
    std::string_view figure;
    std::size_t count = letters_after(words, i, r.letters, figure);
    auto number = count ? text::parse_plain_figure(figure) : std::nullopt;
    if (!number || !text::any_word_near(words, i, 12, r.cue)) continue;
    if (r.letters == "ppm" && text::any_word_near(words, i, 8, tells_of_concentration)) return std::nullopt;
    std::string said = number_words(*number, false);
    if (before_noun(words, i, count)) return Match{count, text::hyphenated(said + " " + std::string(r.one)), false};
    bool one = !number->has_point && number->integer == "1";
    return Match{count, said + " " + std::string(one ? r.one : r.many), false};
  }
  return std::nullopt;
}

// "80 gsm", "90\u2013140gsm": a paper's or a cloth's weight; before a noun, as a mill says it, "an
// eighty-gram sheet".
std::optional<Match> grams_per_square_meter(const Words& words, std::size_t i) {
  std::string_view figure;
  std::size_t count = letters_after(words, i, "gsm", figure);
  // "80 GSM paper": in capitals only beside words of paper, as "GSM" is also the mobile standard.
  if (count == 0 && text::any_word_near(words, i, 6, tells_of_paper)) count = letters_after(words, i, "GSM", figure);
  auto said = count ? figure_words(figure) : std::nullopt;
  if (!said) return std::nullopt;
  if (before_noun(words, i, count)) {
    bool range = said->find(" to ") != std::string::npos;
    return Match{count, range ? *said + " gram" : text::hyphenated(*said + " gram"), false};
  }
  return Match{count, *said + " grams per square meter", false};
}

// "12-ga shells", "a 20 ga shotgun": a shotgun's gauge beside words of guns.
std::optional<Match> shotgun_gauge(const Words& words, std::size_t i) {
  std::string_view figure;
  std::size_t count = letters_after(words, i, "ga", figure);
  if (count == 0 || figure.size() < 2 || figure.size() > 3 || !text::all_digits(figure) ||
      !text::any_word_near(words, i, 8, tells_of_guns)) {
    return std::nullopt;
  }
  std::string said = cardinal_words(figure) + " gauge";
  const Word& last = words[i + count - 1];
  // "a 12 ga." closing the sentence: the period is the abbreviation's and the sentence's.
  bool dotted = last.suffix == "." && i + count < words.size() && text::starts_in_lower_case(words[i + count].core);
  if (before_noun(words, i, count)) said = text::hyphenated(said);
  return Match{count, said, dotted};
}

// "Ne 30/1", "Ne 40": the English cotton count of a yarn, and its plies after the slash.
std::optional<Match> cotton_count(const Words& words, std::size_t i) {
  if (words[i].core != "Ne" || !words[i].suffix.empty() || i + 1 >= words.size() || !words[i + 1].prefix.empty() ||
      !text::any_word_near(words, i, 8, tells_of_yarn)) {
    return std::nullopt;
  }
  std::string_view count = words[i + 1].core;
  if (text::ends_with(count, "s")) count.remove_suffix(1);
  std::string_view plies;
  if (auto pair = text::figure_pair(count, '/', 3)) {
    count = pair->left;
    plies = pair->right;
  }
  if (count.empty() || !text::all_digits(count) || count[0] == '0') return std::nullopt;
  std::string said = cardinal_words(count) + "-count";
  if (plies == "1") said += " single-ply";
  else if (!plies.empty() && plies.size() == 1 && plies[0] >= '2' && plies[0] <= '6') said += " " + cardinal_words(plies) + "-ply";
  else if (!plies.empty()) return std::nullopt;
  return Match{2, said, false};
}

// "3.4 HPRD", "RN HPRD": a care home's staffing in hours per resident day; "per ADMT", "2
// million ADMT": pulp weighed air-dried. The initialisms have no other reading in the news.
std::optional<Match> trade_initialism(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (core == "HPRD") return Match{1, "hours per resident day", false};
  if (core != "ADMT") return std::nullopt;
  bool one = i > 0 && text::is_one_of_lowered(words[i - 1].core, {"per", "a", "an", "one", "1"});
  return Match{1, one ? "air-dried metric tonne" : "air-dried metric tonnes", false};
}

}  // namespace

std::optional<Match> match_rate_letters(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (core.empty()) return std::nullopt;
  if (auto m = trade_initialism(words, i)) return m;
  if (auto m = cotton_count(words, i)) return m;
  if (!text::is_digit(core[0])) return std::nullopt;
  if (auto m = trade_rate(words, i)) return m;
  if (auto m = grams_per_square_meter(words, i)) return m;
  return shotgun_gauge(words, i);
}

}  // namespace briefcast::rules
