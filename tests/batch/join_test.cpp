#include "batch/join.h"

#include <gtest/gtest.h>

#include "assemble/sndfile_writer.h"
#include "assemble/wav_reader.h"
#include "batch_test_support.h"
#include "model/error.h"

namespace briefcast {
namespace {

using testing::ScratchDir;

constexpr int kRate = 22050;

// A WAV of `frames` samples with one labelled chapter and an INFO title.
void make_wav(const std::string& path, std::int64_t frames, const std::string& label, const std::string& title,
              int rate = kRate) {
  PcmSpool spool;
  std::vector<std::int16_t> ramp(static_cast<std::size_t>(frames));
  for (std::size_t i = 0; i < ramp.size(); ++i) ramp[i] = static_cast<std::int16_t>(i % 1000);
  spool.append(ramp);
  std::vector<Chapter> chapters;
  if (!label.empty()) chapters.push_back(Chapter{label, 0, frames});
  AudioTags tags;
  tags.title = title;
  write_briefing_wav(path, rate, chapters, tags, spool);
}

TEST(Join, ThreeInputsThreeChaptersAtTheRightFrames) {
  ScratchDir dir;
  make_wav(dir / "a.wav", 1000, "First story", "ignored: the label wins");
  make_wav(dir / "b.wav", 2500, "", "Second story");
  make_wav(dir / "c.wav", 700, "", "");
  std::vector<JoinInput> inputs = inspect_join_inputs({dir / "a.wav", dir / "b.wav", dir / "c.wav"});
  ASSERT_EQ(inputs.size(), 3u);
  EXPECT_EQ(inputs[0].title, "First story");
  EXPECT_EQ(inputs[1].title, "Second story");
  EXPECT_EQ(inputs[2].title, "c");  // no label, no title: the file name

  JoinConfig config;
  config.chapter_pause_ms = 100;  // 2205 frames
  config.title = "Joined";
  std::vector<Chapter> chapters = join_wavs(inputs, dir / "joined.wav", config);
  std::vector<Chapter> planned = plan_join(inputs, 2205);
  ASSERT_EQ(chapters.size(), 3u);
  const std::int64_t starts[] = {0, 1000 + 2205, 1000 + 2205 + 2500 + 2205};
  for (std::size_t i = 0; i < 3; ++i) {
    EXPECT_EQ(chapters[i].start_frame, starts[i]);
    EXPECT_EQ(planned[i].start_frame, starts[i]);
    EXPECT_EQ(planned[i].frame_count, chapters[i].frame_count);
  }

  WavInfo joined = read_wav_info(dir / "joined.wav");
  EXPECT_EQ(joined.frames, 1000 + 2205 + 2500 + 2205 + 700);
  EXPECT_EQ(joined.title, "Joined");
  ASSERT_EQ(joined.chapters.size(), 3u);
  EXPECT_EQ(joined.chapters[1].title, "Second story");
  EXPECT_EQ(joined.chapters[2].start_frame, starts[2]);
}

TEST(Join, MixedSampleRatesAreRefused) {
  ScratchDir dir;
  make_wav(dir / "a.wav", 100, "A", "", 22050);
  make_wav(dir / "b.wav", 100, "B", "", 16000);
  EXPECT_THROW(inspect_join_inputs({dir / "a.wav", dir / "b.wav"}), Error);
}

TEST(Join, UnreadableInputNamesTheFile) {
  ScratchDir dir;
  testing::write_file(dir / "fake.wav", "not a wav at all");
  try {
    inspect_join_inputs({dir / "fake.wav"});
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_EQ(e.path(), dir / "fake.wav");
  }
}

}  // namespace
}  // namespace briefcast
