// metadata_lines: recognizes the short lines that carry an article's metadata rather than its
// text: bylines ("By Jane Doe", "Por ...", "Von ..."), datelines ("March 3, 2024 at 10:15 am",
// "03.03.2024", "Updated 5 hours ago") and photo credits. They are kept as metadata and never
// spoken as body.
#pragma once

#include <string>
#include <string_view>

namespace briefcast {

// "By Jane Doe and John Roe", "Por Ana Gómez", "Written by ...": the author line, short.
bool looks_like_byline(std::string_view line);

// The names of a byline without its leading "By" word; the line itself when there is none.
std::string byline_names(std::string_view line);

// A short line that is mostly a date or time ("Published: 9 Oct 2018, 16:02").
bool looks_like_dateline(std::string_view line);

// Whether the line holds a date anywhere: a month name beside a day or a year ("30. Oktober
// 2019 | Jo Roe", "am 3. März", "March 5, 2021") or a numeric date (05.02.2020, 2020-02-05,
// 2/5/2020). A headline rarely holds one; the line under it (byline, date, event) often does.
bool mentions_date(std::string_view line);

}  // namespace briefcast
