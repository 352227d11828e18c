// Rowing's boat classes as results tables write them: the crew ("M" men, "W" women, "L" before
// either for lightweight, "Mix" mixed), the number of rowers, and the rig: "x" sculls, "-"
// without a cox, "+" with one. "M2-" is the men's pair, "W1x" the women's single sculls,
// "LM2x" the lightweight men's double sculls, "W8+" the women's eight. Left to the other rules
// the minus was lost ("M two final", another boat) and the rest spelt ("W one x").
#include <array>

#include "normalize/rules.h"

namespace briefcast::rules {

namespace {

struct Boat {
  std::string_view rig;
  std::string_view name;
};

// The boats raced in the Olympic and world programmes, as a commentator names them.
constexpr std::array<Boat, 9> kBoats = {{
    {"1x", "single sculls"},
    {"2x", "double sculls"},
    {"4x", "quadruple sculls"},
    {"2-", "pair"},
    {"2+", "coxed pair"},
    {"4-", "four"},
    {"4+", "coxed four"},
    {"8+", "eight"},
    {"4x+", "coxed quadruple sculls"},
}};

// "LM", "W", "Mix": the crew at the front of the class, said as a possessive.
std::optional<std::string> crew(std::string_view letters) {
  std::string lightweight;
  if (letters.size() > 1 && letters[0] == 'L') {
    lightweight = "lightweight ";
    letters.remove_prefix(1);
  }
  if (letters == "M") return lightweight + "men's";
  if (letters == "W") return lightweight + "women's";
  if (letters == "Mix" && lightweight.empty()) return std::string("mixed");
  return std::nullopt;
}

std::optional<std::string> speak_rowing_boat(std::string_view core) {
  std::size_t digit = core.find_first_of("12348");
  if (digit == std::string_view::npos || digit == 0 || digit > 3) return std::nullopt;
  auto who = crew(core.substr(0, digit));
  if (!who) return std::nullopt;
  std::string_view rig = core.substr(digit);
  for (const Boat& boat : kBoats) {
    if (rig == boat.rig) return *who + " " + std::string(boat.name);
  }
  return std::nullopt;
}

}  // namespace

std::optional<Match> match_rowing_boat(const Words& words, std::size_t i) {
  auto said = speak_rowing_boat(words[i].core);
  if (!said) return std::nullopt;
  return Match{1, *said, false};
}

}  // namespace briefcast::rules
