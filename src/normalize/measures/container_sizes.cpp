// A shipping container's size as freight copy writes it: its length in feet with the foot mark
// and its type's letters ("40'HC" -> "forty-foot high cube", "20'GP" -> "twenty-foot general
// purpose"), or a count of boxes of a length ("1x40'" -> "one forty-foot", "2x20' units" ->
// "two twenty-foot units"). Read as a dimension the count became a side ("one by forty
// feet") and the type's letters were left as written. Containers come in few lengths (20, 40,
// 45 and 53 feet), and a count is read so only among words of freight.
#include "normalize/match.h"
#include "normalize/measures/measures.h"
#include "normalize/number_words.h"

namespace briefcast::rules {

namespace {

// The type letters after a container's length, and what shippers call the type.
std::optional<std::string_view> container_type(std::string_view letters) {
  if (letters == "HC" || letters == "HQ") return "high cube";
  if (letters == "GP") return "general purpose";
  if (letters == "DV" || letters == "DC") return "dry van";
  if (letters == "RF" || letters == "RH") return "reefer";
  if (letters == "OT") return "open top";
  if (letters == "FR") return "flat rack";
  return std::nullopt;
}

bool is_container_length(std::string_view feet) { return text::is_one_of(feet, {"20", "40", "45", "53"}); }

// The foot mark at the start of `s`: an apostrophe, a right single quote or a prime; its bytes.
std::size_t foot_mark_length(std::string_view s) {
  if (text::starts_with(s, "'")) return 1;
  if (text::starts_with(s, "\u2019") || text::starts_with(s, "\u2032")) return 3;
  return 0;
}

bool is_freight_word(std::string_view w) {
  return text::is_one_of_lowered(w, {"container", "containers", "box", "boxes", "teu", "teus", "feu", "feus", "freight",
                                     "cargo", "shipping", "shipment", "shipments", "b/l", "bill", "lading", "vessel",
                                     "carrier", "carriers", "port", "terminal", "incoterms", "fob", "cif", "consignment",
                                     "units", "unit", "haulage", "shipper", "shippers", "forwarder"});
}

// "40'HC", "45′HC", "40HC": a length and the type's letters in one word.
std::optional<Match> typed_container(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (core.size() < 4 || !is_container_length(core.substr(0, 2))) return std::nullopt;
  std::string_view rest = core.substr(2);
  std::size_t mark = foot_mark_length(rest);
  auto type = container_type(rest.substr(mark));
  // Without its mark the code may be a model's; among words of freight it is the box.
  if (!type || (mark == 0 && !text::any_word_near(words, i, 8, is_freight_word))) return std::nullopt;
  return Match{1, text::hyphenated(cardinal_words(core.substr(0, 2)) + " foot") + " " + std::string(*type), false};
}

// "1x40'", "2x20'": a count of boxes of one length, among words of freight.
std::optional<Match> counted_containers(const Words& words, std::size_t i) {
  const Word& w = words[i];
  std::string_view core = w.core;
  std::size_t x = core.find('x');
  if (x == std::string_view::npos || x == 0 || x > 2 || foot_mark_length(w.suffix) == 0) return std::nullopt;
  std::string_view count = core.substr(0, x);
  std::string_view feet = core.substr(x + 1);
  if (!text::all_digits(count) || count[0] == '0' || !is_container_length(feet)) return std::nullopt;
  if (!text::any_word_near(words, i, 8, is_freight_word)) return std::nullopt;
  return Match{1, cardinal_words(count) + " " + text::hyphenated(cardinal_words(feet) + " foot"), false, true};
}

// "the 40' container", "two 20' boxes": a container's length with its foot mark before the
// word for it is one adjective; the mark had been dropped ("the forty container").
std::optional<Match> marked_container(const Words& words, std::size_t i) {
  const Word& w = words[i];
  std::size_t mark = foot_mark_length(w.suffix);
  if (mark == 0 || mark != w.suffix.size() || !is_container_length(w.core) || i + 1 >= words.size() ||
      !words[i + 1].prefix.empty()) {
    return std::nullopt;
  }
  std::string_view next = words[i + 1].core;
  if (!text::is_one_of(next, {"container", "containers", "box", "boxes", "unit", "units", "reefer", "reefers",
                              "trailer", "trailers"})) {
    return std::nullopt;
  }
  // "a 40' unit of the army": "unit" and "box" are boxes only beside another word of freight.
  auto shipping = [](std::string_view word) {
    return (is_freight_word(word) && !text::is_one_of_lowered(word, {"unit", "units", "box", "boxes"})) ||
           text::is_one_of_lowered(word, {"loaded", "unloaded", "stacked", "shipped", "lifted", "hauled"});
  };
  if (text::is_one_of(next, {"unit", "units", "box", "boxes"}) && !text::any_word_near(words, i, 10, shipping)) {
    return std::nullopt;
  }
  return Match{1, text::hyphenated(cardinal_words(w.core) + " foot"), false, true};
}

}  // namespace

std::optional<Match> match_container_size(const Words& words, std::size_t i) {
  if (words[i].core.empty() || !text::is_digit(words[i].core[0])) return std::nullopt;
  if (auto m = typed_container(words, i)) return m;
  if (auto m = marked_container(words, i)) return m;
  return counted_containers(words, i);
}

}  // namespace briefcast::rules
