#include <gtest/gtest.h>

#include "pipeline/budget_briefing.h"

namespace briefcast {
namespace {

Segment segment(SegmentKind kind, const std::string& text, std::size_t paragraph) {
  Segment out;
  out.kind = kind;
  out.text = text;
  out.paragraph_index = paragraph;
  return out;
}

TEST(ShortenedStoryText, TheKeptSentencesOfAShortenedStoryOnly) {
  BudgetOutcome outcome;
  outcome.scripts = {
      {segment(SegmentKind::kTitle, "Canal lock closes", 0), segment(SegmentKind::kSentence, "The lock shuts in May.", 0),
       segment(SegmentKind::kSentence, "Boats must wait.", 0), segment(SegmentKind::kParagraphEnd, "", 0),
       segment(SegmentKind::kSentence, "Repairs take a month.", 1)},
      {segment(SegmentKind::kTitle, "Bakery opens", 0), segment(SegmentKind::kSentence, "It opens at dawn.", 0)}};
  outcome.kept = {{true, true, false, true, true}, {true, true}};
  EXPECT_EQ(shortened_story_text(outcome, 0), "The lock shuts in May. Repairs take a month.");
  EXPECT_EQ(shortened_story_text(outcome, 1), "");  // spoken whole
  EXPECT_EQ(shortened_story_text(outcome, 2), "");  // no such story
  EXPECT_EQ(shortened_story_text(BudgetOutcome{}, 0), "");
}

}  // namespace
}  // namespace briefcast
