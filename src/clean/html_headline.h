// html_headline: the headline of an HTML page: the visible <h1> that agrees with the page's own
// title (an <h2>/<h3> when it agrees better), else JSON-LD headline, else og:title or <title>
// with the site name removed.
#pragma once

#include <string>

#include "clean/html_metadata.h"

namespace briefcast {

// Removes a site name before or after a separator ("Headline | Site", "Site - Headline"),
// keeping the longer side when it has at least three words.
std::string strip_site_name(const std::string& title);

// The headline, or empty when the page names none.
std::string choose_headline(const PageInfo& info);

}  // namespace briefcast
