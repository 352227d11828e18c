// briefcast voices: the voices the installed eSpeak NG data offers.
#include <iomanip>
#include <iostream>

#include "cli/commands.h"
#include "synth/synthesizer.h"

namespace briefcast::cli {

void add_voices_command(CLI::App& app, Action& action) {
  CLI::App* command = app.add_subcommand("voices", "List the installed eSpeak NG voices (language, identifier, name)");
  command->callback([&action] {
    action = [] {
      Synthesizer synthesizer(VoiceConfig{});
      for (const VoiceInfo& voice : synthesizer.list_voices()) {
        std::cout << std::left << std::setw(12) << voice.language << ' ' << std::setw(24) << voice.identifier << ' '
                  << voice.name << '\n';
      }
      return kExitOk;
    };
  });
}

}  // namespace briefcast::cli
