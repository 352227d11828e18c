// Zoos, studbooks and herd records count animals by sex in one figure of three parts, males,
// females and those not yet sexed, joined by points: "a 3.4.2 group" is three males, four
// females and two unsexed; "318 animals (141.172.5)". Said as "three point four point two" it
// sounded a decimal or a version. Only among words of kept animals, and never after a word of
// releases or a name ("version 3.4.2", "iOS 17.4.1", "Flock 1.2.4"); a date's shape ("3.4.22")
// stays a date. Words of animals are near many a section, rule, time or score ("Section 4.2.1 on
// species", "fed at 9.15.30"), so the figure must also be set as counts are: before a word of a
// group ("a 3.4.2 group", "a 1.1.0 pair") or in brackets after the total it parts ("318 animals
// (141.172.5)").
#include "normalize/match.h"
#include "normalize/number_words.h"
#include "normalize/numbers/numbers.h"

namespace briefcast::rules {

namespace {

bool tells_of_kept_animals(std::string_view core) {
  std::string_view w = text::is_possessive(core) ? core.substr(0, core.size() - 2) : core;
  return text::is_one_of_lowered(w, {"zoo", "zoos", "studbook", "studbooks", "herds", "animals", "breeding",
                                     "captive", "captivity", "enclosure", "aquarium", "sanctuary", "wildlife",
                                     "species", "males", "females", "offspring", "calves", "cubs", "foals",
                                     "keepers", "founders", "aviary", "safari"});
}

bool names_a_release(std::string_view core) {
  return text::is_one_of_lowered(core, {"version", "versions", "v", "release", "firmware", "update", "patch", "build",
                                        "ios", "ipados", "macos", "android", "kernel", "python", "node", "beta"});
}

// "3", "141", "0": a count of one to three figures, unpadded.
bool is_count(std::string_view part) {
  return !part.empty() && part.size() <= 3 && text::all_digits(part) && (part.size() == 1 || part[0] != '0');
}

// "group", "pair", "herd": a word of animals kept together, which a sex count is set before.
// Not "family" or "pack", which name product lines and formations as often ("a 2.1.3 family").
bool names_a_group(std::string_view core) {
  return text::is_one_of_lowered(core, {"group", "groups", "pair", "pairs", "trio", "trios", "quartet", "herd",
                                        "troop", "flock", "pride", "colony", "harem", "pod", "founders"});
}

// Where a sex count is set: before a word of a group, or in brackets with a total that its
// parts sum to within three words before ("318 animals (141.172.5)").
bool set_as_count(const Words& words, std::size_t i, unsigned long sum) {
  if (words[i].suffix.empty() && i + 1 < words.size() && words[i + 1].prefix.empty() &&
      names_a_group(words[i + 1].core)) {
    return true;
  }
  if (words[i].prefix != "(" || !text::starts_with(words[i].suffix, ")")) return false;
  for (std::size_t k = i >= 3 ? i - 3 : 0; k < i; ++k) {
    auto n = text::parse_number(words[k].core);
    if (n && !n->has_point && !n->negative && !n->integer.empty() && n->integer.size() <= 6 &&
        std::stoul(n->integer) == sum) {
      return true;
    }
  }
  return false;
}

// "141 males": the part said with its sex, or nothing for a zero.
std::string counted(std::string_view part, std::string_view one, std::string_view many) {
  if (part == "0") return "";
  return cardinal_words(part) + " " + std::string(part == "1" ? one : many);
}

}  // namespace

std::optional<Match> match_sex_count(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (core.size() < 5 || core.size() > 11 || !text::is_digit(core[0])) return std::nullopt;
  std::vector<std::string_view> parts = text::split(core, '.');
  if (parts.size() != 3 || !is_count(parts[0]) || !is_count(parts[1]) || !is_count(parts[2])) return std::nullopt;
  // "3.4.22", "1.12.2024": a day, a month and a year.
  bool date = std::stoi(std::string(parts[1])) <= 12 && std::stoi(std::string(parts[0])) <= 31 && parts[2].size() >= 2;
  // "Firefox 2.0 - Flock 1.2.4": a name before the figure makes it the name's release.
  bool release = i > 0 && (names_a_release(words[i - 1].core) ||
                           (i > 1 && text::is_capitalized(words[i - 1].core) && words[i - 2].suffix.empty()));
  unsigned long sum = 0;
  for (std::string_view part : parts) sum += std::stoul(std::string(part));
  if (date || release || !set_as_count(words, i, sum) || !text::any_word_near(words, i, 12, tells_of_kept_animals)) {
    return std::nullopt;
  }
  std::vector<std::string> said;
  for (std::string piece : {counted(parts[0], "male", "males"), counted(parts[1], "female", "females"),
                            parts[2] == "0" ? std::string() : cardinal_words(parts[2]) + " unsexed"}) {
    if (!piece.empty()) said.push_back(std::move(piece));
  }
  if (said.empty()) return std::nullopt;
  std::string spoken = said[0];
  for (std::size_t k = 1; k < said.size(); ++k) spoken += (k + 1 == said.size() ? " and " : ", ") + said[k];
  return Match{1, spoken, false};
}

}  // namespace briefcast::rules
