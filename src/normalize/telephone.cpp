// Telephone numbers and other digit codes read in groups: "+1 (123)-123-5678" -> "plus one,
// one two three, one two three, five six seven eight", "111-11-1111", "555.555.5555", and
// IPv4 addresses ("123.123.0.40" -> "one two three dot one two three dot zero dot four zero").
#include "normalize/number_words.h"
#include "normalize/rules.h"

namespace briefcast::rules {

namespace {

// Digit groups separated by '-' or '.', the first optionally in parentheses.
std::optional<std::vector<std::string_view>> groups(std::string_view s) {
  std::vector<std::string_view> out;
  if (!s.empty() && s[0] == '(') {
    std::size_t close = s.find(')');
    if (close == std::string_view::npos) return std::nullopt;
    out.push_back(s.substr(1, close - 1));
    s.remove_prefix(close + 1);
    if (!s.empty() && (s[0] == '-' || s[0] == '.')) s.remove_prefix(1);
  }
  std::size_t start = 0;
  for (std::size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || s[i] == '-' || s[i] == '.') {
      out.push_back(s.substr(start, i - start));
      start = i + 1;
      if (out.size() > 6) return std::nullopt;
    }
  }
  for (std::string_view g : out) {
    if (!text::all_digits(g)) return std::nullopt;
  }
  return out;
}

bool shape(const std::vector<std::string_view>& g, std::initializer_list<std::size_t> sizes) {
  if (g.size() != sizes.size()) return false;
  std::size_t k = 0;
  for (std::size_t size : sizes) {
    if (g[k++].size() != size) return false;
  }
  return true;
}

std::optional<std::string> phone_body(std::string_view s) {
  auto g = groups(s);
  if (!g) return std::nullopt;
  bool dotted = s.find('.') != std::string_view::npos;
  bool ok = shape(*g, {3, 3, 4}) || (!dotted && shape(*g, {3, 2, 4})) || shape(*g, {1, 3, 3, 4});
  if (!ok) return std::nullopt;
  std::string out;
  for (std::string_view part : *g) {
    if (!out.empty()) out += ", ";
    out += digit_words(part);
  }
  return out;
}

std::optional<std::string> country_code(std::string_view s) {
  if (s.size() < 2 || s.size() > 4 || s[0] != '+' || !text::all_digits(s.substr(1))) return std::nullopt;
  return "plus " + cardinal_words(s.substr(1));
}

std::optional<std::string> ipv4(std::string_view s) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || s[i] == '.') {
      parts.push_back(s.substr(start, i - start));
      start = i + 1;
      if (parts.size() > 4) return std::nullopt;
    }
  }
  if (parts.size() != 4) return std::nullopt;
  std::string out;
  for (std::string_view p : parts) {
    if (p.empty() || p.size() > 3 || !text::all_digits(p)) return std::nullopt;
    if (!out.empty()) out += " dot ";
    out += digit_words(p);
  }
  return out;
}

}  // namespace

std::optional<std::string> speak_telephone(std::string_view core) {
  if (auto ip = ipv4(core)) return ip;
  if (!core.empty() && core[0] == '+') {
    std::size_t dash = core.find('-');
    if (dash == std::string_view::npos) return std::nullopt;
    auto cc = country_code(core.substr(0, dash));
    auto body = phone_body(core.substr(dash + 1));
    if (cc && body) return *cc + ", " + *body;
    return std::nullopt;
  }
  return phone_body(core);
}

std::optional<Match> match_telephone(const Words& words, std::size_t i) {
  if (i + 1 >= words.size()) return std::nullopt;
  const Word& w = words[i];
  const Word& next = words[i + 1];
  if (auto cc = country_code(w.core); cc && w.suffix.empty()) {
    // The body may open with a bracket that the word split took as punctuation.
    std::string body(next.prefix);
    body += next.core;
    if (next.suffix == ")" || (!next.suffix.empty() && next.suffix[0] == ')')) body += ')';
    if (auto spoken = phone_body(body)) return Match{2, *cc + ", " + *spoken, false};
    // "+1 (555) 123-4567": the area code is a word of its own.
    if (next.prefix == "(" && next.suffix == ")" && next.core.size() == 3 && text::all_digits(next.core) &&
        i + 2 < words.size()) {
      auto g = groups(words[i + 2].core);
      if (g && shape(*g, {3, 4}) && words[i + 2].prefix.empty()) {
        return Match{3, *cc + ", " + digit_words(next.core) + ", " + digit_words((*g)[0]) + ", " + digit_words((*g)[1]),
                     false};
      }
    }
  }
  // "(555) 555-5555"
  if (w.prefix == "(" && w.suffix == ")" && w.core.size() == 3 && text::all_digits(w.core)) {
    auto g = groups(next.core);
    if (g && shape(*g, {3, 4})) {
      return Match{2, digit_words(w.core) + ", " + digit_words((*g)[0]) + ", " + digit_words((*g)[1]), false};
    }
  }
  return std::nullopt;
}

}  // namespace briefcast::rules
