#include "assemble/sndfile_handle.h"

#include <gtest/gtest.h>

#include "model/error.h"
#include "riff_bytes.h"
#include "support/run_command.h"

namespace briefcast {

using testing::TempDir;

TEST(SndfileHandle, OpensAndFillsTheInfo) {
  TempDir dir;
  testing::write_text_file(dir.file("a.wav"), testing::wave(testing::chunk("fmt ", testing::fmt_body(2, 11025)) +
                                                            testing::chunk("data", std::string(12, '\0'))));
  SF_INFO info{};
  info.channels = 99;  // overwritten, not used as a hint
  SndfilePtr file = open_sndfile_for_reading(dir.file("a.wav"), "audio", info);
  ASSERT_TRUE(file);
  EXPECT_EQ(info.samplerate, 11025);
  EXPECT_EQ(info.channels, 2);
  EXPECT_EQ(info.frames, 3);
}

TEST(SndfileHandle, AnOpenFailureNamesTheFileAndWhatWasRead) {
  TempDir dir;
  SF_INFO info{};
  try {
    open_sndfile_for_reading(dir.file("missing.wav"), "chime", info);
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.stage(), Stage::kInput);
    EXPECT_EQ(e.path(), dir.file("missing.wav"));
    EXPECT_EQ(e.message().rfind("cannot read chime: ", 0), 0u) << e.message();
  }
}

}  // namespace briefcast
