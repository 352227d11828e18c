// Network port numbers, said as numbers: "port 8080", "ports 80 and 443", "localhost:3000",
// "example.com:8443". After the word "port" a figure was read as a year or in pairs ("port
// 1194" -> "eleven ninety four"), a slashed pair as a fraction ("ports 80/443" -> "eighty four
// hundred forty thirds"), a port inside an address digit by digit ("colon eight four four
// three") and after "localhost" with a loose colon (" : three thousand"). A port is one number
// up to 65535; the address before it is read as addresses are, the colon said.
#include <vector>

#include "normalize/codes/codes.h"
#include "normalize/match.h"
#include "normalize/number_words.h"
#include "normalize/speak_word.h"

namespace briefcast::rules {

namespace {

bool is_port_figure(std::string_view s) {
  return !s.empty() && s.size() <= 5 && s[0] != '0' && text::all_digits(s) && (s.size() < 5 || s <= "65535");
}

bool is_port_word(std::string_view core) { return text::is_one_of_lowered(core, {"port", "ports"}); }

// Words of a line about networks, where a port is set or named with a verb between the word and
// its figure ("set the port to 2024", "the port is 8443"). Elsewhere "the port to 2030" is a
// harbour's plan to a year.
bool is_network_word(std::string_view core) {
  return text::is_one_of_lowered(core, {"tcp", "udp", "server", "servers", "firewall", "localhost", "ssh", "http",
                                        "https", "listen", "listens", "listening", "router", "proxy", "socket",
                                        "config", "configure", "configured", "network", "host", "daemon"});
}

// "port number 2024", "port no. 1999", and in a line about networks "port to 2024", "port is
// 2024": words between the port word and its figure that say the figure is the port's.
std::size_t linking_words(const Words& words, std::size_t i) {
  std::size_t k = i;
  while (k > 0 && i - k < 2) {
    const Word& w = words[k - 1];
    bool label = text::is_one_of_lowered(w.core, {"number", "no", "num"}) && (w.suffix.empty() || w.suffix == ".");
    bool verb = w.suffix.empty() && text::is_one_of_lowered(w.core, {"to", "is", "was", "="}) &&
                text::any_word(words, is_network_word);
    if (!label && !verb) break;
    --k;
  }
  return i - k;
}

// "port 8080", "ports 80, 443 and 8080", "ports 22 or 2222": word i is a figure of a list
// that the word "port" or "ports" opens.
bool after_port_word(const Words& words, std::size_t i) {
  std::size_t linked = linking_words(words, i);
  if (linked > 0 && i > linked && is_port_word(words[i - linked - 1].core) && words[i - linked - 1].suffix.empty()) {
    return true;
  }
  for (std::size_t k = i, steps = 0; k > 0 && steps < 8; --k, ++steps) {
    const Word& before = words[k - 1];
    // The word after "port" must be a figure: "the port and 2024 plans" lists no ports.
    if (is_port_word(before.core)) return before.suffix.empty() && (k == i || is_port_figure(words[k].core));
    bool joiner = text::is_one_of(before.core, {"and", "or"}) && before.suffix.empty();
    bool listed = is_port_figure(before.core) && (before.suffix.empty() || before.suffix == ",");
    if (!joiner && !listed) return false;
  }
  return false;
}

// "localhost", "127.0.0.1", "db.internal": a host before a port, named or numbered.
bool is_host(std::string_view host) {
  if (text::iequals(host, "localhost")) return true;
  const std::vector<std::string_view> parts = text::split(host, '.');
  bool address = parts.size() == 4;
  for (std::string_view part : parts) address = address && !part.empty() && part.size() <= 3 && text::all_digits(part);
  if (address) return true;
  // A name of lowercase labels ending in one of letters ("api.example.com", "db.internal").
  if (parts.size() < 2 || parts.back().size() < 2 || !text::all_alpha(parts.back())) return false;
  for (std::string_view part : parts) {
    if (part.empty()) return false;
    for (char c : part) {
      if (!text::is_lower(c) && !text::is_digit(c) && c != '-') return false;
    }
  }
  return true;
}

}  // namespace

std::optional<std::string> port_in_address(std::string_view address, std::size_t start, std::size_t end) {
  if (start == 0 || address[start - 1] != ':' || (end < address.size() && address[end] != '/')) return std::nullopt;
  std::string_view figure = address.substr(start, end - start);
  return is_port_figure(figure) ? std::optional<std::string>(cardinal_words(figure)) : std::nullopt;
}

std::optional<Match> match_port(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  // "Ports 2024 and 2025 are open": the port word opening a sentence is taken with its figure,
  // before a rule reads a capitalised word and a figure as a name and its year.
  // Inside a sentence a capital "Port" begins a name ("the Port 2030 plan").
  bool opens = i == 0 || words[i - 1].suffix.find_first_of(".!?") != std::string_view::npos;
  if (is_port_word(core) && (opens || text::is_lower(core[0])) && words[i].suffix.empty() && i + 1 < words.size() &&
      words[i + 1].prefix.empty() && is_port_figure(words[i + 1].core)) {
    return Match{2, std::string(core) + " " + cardinal_words(words[i + 1].core), false};
  }
  if (is_port_figure(core) && after_port_word(words, i)) return Match{1, cardinal_words(core), false};
  std::size_t slash = core.find('/');
  if (slash != std::string_view::npos && after_port_word(words, i) && is_port_figure(core.substr(0, slash)) &&
      is_port_figure(core.substr(slash + 1))) {
    return Match{1, cardinal_words(core.substr(0, slash)) + " and " + cardinal_words(core.substr(slash + 1)), false};
  }
  std::size_t colon = core.rfind(':');
  if (colon == std::string_view::npos || !is_port_figure(core.substr(colon + 1))) return std::nullopt;
  // "listening on :8080": a port alone, with no host before its colon.
  if (colon == 0) return Match{1, "port " + cardinal_words(core.substr(1)), false};
  std::string_view host = core.substr(0, colon);
  if (!is_host(host)) return std::nullopt;
  // Each label said as a word ("db dot internal"); an address's figures digit by digit.
  std::string said;
  for (std::string_view label : text::split(host, '.')) {
    said += (said.empty() ? "" : " dot ") + (text::all_digits(label) ? digit_words(label) : speak_word(label));
  }
  return Match{1, said + " colon " + cardinal_words(core.substr(colon + 1)), false};
}

}  // namespace briefcast::rules
