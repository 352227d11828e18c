// Dates in feeds and on the command line, as seconds since 1970-01-01 UTC: RSS's RFC 822
// ("Sun, 29 Nov 2026 08:30:00 +0100", also with zone names like GMT or EST), Atom's RFC 3339
// ("2026-11-29T08:30:00Z"), and --since ("24h", "7d", "90m", "2026-11-28").
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace briefcast {

// RFC 822/1123 dates as RSS uses them; the weekday and seconds are optional; two-digit years
// are read as 19xx/20xx. Nullopt when the text is not such a date.
std::optional<std::int64_t> parse_rfc822_date(std::string_view text);

// RFC 3339 / ISO 8601 date-times ("2026-11-29T08:30:00.5+01:00"); a bare date is midnight UTC.
std::optional<std::int64_t> parse_rfc3339_date(std::string_view text);

// Either of the two, whichever the text is.
std::optional<std::int64_t> parse_feed_date(std::string_view text);

// --since: a duration before `now` ("36h", "7d", "30m", "2w") or a date ("2026-11-28", midnight
// UTC) or an RFC 3339 date-time. Nullopt when it is neither.
std::optional<std::int64_t> parse_since(std::string_view text, std::int64_t now);

// "2026-11-29T08:30:00Z".
std::string format_utc(std::int64_t seconds);

}  // namespace briefcast
