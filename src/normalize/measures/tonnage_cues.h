// The words that tell the kilotonne from the knot after a figure with "kt" ("61 kt"): a line
// about goods, mines, bombs or emissions weighs, one about wind, sail or craft goes at a speed.
// Read by cued_measures.cpp.
#pragma once

#include <string_view>

namespace briefcast::rules {

// "nuclear", "warhead", "ore", "copper", "tonnes": a bomb's yield or a mine's output, anywhere
// in the line.
bool tells_of_kilotonnes(std::string_view core);

// "CO2", "emissions", "methane", "landfill": emissions and waste, counted in kilotonnes a year.
bool tells_of_emissions(std::string_view core);

// "winds", "gusts", "sailing", "regatta": a wind's or a sail's speed, which keeps the knot.
bool tells_of_wind_or_sail(std::string_view core);

// "aircraft", "vessel", "frigate", "cruising": a craft that moves, or its moving; a knot is its
// speed. Not the places and trade of the sea ("port", "cargo"), which ship goods by the tonne.
bool tells_of_craft(std::string_view core);

// "exports", "shipped", "production", "harvest", "cargo": goods caught, made, traded or
// shipped by the tonne.
bool tells_of_traded_tonnage(std::string_view core);

}  // namespace briefcast::rules
