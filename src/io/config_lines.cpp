#include "io/config_lines.h"

#include <cctype>
#include <regex>
#include <set>

namespace briefcast {

namespace {

// A one-pass scanner over the file: knows its line, stops at the first error.
class ConfigScanner {
 public:
  ConfigScanner(const std::string& text, const std::string& path) : text_(text), path_(path) {}

  std::vector<ConfigStatement> run() {
    std::vector<ConfigStatement> out;
    std::set<std::string> seen;
    while (true) {
      skip_blanks();
      if (at_end()) break;
      if (peek() == '\n') {
        next();
        continue;
      }
      if (peek() == '#') {
        skip_comment();
        continue;
      }
      ConfigStatement statement = read_statement();
      if (!seen.insert(statement.key).second) fail(statement.line, statement.key, "given twice");
      out.push_back(std::move(statement));
    }
    return out;
  }

 private:
  bool at_end() const { return pos_ >= text_.size(); }
  char peek() const { return at_end() ? '\0' : text_[pos_]; }
  void next() {
    if (peek() == '\n') ++line_;
    ++pos_;
  }
  void skip_blanks() {
    while (peek() == ' ' || peek() == '\t' || peek() == '\r') next();
  }
  void skip_comment() {
    while (!at_end() && peek() != '\n') next();
  }
  // Inside an array: blanks, comments and line breaks.
  void skip_space_lines() {
    while (true) {
      skip_blanks();
      if (peek() == '#') skip_comment();
      if (peek() != '\n') return;
      next();
    }
  }
  [[noreturn]] void fail(std::size_t line, const std::string& key, const std::string& problem) const {
    throw config_error(path_, line, key, problem);
  }

  std::string rest_of_line() const {
    std::size_t end = text_.find('\n', pos_);
    std::string rest = text_.substr(pos_, end == std::string::npos ? std::string::npos : end - pos_);
    while (!rest.empty() && (rest.back() == '\r' || rest.back() == ' ')) rest.pop_back();
    return rest.size() > 40 ? rest.substr(0, 40) + "..." : rest;
  }

  ConfigStatement read_statement() {
    ConfigStatement statement;
    statement.line = line_;
    if (peek() == '[') {
      fail(line_, rest_of_line(), "tables are not read: the keys are the command's long option names, at the top level");
    }
    while (std::isalnum(static_cast<unsigned char>(peek())) || peek() == '-' || peek() == '_') {
      statement.key.push_back(peek());
      next();
    }
    if (statement.key.empty()) fail(line_, "", "expected key = value, found \"" + rest_of_line() + "\"");
    skip_blanks();
    if (peek() != '=') fail(line_, statement.key, "expected = after the key");
    next();
    skip_blanks();
    std::string value = read_value(statement);
    skip_blanks();
    if (peek() == '#') skip_comment();
    if (!at_end() && peek() != '\n') fail(line_, statement.key, "unexpected text after the value: \"" + rest_of_line() + "\"");
    statement.text = statement.key + " = " + value;
    return statement;
  }

  std::string read_value(const ConfigStatement& statement) {
    const std::string& key = statement.key;
    char c = peek();
    if (c == '"' || c == '\'') return read_string(key);
    if (c == '[') return read_array(statement);
    std::string token;
    while (!at_end() && std::string(" \t\r\n,]#").find(peek()) == std::string::npos) {
      token.push_back(peek());
      next();
    }
    if (token.empty()) fail(line_, key, "missing value");
    static const std::regex scalar(
        "true|false|[+-]?(inf|nan)|[+-]?(0|[1-9](_?[0-9])*)(\\.[0-9](_?[0-9])*)?([eE][+-]?[0-9](_?[0-9])*)?|"
        "0x[0-9A-Fa-f]+|[0-9]{4}-[0-9]{2}-[0-9]{2}");
    if (!std::regex_match(token, scalar)) {
      fail(line_, key, "bad value " + token + " (text needs quotes: \"" + token + "\")");
    }
    return token;
  }

  std::string read_string(const std::string& key) {
    const char quote = peek();
    std::string out(1, quote);
    next();
    while (true) {
      char c = peek();
      if (at_end() || c == '\n') fail(line_, key, std::string("unterminated string (no closing ") + quote + ")");
      // The TOML reader takes any '#' for the start of a comment, even inside quotes.
      if (c == '#') fail(line_, key, "a '#' inside a value is not supported");
      out.push_back(c);
      next();
      if (c == quote) return out;
      if (c == '\\' && quote == '"') {
        if (std::string("btnfr\"\\uU").find(peek()) == std::string::npos || at_end()) {
          fail(line_, key, "bad escape in a string");
        }
        out.push_back(peek());
        next();
      }
    }
  }

  std::string read_array(const ConfigStatement& statement) {
    std::string out = "[";
    next();
    bool first = true;
    while (true) {
      skip_space_lines();
      if (at_end()) fail(statement.line, statement.key, "unterminated array (no closing ])");
      if (peek() == ']') break;
      if (peek() == '[') fail(line_, statement.key, "arrays inside arrays are not supported");
      out += (first ? "" : ", ") + read_value(statement);
      first = false;
      skip_space_lines();
      if (peek() == ',') {
        next();
        continue;
      }
      if (peek() != ']') {
        if (at_end()) fail(statement.line, statement.key, "unterminated array (no closing ])");
        fail(line_, statement.key, "expected , or ] in the array");
      }
    }
    next();
    return out + "]";
  }

  const std::string& text_;
  const std::string& path_;
  std::size_t pos_ = 0;
  std::size_t line_ = 1;
};

}  // namespace

Error config_error(const std::string& path, std::size_t line, const std::string& key, const std::string& problem) {
  return Error(Stage::kUsage, path + ":" + std::to_string(line), key.empty() ? problem : key + ": " + problem);
}

std::vector<ConfigStatement> split_config_statements(const std::string& text, const std::string& path) {
  return ConfigScanner(text, path).run();
}

}  // namespace briefcast
