// briefcast help [--man] [COMMAND] and briefcast completion SHELL: documentation generated
// from the command line's own definition, so it lists exactly the options that exist.
#include <iostream>

#include "cli/cli_model.h"
#include "cli/commands.h"
#include "cli/completion.h"
#include "cli/man_page.h"

namespace briefcast::cli {

namespace {

struct HelpOptions {
  std::string command;
  bool man = false;
};

std::vector<std::string> command_names(const CLI::App& app) {
  std::vector<std::string> names;
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App* s) { return !s->get_group().empty(); })) {
    names.push_back(sub->get_name());
  }
  return names;
}

}  // namespace

void add_help_command(CLI::App& app, Action& action) {
  auto options = std::make_shared<HelpOptions>();
  std::vector<std::string> names = command_names(app);
  names.push_back("help");
  CLI::App* command = app.add_subcommand("help", "Print the help of the program or of one command, or the manual page");
  command->add_option("command", options->command, "The command to describe")
      ->type_name("COMMAND")
      ->check(CLI::IsMember(names));
  command->add_flag("--man", options->man, "Print the whole manual page, briefcast(1), as man(7) source");
  command->callback([options, &app, &action] {
    action = [options, &app] {
      if (options->man) {
        std::cout << man_page(describe_cli(app), full_version());
      } else if (options->command.empty()) {
        std::cout << app.help();
      } else {
        std::cout << app.get_subcommand(options->command)->help(app.get_name());
      }
      return kExitOk;
    };
  });
}

void add_completion_command(CLI::App& app, Action& action) {
  auto shell = std::make_shared<std::string>();
  CLI::App* command = app.add_subcommand("completion", "Print a script that completes briefcast's commands in a shell");
  command->add_option("shell", *shell, "The shell to complete in")->required()->check(CLI::IsMember({"bash", "zsh"}));
  command->callback([shell, &app, &action] {
    action = [&app, shell] {
      std::cout << (*shell == "zsh" ? zsh_completion(describe_cli(app)) : bash_completion(describe_cli(app)));
      return kExitOk;
    };
  });
}

}  // namespace briefcast::cli
