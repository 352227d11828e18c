// Electronic addresses: URLs, e-mail addresses, bare domains, @handles and #hashtags, read
// piece by piece ("nvidia.com" -> "nvidia dot com", "a@hotmail.it" -> "a at hotmail dot IT").
#include "normalize/number_words.h"
#include "normalize/rules.h"

namespace briefcast::rules {

namespace {

std::string_view separator_name(char c) {
  switch (c) {
    case '.': return "dot";
    case '/': return "slash";
    case ':': return "colon";
    case '-': return "dash";
    case '_': return "underscore";
    case '@': return "at";
    case '?': return "question mark";
    case '=': return "equals";
    case '&': return "and";
    case '#': return "hash";
    case '~': return "tilde";
    case '%': return "percent";
    case '+': return "plus";
    default: return "";
  }
}

std::string upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (text::is_lower(c)) c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

// One run of letters: protocol names and two-letter labels are spelled, the rest is said.
std::string letters(std::string_view run) {
  std::string l = text::lower(run);
  if (l == "www" || l == "http" || l == "https" || l == "ftp" || run.size() == 2) return upper(run);
  if (l == "jpg") return "jpeg";
  return std::string(run);
}

std::string digits(std::string_view run) {
  // Round figures are said as numbers ("rtx-6000"), anything else digit by digit.
  if (run.size() >= 4 && run.size() <= 9 && run[0] != '0' && text::ends_with(run, "000")) return cardinal_words(run);
  return digit_words(run);
}

std::string read_address(std::string_view s) {
  std::string out;
  auto add = [&out](std::string_view piece) {
    if (piece.empty()) return;
    if (!out.empty()) out += ' ';
    out += piece;
  };
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t start = i;
    if (text::is_alpha(s[i]) || static_cast<unsigned char>(s[i]) >= 0x80) {
      while (i < s.size() && (text::is_alpha(s[i]) || static_cast<unsigned char>(s[i]) >= 0x80)) ++i;
      add(letters(s.substr(start, i - start)));
    } else if (text::is_digit(s[i])) {
      while (i < s.size() && text::is_digit(s[i])) ++i;
      add(digits(s.substr(start, i - start)));
    } else {
      std::string_view name = separator_name(s[i]);
      add(name.empty() ? s.substr(i, 1) : name);
      ++i;
    }
  }
  return out;
}

bool is_label(std::string_view label) {
  if (label.empty()) return false;
  for (char c : label) {
    if (!text::is_alnum(c) && c != '-' && c != '_') return false;
  }
  return true;
}

// "www.example.com", "nvidia.com", "ourdailynews.com/12-sm": labels joined by dots, the last
// one lowercase letters, so that "U.S" or "3.5" or "end.The" are not taken for domains.
bool is_domain(std::string_view s) {
  std::string_view host = s.substr(0, s.find('/'));
  // "example.com:8080": a port after the host.
  if (std::size_t colon = host.find(':'); colon != std::string_view::npos && colon + 1 < host.size() &&
                                           text::all_digits(host.substr(colon + 1))) {
    host = host.substr(0, colon);
  }
  std::size_t labels = 0;
  std::size_t start = 0;
  std::string_view last;
  bool long_label = false;
  for (std::size_t i = 0; i <= host.size(); ++i) {
    if (i == host.size() || host[i] == '.') {
      std::string_view label = host.substr(start, i - start);
      if (!is_label(label)) return false;
      long_label = long_label || label.size() >= 2;
      last = label;
      ++labels;
      start = i + 1;
    }
  }
  if (labels < 2 || !long_label || last.size() < 2 || last.size() > 6) return false;
  bool lower = true;
  for (char c : last) lower = lower && text::is_lower(c);
  if (lower) return true;
  // "EXAMPLE.COM", "Example.Org": a capitalised domain counts only with a common top-level
  // domain, so that "END.THE" in a run-together sentence stays words.
  static constexpr std::string_view kCommon[] = {"com", "org", "net", "gov", "edu", "io", "co", "uk", "info", "biz"};
  std::string tld = text::lower(last);
  for (std::string_view common : kCommon) {
    if (tld == common) return true;
  }
  return false;
}

}  // namespace

std::optional<std::string> speak_electronic(std::string_view core) {
  if (core.size() < 2) return std::nullopt;
  std::string lowered = text::lower(core.substr(0, 8));
  bool scheme = text::starts_with(lowered, "http://") || text::starts_with(lowered, "https://") ||
                text::starts_with(lowered, "ftp://") || text::starts_with(lowered, "file://");
  if (scheme || text::starts_with(lowered, "www.")) return read_address(core);
  std::size_t at = core.find('@');
  if (at == 0) {
    std::string_view handle = core.substr(1);
    if (handle.empty() || !is_label(handle)) return std::nullopt;
    if (text::all_digits(handle) && handle.size() <= kMaxNumberDigits) return "at " + cardinal_words(handle);
    return "at " + std::string(handle);
  }
  if (at != std::string_view::npos) {
    // After an "@" the domain is unmistakable, so a capitalised one ("NEWS@SITE.ORG") counts too.
    if (!is_domain(text::lower(core.substr(at + 1)))) return std::nullopt;
    return read_address(core);
  }
  if (core[0] == '#' && text::all_alpha(core.substr(1, 1))) {
    std::string_view tag = core.substr(1);
    if (!is_label(tag)) return std::nullopt;
    return "hashtag " + std::string(tag);
  }
  if (is_domain(core)) return read_address(core);
  return std::nullopt;
}

// "the hashtag #Vote": the word already says what the sign is, so the sign is not said again.
std::optional<Match> match_named_hashtag(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (i == 0 || w.core.size() < 2 || w.core[0] != '#' || !w.prefix.empty()) return std::nullopt;
  const Word& before = words[i - 1];
  if (!before.suffix.empty() || !text::iequals(before.core, "hashtag")) return std::nullopt;
  auto spoken = speak_electronic(w.core);
  if (!spoken || !text::starts_with(*spoken, "hashtag ")) return std::nullopt;
  return Match{1, spoken->substr(8), false};
}

}  // namespace briefcast::rules
