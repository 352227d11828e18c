// The words that tell the kilotonne from the knot; see tonnage_cues.h.
#include "normalize/measures/tonnage_cues.h"

#include "normalize/text_util.h"

namespace briefcast::rules {

bool tells_of_kilotonnes(std::string_view core) {
  return text::is_one_of_lowered(core, {"nuclear", "bomb", "bombs", "warhead", "warheads", "weapon", "weapons",
                                        "yield", "yields", "tnt", "atomic", "detonation", "detonated", "explosion",
                                        "blast", "megaton", "megatons", "hiroshima", "ore", "copper", "zinc",
                                        "nickel", "lithium", "coal", "concentrate", "mine", "mining", "tonnes"});
}

bool tells_of_emissions(std::string_view core) {
  return text::is_one_of_lowered(core, {"co2", "co\u2082", "co2e", "co\u2082e", "carbon", "emissions", "emission",
                                        "emitted", "emits", "emit", "methane", "greenhouse", "ghg", "pollution",
                                        "pollutants", "landfill", "waste", "cement", "steel", "ammonia"});
}

bool tells_of_wind_or_sail(std::string_view core) {
  return text::is_one_of_lowered(core, {"wind", "winds", "gust", "gusts", "gusting", "speed", "speeds", "sustained",
                                        "hurricane", "storm", "typhoon", "cyclone", "gale", "breeze", "knot",
                                        "sailing", "sail", "sails", "yacht", "yachts", "regatta"});
}

bool tells_of_craft(std::string_view core) {
  return text::is_one_of_lowered(core, {"aircraft", "airliner", "jet", "jets", "plane", "planes", "flight", "pilot",
                                        "airspeed", "helicopter", "drone", "vessel", "vessels", "ship", "boat", "boats",
                                        "ferry", "ferries", "frigate", "destroyer", "warship", "warships", "carrier",
                                        "submarine", "lifeboat", "hull", "cruising", "cruise", "steaming", "steamed",
                                        "sailed", "flying", "flew", "knots", "kn", "mph", "km/h"});
}

bool tells_of_traded_tonnage(std::string_view core) {
  return text::is_one_of_lowered(core, {"catch", "catches", "caught", "landings", "quota", "quotas", "tac", "krill",
                                        "cargo", "cargoes", "trade", "traded", "production", "produced", "produce",
                                        "output", "exports", "exported", "imports", "imported", "shipments", "shipped",
                                        "harvest", "harvested", "stocks", "inventories", "demand", "supply",
                                        "capacity", "consumption", "tonnage", "volumes", "throughput", "deliveries",
                                        "stockpile", "stockpiles", "crop", "crops", "sales", "sold"});
}

}  // namespace briefcast::rules
