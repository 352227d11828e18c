#include "assemble/riff_layout.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <string>

#include "assemble/sndfile_writer.h"
#include "assemble/wav_reader.h"
#include "model/error.h"
#include "riff_bytes.h"
#include "support/run_command.h"

namespace briefcast {

using testing::chunk;
using testing::fmt_body;
using testing::TempDir;
using testing::test_data;
using testing::u32;
using testing::wave;
using testing::write_text_file;

namespace {

std::string refusal(const std::string& path) {
  try {
    check_riff_wave_layout(path);
  } catch (const Error& e) {
    return e.message();
  }
  return "accepted";
}

}  // namespace

TEST(RiffLayout, AcceptsWhatWeWrite) {
  TempDir dir;
  PcmSpool spool;
  spool.append(std::vector<std::int16_t>(22050, 100));
  write_briefing_wav(dir.file("ours.wav"), 22050, {{"One", 0, 11025}, {"Two", 11025, 11025}}, {.title = "T"}, spool);
  EXPECT_EQ(refusal(dir.file("ours.wav")), "accepted");

  // Without the pad byte after an odd-sized last chunk, as some writers leave it.
  write_text_file(dir.file("odd.wav"), wave(chunk("fmt ", fmt_body()) + chunk("data", std::string(2, '\0')) + chunk("note", "x")));
  EXPECT_EQ(refusal(dir.file("odd.wav")), "accepted");
}

TEST(RiffLayout, RefusesTheChunkListsLibsndfileSpinsOn) {
  // Found by fuzz_wav_reader: libsndfile 1.2 spins for minutes on this file.
  EXPECT_EQ(refusal(test_data("../fuzz/regressions/wav_reader/wav_reader-libsndfile-hangs.wav")),
            "broken WAV: cue chunk at byte 36 holds fewer points than it counts");
  EXPECT_THROW(read_wav_info(test_data("../fuzz/regressions/wav_reader/wav_reader-libsndfile-hangs.wav")), Error);
}

TEST(RiffLayout, RefusesInconsistentChunkLists) {
  TempDir dir;
  const std::string fmt = chunk("fmt ", fmt_body());
  const std::string data = chunk("data", std::string(8, '\0'));
  write_text_file(dir.file("a.wav"), "not a wav at all");
  EXPECT_EQ(refusal(dir.file("a.wav")), "not a WAV file (no RIFF WAVE header)");
  write_text_file(dir.file("b.wav"), wave(data));
  EXPECT_EQ(refusal(dir.file("b.wav")), "broken WAV: no fmt chunk");
  write_text_file(dir.file("c.wav"), wave(fmt));
  EXPECT_EQ(refusal(dir.file("c.wav")), "broken WAV: no data chunk");
  write_text_file(dir.file("d.wav"), wave(data + fmt));
  EXPECT_EQ(refusal(dir.file("d.wav")), "broken WAV: fmt chunk after the data chunk");
  write_text_file(dir.file("h.wav"), wave(fmt + data + data));
  EXPECT_EQ(refusal(dir.file("h.wav")), "broken WAV: more than one data chunk");
  write_text_file(dir.file("e.wav"), wave(fmt + chunk("cue ", u32(0)) + chunk("cue ", u32(0)) + data));
  EXPECT_EQ(refusal(dir.file("e.wav")), "broken WAV: more than one cue chunk");
  // A LIST claiming 1 GiB in a file of a few dozen bytes, with the samples after it.
  write_text_file(dir.file("f.wav"), wave(fmt + "LIST" + u32(1u << 30) + "adtl" + data));
  EXPECT_EQ(refusal(dir.file("f.wav")), "broken WAV: chunk 'LIST' at byte 36 claims 1073741824 bytes, past the end of the file (cut short?)");
  // A label claiming more than its LIST holds (libsndfile spins on this too).
  write_text_file(dir.file("i.wav"), wave(fmt + chunk("LIST", "adtl" + ("labl" + u32(100)) + u32(1) + "One") + data));
  EXPECT_EQ(refusal(dir.file("i.wav")), "broken WAV: chunk 'labl' at byte 48 claims 100 bytes, past the end of its LIST");
  EXPECT_EQ(refusal(test_data("../fuzz/regressions/wav_reader/wav_reader-adtl-label-overruns-list-spins.wav")),
            "broken WAV: no chunk name at byte 108");
  // A cue chunk counting five points and holding none.
  write_text_file(dir.file("j.wav"), wave(fmt + chunk("cue ", u32(5)) + data));
  EXPECT_EQ(refusal(dir.file("j.wav")), "broken WAV: cue chunk at byte 36 holds fewer points than it counts");
  // A chunk name that is not text (and would not be printable in the message).
  write_text_file(dir.file("g.wav"), wave(fmt + std::string("\x1b[2J", 4) + u32(4) + "abcd" + data));
  EXPECT_EQ(refusal(dir.file("g.wav")), "broken WAV: no chunk name at byte 36");
  // Samples cut short: the data chunk claims more than the file holds.
  write_text_file(dir.file("cut.wav"), wave(fmt + "data" + u32(1000) + std::string(10, '\0')));
  EXPECT_EQ(refusal(dir.file("cut.wav")), "broken WAV: chunk 'data' at byte 36 claims 1000 bytes, past the end of the file (cut short?)");
}

}  // namespace briefcast
