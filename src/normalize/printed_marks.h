// Marks of print that a reader does not say: note numbers set as superscripts, the leading
// point of a caliber, an editor's brackets inside a word, a trade mark sign after a name. Each takes a line and returns it without them.
#pragma once

#include <string>

namespace briefcast::rules {

std::string without_note_numbers(std::string line);
std::string without_caliber_points(std::string line);
std::string without_editorial_brackets(std::string line);
std::string without_trade_marks(std::string line);

}  // namespace briefcast::rules
