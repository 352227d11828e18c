#include "clean/html_headline_repeat.h"

#include <gtest/gtest.h>

namespace briefcast {

namespace {

const std::string kTitle = "Harbour bridge reopens after repairs";
const std::string kLead =
    "The harbour bridge reopened to traffic on Friday morning after eight months of repairs to its deck and "
    "cables, the county council said, two weeks earlier than planned and within the budget it had set.";
const std::string kSecond =
    "Drivers had faced a detour of twelve miles through the old town while the work went on, and the ferry "
    "company had added evening sailings to carry commuters across the water.";

}  // namespace

TEST(HtmlHeadlineRepeat, TheSameWordsRepeatTheHeadlineWhateverTheCaseAndQuotes) {
  EXPECT_TRUE(repeats_headline("HARBOUR BRIDGE REOPENS AFTER REPAIRS", kTitle));
  EXPECT_TRUE(repeats_headline("\"Harbour bridge\" reopens after repairs", kTitle));
  // A kicker or a date beside the headline on one label line.
  EXPECT_TRUE(repeats_headline("Transport: harbour bridge reopens after repairs", kTitle));
  EXPECT_TRUE(repeats_headline("Harbour bridge reopens after repairs 3 March 2025", kTitle));
  // A sentence that holds the headline's words is the article's own.
  EXPECT_FALSE(repeats_headline("The harbour bridge reopens after repairs that took eight months.", kTitle));
  EXPECT_FALSE(repeats_headline(kLead, kTitle));
  EXPECT_FALSE(repeats_headline("Harbour bridge", ""));
}

TEST(HtmlHeadlineRepeat, ACopyIsTheHeadlineWordForWord) {
  EXPECT_TRUE(copies_headline("Harbour Bridge Reopens After Repairs!", kTitle));
  EXPECT_FALSE(copies_headline("Transport: harbour bridge reopens after repairs", kTitle));
  EXPECT_FALSE(copies_headline("Harbour bridge reopens", kTitle));
  // A two-word title also names a section.
  EXPECT_FALSE(copies_headline("Bridge news", "Bridge news"));
}

TEST(HtmlHeadlineRepeat, StripsAHeadlinePrefixOnlyWhereTheHeadlineEnds) {
  EXPECT_EQ(without_headline_prefix(kTitle + ": " + kLead, kTitle), kLead);
  EXPECT_EQ(without_headline_prefix(kTitle + " \xE2\x80\x94 " + kLead, kTitle), kLead);
  const std::string goes_on = kTitle + " were slower than planned, the council said.";
  EXPECT_EQ(without_headline_prefix(goes_on, kTitle), goes_on);
  EXPECT_EQ(without_headline_prefix(kTitle, kTitle), kTitle);
}

TEST(HtmlHeadlineRepeat, StripsAHeadlineThatRunsOnIntoTheLead) {
  // A teaser block: the headline, then the lead with no mark between them.
  EXPECT_EQ(without_headline_prefix(kTitle + " " + kLead, kTitle), kLead);
  EXPECT_EQ(without_headline_prefix("HARBOUR BRIDGE REOPENS AFTER REPAIRS: " + kLead, kTitle), kLead);
  const std::string quoted = kTitle + " \"We are glad to have it back,\" the mayor said on Friday.";
  EXPECT_EQ(without_headline_prefix(quoted, kTitle), "\"We are glad to have it back,\" the mayor said on Friday.");
  // A short tail after the headline's words goes on with the sentence; so does a short title.
  const std::string named = kTitle + " Monday, the council said.";
  EXPECT_EQ(without_headline_prefix(named, kTitle), named);
  const std::string short_title = "Bridge reopens";
  const std::string runs_on = short_title + " The council said so.";
  EXPECT_EQ(without_headline_prefix(runs_on, short_title), runs_on);
  // A lead that does not end as a sentence is no lead.
  const std::string label = kTitle + " Transport News Harbour";
  EXPECT_EQ(without_headline_prefix(label, kTitle), label);
}

TEST(HtmlHeadlineRepeat, StripsAKickerOrDatelineAndTheHeadlineInFrontOfTheLead) {
  EXPECT_EQ(without_headline_prefix("TRANSPORT | " + kTitle + ": " + kLead, kTitle), kLead);
  EXPECT_EQ(without_headline_prefix("PORTLAND (Local Wire) \xE2\x80\x94 harbour bridge reopens after repairs. " + kLead,
                                    kTitle),
            kLead);
  // The headline's words inside a running sentence are the lead's own.
  const std::string inside = "On Friday, after eight months, " + kTitle + " came true for the town.";
  EXPECT_EQ(without_headline_prefix(inside, kTitle), inside);
  const std::string dash = "Whatever the weather and whatever the traffic \xE2\x80\x94 " + kTitle + " was the news.";
  EXPECT_EQ(without_headline_prefix(dash, kTitle), dash);
  // A short sentence before it is a sentence, not a kicker.
  const std::string sentence = "Good news at last. " + kTitle + ": the council is pleased.";
  EXPECT_EQ(without_headline_prefix(sentence, kTitle), sentence);
  // After a kicker the headline must still end where a title ends.
  const std::string goes_on = "Transport: " + kTitle + " were slower than planned, the council said.";
  EXPECT_EQ(without_headline_prefix(goes_on, kTitle), goes_on);
}

TEST(HtmlHeadlineRepeat, DropsTheHeadlineAndTheLabelAboveIt) {
  std::vector<std::string> paragraphs{"Transport", kTitle, kLead, kSecond};
  EXPECT_EQ(drop_headline_lead(paragraphs, kTitle), 2u);
  EXPECT_EQ(paragraphs, (std::vector<std::string>{kLead, kSecond}));
  // Printed twice (a breadcrumb, then the heading): both go.
  paragraphs = {"News > Harbour bridge reopens after repairs", kTitle, kLead};
  EXPECT_EQ(drop_headline_lead(paragraphs, kTitle), 2u);
  EXPECT_EQ(paragraphs, (std::vector<std::string>{kLead}));
  // A headline prefix under a label.
  paragraphs = {"Analysis", kTitle + ": " + kLead, kSecond};
  EXPECT_EQ(drop_headline_lead(paragraphs, kTitle), 1u);
  EXPECT_EQ(paragraphs, (std::vector<std::string>{kLead, kSecond}));
}

TEST(HtmlHeadlineRepeat, KeepsTheArticleAboveALaterCopy) {
  // A long paragraph before the copy is the article: nothing goes.
  std::vector<std::string> paragraphs{kLead, kTitle, kSecond};
  EXPECT_EQ(drop_headline_lead(paragraphs, kTitle), 0u);
  EXPECT_EQ(paragraphs.size(), 3u);
  // Too deep: two lines above the copy may be the article's own.
  paragraphs = {"Transport", "Updated daily", kTitle, kLead};
  EXPECT_EQ(drop_headline_lead(paragraphs, kTitle), 0u);
  // A one-word headline also names sections: only a first paragraph that repeats it goes.
  paragraphs = {"Weather", "Forecast", kLead};
  EXPECT_EQ(drop_headline_lead(paragraphs, "Forecast"), 0u);
  paragraphs = {"Forecast", kLead};
  EXPECT_EQ(drop_headline_lead(paragraphs, "Forecast"), 1u);
  // No headline, nothing to repeat.
  paragraphs = {"Transport", kLead};
  EXPECT_EQ(drop_headline_lead(paragraphs, ""), 0u);
}

}  // namespace briefcast
