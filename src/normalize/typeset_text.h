// Typeset and encoded characters turned into the plain ones the rules read. Each pass takes
// a line and returns it; none lengthens it by more than a few characters per mark.
#pragma once

#include <string>
#include <string_view>

namespace briefcast::rules {

std::string valid_utf8(std::string_view s);
std::string decoded_references(const std::string& s);
std::string spoken_comparisons(std::string clean);
std::string plain_hyphens(std::string clean);
std::string spaced_dashes(std::string clean);
std::string minus_signs(std::string clean);

}  // namespace briefcast::rules
