#include "synth/synthesizer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>

#include "model/error.h"

namespace briefcast {

namespace {
std::vector<std::int16_t> speak_to_vector(Synthesizer& synth, const std::string& text,
                                          std::vector<SpeechEvent>* events = nullptr) {
  std::vector<std::int16_t> pcm;
  synth.speak(text, [&](std::span<const std::int16_t> block) { pcm.insert(pcm.end(), block.begin(), block.end()); },
              events);
  return pcm;
}
}  // namespace

TEST(Synthesizer, SpeaksAtTheEngineRate) {
  Synthesizer synth(VoiceConfig{});
  EXPECT_EQ(synth.sample_rate_hz(), 22050);
  auto pcm = speak_to_vector(synth, "Good evening, this is the news.");
  // About two seconds of speech, and not silence.
  EXPECT_GT(pcm.size(), 22050u);
  EXPECT_LT(pcm.size(), 22050u * 6);
  auto loudest = std::max_element(pcm.begin(), pcm.end(), [](auto a, auto b) { return std::abs(a) < std::abs(b); });
  EXPECT_GT(std::abs(*loudest), 1000);
}

TEST(Synthesizer, FasterRateMakesShorterAudio) {
  std::size_t slow = 0, fast = 0;
  {
    Synthesizer synth({.voice = "en-us", .rate_wpm = 120, .pitch = 50});
    slow = speak_to_vector(synth, "The quick brown fox jumps over the lazy dog.").size();
  }
  {
    Synthesizer synth({.voice = "en-us", .rate_wpm = 300, .pitch = 50});
    fast = speak_to_vector(synth, "The quick brown fox jumps over the lazy dog.").size();
  }
  EXPECT_LT(fast * 3, slow * 2);
}

TEST(Synthesizer, UnknownVoiceIsAUsageError) {
  try {
    Synthesizer synth({.voice = "no-such-voice"});
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_EQ(e.stage(), Stage::kUsage);
    EXPECT_NE(e.message().find("no-such-voice"), std::string::npos);
  }
}

TEST(Synthesizer, OnlyOneEnginePerProcess) {
  Synthesizer first(VoiceConfig{});
  EXPECT_THROW(Synthesizer second(VoiceConfig{}), Error);
}

TEST(Synthesizer, MarkupInTextIsReadNotObeyed) {
  Synthesizer synth(VoiceConfig{});
  auto plain = speak_to_vector(synth, "hello");
  // With SSML on, the tags would vanish and only "hello" would be spoken.
  auto markup = speak_to_vector(synth, "<speak><voice name=\"x\">hello</voice></speak>");
  EXPECT_GT(markup.size(), plain.size() * 2);
}

TEST(Synthesizer, ReportsWordEventsInOrder) {
  Synthesizer synth(VoiceConfig{});
  std::vector<SpeechEvent> events;
  auto pcm = speak_to_vector(synth, "One two three. Four five.", &events);
  std::size_t words = 0;
  std::int64_t last = -1;
  for (const auto& e : events) {
    if (e.kind != SpeechEvent::Kind::kWord) continue;
    ++words;
    EXPECT_GE(e.frame, last);
    EXPECT_LE(e.frame, static_cast<std::int64_t>(pcm.size()));
    last = e.frame;
  }
  EXPECT_EQ(words, 5u);
}

TEST(Synthesizer, ListsVoicesIncludingAmericanEnglish) {
  Synthesizer synth(VoiceConfig{});
  auto voices = synth.list_voices();
  EXPECT_GT(voices.size(), 50u);
  EXPECT_TRUE(std::any_of(voices.begin(), voices.end(), [](const VoiceInfo& v) { return v.language == "en-us"; }));
}

}  // namespace briefcast

namespace briefcast {

TEST(Synthesizer, SwitchesVoiceBetweenTexts) {
  Synthesizer synth(VoiceConfig{});
  auto english = speak_to_vector(synth, "eins zwei drei vier");
  synth.set_voice({.voice = "de"});
  EXPECT_EQ(synth.voice().voice, "de");
  auto german = speak_to_vector(synth, "eins zwei drei vier");
  EXPECT_NE(english.size(), german.size());
  EXPECT_THROW(synth.set_voice({.voice = "no-such-voice"}), Error);
  EXPECT_EQ(synth.voice().voice, "de");
}

}  // namespace briefcast

namespace briefcast {

TEST(Synthesizer, AcceptsAVoiceByTheLanguageItIsListedUnder) {
  // `briefcast voices` lists "en-gb" in its language column; the voice file is "gmw/en".
  Synthesizer synth({.voice = "en-gb"});
  EXPECT_GT(speak_to_vector(synth, "Good evening.").size(), 1000u);
}

}  // namespace briefcast
