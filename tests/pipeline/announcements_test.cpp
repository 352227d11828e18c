#include <gtest/gtest.h>

#include "pipeline/announcements.h"

namespace briefcast {
namespace {

TEST(Announcements, SpeaksTheDate) {
  EXPECT_EQ(spoken_date(2026, 11, 27), "Friday, November 27");
  EXPECT_EQ(spoken_date(2024, 2, 29), "Thursday, February 29");
  EXPECT_EQ(spoken_date(2025, 2, 29), "");
}

TEST(Announcements, IntroListsTheStories) {
  EXPECT_EQ(make_intro_sentences({"Ferry Returns.", "Library Opens", "Garden Wins"}, "Friday, November 27"),
            (std::vector<std::string>{"Briefing for Friday, November 27.",
                                      "Three stories: Ferry Returns; Library Opens; and Garden Wins."}));
  EXPECT_EQ(make_intro_sentences({"Only One"}, ""),
            (std::vector<std::string>{"Your briefing.", "One story: Only One."}));
}

TEST(Announcements, LongBriefingsNameTheFirstFew) {
  std::vector<std::string> titles = {"A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N"};
  EXPECT_EQ(make_intro_sentences(titles, "Monday, January 5").back(), "14 stories, starting with: A; B; C.");
  titles.resize(7);
  EXPECT_EQ(make_intro_sentences(titles, "").back(), "Seven stories, starting with: A; B; C.");
}

TEST(Announcements, StoriesWithoutAHeadlineAreCountedButNotListed) {
  EXPECT_EQ(make_intro_sentences({""}, "").back(), "One story.");
  EXPECT_EQ(make_intro_sentences({"", " ."}, "").back(), "Two stories.");
  EXPECT_EQ(make_intro_sentences({"Ferry Returns", "", "Garden Wins"}, "").back(),
            "Three stories, starting with: Ferry Returns; Garden Wins.");
}

TEST(Announcements, AShortenedBriefingSaysHowLongItIsInsteadOfListingHeadlines) {
  const std::vector<std::string> six = {"A", "B", "C", "D", "E", "F"};
  EXPECT_EQ(make_intro_sentences(six, "Monday, January 5", 10),
            (std::vector<std::string>{"Briefing for Monday, January 5.", "Six stories, about ten minutes."}));
  EXPECT_EQ(make_intro_sentences({"Only One"}, "", 1).back(), "One story, about one minute.");
  EXPECT_EQ(make_intro_sentences(six, "", 25).back(), "Six stories, about 25 minutes.");
}

TEST(Announcements, Outro) {
  EXPECT_EQ(make_outro_sentences("Friday, November 27"),
            std::vector<std::string>{"That was the briefing for Friday, November 27."});
}

}  // namespace
}  // namespace briefcast
