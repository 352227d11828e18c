#include "clean/site_label_lines.h"

#include <gtest/gtest.h>

namespace briefcast {

TEST(SiteLabelLines, ASectionJoinedToTheSiteNameShownAloneIsALabel) {
  const std::vector<std::string> lines = {"home", "press release | riverside trust e.v.", "12.03.2024 09:15",
                                          "the trust opens its new visitor centre on the marsh", "riverside trust e.v."};
  EXPECT_TRUE(is_site_label_line(lines, 1));
}

TEST(SiteLabelLines, TheSiteNameMayStandFirst) {
  const std::vector<std::string> lines = {"harbour gazette - sport", "harbour gazette", "rowing club wins the cup"};
  EXPECT_TRUE(is_site_label_line(lines, 0));
}

TEST(SiteLabelLines, AHeadlineWithItsSiteNameIsNoLabel) {
  const std::vector<std::string> lines = {"storm closes the old bridge for a week | county news", "county news"};
  EXPECT_FALSE(is_site_label_line(lines, 0));
}

TEST(SiteLabelLines, TwoShortNamesWithoutTheSiteShownAloneAreNoLabel) {
  // A short headline with a separator ("Paris - Berlin") names no site the page shows alone.
  const std::vector<std::string> lines = {"paris - berlin", "the night train is back", "paris is an hour nearer"};
  EXPECT_FALSE(is_site_label_line(lines, 0));
}

TEST(SiteLabelLines, ABreadcrumbTrailIsLeftToFurniture) {
  const std::vector<std::string> lines = {"news | local | bridges", "bridges"};
  EXPECT_FALSE(is_site_label_line(lines, 0));
}

TEST(SiteLabelLines, ALineWithoutSeparatorIsNoLabel) {
  const std::vector<std::string> lines = {"county news", "county news"};
  EXPECT_FALSE(is_site_label_line(lines, 0));
}

}  // namespace briefcast
