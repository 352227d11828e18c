// Cue words for unit letters after a figure: which trade a line is about, so that its letters
// are read as that trade's unit ("T" tesla beside a magnet, "da" decares beside hectares).
#pragma once

#include <cstddef>
#include <string_view>

#include "normalize/match.h"

namespace briefcast::rules {

// Words of an angle measured in parts of a degree, on the sky or by a surveyor's instrument:
// the primes after a figure among them are arcminutes and arcseconds even before a code ("0.8\"
// FWHM", "a 1\" theodolite").
bool tells_of_arc(std::string_view w);

// A position in degrees and minutes ("51°28'12.4\"", "0°00′05″"): a line that gives one measures
// its other primes in parts of a degree too ("fixed to 0.1\"" is a tenth of an arcsecond).
bool gives_arc_position(std::string_view w);

// "magnet", "magnetic", "MRI", "superconducting": a magnetic field's words, measured in tesla
// ("fields of 11\u201312 T"); elsewhere a lone "T" after a figure is some letter.
bool tells_of_magnets(std::string_view w);

// "300 T cells", "10,000 T lymphocytes": a lowercase noun after a lone "T" that is neither a
// magnet nor what holds one names a thing the letter is part of; only a magnet, its field or
// its scanner ("a 7 T scanner") is sized in tesla.
bool letter_names_a_noun(const Words& words, std::size_t last);

// "ha", "hectare", "decare", "dunam": land measured by area; beside them "da" after a figure is
// the decare, a tenth of a hectare, as Turkish and Balkan farm copy counts land.
bool tells_of_land_area(std::string_view w);

// Words of an oil or gas well's drilling and cementing, whose fluids are weighed in pounds
// per gallon ("12.4 ppg mud"); elsewhere "ppg" is a player's points per game.
bool tells_of_drilling(std::string_view w);

// Bodies only astronomy writes of, whose sizes and separations on the sky are parts of a degree;
// not "star" or "moon", which a line about a player or a pop star uses too ("the star is 6' 7\"").
bool tells_of_deep_sky(std::string_view w);

// Words of a length, a depth or a height, or of the well that is measured in them: a straight
// mark closes quotations as often as it marks feet, so only beside them is it feet.
bool tells_of_length(std::string_view w);

bool is_instrument_noun(std::string_view w);

bool tells_of_rail(std::string_view w);

bool tells_of_plant(std::string_view w);

// A plant's words or what it makes, holds or burns ("capacity", "refinery", "diesel"): beside
// them capital "TPD", "TPA" and "KL" after a figure are a mill's or a depot's units; elsewhere
// a police department, an insurer's administrator or Kuala Lumpur.
bool tells_of_plant_output(std::string_view w);

// A pump's, a filter's or a plant's words, beside which capital "GPH" is gallons per hour.
bool tells_of_flow(std::string_view w);

bool tells_of_gold(std::string_view w);

// Words of the ozone layer, whose thickness is given in Dobson units ("fell to 104 DU"). Not
// "column" or "Antarctic" alone: an armoured column fires "DU" (depleted uranium) rounds.
bool tells_of_ozone(std::string_view w);

// Words of diving and its decompression ("diver", "scuba", "nitrox", "recompressed"): beside
// them "40 msw" and "60 fsw" are metres and feet of seawater, a dive's depth as pressure.
bool tells_of_underwater_diving(std::string_view w);

// Words of coral bleaching ("coral", "reef", "bleaching"): beside them "8 DHW" is degree heating
// weeks, a reef's heat stress; elsewhere "DHW" is a boiler's domestic hot water.
bool tells_of_coral_bleaching(std::string_view w);

// Words of keeping, storing or using a thing up by a date, whose spans a lab, a blood bank or
// a kitchen writes in days "d" ("used within 5 d of collection", "keeps 10 d chilled").
bool tells_of_keeping(std::string_view w);

}  // namespace briefcast::rules
