#include "assemble/wav_file.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "model/error.h"
#include "support/run_command.h"

namespace briefcast {

using testing::run_command;
using testing::TempDir;

namespace {
void fill(PcmSpool& spool, std::int64_t frames) {
  std::vector<std::int16_t> tone(static_cast<std::size_t>(frames));
  for (std::size_t i = 0; i < tone.size(); ++i) tone[i] = static_cast<std::int16_t>((i % 100) * 100);
  spool.append(tone);
}
}  // namespace

TEST(WavFile, ChaptersReadBackByLibsndfileAndFfprobe) {
  TempDir dir;
  PcmSpool spool;
  fill(spool, 22050 * 3);
  std::vector<Chapter> chapters = {{"Première histoire", 0, 22050}, {"Second", 22050, 11025}, {"Third one", 33075, 33075}};
  write_briefing_wav(dir.file("out.wav"), 22050, chapters, {.title = "Test briefing"}, spool);

  WavInfo info = read_wav_info(dir.file("out.wav"));
  EXPECT_EQ(info.sample_rate_hz, 22050);
  EXPECT_EQ(info.channels, 1);
  EXPECT_EQ(info.frames, 22050 * 3);
  EXPECT_EQ(info.title, "Test briefing");
  ASSERT_EQ(info.chapters.size(), 3u);
  EXPECT_EQ(info.chapters[0].title, "Première histoire");
  EXPECT_EQ(info.chapters[1].start_frame, 22050);
  EXPECT_EQ(info.chapters[2].title, "Third one");
  EXPECT_EQ(info.chapters[2].frame_count, 33075);

  auto probe = run_command({"ffprobe", "-v", "error", "-show_chapters", "-of", "json", dir.file("out.wav")});
  ASSERT_EQ(probe.exit_code, 0) << probe.err;
  auto json = nlohmann::json::parse(probe.out);
  ASSERT_EQ(json["chapters"].size(), 3u);
  EXPECT_EQ(json["chapters"][0]["tags"]["title"], "Première histoire");
  EXPECT_EQ(json["chapters"][1]["start"], 22050);
  EXPECT_EQ(json["chapters"][2]["tags"]["title"], "Third one");
}

TEST(WavFile, EveryLabelSurvivesForAllTitleLengthParities) {
  // Odd and even label sizes, and adtl payloads of every size mod 4, must all reopen.
  for (int n = 1; n <= 4; ++n) {
    TempDir dir;
    PcmSpool spool;
    fill(spool, 1000);
    std::vector<Chapter> chapters;
    for (int i = 0; i < n; ++i) chapters.push_back({std::string(static_cast<std::size_t>(i + n), 'a'), i * 100, 100});
    write_briefing_wav(dir.file("x.wav"), 22050, chapters, {}, spool);
    WavInfo info = read_wav_info(dir.file("x.wav"));
    ASSERT_EQ(info.chapters.size(), static_cast<std::size_t>(n));
    EXPECT_EQ(info.chapters.back().title, chapters.back().title);
    auto probe = run_command({"ffprobe", "-v", "error", "-show_chapters", "-of", "json", dir.file("x.wav")});
    auto json = nlohmann::json::parse(probe.out);
    ASSERT_EQ(json["chapters"].size(), static_cast<std::size_t>(n));
    EXPECT_EQ(json["chapters"][static_cast<std::size_t>(n - 1)]["tags"]["title"], chapters.back().title);
  }
}

TEST(WavFile, FailedWriteLeavesNoFileBehind) {
  TempDir dir;
  PcmSpool spool;
  fill(spool, 100);
  EXPECT_THROW(write_briefing_wav(dir.file("missing/out.wav"), 22050, {}, {}, spool), Error);
  EXPECT_TRUE(dir.entries().empty());
}

TEST(WavFile, ReadingGarbageIsAnInputError) {
  TempDir dir;
  testing::write_text_file(dir.file("x.wav"), "not audio at all");
  try {
    read_wav_info(dir.file("x.wav"));
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.stage(), Stage::kInput);
    EXPECT_EQ(e.path(), dir.file("x.wav"));
  }
}

}  // namespace briefcast
