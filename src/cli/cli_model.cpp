#include "cli/cli_model.h"

namespace briefcast::cli {

namespace {

// CLI11 joins the value name and each validator's description with ':'
// ("INT:INT in [80 - 450]", "INT:{1,2}", "FLOAT:NONNEGATIVE"). Splits them apart.
void read_type(const CLI::Option& option, OptionDoc& doc) {
  std::string full = option.get_type_name();
  std::size_t colon = full.find(':');
  doc.value_name = full.substr(0, colon);
  while (colon != std::string::npos) {
    std::size_t next = full.find(':', colon + 1);
    std::string part = full.substr(colon + 1, next == std::string::npos ? std::string::npos : next - colon - 1);
    colon = next;
    if (part.size() >= 2 && part.front() == '{' && part.back() == '}') {
      std::string list = part.substr(1, part.size() - 2);
      for (std::size_t start = 0; start <= list.size();) {
        std::size_t comma = list.find(',', start);
        if (comma == std::string::npos) comma = list.size();
        if (comma > start) doc.choices.push_back(list.substr(start, comma - start));
        start = comma + 1;
      }
    } else if (std::size_t in = part.find(" in ["); in != std::string::npos && part.back() == ']') {
      doc.range = part.substr(in + 5, part.size() - in - 6);
    }
  }
}

OptionDoc describe_option(const CLI::Option& option) {
  OptionDoc doc;
  doc.positional = !option.nonpositional();
  if (doc.positional) {
    doc.names.push_back(option.get_name(true));
  } else {
    for (const std::string& name : option.get_snames()) doc.names.push_back("-" + name);
    for (const std::string& name : option.get_lnames()) doc.names.push_back("--" + name);
  }
  doc.takes_value = option.get_items_expected_max() > 0;
  doc.required = option.get_required();
  doc.repeatable = doc.positional && option.get_items_expected_max() > 1;
  if (doc.takes_value) read_type(option, doc);
  doc.default_value = option.get_default_str();
  doc.description = option.get_description();
  for (const CLI::Option* other : option.get_excludes()) doc.excludes.push_back(other->get_name());
  return doc;
}

CommandDoc describe_command(const CLI::App& app, const std::string& name) {
  CommandDoc doc;
  doc.name = name;
  doc.description = app.get_description();
  for (const CLI::Option* option : app.get_options()) {
    if (option->get_group().empty()) continue;  // hidden
    OptionDoc described = describe_option(*option);
    (described.positional ? doc.positionals : doc.options).push_back(std::move(described));
  }
  return doc;
}

}  // namespace

CliDoc describe_cli(const CLI::App& app) {
  CliDoc doc;
  doc.program = app.get_name();
  doc.description = app.get_description();
  doc.global = describe_command(app, "");
  for (const CLI::App* command : app.get_subcommands([](const CLI::App* sub) { return !sub->get_group().empty(); })) {
    doc.commands.push_back(describe_command(*command, command->get_name()));
  }
  return doc;
}

}  // namespace briefcast::cli
