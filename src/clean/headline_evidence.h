// headline_evidence: what the page says about a headline candidate beyond the features of
// text_headline. A page often shows its title twice in a row: an article module's heading over
// the article's own, a heading for screen readers over the visible one, a title over its
// picture's alternative text. A teaser or a label stands once there, or is repeated far off (a
// menu shown at the top and the foot of the page).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace briefcast {

// Whether line `i` is shown again on the line right above or right below it. `lower` holds the
// page's lines in lower case (empty lines never count).
bool shown_twice_in_a_row(const std::vector<std::string>& lower, std::size_t i);

}  // namespace briefcast
