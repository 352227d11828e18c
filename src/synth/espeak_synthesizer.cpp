// The only file that includes eSpeak NG.
#include <espeak-ng/espeak_ng.h>
#include <espeak-ng/speak_lib.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <string_view>
#include <atomic>
#include <exception>
#include <mutex>

#include "model/error.h"
#include "synth/synthesizer.h"

namespace briefcast {

namespace {

std::atomic<bool> g_engine_alive{false};

std::string status_message(espeak_ng_STATUS status) {
  char buffer[512] = {};
  espeak_ng_GetStatusCodeMessage(status, buffer, sizeof buffer);
  return buffer;
}

// State for one speak() call, passed through espeak's user_data.
struct SpeakContext {
  const PcmSink* sink = nullptr;
  std::vector<SpeechEvent>* events = nullptr;
  std::int64_t frames = 0;
  std::exception_ptr failure;  // an exception never crosses the C callback
};

int on_synth(short* wav, int sample_count, espeak_EVENT* events) {
  auto* context = static_cast<SpeakContext*>(events->user_data);
  if (context == nullptr || context->failure) return 1;
  try {
    if (context->events != nullptr) {
      for (espeak_EVENT* e = events; e->type != espeakEVENT_LIST_TERMINATED; ++e) {
        if (e->type != espeakEVENT_WORD && e->type != espeakEVENT_SENTENCE) continue;
        SpeechEvent event;
        event.kind = e->type == espeakEVENT_WORD ? SpeechEvent::Kind::kWord : SpeechEvent::Kind::kSentence;
        event.frame = e->sample;
        event.text_position = std::max(0, e->text_position - 1);  // eSpeak counts from 1
        event.text_length = e->length;
        context->events->push_back(event);
      }
    }
    if (wav != nullptr && sample_count > 0) {
      (*context->sink)(std::span<const std::int16_t>(wav, static_cast<std::size_t>(sample_count)));
      context->frames += sample_count;
    }
  } catch (...) {
    context->failure = std::current_exception();
    return 1;
  }
  return 0;
}

// Initializes the engine once per process. Terminating and re-initializing eSpeak NG in
// synchronous mode hangs (1.51), so the engine lives until the process exits; each
// Synthesizer only selects its voice and parameters.
void initialize_engine_once() {
  static std::once_flag once;
  static std::string failure;
  std::call_once(once, [] {
    espeak_ng_InitializePath(nullptr);
    espeak_ng_ERROR_CONTEXT error_context = nullptr;
    espeak_ng_STATUS status = espeak_ng_Initialize(&error_context);
    if (status != ENS_OK) {
      espeak_ng_ClearErrorContext(&error_context);
      failure = "cannot initialize eSpeak NG: " + status_message(status);
      return;
    }
    status = espeak_ng_InitializeOutput(ENOUTPUT_MODE_SYNCHRONOUS, 0, nullptr);
    if (status != ENS_OK) {
      failure = "cannot start eSpeak NG output: " + status_message(status);
      return;
    }
    espeak_SetSynthCallback(on_synth);
  });
  if (!failure.empty()) throw Error::synth("", failure);
}

}  // namespace

Synthesizer::Synthesizer(const VoiceConfig& config) {
  if (g_engine_alive.exchange(true)) {
    throw Error::synth("", "eSpeak NG is process-wide: only one Synthesizer may exist at a time");
  }
  try {
    initialize_engine_once();
    set_voice(config);
    sample_rate_hz_ = espeak_ng_GetSampleRate();
  } catch (...) {
    g_engine_alive = false;
    throw;
  }
}

Synthesizer::~Synthesizer() { g_engine_alive = false; }

namespace {
// A voice is named by its name or file ("en-us", "gmw/en") or, as `briefcast voices` lists it
// first, by its language ("en-gb", whose file is "gmw/en"): try the name, then the language.
bool select_voice(const std::string& voice) {
  if (espeak_ng_SetVoiceByName(voice.c_str()) == ENS_OK) return true;
  auto same = [](std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
             return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
           });
  };
  for (const espeak_VOICE** list = espeak_ListVoices(nullptr); list != nullptr && *list != nullptr; ++list) {
    const espeak_VOICE* v = *list;
    // `languages` is a run of (priority byte, NUL-terminated tag) pairs, ended by a zero byte.
    for (const char* entry = v->languages; entry != nullptr && entry[0] != '\0'; entry += std::strlen(entry + 1) + 2) {
      if (same(entry + 1, voice) && v->identifier != nullptr) {
        return espeak_ng_SetVoiceByName(v->identifier) == ENS_OK;
      }
    }
  }
  return false;
}
}  // namespace

void Synthesizer::set_voice(const VoiceConfig& config) {
  if (!select_voice(config.voice)) {
    // Restore the voice in use so a failed switch changes nothing.
    if (!voice_.voice.empty()) select_voice(voice_.voice);
    throw Error::usage("unknown voice '" + config.voice + "' (see 'briefcast voices')");
  }
  espeak_ng_SetParameter(espeakRATE, std::clamp(config.rate_wpm, 80, 450), 0);
  espeak_ng_SetParameter(espeakPITCH, std::clamp(config.pitch, 0, 100), 0);
  voice_ = config;
}

void Synthesizer::speak(std::string_view text, const PcmSink& sink, std::vector<SpeechEvent>* events) {
  std::string buffer(text);  // espeak needs a NUL-terminated string
  SpeakContext context;
  context.sink = &sink;
  context.events = events;
  // Plain text only: no espeakSSML, no espeakPHONEMES, so article text is never obeyed.
  espeak_ERROR result = espeak_Synth(buffer.c_str(), buffer.size() + 1, 0, POS_CHARACTER, 0, espeakCHARS_UTF8,
                                     nullptr, &context);
  if (context.failure) std::rethrow_exception(context.failure);
  if (result != EE_OK) throw Error::synth("", "eSpeak NG failed to synthesize text");
}

std::vector<VoiceInfo> Synthesizer::list_voices() const {
  std::vector<VoiceInfo> voices;
  const espeak_VOICE** list = espeak_ListVoices(nullptr);
  for (; list != nullptr && *list != nullptr; ++list) {
    const espeak_VOICE* v = *list;
    VoiceInfo info;
    info.name = v->name != nullptr ? v->name : "";
    info.identifier = v->identifier != nullptr ? v->identifier : "";
    // `languages` is a run of (priority byte, NUL-terminated tag) pairs; the first tag is the main one.
    if (v->languages != nullptr && v->languages[0] != '\0') info.language = v->languages + 1;
    voices.push_back(std::move(info));
  }
  std::sort(voices.begin(), voices.end(), [](const VoiceInfo& a, const VoiceInfo& b) {
    return a.language != b.language ? a.language < b.language : a.name < b.name;
  });
  return voices;
}

std::string engine_version() {
  // espeak_Info only reports; it needs no initialized engine.
  const char* version = espeak_Info(nullptr);
  return version != nullptr ? version : "";
}

}  // namespace briefcast
