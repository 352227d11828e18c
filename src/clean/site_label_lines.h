// site_label_lines: tells the lines over an article that name where it stands, not what it says:
// a section label joined to the site's name ("Press release | Riverside Trust"). Such a line
// has a title's shape, sits right above the headline with the date under it, and shares words
// with the body (the site names itself in its text), so the headline scorer cannot tell it from
// a headline by its features alone; the page's other lines can: the site's name stands alone
// elsewhere (logo, footer).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace briefcast {

struct SiteLabelConfig {
  // The section side of the line has at most this many words ("Press release", "News").
  std::size_t label_words = 3;
  // The site side has at most this many words ("Riverside Trust e.V.").
  std::size_t site_words = 6;
};

// Whether `lines[i]` (all lower case, as are the others) is one separator between a section
// label and a site name that some other line of the page shows alone: two short names, no
// headline. A headline with its site's name ("Storm closes bridge | County News") keeps its
// place: its headline side is longer than a label.
bool is_site_label_line(const std::vector<std::string>& lines, std::size_t i, const SiteLabelConfig& config = {});

}  // namespace briefcast
