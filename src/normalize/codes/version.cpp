// Version numbers with more than one point: "2.6.29" -> "two point six point twenty nine",
// each part a number as people say release numbers, "v1.2.3" -> "version one point two point
// three", and ranges of them: "2.6.29–5.1" -> "... to five point one". (A version with one
// point, "1.15", reads as a decimal, unless the name of a system before it makes it a release:
// "Python 3.10", "Windows 7/8/10".) Four parts are an IPv4 address (telephone.cpp), and a part
// of four figures makes a date ("12.05.2019").
#include <algorithm>
#include <array>
#include <vector>

#include "normalize/codes/codes.h"
#include "normalize/match.h"
#include "normalize/number_words.h"
#include "normalize/words/words.h"

namespace briefcast::rules {

namespace {

constexpr std::string_view kEnDash = "\u2013";

// Parts of three figures or fewer joined by single points; how many points there are.
std::size_t version_points(std::string_view s) {
  std::size_t points = 0;
  std::size_t run = 0;
  for (char c : s) {
    if (text::is_digit(c)) {
      if (++run > 3) return 0;
    } else if (c == '.' && run > 0) {
      ++points;
      run = 0;
    } else {
      return 0;
    }
  }
  return run > 0 ? points : 0;
}

std::string spoken_parts(std::string_view s) {
  std::string out;
  std::size_t start = 0;
  while (start <= s.size()) {
    std::size_t dot = s.find('.', start);
    if (dot == std::string_view::npos) dot = s.size();
    std::string_view part = s.substr(start, dot - start);
    if (!out.empty()) out += " point ";
    // "2.05" keeps its zero as a figure: "two point oh five" is a decimal habit, not a version's.
    out += part.size() > 1 && part[0] == '0' ? digit_words(part) : cardinal_words(part);
    start = dot + 1;
  }
  return out;
}

std::optional<std::string> single_version(std::string_view s, bool allow_one_point) {
  bool prefixed = s.size() > 1 && (s[0] == 'v' || s[0] == 'V') && text::is_digit(s[1]);
  std::string_view figures = prefixed ? s.substr(1) : s;
  std::size_t points = version_points(figures);
  if (points == 0 || points > 2 || (points == 1 && !allow_one_point && !prefixed)) return std::nullopt;
  return (prefixed ? "version " : "") + spoken_parts(figures);
}

// Words, in any case, that say a number after them counts releases ("Release 2/3").
constexpr std::array<std::string_view, 5> kReleaseWords = {"version", "versions", "release", "firmware", "kernel"};

// Systems and languages whose releases the news numbers by name ("macOS 10.15", "Python 3.10",
// "Windows 7/8/10"): after one, a figure of one point is a release, not a decimal, and a
// slashed list of figures is releases, not a date or a fraction. Only as written, since
// "windows" or "chrome" in lower case are things.
constexpr std::array<std::string_view, 18> kReleaseNames = {
    "macOS",  "MacOS",  "iOS",     "iPadOS", "watchOS", "Android", "Python", "Windows", "Ubuntu",
    "Debian", "Fedora", "Firefox", "Chrome", "Java",    "PHP",     "Perl",   "Ruby",    "Linux",
};

// Words that name what a release number counts: "version", or a system or language by its
// proper name.
bool names_release(std::string_view word) {
  std::string lowered = text::lower(word);
  if (std::find(kReleaseWords.begin(), kReleaseWords.end(), lowered) != kReleaseWords.end()) return true;
  return std::find(kReleaseNames.begin(), kReleaseNames.end(), word) != kReleaseNames.end();
}

// Between the name and the number only what joins releases: "from", "to", "after", another
// release number, a release's own name ("MacOS from 10.2 (Jaguar) to 10.15"). Any other word
// ("Windows laptops cost 12.50") means the figure is no release.
bool joins_releases(const Word& w) {
  if (text::is_one_of_lowered(w.core, {"from", "to", "and", "or", "through", "v", "after", "before", "since",
                                             "until", "on", "than", "at", "least", "like"})) {
    return true;
  }
  // A release's own name, in brackets or not: "macOS Mojave 10.14", "10.2 (Jaguar)".
  if (w.prefix == "(" && !w.suffix.empty() && w.suffix[0] == ')') return true;
  if (w.prefix.empty() && w.suffix.empty() && text::is_capitalized(w.core) && text::all_alpha(w.core)) return true;
  return !w.core.empty() && text::is_digit(w.core[0]) && version_points(w.core) <= 1 &&
         w.core.find_first_not_of("0123456789.") == std::string_view::npos;
}

bool after_release_name(const Words& words, std::size_t i) {
  for (std::size_t back = 1; back <= 6 && back <= i; ++back) {
    const Word& w = words[i - back];
    if (w.suffix.find_first_of(".!?;:") != std::string_view::npos) return false;
    if (names_release(w.core)) return true;
    if (!joins_releases(w)) return false;
  }
  return false;
}

// "7", "10", "3.9": one release in a list, said as release numbers are; nullopt for anything else.
std::optional<std::string> listed_release(std::string_view part) {
  if (part.empty() || part.size() > 4) return std::nullopt;
  std::size_t points = version_points(part);
  if (points == 0 && text::all_digits(part) && part.size() <= 2 && part[0] != '0') return cardinal_words(part);
  if (points == 1) return spoken_parts(part);
  return std::nullopt;
}

// "Windows 7/8/10", "Python 2/3": releases listed with slashes, said "seven, eight and ten"; as
// figures alone they would be a date or a fraction.
std::optional<std::string> release_list(std::string_view core) {
  std::vector<std::string> said;
  for (std::string_view written : text::split(core, '/')) {
    auto part = listed_release(written);
    if (!part) return std::nullopt;
    said.push_back(*part);
  }
  if (said.size() < 2) return std::nullopt;
  return text::joined(said, ", ", " and ");
}

}  // namespace

// "Python 3.10", "macOS 10.15": after the name of what it counts, a release number of one point
// and two figures after it is said as release numbers are, each part a number ("three point
// ten"); read as a decimal ("three point one zero") it sounds like release 3.1.
std::optional<Match> match_release_number(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  // "Version v2.1.3": the word already says "version", so the "v" is not said again.
  if (i > 0 && core.size() > 1 && (core[0] == 'v' || core[0] == 'V') && text::is_digit(core[1]) &&
      text::iequals(words[i - 1].core, "version") && words[i - 1].suffix.empty()) {
    if (auto v = single_version(core.substr(1), true); v && version_points(core.substr(1)) > 0) return Match{1, *v, false};
  }
  if (core.find('/') != std::string_view::npos) {
    auto list = release_list(core);
    if (!list || !after_release_name(words, i)) return std::nullopt;
    return Match{1, *list, false};
  }
  std::size_t dot = core.find('.');
  if (dot == std::string_view::npos || dot == 0 || dot > 2 || core.size() - dot != 3 || core[dot + 1] == '0') {
    return std::nullopt;
  }
  if (!text::all_digits(core.substr(0, dot)) || !text::all_digits(core.substr(dot + 1))) return std::nullopt;
  if (!after_release_name(words, i)) return std::nullopt;
  return Match{1, spoken_parts(core), false};
}

namespace {

// "BA.2", "XBB.1.5", "JN.1": a lineage named by capitals and numbered parts after a point, as
// virus variants are. The capitals are spelled and each point said ("X B B one point five");
// left to the engine, the point after the letters was a pause.
std::optional<std::string> lettered_lineage(std::string_view core) {
  std::size_t dot = core.find('.');
  if (dot < 2 || dot > 4 || dot == std::string_view::npos || !text::all_upper(core.substr(0, dot))) return std::nullopt;
  std::string spoken = spelled_letters(core.substr(0, dot));
  for (std::string_view part : text::split(core.substr(dot + 1), '.')) {
    if (part.empty() || part.size() > 2 || !text::all_digits(part)) return std::nullopt;
    spoken += (spoken.back() == '.' ? "" : " ") + cardinal_words(part) + " point";
  }
  spoken.resize(spoken.size() - std::string_view(" point").size());
  return spoken;
}

}  // namespace

// "IPv6", "SNMPv3", "HTTPv2": a protocol's initialism and its version, the letters spelt and the
// "v" said as a letter ("I P v six"); eSpeak NG read "IPv" as one nonsense syllable.
std::optional<std::string> protocol_version(std::string_view core) {
  std::size_t caps = 0;
  while (caps < core.size() && text::is_upper(core[caps])) ++caps;
  if (caps < 2 || caps > 5 || caps + 2 > core.size() || core[caps] != 'v') return std::nullopt;
  std::string_view number = core.substr(caps + 1);
  if (number.size() > 2 || !text::all_digits(number)) return std::nullopt;
  return spelled_letters(core.substr(0, caps)) + " v " + cardinal_words(number);
}

std::optional<std::string> dotted_parts(std::string_view core) {
  std::size_t points = version_points(core);
  if (points == 0 || points > 3) return std::nullopt;
  return spoken_parts(core);
}

std::optional<std::string> speak_version(std::string_view core) {
  if (auto v = single_version(core, false)) return v;
  if (auto v = protocol_version(core)) return v;
  if (auto lineage = lettered_lineage(core)) return lineage;
  // "Python 2.x", "v1.4.x": any release of a series, said "two point x".
  if (core.size() >= 3 && text::ends_with(core, ".x")) {
    std::string_view series = core.substr(0, core.size() - 2);
    if (text::all_digits(series) && series.size() <= 3) return cardinal_words(series) + " point x";
    if (auto v = single_version(series, true)) return *v + " point x";
  }
  // A range: at least one side a version of three parts, the other a version of any kind.
  for (std::string_view dash : {std::string_view("-"), kEnDash}) {
    std::size_t at = core.find(dash);
    if (at == std::string_view::npos || at == 0) continue;
    std::string_view left = core.substr(0, at);
    std::string_view right = core.substr(at + dash.size());
    if (version_points(left) < 2 && version_points(right) < 2) continue;
    auto from = single_version(left, true);
    auto to = single_version(right, true);
    if (from && to) return *from + " to " + *to;
  }
  return std::nullopt;
}

}  // namespace briefcast::rules
