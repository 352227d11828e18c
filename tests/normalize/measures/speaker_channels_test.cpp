// A sound system's channel count, each figure said and joined by "point".
#include <gtest/gtest.h>

#include <string>

#include "normalize/normalizer.h"

namespace briefcast {

namespace {
bool has(const std::string& said, const std::string& part) { return said.find(part) != std::string::npos; }
}  // namespace

TEST(SpeakerChannels, CountsBeforeCh) {
  EXPECT_TRUE(has(normalize_text("The sound bar ships as a 3.1.2-ch set."), "three point one point two channel set"));
  EXPECT_TRUE(has(normalize_text("It decodes 9.1.6ch audio."), "nine point one point six channel audio"));
  EXPECT_TRUE(has(normalize_text("a 5.1-ch surround mix"), "five point one channel surround mix"));
  EXPECT_TRUE(has(normalize_text("a home cinema in a 7.2ch layout"), "seven point two channel layout"));
}

TEST(SpeakerChannels, PowerBeforeTheCountIsAnAdjective) {
  EXPECT_TRUE(has(normalize_text("The soundbar is a 45W 3.1-ch bar."), "a forty-five-watt three point one channel bar"));
}

TEST(SpeakerChannels, OtherFiguresAreLeft) {
  EXPECT_FALSE(has(normalize_text("Shares rose 5.1 in March."), "channel"));
  EXPECT_FALSE(has(normalize_text("The 1.2.3 release of the app fixed it."), "channel"));
  EXPECT_FALSE(has(normalize_text("He read 4 ch of the book."), "channel"));
  // With no word of audio in the line the letters are a name or a slip.
  EXPECT_FALSE(has(normalize_text("Squad 5.2ch took the cup in Busan."), "channel"));
  EXPECT_FALSE(has(normalize_text("Its 1.5-ch motor was praised."), "channel"));
}

}  // namespace briefcast
