// A list of race times: "pace groups for 1:20, 1:35 and 2:00", "splits of 4:05, 4:10 and 4:00".
// Read one by one, the members of one list came out each its own way: a minute and seconds
// after a cue, a plain "one thirty five" in the middle and "two o'clock" for the round one.
// Times of one list are of one kind, so every member is read alike: in a line about a long race
// (a marathon, a triathlon, its pacers) "H:MM" is hours and minutes; in a line about another
// race "M:SS" is minutes and seconds. A round member loses its zero unit ("two hours").
#include <array>
#include <vector>

#include "normalize/dates/dates.h"
#include "normalize/match.h"

namespace briefcast::rules {

namespace {

// Words of a race run over hours, where a time "1:45" is an hour and forty-five minutes.
bool is_long_race_word(std::string_view core) {
  return text::is_one_of_lowered(core, {"marathon", "marathons", "half-marathon", "ultra", "ultramarathon", "triathlon",
                                        "ironman", "pacer", "pacers", "sportive", "sportives"});
}

// "1:35" -> {"1", "35"}: one figure, a colon and two figures under sixty.
std::optional<std::array<std::string_view, 2>> short_time(std::string_view core) {
  if (core.size() != 4 || !text::is_digit(core[0]) || core[1] != ':' || !text::is_digit(core[2]) ||
      !text::is_digit(core[3]) || core[2] > '5') {
    return std::nullopt;
  }
  return std::array<std::string_view, 2>{core.substr(0, 1), core.substr(2, 2)};
}

bool is_time_at(const Words& words, std::size_t k) {
  return k < words.size() && words[k].prefix.empty() && short_time(words[k].core).has_value();
}

bool is_joiner_at(const Words& words, std::size_t k) {
  return k < words.size() && words[k].prefix.empty() && words[k].suffix.empty() &&
         text::is_one_of_lowered(words[k].core, {"and", "or"});
}

// The words of the list from i: times parted by commas, the last perhaps after "and" or "or"
// ("1:20, 1:35 and 2:00", "1:20, 1:35, or 2:00"); their word indexes.
std::vector<std::size_t> list_members(const Words& words, std::size_t i) {
  std::vector<std::size_t> members;
  std::size_t k = i;
  while (members.size() < 12 && is_time_at(words, k)) {
    members.push_back(k);
    std::string_view suffix = words[k].suffix;
    if (suffix == "," && is_time_at(words, k + 1)) {
      ++k;
      continue;
    }
    if ((suffix == "," || suffix.empty()) && is_joiner_at(words, k + 1) && is_time_at(words, k + 2)) {
      members.push_back(k + 2);
    }
    break;
  }
  return members;
}

}  // namespace

std::optional<Match> match_race_time_list(const Words& words, std::size_t i) {
  if (!short_time(words[i].core) || (i > 0 && words[i - 1].suffix.empty() && short_time(words[i - 1].core))) {
    return std::nullopt;
  }
  if (i > 0 && words[i - 1].suffix == "," && short_time(words[i - 1].core)) return std::nullopt;
  std::vector<std::size_t> members = list_members(words, i);
  if (members.size() < 2) return std::nullopt;
  bool hours = text::any_word_near(words, i, 12, is_long_race_word);
  if (!hours && !text::any_word_near(words, i, 12, tells_of_race)) return std::nullopt;
  std::string spoken;
  for (std::size_t n = 0; n < members.size(); ++n) {
    auto parts = *short_time(words[members[n]].core);
    std::array<std::string_view, 3> units = hours ? std::array<std::string_view, 3>{parts[0], parts[1], ""}
                                                  : std::array<std::string_view, 3>{"", parts[0], parts[1]};
    std::string said = elapsed_time_words(units, {});
    if (said.empty()) return std::nullopt;
    // The joiner as written: "and" or "or" before the last member, a comma between the others.
    bool joined = n > 0 && members[n] == members[n - 1] + 2;
    if (joined) spoken += (words[members[n - 1]].suffix == "," ? ", " : " ") + std::string(words[members[n] - 1].core) + " ";
    if (n > 0 && !joined) spoken += ", ";
    spoken += said;
  }
  return Match{members.back() - i + 1, spoken, false};
}

}  // namespace briefcast::rules
