// briefcast config --example: a commented configuration file for `daily`, made from the daily
// command's own options, so it names every key there is and cannot fall behind them.
#include <iostream>
#include <map>
#include <regex>
#include <sstream>

#include "cli/cli_model.h"
#include "cli/commands.h"

namespace briefcast::cli {

namespace {

// Values a new podcast needs that have no default, as an example.
const std::map<std::string, std::string>& example_values() {
  static const std::map<std::string, std::string> values = {
      {"feed", "[\n  \"https://example.org/news/rss.xml\",\n  \"https://example.net/world/atom.xml\",\n]"},
      {"out-dir", "\"/srv/briefings\""},
      {"base-url", "\"https://example.org/briefings\""},
      {"max-minutes", "10"},
  };
  return values;
}

// Values shown for keys left commented out (no default), so that uncommenting one gives a
// value daily accepts.
const std::map<std::string, std::string>& commented_values() {
  static const std::map<std::string, std::string> values = {
      {"opml", "[\"subscriptions.opml\"]"},
      {"since", "\"24h\""},
      {"cache-dir", "\"briefcast-cache\""},
      {"date", "\"2026-11-27\""},
      {"chime", "\"chime\""},
      {"podcast-image", "\"https://example.org/briefings/cover.jpg\""},
      {"max-story-minutes", "2"},
  };
  return values;
}

std::string toml_value(const std::string& text) {
  static const std::regex number("[+-]?[0-9]+(\\.[0-9]+)?");
  if (text == "true" || text == "false" || std::regex_match(text, number)) return text;
  std::string quoted = "\"";
  for (char c : text) quoted += (c == '"' || c == '\\') ? std::string("\\") + c : std::string(1, c);
  return quoted + "\"";
}

void write_key(std::ostream& out, const OptionDoc& option, const std::string& key) {
  out << "\n# " << option.description;
  if (!option.choices.empty()) {
    out << " (";
    for (std::size_t i = 0; i < option.choices.size(); ++i) out << (i ? ", " : "") << option.choices[i];
    out << ")";
  }
  if (!option.range.empty()) out << " (" << option.range << ")";
  out << '\n';
  auto example = example_values().find(key);
  if (example != example_values().end()) {
    out << key << " = " << example->second << '\n';
  } else if (!option.takes_value) {
    out << key << " = false\n";
  } else if (!option.default_value.empty()) {
    out << key << " = " << toml_value(option.default_value) << '\n';
  } else if (auto shown = commented_values().find(key); shown != commented_values().end()) {
    out << "# " << key << " = " << shown->second << '\n';
  } else {
    out << "# " << key << " = \"" << option.value_name << "\"\n";  // no default: left out
  }
}

std::string example_config(const CommandDoc& daily) {
  std::ostringstream out;
  out << "# briefcast daily configuration (TOML). Use it with:\n"
         "#   briefcast daily --config FILE [--date YYYY-MM-DD]\n"
         "# The keys are the long options of `briefcast daily` without the dashes; an option given\n"
         "# on the command line wins over the file. A line starting with # is a comment; a key left\n"
         "# commented out keeps its default. An unknown key or a bad value is an error.\n";
  for (const OptionDoc& option : daily.options) {
    std::string key;
    for (const std::string& name : option.names) {
      if (name.rfind("--", 0) == 0) key = name.substr(2);
    }
    if (key.empty() || key == "help" || key == "config") continue;
    write_key(out, option, key);
  }
  return out.str();
}

}  // namespace

void add_config_command(CLI::App& app, Action& action) {
  auto example = std::make_shared<bool>(false);
  CLI::App* command = app.add_subcommand("config", "Print a commented example configuration file for daily");
  command->add_flag("--example", *example, "Print the example (every key of daily, with its default)")->required();
  // The flag writes into *example during parsing: the callback holds it for as long as the app lives.
  command->callback([&app, &action, example] {
    action = [&app] {
      const CliDoc doc = describe_cli(app);
      for (const CommandDoc& described : doc.commands) {
        if (described.name == "daily") std::cout << example_config(described);
      }
      return kExitOk;
    };
  });
}

}  // namespace briefcast::cli
