// More of the normalizer's semiotic classes, declared apart so that rules.h stays a size one
// can read; the same two kinds of rule (match_*, speak_*) as there.
#pragma once

#include "normalize/rules.h"

namespace briefcast::rules {

// money.cpp: "£50,000-a-year" -> "fifty-thousand-pound-a-year", an amount hyphened to its words.
std::optional<std::string> hyphened_amount(std::string_view core);

// money_plus.cpp: "a £40m plus fee" -> "a forty-million-pound-plus fee".
std::optional<Match> match_money_plus(const Words& words, std::size_t i);

// running_times.cpp: "a 1h 52m film" -> "a one-hour-fifty-two-minute film", "1h52m" -> "one hour fifty two minutes".
std::optional<Match> match_running_time(const Words& words, std::size_t i);

// grid_references.cpp: "NY 215 072" near a word of maps, "NY215072" -> "N.Y, two one five, zero seven two".
std::optional<Match> match_grid_reference(const Words& words, std::size_t i);

// dioptres.cpp: "a -0.25D lens" -> "a minus-zero-point-two-five-dioptre lens", "+2.50D" -> "plus two point five zero dioptres".
std::optional<Match> match_dioptre(const Words& words, std::size_t i);

// tyre_sizes.cpp: "700x28c tyres" -> "seven hundred by twenty eight C tyres", "a 700c wheel".
std::optional<Match> match_tyre_size(const Words& words, std::size_t i);

// tenors.cpp: "a 12M fixed deal" -> "a twelve-month fixed deal", "the 10Y yield" -> "the ten-year yield".
std::optional<Match> match_tenor(const Words& words, std::size_t i);

// scaled_rates.cpp: "45 mL/min/1.73m2" -> "forty five milliliters per minute per one point seven three square meters".
std::optional<Match> match_scaled_rate(const Words& words, std::size_t i);

// numbered_labels.cpp: "the No. 12B bus" -> "the number twelve B bus": a figure with one or two
// capitals after a number sign is a label (glued, "#31B", speak_number_sign reads it).
std::optional<Match> match_numbered_label(const Words& words, std::size_t i);
// "12B" -> "twelve B", "4A" -> "four A" (the A as its letter); nothing for other shapes.
std::optional<std::string> speak_lettered_figure(std::string_view core);

}  // namespace briefcast::rules
