// Golden strings for the chapter and caption writers.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "chapters/cue_sheet.h"
#include "chapters/ffmetadata.h"
#include "chapters/podcast_json.h"
#include "chapters/srt.h"
#include "chapters/webvtt.h"

namespace briefcast {
namespace {

constexpr int kRate = 22050;

std::vector<Chapter> sample_chapters() {
  // 0 s, 62.5 s and 3725.156 s (past an hour) at 22050 Hz; the last ends at 3730 s.
  return {{"First \"story\"", 0, 1378125},
          {"Second; a=b #3 \\ end", 1378125, 80764566 - 1378125},
          {"Third <b>&</b> -->\nnext", 82139691, 82246500 - 82139691}};
}

TEST(TimedText, FormatsClock) {
  EXPECT_EQ(format_clock_ms(0), "00:00:00.000");
  EXPECT_EQ(format_clock_ms(62500), "00:01:02.500");
  EXPECT_EQ(format_clock_ms(3725020, ','), "01:02:05,020");
  EXPECT_EQ(format_clock_ms(360000000), "100:00:00.000");
}

TEST(TimedText, RoundsFramesToNearestMillisecond) {
  EXPECT_EQ(frames_to_ms(22050, kRate), 1000);
  EXPECT_EQ(frames_to_ms(11, kRate), 0);    // 0.499 ms
  EXPECT_EQ(frames_to_ms(12, kRate), 1);    // 0.544 ms
}

TEST(TimedText, OneLineCollapsesBreaks) { EXPECT_EQ(one_line("  a\r\n\tb  c \n"), "a b c"); }

TEST(CueSheet, GoldenSheet) {
  const std::string expected =
      "PERFORMER \"briefcast\"\n"
      "TITLE \"Briefing 2026-11-27\"\n"
      "FILE \"briefing.wav\" WAVE\n"
      "  TRACK 01 AUDIO\n"
      "    TITLE \"First 'story'\"\n"
      "    INDEX 01 00:00:00\n"
      "  TRACK 02 AUDIO\n"
      "    TITLE \"Second; a=b #3 \\ end\"\n"
      "    INDEX 01 01:02:37\n"
      "  TRACK 03 AUDIO\n"
      "    TITLE \"Third <b>&</b> --> next\"\n"
      "    INDEX 01 62:05:11\n";
  EXPECT_EQ(make_cue_sheet(sample_chapters(), kRate, {"briefing.wav", "Briefing 2026-11-27", "briefcast"}), expected);
}

TEST(CueSheet, UsesMp3FileTypeAndCapsTracks) {
  std::vector<Chapter> many(120, Chapter{"x", 0, 1});
  std::string sheet = make_cue_sheet(many, kRate, {"a.MP3", "", ""});
  EXPECT_EQ(sheet.rfind("FILE \"a.MP3\" MP3\n", 0), 0u);
  EXPECT_NE(sheet.find("TRACK 99 AUDIO"), std::string::npos);
  EXPECT_EQ(sheet.find("TRACK 100"), std::string::npos);
}

TEST(CueSheet, IndexRoundsDown) {
  EXPECT_EQ(format_cue_time(293, kRate), "00:00:00");  // 0.99 CD frames
  EXPECT_EQ(format_cue_time(294, kRate), "00:00:01");
  EXPECT_EQ(format_cue_time(kRate * 6000, kRate), "100:00:00");
}

TEST(Ffmetadata, GoldenFile) {
  const std::string expected =
      ";FFMETADATA1\n"
      "title=Briefing 2026-11-27\n"
      "artist=briefcast\n"
      "date=2026-11-27\n"
      "\n[CHAPTER]\nTIMEBASE=1/1000\nSTART=0\nEND=62500\ntitle=First \"story\"\n"
      "\n[CHAPTER]\nTIMEBASE=1/1000\nSTART=62500\nEND=3662792\ntitle=Second\\; a\\=b \\#3 \\\\ end\n"
      "\n[CHAPTER]\nTIMEBASE=1/1000\nSTART=3725156\nEND=3730000\ntitle=Third <b>&</b> --> next\n";
  EXPECT_EQ(make_ffmetadata(sample_chapters(), kRate, {"Briefing 2026-11-27", "briefcast", "2026-11-27", ""}),
            expected);
}

TEST(PodcastJson, GoldenDocument) {
  const std::string expected = R"({
  "chapters": [
    {
      "endTime": 62.5,
      "startTime": 0,
      "title": "First \"story\""
    },
    {
      "endTime": 3662.792,
      "startTime": 62.5,
      "title": "Second; a=b #3 \\ end"
    },
    {
      "endTime": 3730,
      "startTime": 3725.156,
      "title": "Third <b>&</b> --> next"
    }
  ],
  "version": "1.2.0"
}
)";
  EXPECT_EQ(make_podcast_chapters_json(sample_chapters(), kRate), expected);
}

TEST(PodcastJson, SurvivesInvalidUtf8) {
  std::string json = make_podcast_chapters_json({{"bad \xff byte", 0, 10}}, kRate);
  EXPECT_TRUE(nlohmann::json::accept(json));
}

TEST(WebVtt, GoldenChapters) {
  const std::string expected =
      "WEBVTT\n"
      "\n1\n00:00:00.000 --> 00:01:02.500\nFirst \"story\"\n"
      "\n2\n00:01:02.500 --> 01:01:02.792\nSecond; a=b #3 \\ end\n"
      "\n3\n01:02:05.156 --> 01:02:10.000\nThird &lt;b&gt;&amp;&lt;/b&gt; --&gt; next\n";
  EXPECT_EQ(make_webvtt(chapters_to_timed_text(sample_chapters(), kRate)), expected);
}

TEST(Srt, GoldenCaptions) {
  const std::string expected =
      "1\n00:00:00,250 --> 00:00:02,000\nHello there.\n"
      "\n2\n00:00:02,350 --> 00:00:04,125\nA second line, one line.\n";
  EXPECT_EQ(make_srt({{250, 2000, "Hello there."}, {2350, 4125, "A second\nline, one line."}}), expected);
}

}  // namespace
}  // namespace briefcast
