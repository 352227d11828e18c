#include "clean/html_headline.h"

#include <gtest/gtest.h>

namespace briefcast {

TEST(HtmlHeadline, StripsTheSiteName) {
  EXPECT_EQ(strip_site_name("Ferry service resumes after storm | Harbour Times"), "Ferry service resumes after storm");
  EXPECT_EQ(strip_site_name("Harbour Times - Ferry service resumes after storm"), "Ferry service resumes after storm");
  // Too short a remainder: the separator is part of the headline.
  EXPECT_EQ(strip_site_name("Q&A - Ferries"), "Q&A - Ferries");
}

TEST(HtmlHeadline, PrefersTheH1ThatAgreesWithTheTitle) {
  PageInfo info;
  info.og_title = "Ferry service resumes after storm | Harbour Times";
  info.h1s = {"Harbour Times", "Ferry service resumes after the storm"};
  EXPECT_EQ(choose_headline(info), "Ferry service resumes after the storm");
}

TEST(HtmlHeadline, FallsBackToMetadataWithoutAMatchingH1) {
  PageInfo info;
  info.title = "Ferry service resumes after storm - Harbour Times";
  info.h1s = {"Menu"};
  EXPECT_EQ(choose_headline(info), "Ferry service resumes after storm");
  info.json_ld.headline = "Ferries resume";
  EXPECT_EQ(choose_headline(info), "Ferries resume");
  EXPECT_EQ(choose_headline(PageInfo{}), "");
}

}  // namespace briefcast
