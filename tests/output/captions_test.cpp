#include <gtest/gtest.h>

#include "model/error.h"
#include "output/captions.h"

namespace briefcast {
namespace {

TEST(Captions, CuePerSegmentInMilliseconds) {
  std::vector<SpokenSegment> segments(3);
  segments[0] = {0, SegmentKind::kTitle, "Headline", 0, 22050};
  segments[1] = {0, SegmentKind::kSentence, "Said <this>.\nThen", 33075, 66150};
  segments[2] = {1, SegmentKind::kSentence, "Empty audio", 70000, 70000};
  const std::string expected =
      "WEBVTT\n"
      "\n1\n00:00:00.000 --> 00:00:01.000\nHeadline\n"
      "\n2\n00:00:01.500 --> 00:00:03.000\nSaid &lt;this&gt;. Then\n";
  EXPECT_EQ(make_captions(CaptionFormat::kWebVtt, segments, 22050), expected);
  EXPECT_EQ(caption_cues(segments, 22050).size(), 2u);
}

TEST(Captions, FormatFromExtension) {
  EXPECT_EQ(caption_format_for_path("a/b.VTT"), CaptionFormat::kWebVtt);
  EXPECT_EQ(caption_format_for_path("b.srt"), CaptionFormat::kSrt);
  EXPECT_THROW(caption_format_for_path("b.txt"), Error);
}

}  // namespace
}  // namespace briefcast
