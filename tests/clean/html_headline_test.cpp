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

TEST(HtmlHeadline, TakesALowerHeadingThatAgreesBetterThanTheH1) {
  // A blog whose <h1> is its name, which shares words with the post's title: the post's title is
  // an <h3> that says what og:title says.
  PageInfo info;
  info.og_title = "Heron Watch heron count for March";
  info.h1s = {"Heron Watch: heron count"};
  info.subheads = {"About me", "Heron Watch: Heron count for March"};
  EXPECT_EQ(choose_headline(info), "Heron Watch: Heron count for March");
  // A subheading that only shares some words (a kicker and part of the title) is not taken.
  info.subheads = {"Birds: Heron Watch count"};
  EXPECT_EQ(choose_headline(info), "Heron Watch: heron count");
  // The <h1> wins a tie: it is the page's main heading.
  info.h1s = {"Heron count for March"};
  info.subheads = {"heron count for march"};
  EXPECT_EQ(choose_headline(info), "Heron count for March");
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
