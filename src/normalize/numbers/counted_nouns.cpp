// Kept apart from the rules that use it because it is vocabulary, not reading: one list to
// extend when the news counts something new.
#include "normalize/numbers/counted_nouns.h"

#include <algorithm>
#include <array>

namespace briefcast::rules {

namespace {

// "men" and "women" stay out: after "100m" they name a race ("the 100m women"), and so do
// "runners" and "swimmers"; the rules that may take them add them.
constexpr std::array<std::string_view, 86> kCountedThings = {
    // People, and what they do.
    "people", "persons", "residents", "inhabitants", "citizens", "voters", "patients", "students", "pupils",
    "workers", "employees", "staff", "members", "children", "adults", "officers", "soldiers", "troops", "fans",
    "visitors", "spectators", "passengers", "migrants", "refugees", "tourists", "pilgrims", "protesters",
    "volunteers", "participants", "guests", "customers", "users", "subscribers", "viewers", "listeners", "readers",
    "players", "followers", "households", "victims", "infants", "babies", "newborns",
    // Animals.
    "animals", "birds", "cattle", "sheep", "lambs", "ewes", "steers", "heifers", "cows", "calves", "bulls", "pigs",
    "goats", "horses",
    // Dwellings, vehicles and other things that come whole.
    "homes", "houses", "dwellings", "flats", "apartments", "units", "vehicles", "cars", "beds", "trees", "lights",
    "lamps", "copies", "signatures", "tickets", "seats", "votes", "jobs", "businesses", "schools", "stores",
    "shares", "devices", "phones", "accounts", "bottles", "parcels", "meals", "doses",
};

// Attempts a player's tally counts made of tried ("7/9 kicks", "14/16 passes").
constexpr std::array<std::string_view, 22> kAttempts = {
    "kicks", "throws", "shots", "passes", "attempts", "penalties", "goals", "saves", "conversions", "tackles",
    "serves", "putts", "lineouts", "catches", "scrums", "three-pointers", "threes",
    "crosses", "dribbles", "duels", "takedowns", "punches",
};

}  // namespace

bool is_attempt(std::string_view word) {
  return std::find(kAttempts.begin(), kAttempts.end(), word) != kAttempts.end();
}

bool is_counted_thing(std::string_view word) {
  return std::find(kCountedThings.begin(), kCountedThings.end(), word) != kCountedThings.end();
}

}  // namespace briefcast::rules
