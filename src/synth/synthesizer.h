// synth: text -> 16-bit mono PCM, through libespeak-ng's C API in synchronous mode.
//
// eSpeak NG keeps process-wide global state and is not thread-safe: at most one Synthesizer
// may exist in a process at a time (constructing a second one throws). Parallel work means
// worker processes, which also confines an engine crash to one article.
//
//   Synthesizer synth({.voice = "en-us", .rate_wpm = 175});
//   synth.speak("Hello.", [&](std::span<const std::int16_t> pcm) { ... });
#pragma once

#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace briefcast {

struct VoiceConfig {
  std::string voice = "en-us";  // any eSpeak NG voice name or identifier
  int rate_wpm = 175;           // words per minute, 80..450
  int pitch = 50;               // base pitch, 0..100
};

struct VoiceInfo {
  std::string name;        // "English_(America)"
  std::string identifier;  // "gmw/en-US", the file under espeak-ng-data/voices
  std::string language;    // the voice's first language tag, "en-us"
};

// Where a word or sentence starts in the audio of one speak() call.
struct SpeechEvent {
  enum class Kind { kWord, kSentence } kind = Kind::kWord;
  std::int64_t frame = 0;            // sample offset from the start of this speak() call
  std::int64_t text_position = 0;    // 0-based character (code point) offset in the text
  std::int64_t text_length = 0;      // code points, words only
};

// Receives audio as the engine makes it. May throw; the exception reaches speak()'s caller.
using PcmSink = std::function<void(std::span<const std::int16_t>)>;

// The version of the eSpeak NG library this process runs with ("1.51"), for --version. Needs
// no Synthesizer.
std::string engine_version();

class Synthesizer {
 public:
  // Initializes the engine and selects the voice. Throws Error (Stage::kSynth) when the
  // engine data is missing or the voice is unknown, or when another Synthesizer is alive.
  explicit Synthesizer(const VoiceConfig& config);
  ~Synthesizer();
  Synthesizer(const Synthesizer&) = delete;
  Synthesizer& operator=(const Synthesizer&) = delete;

  int sample_rate_hz() const { return sample_rate_hz_; }

  // Switches voice, rate and pitch for what is spoken next (a briefing may mix languages).
  // Throws Error (Stage::kUsage) for an unknown voice, keeping the previous one.
  void set_voice(const VoiceConfig& config);
  const VoiceConfig& voice() const { return voice_; }

  // Speaks plain UTF-8 text (never SSML, never phoneme input) and streams the samples to
  // `sink`. Events, when asked for, are appended to `events`.
  void speak(std::string_view text, const PcmSink& sink, std::vector<SpeechEvent>* events = nullptr);

  // Every voice the installed engine data offers, sorted by language.
  std::vector<VoiceInfo> list_voices() const;

 private:
  int sample_rate_hz_ = 0;
  VoiceConfig voice_;
};

}  // namespace briefcast
