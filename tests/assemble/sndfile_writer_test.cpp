#include "assemble/sndfile_writer.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "assemble/wav_reader.h"
#include "io/atomic_output.h"
#include "model/error.h"
#include "support/run_command.h"

namespace briefcast {

using testing::run_command;
using testing::TempDir;

namespace {

// A source that streams `samples` (interleaved) in two blocks, as the audio chain does.
FrameSource source_of(std::vector<float> samples, std::size_t channels) {
  return [samples = std::move(samples), channels](const FrameConsumer& consume) {
    const std::size_t half = samples.size() / channels / 2 * channels;
    consume(std::span<const float>(samples.data(), half));
    consume(std::span<const float>(samples.data() + half, samples.size() - half));
  };
}

std::vector<std::int16_t> samples_of(const std::string& path) {
  PcmSpool spool;
  append_wav_samples(path, spool);
  std::vector<std::int16_t> all;
  spool.read_all([&](std::span<const std::int16_t> block) { all.insert(all.end(), block.begin(), block.end()); });
  return all;
}

nlohmann::json probe(const std::string& path) {
  auto result = run_command({"ffprobe", "-v", "error", "-show_format", "-show_streams", "-show_chapters", "-of", "json", path});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  return nlohmann::json::parse(result.out);
}

}  // namespace

TEST(SndfileWriter, FailedWriteLeavesNoFileBehind) {
  TempDir dir;
  PcmSpool spool;
  spool.append(std::vector<std::int16_t>(100, 7));
  EXPECT_THROW(write_briefing_wav(dir.file("missing/out.wav"), 22050, {}, {}, spool), Error);
  EXPECT_TRUE(dir.entries().empty());
}

TEST(SndfileWriter, FloatFramesBecomeRoundedClippedSixteenBitSamples) {
  TempDir dir;
  AtomicOutput output(dir.file("floats.wav"));
  write_sndfile_audio(output, AudioContainer::kWav, {8000, 1}, {}, {},
                      source_of({0.5f, -0.5f, 1.5f, -2.0f, 100.4f / 32768.0f, -100.6f / 32768.0f}, 1));
  output.commit();
  EXPECT_EQ(samples_of(dir.file("floats.wav")), (std::vector<std::int16_t>{16384, -16384, 32767, -32768, 100, -101}));
}

TEST(SndfileWriter, StereoWavCarriesCuesAndTags) {
  TempDir dir;
  std::vector<float> frames;
  for (int i = 0; i < 4000; ++i) frames.insert(frames.end(), {0.25f, 0.25f});
  AtomicOutput output(dir.file("stereo.wav"));
  write_sndfile_audio(output, AudioContainer::kWav, {44100, 2}, {{"Lead", 0, 2500}, {"Weather", 2500, 1500}},
                      {.title = "Morning", .artist = "Desk", .date = "2031-04-05", .comment = "Two stories"},
                      source_of(frames, 2));
  output.commit();
  const WavInfo info = read_wav_info(dir.file("stereo.wav"));
  EXPECT_EQ(info.sample_rate_hz, 44100);
  EXPECT_EQ(info.channels, 2);
  EXPECT_EQ(info.frames, 4000);
  EXPECT_EQ(info.title, "Morning");
  EXPECT_EQ(info.comment, "Two stories");
  ASSERT_EQ(info.chapters.size(), 2u);
  EXPECT_EQ(info.chapters[1].title, "Weather");
  EXPECT_EQ(info.chapters[1].start_frame, 2500);
  const nlohmann::json tags = probe(dir.file("stereo.wav"))["format"]["tags"];
  EXPECT_EQ(tags["artist"], "Desk");
  EXPECT_EQ(tags["date"], "2031-04-05");
}

TEST(SndfileWriter, FlacHasTheSamplesAndTagsButNoCues) {
  if (!sndfile_can_write(AudioContainer::kFlac, {22050, 1})) GTEST_SKIP() << "this libsndfile writes no FLAC";
  TempDir dir;
  AtomicOutput output(dir.file("out.flac"));
  write_sndfile_audio(output, AudioContainer::kFlac, {22050, 1}, {{"Only", 0, 2205}}, {.title = "Lossless"},
                      source_of(std::vector<float>(2205, 0.1f), 1));
  output.commit();
  const nlohmann::json json = probe(dir.file("out.flac"));
  EXPECT_EQ(json["format"]["format_name"], "flac");
  EXPECT_EQ(json["streams"][0]["sample_rate"], "22050");
  EXPECT_EQ(json["format"]["tags"]["title"], "Lossless");
  EXPECT_TRUE(json["chapters"].empty()) << json["chapters"].dump();
}

TEST(SndfileWriter, RefusesWhatLibsndfileCannotWrite) {
  EXPECT_TRUE(sndfile_can_write(AudioContainer::kWav, {22050, 1}));
  EXPECT_FALSE(sndfile_can_write(AudioContainer::kMp4Aac, {22050, 1}));
  TempDir dir;
  AtomicOutput output(dir.file("out.m4a"));
  try {
    write_sndfile_audio(output, AudioContainer::kMp4Aac, {22050, 1}, {}, {}, source_of({0.0f}, 1));
    FAIL() << "wrote an MP4 through libsndfile";
  } catch (const Error& e) {
    EXPECT_EQ(e.stage(), Stage::kOutput);
    EXPECT_EQ(e.path(), dir.file("out.m4a"));
    EXPECT_NE(e.message().find("cannot write"), std::string::npos) << e.message();
  }
}

}  // namespace briefcast
