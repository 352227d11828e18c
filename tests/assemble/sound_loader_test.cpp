#include "assemble/sound_loader.h"

#include <gtest/gtest.h>

#include <cstdlib>

#include "assemble/sndfile_writer.h"
#include "io/atomic_output.h"
#include "model/error.h"
#include "riff_bytes.h"
#include "support/run_command.h"

namespace briefcast {

using testing::chunk;
using testing::fmt_body;
using testing::TempDir;
using testing::u16;
using testing::wave;
using testing::write_text_file;

namespace {

// A 16-bit WAV of `frames` frames, every frame holding `values` (one per channel).
std::string constant_wav(std::uint32_t rate_hz, const std::vector<std::int16_t>& values, std::size_t frames) {
  std::string data;
  for (std::size_t f = 0; f < frames; ++f) {
    for (std::int16_t v : values) data += u16(static_cast<std::uint16_t>(v));
  }
  return wave(chunk("fmt ", fmt_body(static_cast<std::uint16_t>(values.size()), rate_hz)) + chunk("data", data));
}

std::string refusal(const std::string& path) {
  try {
    load_sound(path, 22050);
  } catch (const Error& e) {
    EXPECT_EQ(e.stage(), Stage::kInput);
    EXPECT_EQ(e.path(), path);
    return e.message();
  }
  return "accepted";
}

}  // namespace

TEST(SoundLoader, AtTheBriefingRateSamplesAreKept) {
  TempDir dir;
  std::string data;
  const std::vector<std::int16_t> samples = {0, 1, -1, 32767, -32768, 1234};
  for (std::int16_t s : samples) data += u16(static_cast<std::uint16_t>(s));
  write_text_file(dir.file("ding.wav"), wave(chunk("fmt ", fmt_body(1, 22050)) + chunk("data", data)));
  EXPECT_EQ(load_sound(dir.file("ding.wav"), 22050), samples);
}

TEST(SoundLoader, StereoIsMixedDownAndResampled) {
  TempDir dir;
  write_text_file(dir.file("chime.wav"), constant_wav(44100, {16000, 0}, 4410));  // 0.1 s
  const std::vector<std::int16_t> sound = load_sound(dir.file("chime.wav"), 22050);
  EXPECT_NEAR(static_cast<double>(sound.size()), 2205.0, 2.0);
  // Away from the edges, where the resampler's filter settles, the mix is the channels' mean.
  EXPECT_NEAR(sound[sound.size() / 2], 8000, 40);
}

TEST(SoundLoader, ReadsFormatsOtherThanWav) {
  if (!sndfile_can_write(AudioContainer::kFlac, {22050, 1})) GTEST_SKIP() << "this libsndfile writes no FLAC";
  TempDir dir;
  AtomicOutput output(dir.file("chime.flac"));
  write_sndfile_audio(output, AudioContainer::kFlac, {22050, 1}, {}, {}, [](const FrameConsumer& consume) {
    const std::vector<float> half(1000, 0.5f);
    consume(half);
  });
  output.commit();
  const std::vector<std::int16_t> sound = load_sound(dir.file("chime.flac"), 22050);
  ASSERT_EQ(sound.size(), 1000u);
  EXPECT_EQ(sound[500], 16384);
}

TEST(SoundLoader, RefusesLongSoundsBrokenWavsAndGarbage) {
  TempDir dir;
  write_text_file(dir.file("long.wav"), constant_wav(1000, {0}, 1000 * (kMaxSoundSeconds + 1)));
  EXPECT_EQ(refusal(dir.file("long.wav")), "sound is longer than 30 seconds");
  // Checked like any foreign WAV before libsndfile sees it.
  const std::string data = chunk("data", std::string(4, '\0'));
  write_text_file(dir.file("two.wav"), wave(chunk("fmt ", fmt_body()) + data + data));
  EXPECT_EQ(refusal(dir.file("two.wav")), "broken WAV: more than one data chunk");
  write_text_file(dir.file("noise.ogg"), "no sound in here");
  EXPECT_EQ(refusal(dir.file("noise.ogg")).rfind("cannot read sound: ", 0), 0u);
  EXPECT_EQ(refusal(dir.file("absent.wav")).rfind("cannot read sound: ", 0), 0u);
}

}  // namespace briefcast
