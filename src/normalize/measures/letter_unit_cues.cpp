// The cue words that tell which unit a letter after a figure is (letter_units.cpp): each trade's
// own words, looked for a few words either side of the letters.
#include "normalize/measures/letter_unit_cues.h"

#include "normalize/function_words.h"

namespace briefcast::rules {

// Words of an angle measured in parts of a degree, on the sky or by a surveyor's instrument:
// the primes after a figure among them are arcminutes and arcseconds even before a code ("0.8\"
// FWHM", "a 1\" theodolite").
bool tells_of_arc(std::string_view w) {
  return text::is_one_of_lowered(w, {"seeing", "fwhm", "psf", "arcsec", "arcsecond", "arcseconds", "arcmin",
                                     "declination", "parallax", "astrometry", "astrometric", "angular", "theodolite",
                                     "theodolites", "gyrotheodolite", "goniometer", "collimation"});
}

// A position in degrees and minutes ("51°28'12.4\"", "0°00′05″"): a line that gives one measures
// its other primes in parts of a degree too ("fixed to 0.1\"" is a tenth of an arcsecond).
bool gives_arc_position(std::string_view w) {
  std::size_t degree = w.find("\u00b0");
  if (degree == std::string_view::npos || degree == 0 || !text::is_digit(w[degree - 1])) return false;
  std::string_view after = w.substr(degree);
  return after.find('\'') != std::string_view::npos || after.find("\u2032") != std::string_view::npos;
}

// "magnet", "magnetic", "MRI", "superconducting": a magnetic field's words, measured in tesla
// ("fields of 11\u201312 T"); elsewhere a lone "T" after a figure is some letter.
bool tells_of_magnets(std::string_view w) {
  // Not "field" alone: a farm's fields are no magnet's ("fields near the 2 T sign").
  return text::is_one_of_lowered(w, {"magnet", "magnets", "magnetic", "mri", "superconducting", "solenoid",
                                     "solenoids", "dipole", "dipoles", "quadrupole", "quadrupoles", "tokamak", "nmr"});
}

// "300 T cells", "10,000 T lymphocytes": a lowercase noun after a lone "T" that is neither a
// magnet nor what holds one names a thing the letter is part of; only a magnet, its field or
// its scanner ("a 7 T scanner") is sized in tesla.
bool letter_names_a_noun(const Words& words, std::size_t last) {
  if (!words[last].suffix.empty() || last + 1 >= words.size() || !words[last + 1].prefix.empty()) return false;
  std::string_view next = words[last + 1].core;
  if (next.empty() || !text::is_lower(next[0]) || !text::all_alpha(next) || text::is_function_word(next)) return false;
  return !tells_of_magnets(next) && !text::is_one_of(next, {"scanner", "scanners", "field", "fields", "machine",
                                                           "machines", "system", "systems", "strength"});
}

// "ha", "hectare", "decare", "dunam": land measured by area; beside them "da" after a figure is
// the decare, a tenth of a hectare, as Turkish and Balkan farm copy counts land.
bool tells_of_land_area(std::string_view w) {
  return text::is_one_of_lowered(w, {"ha", "hectare", "hectares", "decare", "decares", "dunam", "dunams", "donum",
                                     "donums", "acre", "acres"});
}

// Words of an oil or gas well's drilling and cementing, whose fluids are weighed in pounds
// per gallon ("12.4 ppg mud"); elsewhere "ppg" is a player's points per game.
bool tells_of_drilling(std::string_view w) {
  return text::is_one_of_lowered(w, {"drilling", "drilled", "driller", "drillers", "mud", "muds",
                                     "slurry", "slurries", "cement", "cemented", "cementing", "casing", "wellbore",
                                     "wellbores", "wellhead", "borehole", "boreholes", "spud", "spudded", "brine",
                                     "barite", "bentonite", "annulus", "sidetrack", "frac", "fracking", "proppant"});
}

// Bodies only astronomy writes of, whose sizes and separations on the sky are parts of a degree;
// not "star" or "moon", which a line about a player or a pop star uses too ("the star is 6' 7\"").
bool tells_of_deep_sky(std::string_view w) {
  return text::is_one_of_lowered(w, {"galaxy", "galaxies", "nebula", "nebulae", "pulsar", "quasar", "exoplanet",
                                     "asteroid", "comet", "astronomers", "cluster", "globular", "binaries"});
}

// Words of a length, a depth or a height, or of the well that is measured in them: a straight
// mark closes quotations as often as it marks feet, so only beside them is it feet.
bool tells_of_length(std::string_view w) {
  return tells_of_drilling(w) ||
         text::is_one_of_lowered(w, {"depth", "depths", "deep", "ft", "feet", "foot", "elevation", "elevations",
                                     "altitude", "altitudes", "tvd", "wells", "summit", "height", "tall", "climbed",
                                     "descended", "cruising", "ceiling", "mast", "tower"});
}

bool is_instrument_noun(std::string_view w) {
  return text::is_one_of_lowered(w, {"reflector", "refractor", "telescope", "telescopes", "scope", "dobsonian", "mirror",
                                     "lens", "aperture", "newtonian", "astrograph"});
}

bool tells_of_rail(std::string_view w) {
  return text::is_one_of_lowered(w, {"train", "trains", "rail", "railway", "railways", "railroad", "signalling",
                                     "signaling", "resignalling", "headway", "headways", "timetable", "metro", "tube",
                                     "platform", "platforms", "station", "stations", "trams", "tram",
                                     // lines and the bodies that run them by name
                                     "crossrail", "thameslink", "tfl", "hs2"});
}

bool tells_of_plant(std::string_view w) {
  return text::is_one_of_lowered(w, {"plant", "mill", "crusher", "crushing", "conveyor", "throughput", "ore", "quarry",
                                     "feed", "processing", "tonnes", "tons", "mine", "mining", "asphalt", "cement",
                                     "screening", "dredger", "dredge",
                                     // a mill's machines ("sorters at 6 tph"); not "capacity",
                                     // which a line of trains has too
                                     "mills", "plants", "sorter", "sorters", "dryer", "dryers", "milling",
                                     "boiler", "boilers"});
}

bool tells_of_plant_output(std::string_view w) {
  return tells_of_plant(w) ||
         text::is_one_of_lowered(w, {"capacity", "output", "production", "produce", "produces", "produced",
                                     "refinery", "refineries", "diesel", "kerosene", "petrol", "fuel", "oil",
                                     "ethanol", "water", "tank", "tanks", "steel", "sugar", "cane", "bran", "paddy",
                                     "grain", "clinker", "distillery", "effluent"});
}

bool tells_of_flow(std::string_view w) {
  return tells_of_plant_output(w) ||
         text::is_one_of_lowered(w, {"pump", "pumps", "filter", "filters", "unit", "osmosis", "reverse-osmosis",
                                     "evaporator", "evaporators", "flow", "gallons", "engine", "burner"});
}

bool tells_of_gold(std::string_view w) {
  return text::is_one_of_lowered(w, {"oz", "ounce", "ounces", "gold", "silver", "reef", "assay", "assayed", "ore",
                                     "troy", "grains", "jeweller", "jeweler", "bullion", "nugget", "mine"});
}

// Words of the ozone layer, whose thickness is given in Dobson units ("fell to 104 DU"). Not
// "column" or "Antarctic" alone: an armoured column fires "DU" (depleted uranium) rounds.
bool tells_of_ozone(std::string_view w) {
  return text::is_one_of_lowered(w, {"ozone", "stratosphere", "stratospheric", "dobson"});
}

bool tells_of_underwater_diving(std::string_view w) {
  return text::is_one_of_lowered(w, {"dive", "dives", "diver", "divers", "diving", "scuba", "nitrox", "trimix",
                                     "decompression", "recompressed", "recompression", "chamber", "rebreather",
                                     "cylinder", "cylinders", "padi", "bsac", "ean32", "ean36"});
}

bool tells_of_coral_bleaching(std::string_view w) {
  return text::is_one_of_lowered(w, {"coral", "corals", "reef", "reefs", "bleaching", "bleached"});
}

// Words of keeping, storing or using a thing up by a date, whose spans a lab, a blood bank or
// a kitchen writes in days "d" ("used within 5 d of collection", "keeps 10 d chilled").
bool tells_of_keeping(std::string_view w) {
  return text::is_one_of_lowered(w, {"shelf", "storage", "stored", "store", "fridge", "refrigerated", "chilled",
                                     "frozen", "thawed", "expiry", "expires", "collection", "irradiation", "incubated",
                                     "incubation", "cured", "aged", "quarantine", "quarantined", "keeps", "kept",
                                     "within"});
}

}  // namespace briefcast::rules
