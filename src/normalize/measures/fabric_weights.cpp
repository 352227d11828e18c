// A fabric's yarn weight and a down's loft among the words of outdoor gear and textiles: "a
// 10D shell", "20D ripstop nylon" (denier) and "800FP duck down" (fill power). The letters are
// the trade's units, said whole ("ten denier", "eight hundred fill power"); they were read as a
// letter ("ten D", "eight hundred FP"). "3D" is a dimension, so a denier is five or more.
// Among words of cloth and bedding too: a sheet's thread count ("400TC sheets" ->
// "four-hundred-thread-count sheets", one adjective before the noun). A cloth's or a paper's
// "gsm" is read by rate_letters.cpp.
#include "normalize/function_words.h"
#include "normalize/match.h"
#include "normalize/measures/measures.h"
#include "normalize/number_words.h"

namespace briefcast::rules {

namespace {

bool is_fabric_word(std::string_view w) {
  return text::is_one_of_lowered(
      w, {"shell", "shells", "ripstop", "nylon", "polyester", "fabric", "fabrics", "taffeta", "cordura", "pertex",
          "silnylon", "mesh", "yarn", "yarns", "thread", "tights", "stockings", "fleece", "liner", "jacket", "jackets",
          "tent", "tents", "flysheet", "quilt", "backpack", "rucksack", "textile", "textiles", "weave", "canvas",
          "down", "duck", "goose", "insulation", "puffer", "baffles", "sleeping", "hoody", "hoodie", "windproof",
          "waterproof", "denier", "filament", "microfiber", "microfibre", "ballistic", "polyamide", "spandex", "lycra"});
}

// Words of woven cloth and of bedding, where "TC" is a cloth's thread count.
bool is_cloth_word(std::string_view w) {
  return text::is_one_of_lowered(w, {"cotton", "linen", "wool", "woollen", "silk", "gabardine", "denim", "twill",
                                     "jersey", "sateen", "percale", "flannel", "poplin", "oxford", "cloth", "fabric",
                                     "fabrics", "sheets", "sheet", "pillowcase", "pillowcases", "duvet", "bedding",
                                     "towel", "towels", "trench", "coat", "shirt", "shirts", "tee", "hoodie",
                                     "sweatshirt", "fleece", "canvas", "weave", "woven", "knit", "thread"});
}

// "400TC", "400 TC": a sheet's thread count.
std::optional<Match> thread_count(const Words& words, std::size_t i, std::string_view figure, std::size_t count) {
  if (!text::any_word_near(words, i, 8, is_cloth_word)) return std::nullopt;
  int value = std::stoi(std::string(figure));
  if (value < 100 || value > 2000) return std::nullopt;
  const std::size_t last = i + count - 1;
  bool noun_next = words[last].suffix.empty() && last + 1 < words.size() && words[last + 1].prefix.empty() &&
                   !words[last + 1].core.empty() && text::is_lower(words[last + 1].core[0]) &&
                   !text::is_function_word(words[last + 1].core);
  std::string said = cardinal_words(figure) + " thread count";
  return Match{count, noun_next ? text::hyphenated(said) : said, false};
}

// Words after "3D" and its kind that make the letter a dimension whatever the line is about.
bool is_dimension_word(std::string_view w) {
  return text::is_one_of_lowered(w, {"printed", "printing", "printer", "printers", "print", "model", "models", "scan",
                                     "glasses", "movie", "film", "animation", "rendering", "graphics", "effect"});
}

// "10D", "800FP", "850+FP": the figure and the unit's letters; nothing for other words.
std::optional<std::pair<std::string_view, std::string_view>> split_figure(std::string_view core) {
  std::size_t end = text::digit_run_end(core, 0);
  if (end == 0 || end > 4 || core[0] == '0') return std::nullopt;
  std::string_view unit = core.substr(end);
  if (!unit.empty() && unit[0] == '+') unit.remove_prefix(1);
  return std::make_pair(core.substr(0, end), unit);
}

}  // namespace

std::optional<Match> match_fabric_weight(const Words& words, std::size_t i) {
  const Word& w = words[i];
  auto parts = split_figure(w.core);
  if (!parts) return std::nullopt;
  auto [figure, unit] = *parts;
  std::size_t count = 1;
  // "800 FP": the letters spaced from the figure.
  if (unit.empty() && w.suffix.empty() && i + 1 < words.size() &&
      text::is_one_of(words[i + 1].core, {"FP", "TC"}) && words[i + 1].prefix.empty()) {
    unit = words[i + 1].core;
    count = 2;
  }
  // "(400 TC)": a cloth's measure is often given in brackets.
  if (unit == "TC") return thread_count(words, i, figure, count);
  if (!w.prefix.empty()) return std::nullopt;
  if (unit != "D" && unit != "FP") return std::nullopt;
  int value = std::stoi(std::string(figure));
  if (unit == "D" && (value < 5 || (i + 1 < words.size() && is_dimension_word(words[i + 1].core)))) return std::nullopt;
  if (unit == "FP" && (value < 300 || value > 1000)) return std::nullopt;
  if (!text::any_word_near(words, i, 4, is_fabric_word)) return std::nullopt;
  return Match{count, cardinal_words(figure) + (unit == "D" ? " denier" : " fill power"), false};
}

}  // namespace briefcast::rules
