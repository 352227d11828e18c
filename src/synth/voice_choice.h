// Which eSpeak NG voice speaks a language: a synth concern, since the names are the engine's.
#pragma once

#include <string>
#include <string_view>

namespace briefcast {

// The eSpeak NG voice for a language tag: "en" -> "en-us", "pt-BR" -> "pt-br", "de" -> "de";
// "" or an unknown tag -> "en-us".
std::string voice_for_language(std::string_view tag);

}  // namespace briefcast
