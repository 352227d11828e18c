// Electronic addresses: URLs, e-mail addresses, bare domains, @handles and #hashtags, read
// piece by piece ("nvidia.com" -> "nvidia dot com", "a@hotmail.it" -> "a at hotmail dot IT").
#include <algorithm>

#include "normalize/codes/codes.h"
#include "normalize/function_words.h"
#include "normalize/match.h"
#include "normalize/number_words.h"
#include "normalize/words/words.h"

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

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// A lowercase run with no vowel letter but y ("nyc", "cnn", "nypd"), or one with a y and only
// a final u or i ("nyu"): eSpeak NG would make a word of some ("nyc" said "nick"). A run of
// consonants ending in its one y is a word ("sky", "fly") and is left to be said.
bool consonant_run(std::string_view lowered) {
  if (lowered.size() < 3) return false;
  char last = lowered.back();
  bool vowel_end = last == 'u' || last == 'i';
  std::string_view body = vowel_end ? lowered.substr(0, lowered.size() - 1) : lowered;
  for (char c : body) {
    if (is_vowel(c)) return false;
  }
  std::size_t y = body.find('y');
  if (vowel_end) return y != std::string_view::npos;
  return !(y + 1 == lowered.size());
}

// One run of letters: protocol names and two-letter labels are spelled, the rest is said,
// unless eSpeak NG would say it as a word it is not ("nyc", "NYU"): then its letters. Capitals
// mark an initialism only in an address that has lowercase letters too ("NYCHA.nyc.gov");
// one written all in capitals ("NEWS@SITE.ORG") says nothing by its case.
// In a path, a function word after a hyphen goes on a phrase ("about-us", "log-in",
// "how-to"), said as written: spelled, "us" would be the country. Opening a slug ("us-election")
// it may still be the country.
std::string letters(std::string_view run, bool mixed_case, bool in_path_phrase, bool country_code) {
  std::string l = text::lower(run);
  if (in_path_phrase && text::is_function_word(l)) return std::string(run);
  if (l == "www" || l == "http" || l == "https" || l == "ftp") return upper(run);
  // ".au", ".in", ".at": a country's two letters closing the host, which eSpeak NG says as a
  // word even in capitals ("oh", "in"), are spelt out; it spells the rest itself ("UK", "IT").
  // Vanity endings are said as words by people too ("youtu.be", "amzn.to", "paypal.me").
  if (run.size() == 2) {
    bool said_as_word = country_code && text::is_one_of(l, {"au", "in", "at", "is", "no", "id"});
    return said_as_word ? spelled_letters(upper(run)) : upper(run);
  }
  if (l == "jpg") return "jpeg";
  bool capitals = mixed_case && run.size() >= 3 && text::all_upper(run);
  if ((capitals || consonant_run(l)) && !reads_as_word(upper(run))) return spelled_letters(upper(run));
  return std::string(run);
}

std::string digits(std::string_view run) {
  // Round figures are said as numbers ("rtx-6000"), anything else digit by digit.
  if (run.size() >= 4 && run.size() <= 9 && run[0] != '0' && text::ends_with(run, "000")) return cardinal_words(run);
  return digit_words(run);
}

std::string read_address(std::string_view s) {
  bool has_lower = false;
  bool has_upper = false;
  for (char c : s) {
    has_lower = has_lower || text::is_lower(c);
    has_upper = has_upper || (text::is_alpha(c) && !text::is_lower(c));
  }
  std::string out;
  auto add = [&out](std::string_view piece) {
    if (piece.empty()) return;
    if (!out.empty()) out += ' ';
    out += piece;
  };
  const std::size_t path_start = s.find('/');
  // ".in" closes a file's name too ("requirements.in", "Makefile.in"), said as the word; it is
  // India's only where the text is surely a host: a mail, "www", a path, or more labels ("nic.co.in").
  const bool surely_host = s.find('@') != s.npos || s.find("www") != s.npos || path_start != s.npos ||
                           std::count(s.begin(), s.end(), '.') >= 2;
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t start = i;
    if (text::is_alpha(s[i]) || static_cast<unsigned char>(s[i]) >= 0x80) {
      while (i < s.size() && (text::is_alpha(s[i]) || static_cast<unsigned char>(s[i]) >= 0x80)) ++i;
      const bool in_path = path_start < start;
      const bool after_hyphen = start > 0 && s[start - 1] == '-';
      const bool last_label = !in_path && start > 0 && s[start - 1] == '.' &&
                              (i == s.size() || s[i] == '/' || s[i] == ':' || s[i] == '?' || s[i] == '#');
      const bool country = last_label && (surely_host || !text::iequals(s.substr(start, i - start), "in"));
      add(letters(s.substr(start, i - start), has_lower && has_upper, in_path && after_hyphen, country));
    } else if (text::is_digit(s[i])) {
      i = text::digit_run_end(s, i);
      add(port_in_address(s, start, i).value_or(digits(s.substr(start, i - start))));
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

enum class CharKind { lower, upper, digit, other };

CharKind kind_of(char c) {
  if (text::is_lower(c)) return CharKind::lower;
  if (text::is_digit(c)) return CharKind::digit;
  return text::is_alpha(c) ? CharKind::upper : CharKind::other;
}

// "FuR8zSTD08", "3xYzAbC", "2kd8s9x": a token a link shortener or a video site makes, its
// letters and digits mixed at random. Counted are the changes between lowercase, capitals
// and digits, except a capital opening a lowercase word ("iPhone", "ConflictOfInterest"),
// which names and slugs have; random tokens change kind at every few characters.
bool random_token(std::string_view token) {
  if (token.size() < 6) return false;
  int changes = 0;
  bool digit = false;
  for (std::size_t k = 0; k < token.size(); ++k) {
    CharKind now = kind_of(token[k]);
    if (now == CharKind::other) return false;
    digit = digit || now == CharKind::digit;
    if (k == 0) continue;
    CharKind before = kind_of(token[k - 1]);
    if (now != before && !(before == CharKind::upper && now == CharKind::lower)) ++changes;
  }
  return digit && changes >= 4;
}

// A link whose path holds a random token ("t.co/FuR8zSTD08", "youtu.be/dQw4w9WgXcQ"): read
// out, it is a soup of letters no listener can use. A newsreader names the site and says
// "link"; the scheme ("https://") goes unsaid with the path.
std::optional<std::string> short_link(std::string_view address) {
  std::size_t scheme = address.find("://");
  std::string_view rest = scheme == std::string_view::npos ? address : address.substr(scheme + 3);
  std::size_t path = rest.find_first_of("/?#");
  if (path == std::string_view::npos) return std::nullopt;
  std::string_view host = rest.substr(0, path);
  std::size_t start = path + 1;
  for (std::size_t k = start; k <= rest.size(); ++k) {
    if (k < rest.size() && text::is_alnum(rest[k])) continue;
    if (random_token(rest.substr(start, k - start))) return read_address(host) + " link";
    start = k + 1;
  }
  return std::nullopt;
}

// A web address, its random path, if any, said as a link.
std::string read_web_address(std::string_view address) {
  if (auto link = short_link(address)) return *link;
  return read_address(address);
}

}  // namespace

std::optional<std::string> speak_electronic(std::string_view core) {
  if (core.size() < 2) return std::nullopt;
  std::string lowered = text::lower(core.substr(0, 8));
  bool scheme = text::starts_with(lowered, "http://") || text::starts_with(lowered, "https://") ||
                text::starts_with(lowered, "ftp://") || text::starts_with(lowered, "file://");
  if (scheme || text::starts_with(lowered, "www.")) return read_web_address(core);
  std::size_t at = core.find('@');
  if (at == 0) {
    std::string_view handle = core.substr(1);
    if (handle.empty() || !is_label(handle)) return std::nullopt;
    if (text::all_digits(handle) && handle.size() <= kMaxNumberDigits) return "at " + cardinal_words(handle);
    // "@jane_doe": the underscore of a handle is said, or eSpeak NG runs its parts together and
    // the listener cannot find the account.
    return "at " + said_underscores(handle);
  }
  if (at != std::string_view::npos) {
    // After an "@" the domain is unmistakable, so a capitalised one ("NEWS@SITE.ORG") counts too.
    if (!is_domain(text::lower(core.substr(at + 1)))) return std::nullopt;
    return read_address(core);
  }
  if (core[0] == '#' && text::all_alpha(core.substr(1, 1))) {
    std::string_view tag = core.substr(1);
    if (!is_label(tag)) return std::nullopt;
    return "hashtag " + said_underscores(tag);
  }
  if (is_domain(core)) return read_web_address(core);
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
