#include "synth/voice_choice.h"

#include <gtest/gtest.h>

namespace briefcast {

TEST(VoiceChoice, MapsTagsToVoices) {
  EXPECT_EQ(voice_for_language("en"), "en-us");
  EXPECT_EQ(voice_for_language("en-GB"), "en-gb");
  EXPECT_EQ(voice_for_language("pt_BR"), "pt-br");
  EXPECT_EQ(voice_for_language("de"), "de");
  EXPECT_EQ(voice_for_language("de-AT"), "de");
  EXPECT_EQ(voice_for_language("zh-CN"), "cmn");
  EXPECT_EQ(voice_for_language(""), "en-us");
  EXPECT_EQ(voice_for_language("xx"), "en-us");
}

}  // namespace briefcast
