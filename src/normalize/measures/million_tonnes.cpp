// "China's steel exports rose to 9.2mt", "output of 1.4 mt a year": British and commodity copy
// writes million tonnes "mt", and a nation's or a mine's volume in a figure below a thousand
// is millions. eSpeak NG heard "nine point two metric tons", a wrong number. Read so only
// beside words of a volume produced or traded (exports, output, capacity, a year), and never
// after "million" ("1.3 million mt" keeps the metric ton) or for a grouped figure ("500,000mt");
// a line from India is context_units.cpp's.
#include "normalize/function_words.h"
#include "normalize/match.h"
#include "normalize/measures/measures.h"
#include "normalize/number_words.h"
#include "normalize/numbers/numbers.h"
#include "normalize/text_util.h"

namespace briefcast::rules {

namespace {

// The clause around the figure read for a volume: a bounded span keeps a line linear.
constexpr std::size_t kSpan = 12;

bool tells_of_volume(std::string_view core) {
  return text::is_one_of_lowered(core, {"exports", "imports", "export", "import", "output", "production", "produce",
                                        "produced", "produces", "capacity", "shipments", "shipped", "stocks",
                                        "reserves", "demand", "consumption", "annual", "annually",
                                        "harvest", "crop"});
}

// "9.2mt" or "9.2" then "mt": the figure, or nothing.
std::optional<std::pair<std::string_view, std::size_t>> figure_before_mt(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (text::ends_with(core, "mt") && core.size() > 2) return std::make_pair(core.substr(0, core.size() - 2), std::size_t{1});
  if (!words[i].suffix.empty() || i + 1 >= words.size() || words[i + 1].core != "mt" || !words[i + 1].prefix.empty()) {
    return std::nullopt;
  }
  return std::make_pair(core, std::size_t{2});
}

}  // namespace

std::optional<Match> match_million_tonnes(const Words& words, std::size_t i) {
  if (words[i].core.empty() || !text::is_digit(words[i].core[0])) return std::nullopt;
  auto found = figure_before_mt(words, i);
  if (!found) return std::nullopt;
  auto number = text::parse_number(found->first);
  if (!number || number->negative || number->grouped || number->integer.size() > 3) return std::nullopt;
  if (i > 0 && text::is_one_of_lowered(words[i - 1].core, {"million", "thousand"})) return std::nullopt;
  if (!text::any_word_near(words, i, kSpan, tells_of_volume)) return std::nullopt;
  return Match{found->second, number_words(*number, false) + " million tonnes", false};
}

// "2.35 mln t", "8.4 mln kL", "2 bn t": wire copy's spaced scale in letters, then a unit
// symbol; the "t" alone is the tonne here, as nothing else is counted in millions by a letter.
// Left to the other rules the scale was said and the unit spelt ("million tee", "million K L").
// Before a noun it is one adjective, singular and hyphened, or left alone.
std::optional<Match> match_scaled_unit(const Words& words, std::size_t i) {
  if (i + 2 >= words.size() || !words[i].suffix.empty() || !words[i + 1].suffix.empty() || !words[i + 2].prefix.empty() ||
      !text::is_one_of(words[i + 1].core, {"mln", "mn", "bn", "bln", "million", "billion"})) {
    return std::nullopt;
  }
  auto number = text::parse_number(words[i].core);
  if (!number || number->negative || words[i].core.empty() || !text::is_digit(words[i].core.back())) return std::nullopt;
  std::string_view unit = words[i + 2].core;
  std::string one;
  std::string many;
  if (unit == "t") {
    one = "tonne";
    many = "tonnes";
  } else if (unit.size() >= 2 && unit.size() <= 4 && unit_kind(unit) != UnitKind::none && !text::is_function_word(text::lower(unit))) {
    const UnitName found = *find_unit(unit);
    one = found.one;
    many = found.many;
  } else {
    return std::nullopt;
  }
  std::string said = number_words(*number, false) + " " + (words[i + 1].core[0] == 'b' ? "billion" : "million");
  // "a 5 mln t terminal": before a noun the amount qualifies it, one adjective with its unit
  // singular ("a five-million-tonne terminal"); a noun with no opener that makes it one is left
  // to the other rules.
  if (is_adjectival(words, i, 3)) return Match{3, text::hyphenated(said + " " + one), false};
  if (plain_noun_after(words, i + 2)) return std::nullopt;
  return Match{3, said + " " + many, false};
}

}  // namespace briefcast::rules
