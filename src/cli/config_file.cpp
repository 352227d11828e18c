#include "cli/config_file.h"

#include <iterator>
#include <sstream>

#include "cli/cli_model.h"
#include "io/config_lines.h"
#include "model/error.h"

namespace briefcast::cli {

namespace {

CLI::ConfigError as_config_error(const Error& error) { return CLI::ConfigError(error.one_line()); }

// CLI11's TOML reader, statement by statement, so that every key keeps its line. The values
// are applied here, to the subcommand being run, as CLI11 itself applies them, so that a bad
// value is reported with the file, the line and the key.
class CheckedTomlConfig : public CLI::ConfigTOML {
 public:
  explicit CheckedTomlConfig(CLI::App& app) : app_(app) {}

  std::vector<CLI::ConfigItem> from_config(std::istream& input) const override {
    const std::string path = app_.get_config_ptr()->as<std::string>();
    const std::string text{std::istreambuf_iterator<char>(input), std::istreambuf_iterator<char>()};
    std::vector<CLI::App*> chosen = app_.get_subcommands();
    if (chosen.empty()) throw CLI::ConfigError(path + ": a configuration file is read by a subcommand (briefcast daily --config FILE)");
    try {
      for (const ConfigStatement& statement : split_config_statements(text, path)) {
        apply(*chosen.front(), statement, path);
      }
    } catch (const Error& e) {
      throw as_config_error(e);
    }
    return {};  // every value is applied already
  }

 private:
  void apply(CLI::App& command, const ConfigStatement& statement, const std::string& path) const {
    auto fail = [&](const std::string& problem) { return config_error(path, statement.line, statement.key, problem); };
    CLI::Option* option = command.get_option_no_throw("--" + statement.key);
    if (option == nullptr || statement.key == "help" || !option->get_configurable()) {
      throw fail("unknown key: not an option of briefcast " + command.get_name());
    }
    if (!option->empty()) return;  // given on the command line, which wins
    std::istringstream one(statement.text);
    std::vector<CLI::ConfigItem> read = CLI::ConfigTOML::from_config(one);
    if (read.size() != 1 || !read.front().parents.empty()) throw fail("cannot be read");
    const CLI::ConfigItem& item = read.front();
    try {
      if (option->get_expected_min() == 0) {
        if (item.inputs.size() != 1) throw fail("a flag takes true or false");
        option->add_result(option->get_flag_value(item.name, to_flag(item)));
      } else {
        option->add_result(item.inputs);
      }
      option->run_callback();
    } catch (const CLI::Error& e) {
      std::string problem = e.what();
      // CLI11 starts its message with the option's name; the key already says it.
      const std::string prefix = "--" + statement.key + ": ";
      if (problem.rfind(prefix, 0) == 0) problem.erase(0, prefix.size());
      throw fail(problem);
    }
  }

  CLI::App& app_;
};

bool takes_options(const CLI::App& command) {
  for (const CLI::Option* option : command.get_options()) {
    if (option->nonpositional() && option != command.get_help_ptr()) return true;
  }
  return false;
}

}  // namespace

void enable_config_files(CLI::App& app) {
  CLI::Option* program_config = app.set_config("--config", "", "Read options from a TOML file");
  program_config->group("");  // the subcommands' own --config is the one to use
  app.config_formatter(std::make_shared<CheckedTomlConfig>(app));
  for (CLI::App* command : app.get_subcommands([](CLI::App*) { return true; })) {
    if (!takes_options(*command) || command->get_name() == "help" || command->get_name() == "config") continue;
    command
        ->add_option("--config", "Read options from a TOML file whose keys are the long option names "
                                 "(max-items = 5); options given here win over it")
        ->type_name(kFileValue)
        ->configurable(false)
        ->check(CLI::ExistingFile)
        ->each([program_config](const std::string& file) { program_config->add_result(file); })
        ->trigger_on_parse();
  }
}

}  // namespace briefcast::cli
