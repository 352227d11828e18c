// The racing page's own marks, each read only where the line is about horse racing (see
// trade_cues.h) or where its shape names the trade itself:
//  - "Hcp" is a handicap, "G1", "Gr.2" and "Gr 3" a race's group ("Group two"), or its grade
//    where the line is of jumps or American racing ("Grade one");
//  - margins "sht hd", "nk", "hd", "dist": "short head", "neck", "head", "a distance";
//  - "OR 142" a horse's official rating; "a 0-105 handicap" a rating band, "nought to one oh
//    five", which was heard as a record ("zero for one hundred five");
//  - "carried 9-2" a weight in stones and pounds ("nine stone two"), never odds;
//  - "7lb claimer" a rider's allowance, one adjective ("seven-pound claimer");
//  - an exacta's or trifecta's runners "4-7-1", said number by number ("four-seven-one");
//  - form figures "1-3F-21", a figure or a letter a race ("one, three, F, two, one"): read as
//    numbers, "21" was twenty-one, where a second and a win were meant.
#include <algorithm>
#include <array>

#include "normalize/match.h"
#include "normalize/number_words.h"
#include "normalize/sport/sport.h"
#include "normalize/trade_cues.h"

namespace briefcast::rules {

namespace {

bool racing_line(const Words& words) { return text::any_word(words, tells_of_horse_racing); }

// Jumps racing and American racing grade their races; the British and Irish flat groups them.
bool tells_of_graded_racing(std::string_view core) {
  return text::is_one_of_lowered(core, {"hurdle", "hurdles", "chase", "chaser", "steeplechase", "novice", "novices",
                                        "bumper", "jumps", "dirt", "breeders", "purse", "exacta", "trifecta",
                                        "superfecta", "saratoga", "keeneland", "churchill", "belmont", "santa",
                                        "kentucky", "graded"});
}

// "G1", "Gr1", "Gr.2" and "Gr" before "3": the group of a race, 1 to 3.
std::optional<Match> race_group(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  std::string_view figure;
  std::size_t count = 1;
  if (core.size() == 2 && core[0] == 'G') {
    figure = core.substr(1);
  } else if (text::starts_with(core, "Gr.") || text::starts_with(core, "Gr")) {
    figure = core.substr(core.size() > 2 && core[2] == '.' ? 3 : 2);
    if (figure.empty() && i + 1 < words.size() && words[i].prefix.empty() &&
        (words[i].suffix.empty() || words[i].suffix == ".") && words[i + 1].prefix.empty()) {
      figure = words[i + 1].core;
      count = 2;
    }
  }
  if (figure.size() != 1 || figure[0] < '1' || figure[0] > '3' || !racing_line(words)) return std::nullopt;
  bool graded = text::any_word(words, tells_of_graded_racing);
  return Match{count, std::string(graded ? "Grade " : "Group ") + cardinal_words(figure), false};
}

struct Margin {
  std::string_view written;
  std::string_view said;
};

constexpr std::array<Margin, 5> kMargins = {{
    {"nk", "neck"}, {"hd", "head"}, {"shd", "short head"}, {"snk", "short neck"}, {"dist", "distance"},
}};

// "by a sht hd", "beaten a nk", "won by dist": the small margins, after "by", "a" or "beaten".
std::optional<Match> margin(const Words& words, std::size_t i) {
  if (i == 0 || !words[i - 1].suffix.empty() || !text::is_one_of_lowered(words[i - 1].core, {"by", "a", "beaten"})) {
    return std::nullopt;
  }
  std::string_view core = words[i].core;
  std::size_t count = 1;
  std::string said;
  if (core == "sht" && words[i].suffix.empty() && i + 1 < words.size() && words[i + 1].core == "hd") {
    said = "short head";
    count = 2;
  }
  for (const Margin& m : kMargins) {
    if (said.empty() && core == m.written) said = m.said;
  }
  if (said.empty() || !racing_line(words)) return std::nullopt;
  // "won by dist": a distance without its article takes one.
  if (said == "distance" && !text::iequals(words[i - 1].core, "a")) said = "a distance";
  return Match{count, said, false};
}

// "OR 142", "an OR of 95": the official rating of 1 to 3 digits.
std::optional<Match> official_rating(const Words& words, std::size_t i) {
  if (words[i].core != "OR" || !words[i].suffix.empty() || i + 1 >= words.size()) return std::nullopt;
  std::size_t k = i + 1;
  std::string joined = " ";
  if (words[k].core == "of" && words[k].suffix.empty() && k + 1 < words.size()) {
    joined = " of ";
    ++k;
  }
  std::string_view figure = words[k].core;
  if (!words[k].prefix.empty() || figure.empty() || figure.size() > 3 || !text::all_digits(figure) || figure[0] == '0' ||
      !racing_line(words)) {
    return std::nullopt;
  }
  return Match{k - i + 1, "official rating" + joined + cardinal_words(figure), false};
}

// A rating as the racing page says it: "one oh five", "one twenty", "eighty five".
std::string rating_words(std::string_view figure) {
  if (figure.size() == 3 && figure[0] == '1' && figure != "100") {
    return "one " + (figure[1] == '0' ? "oh " + cardinal_words(figure.substr(2)) : cardinal_words(figure.substr(1)));
  }
  return cardinal_words(figure);
}

// "a 0-105 handicap", "the 46-60 Hcp": the band of ratings a handicap is open to, before it.
std::optional<Match> rating_band(const Words& words, std::size_t i) {
  auto p = text::figure_pair(words[i].core, '-', 3);
  if (!p || !words[i].suffix.empty() || i + 1 >= words.size()) return std::nullopt;
  if (!text::is_one_of_lowered(words[i + 1].core, {"handicap", "hcp", "handicaps"})) return std::nullopt;
  int low = std::stoi(std::string(p->left));
  int high = std::stoi(std::string(p->right));
  if (low >= high || high < 40 || high > 150 || (p->left.size() > 1 && p->left[0] == '0')) return std::nullopt;
  std::string from = low == 0 ? "nought" : rating_words(p->left);
  return Match{1, from + " to " + rating_words(p->right), false};
}

// "carried 9-2", "set to carry 10-0": stones of 7 to 12 and pounds under 14 after the weight's verb.
std::optional<Match> weight_carried(const Words& words, std::size_t i) {
  auto p = text::figure_pair(words[i].core, '-', 2);
  if (!p || i == 0 || !words[i - 1].suffix.empty()) return std::nullopt;
  if (!text::is_one_of_lowered(words[i - 1].core, {"carried", "carrying", "carries", "carry", "shoulder", "shouldered",
                                                   "shouldering"})) {
    return std::nullopt;
  }
  int stone = std::stoi(std::string(p->left));
  int pounds = std::stoi(std::string(p->right));
  if (stone < 7 || stone > 12 || pounds > 13 || (p->right.size() > 1 && p->right[0] == '0') || !racing_line(words)) {
    return std::nullopt;
  }
  std::string said = cardinal_words(p->left) + " stone";
  if (pounds > 0) said += " " + cardinal_words(p->right);
  return Match{1, said, false};
}

// "7lb claimer", "a 3lb penalty": a rider's allowance or a horse's penalty is one adjective.
std::optional<Match> pound_allowance(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  std::size_t digits = text::number_prefix_length(core);
  if (digits == 0 || digits > 2 || !text::all_digits(core.substr(0, digits)) || i + 1 >= words.size() ||
      !words[i].suffix.empty() || !text::is_one_of(core.substr(digits), {"lb", "lbs"})) {
    return std::nullopt;
  }
  std::string_view noun = words[i + 1].core;
  bool claimer = text::is_one_of(noun, {"claimer", "claimers"});
  if (!claimer && !(text::is_one_of(noun, {"penalty", "allowance", "overweight"}) && racing_line(words))) {
    return std::nullopt;
  }
  return Match{1, cardinal_words(core.substr(0, digits)) + "-pound", false};
}

bool is_exotic_bet(std::string_view core) {
  return text::is_one_of_lowered(core, {"exacta", "exactas", "trifecta", "trifectas", "quinella", "superfecta",
                                        "forecast", "tricast", "perfecta", "trio"});
}

// "an exacta of 4-7", "the 4-7-1 trifecta": runners' numbers, two to four, each of two digits
// at most, with the bet a word or two away; said joined, as the tote calls them.
std::optional<Match> bet_combination(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  auto parts = text::split(core, '-');
  if (parts.size() < 2 || parts.size() > 4) return std::nullopt;
  std::string said;
  for (std::string_view part : parts) {
    if (part.empty() || part.size() > 2 || !text::all_digits(part) || part[0] == '0') return std::nullopt;
    said += (said.empty() ? "" : "-") + text::hyphenated(cardinal_words(part));
  }
  bool named = (i + 1 < words.size() && words[i].suffix.empty() && is_exotic_bet(words[i + 1].core)) ||
               (i > 1 && words[i - 1].core == "of" && is_exotic_bet(words[i - 2].core)) ||
               (i > 0 && is_exotic_bet(words[i - 1].core));
  if (!named) return std::nullopt;
  return Match{1, said, false};
}

// "1-3F-21", "P/3211": a race's placing as one figure or letter (F fell, P pulled up, U
// unseated, R refused, B brought down, S slipped up, 0 unplaced), with the seasons divided.
std::optional<Match> form_figures(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (core.size() < 3 || core.size() > 16 || i < 1) return std::nullopt;
  std::size_t k = i - 1;
  if (text::iequals(words[k].core, "of") && k > 0) --k;
  bool figures = text::iequals(words[k].core, "figures") && k > 0;
  if (figures) --k;
  if (!text::iequals(words[k].core, "form") || !words[k].suffix.empty()) return std::nullopt;
  std::vector<std::string> said;
  bool digit = false;
  bool divided = false;
  for (char c : core) {
    if (text::is_digit(c)) {
      said.push_back(c == '0' ? "nought" : cardinal_words(std::string_view(&c, 1)));
      digit = true;
    } else if (std::string_view("FPURBS").find(c) != std::string_view::npos) {
      said.emplace_back(1, c);
    } else if (c == '-' || c == '/') {
      divided = true;
    } else {
      return std::nullopt;
    }
  }
  // Figures alone ("form of 2024", "form 1-2-1") are the racing page's only beside "figures"
  // or in a line of horse racing; a run with no division needs "figures" ("form figures 1121").
  bool letters = std::any_of(core.begin(), core.end(), [](char c) { return text::is_upper(c); });
  if (!digit || (!letters && !figures && !racing_line(words)) || (!divided && !letters && !figures)) return std::nullopt;
  return Match{1, text::joined(said, ", "), false};
}

}  // namespace

std::optional<Match> match_racing_mark(const Words& words, std::size_t i) {
  if (!words[i].prefix.empty() && words[i].prefix != "(") return std::nullopt;
  std::string_view core = words[i].core;
  if (core == "Hcp" || core == "hcp") return Match{1, core == "Hcp" ? "Handicap" : "handicap", false};
  if (core.empty()) return std::nullopt;
  if (core[0] == 'G') return race_group(words, i);
  if (core == "OR") return official_rating(words, i);
  if (text::is_lower(core[0])) return margin(words, i);
  if (!text::is_digit(core[0])) return std::nullopt;
  if (auto m = pound_allowance(words, i)) return m;
  if (auto m = form_figures(words, i)) return m;
  if (auto m = bet_combination(words, i)) return m;
  if (auto m = rating_band(words, i)) return m;
  return weight_carried(words, i);
}

}  // namespace briefcast::rules
