#include <gtest/gtest.h>

#include "feed/feed_dates.h"

namespace briefcast {
namespace {

TEST(FeedDates, Rfc822AsRssWritesIt) {
  const auto utc = parse_rfc3339_date("2026-11-29T07:30:00Z");
  ASSERT_TRUE(utc);
  EXPECT_EQ(parse_rfc822_date("Sun, 29 Nov 2026 08:30:00 +0100"), utc);
  EXPECT_EQ(parse_rfc822_date("29 Nov 2026 07:30:00 GMT"), utc);
  EXPECT_EQ(parse_rfc822_date("Sun, 29 Nov 2026 02:30:00 EST"), utc);
  EXPECT_EQ(parse_rfc822_date("Sun, 29 Nov 26 07:30 Z"), utc);
  EXPECT_EQ(parse_rfc822_date("Sunday, 29 November 2026 07:30:00 UT"), utc);
  EXPECT_FALSE(parse_rfc822_date("yesterday"));
  EXPECT_FALSE(parse_rfc822_date("Sun, 31 Feb 2026 07:30:00 GMT"));
}

TEST(FeedDates, Rfc3339AsAtomWritesIt) {
  EXPECT_EQ(parse_rfc3339_date("1970-01-02T00:00:00Z"), 86400);
  EXPECT_EQ(parse_rfc3339_date("1970-01-02T01:00:00.250+01:00"), 86400);
  EXPECT_EQ(parse_rfc3339_date("1970-01-01T19:00:00-05:00"), 86400);
  EXPECT_EQ(parse_rfc3339_date("1970-01-02"), 86400);
  EXPECT_FALSE(parse_rfc3339_date("1970-13-02"));
  EXPECT_FALSE(parse_rfc3339_date("2026-11-29X07"));
}

TEST(FeedDates, SinceTakesDurationsAndDates) {
  const std::int64_t now = 1'000'000;
  EXPECT_EQ(parse_since("24h", now), now - 86400);
  EXPECT_EQ(parse_since("7d", now), now - 7 * 86400);
  EXPECT_EQ(parse_since("90m", now), now - 90 * 60);
  EXPECT_EQ(parse_since("2w", now), now - 14 * 86400);
  EXPECT_EQ(parse_since("2026-11-28", now), parse_rfc3339_date("2026-11-28T00:00:00Z"));
  EXPECT_FALSE(parse_since("7", now));
  EXPECT_FALSE(parse_since("7 days ago", now));
  EXPECT_FALSE(parse_since("", now));
}

TEST(FeedDates, FormatUtc) {
  EXPECT_EQ(format_utc(86400 + 3661), "1970-01-02T01:01:01Z");
  EXPECT_EQ(format_utc(*parse_rfc3339_date("2026-11-29T07:30:00Z")), "2026-11-29T07:30:00Z");
}

}  // namespace
}  // namespace briefcast
