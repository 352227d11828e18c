#include "assemble/wav_reader.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "assemble/sndfile_writer.h"
#include "model/error.h"
#include "riff_bytes.h"
#include "support/run_command.h"

namespace briefcast {

using testing::chunk;
using testing::cue_body;
using testing::fmt_body;
using testing::run_command;
using testing::TempDir;
using testing::u16;
using testing::u32;
using testing::wave;
using testing::write_text_file;

namespace {

void fill(PcmSpool& spool, std::int64_t frames) {
  std::vector<std::int16_t> tone(static_cast<std::size_t>(frames));
  for (std::size_t i = 0; i < tone.size(); ++i) tone[i] = static_cast<std::int16_t>((i % 100) * 100);
  spool.append(tone);
}

std::vector<std::int16_t> samples_of(const PcmSpool& spool) {
  std::vector<std::int16_t> all;
  spool.read_all([&](std::span<const std::int16_t> block) { all.insert(all.end(), block.begin(), block.end()); });
  return all;
}

}  // namespace

TEST(WavReader, ChaptersReadBackByLibsndfileAndFfprobe) {
  TempDir dir;
  PcmSpool spool;
  fill(spool, 22050 * 3);
  std::vector<Chapter> chapters = {{"Première histoire", 0, 22050}, {"Second", 22050, 11025}, {"Third one", 33075, 33075}};
  write_briefing_wav(dir.file("out.wav"), 22050, chapters, {.title = "Test briefing", .comment = "Read aloud"}, spool);

  WavInfo info = read_wav_info(dir.file("out.wav"));
  EXPECT_EQ(info.sample_rate_hz, 22050);
  EXPECT_EQ(info.channels, 1);
  EXPECT_EQ(info.frames, 22050 * 3);
  EXPECT_EQ(info.title, "Test briefing");
  EXPECT_EQ(info.comment, "Read aloud");
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

TEST(WavReader, EveryLabelSurvivesForAllTitleLengthParities) {
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

TEST(WavReader, AWavWithoutCuesHasNoChapters) {
  TempDir dir;
  PcmSpool spool;
  fill(spool, 500);
  write_briefing_wav(dir.file("plain.wav"), 16000, {}, {}, spool);
  WavInfo info = read_wav_info(dir.file("plain.wav"));
  EXPECT_EQ(info.sample_rate_hz, 16000);
  EXPECT_EQ(info.frames, 500);
  EXPECT_TRUE(info.chapters.empty());
  EXPECT_EQ(info.title, "");
}

TEST(WavReader, CuesFromAnotherWriterAreNamedByTheirLabels) {
  // Cue ids 7 and 3 out of frame order, a label for one of them, and a note that is no title.
  TempDir dir;
  const std::string adtl = "adtl" + chunk("labl", u32(3) + std::string("Opening\0", 8)) +
                           chunk("note", u32(7) + std::string("not a title\0", 12));
  write_text_file(dir.file("foreign.wav"), wave(chunk("fmt ", fmt_body(1, 8000)) + chunk("cue ", cue_body({{7, 30}, {3, 10}})) +
                                                chunk("LIST", adtl) + chunk("data", std::string(80, '\0'))));
  WavInfo info = read_wav_info(dir.file("foreign.wav"));
  EXPECT_EQ(info.frames, 40);
  ASSERT_EQ(info.chapters.size(), 2u);
  EXPECT_EQ(info.chapters[0].title, "Opening");
  EXPECT_EQ(info.chapters[0].start_frame, 10);
  EXPECT_EQ(info.chapters[0].frame_count, 20);
  EXPECT_EQ(info.chapters[1].title, "");
  EXPECT_EQ(info.chapters[1].frame_count, 10);
}

TEST(WavReader, SamplesAreStreamedAsTheyAre) {
  TempDir dir;
  PcmSpool spool;
  fill(spool, 40000);  // more than one read block
  write_briefing_wav(dir.file("in.wav"), 22050, {}, {}, spool);
  PcmSpool back;
  back.append(std::vector<std::int16_t>{-1, 1});  // appended to, not replaced
  append_wav_samples(dir.file("in.wav"), back);
  std::vector<std::int16_t> expected = {-1, 1};
  const std::vector<std::int16_t> written = samples_of(spool);
  expected.insert(expected.end(), written.begin(), written.end());
  EXPECT_EQ(samples_of(back), expected);
}

TEST(WavReader, StereoIsAveragedToMono) {
  TempDir dir;
  const std::string frames = u16(1000) + u16(3000) + u16(static_cast<std::uint16_t>(-2000)) + u16(0);
  write_text_file(dir.file("stereo.wav"), wave(chunk("fmt ", fmt_body(2, 22050)) + chunk("data", frames)));
  EXPECT_EQ(read_wav_info(dir.file("stereo.wav")).channels, 2);
  PcmSpool spool;
  append_wav_samples(dir.file("stereo.wav"), spool);
  EXPECT_EQ(samples_of(spool), (std::vector<std::int16_t>{2000, -1000}));
}

TEST(WavReader, ReadingGarbageIsAnInputError) {
  TempDir dir;
  write_text_file(dir.file("x.wav"), "not audio at all");
  for (int reader = 0; reader < 2; ++reader) {
    try {
      PcmSpool spool;
      if (reader == 0) read_wav_info(dir.file("x.wav"));
      if (reader == 1) append_wav_samples(dir.file("x.wav"), spool);
      ADD_FAILURE() << "reader " << reader << " accepted garbage";
    } catch (const Error& e) {
      EXPECT_EQ(e.stage(), Stage::kInput);
      EXPECT_EQ(e.path(), dir.file("x.wav"));
    }
  }
}

}  // namespace briefcast
