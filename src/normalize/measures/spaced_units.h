// The parts of a measure written across words, shared by measure.cpp (which joins them into
// one reading) and spaced_units.cpp (which reads them). Internal to src/normalize.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "normalize/match.h"

namespace briefcast::rules {

// The figure that opens a spaced measure, and how its unit agrees with it.
struct LeadingFigure {
  std::string spoken;
  bool singular = false;  // the unit after it is said in the singular
  bool decimal = false;   // written with a point, so a lone "s" after it is seconds
  bool part = false;      // a fraction under one ("1/4", "½"), said "a quarter of a teaspoon"
};

// "5", "+2.1", "±8", "1/4", "5½", "0-60", "130/80": the figure of word `core` before its unit;
// with `adjective`, the unit after it is singular.
std::optional<LeadingFigure> leading_figure(std::string_view core, bool adjective);

// "3 ft. this summer": word j's period before a lower-case word abbreviates its unit.
bool abbreviation_period(const Words& words, std::size_t j);

// "40 sq ft", "12 fl oz", "2 in wg": a unit written as two words from word j, after the figure at word i.
std::optional<Match> two_word_unit(const Words& words, std::size_t i, std::size_t j, const LeadingFigure& figure);

// "6 ft 2 in": feet at word j, then inches; `measure` says the figure and its feet.
std::optional<Match> feet_and_inches(const Words& words, std::size_t i, std::size_t j, const std::string& measure,
                                     bool adjective);

// "7.5 L/100 km", "20 sts/4\"": a unit at word j per a figure and a distance or a volume.
std::optional<Match> per_spaced_distance(const Words& words, std::size_t i, std::size_t j, const LeadingFigure& figure);

// "0.5 mL per kg": the unit at word j, the word "per" and a second unit.
std::optional<Match> per_second_unit(const Words& words, std::size_t i, std::size_t j, const std::string& measure);

// "0.39 mg/kg bw": a dose per kilogram of body weight; `measure` says the figure and its unit at word j.
std::optional<Match> per_body_weight(const Words& words, std::size_t i, std::size_t j, const std::string& measure);

}  // namespace briefcast::rules
