// The words that tell the kilotonne from the knot; see tonnage_cues.h.
#include "normalize/measures/tonnage_cues.h"

#include <string>

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
  std::string w = text::lower(core);
  // "a 45 kt southerly", "into a 30 kt north-westerly": a wind named by where it blows from.
  if (text::ends_with(w, "erly") && (w.find("north") != std::string::npos || w.find("south") != std::string::npos ||
                                     w.find("east") != std::string::npos || w.find("west") != std::string::npos)) {
    return true;
  }
  return text::is_one_of(w, {"wind", "winds", "gust", "gusts", "gusting", "speed", "speeds", "sustained", "hurricane",
                             "storm", "typhoon", "cyclone", "gale", "breeze", "knot", "sailing", "sail", "sails",
                             "yacht", "yachts", "regatta", "headwind", "headwinds", "tailwind", "tailwinds",
                             "crosswind", "crosswinds"});
}

namespace {

// A craft named in the singular ("vessel", "catamaran"); the plural and the possessive are
// found by their stem.
bool is_craft_stem(std::string_view w) {
  return text::is_one_of(w, {"aircraft", "airliner", "jet", "plane", "flight", "pilot", "helicopter", "drone",
                             "vessel", "ship", "boat", "ferry", "frigate", "destroyer", "warship", "carrier",
                             "submarine", "lifeboat", "hull", "tanker", "trawler", "catamaran", "trimaran",
                             "hovercraft", "hydrofoil", "dinghy", "speedboat", "liner", "cutter", "tug", "barge",
                             "cruiser", "corvette", "schooner", "ketch", "sloop", "yacht", "icebreaker", "seaplane"});
}

}  // namespace

bool tells_of_craft(std::string_view core) {
  std::string w = text::lower(core);
  if (text::is_one_of(w, {"airspeed", "cruising", "cruise", "steaming", "steamed", "sailed", "flying", "flew", "knots",
                          "kn", "mph", "km/h"})) {
    return true;
  }
  // "the yacht's", "ships", "ferries": the stem names the craft.
  for (std::string_view mark : {"'s", "\u2019s", "'"}) {
    if (text::ends_with(w, mark)) {
      w.resize(w.size() - mark.size());
      break;
    }
  }
  if (is_craft_stem(w)) return true;
  if (text::ends_with(w, "ies") && is_craft_stem(w.substr(0, w.size() - 3) + "y")) return true;
  return text::ends_with(w, "s") && is_craft_stem(std::string_view(w).substr(0, w.size() - 1));
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
