// How capitals are read. A line in capitals is a headline or a dateline, and its capitals are
// words; a run of capital words inside ordinary prose is emphasis; short capitals elsewhere are
// initialisms, written so that eSpeak NG spells them. The driver (normalizer.cpp) asks each
// question once per line and applies the answers.
#include "normalize/capitals.h"

#include <algorithm>
#include <string_view>

#include "normalize/lexicon.h"
#include "normalize/match.h"
#include "normalize/words/words.h"

namespace briefcast::rules {

namespace {

// Capitals said as a word: listed or shaped like one, with a vowel letter other than Y and a
// final E ("NYSE" has none, and eSpeak NG spells it).
bool said_as_word(std::string_view letters) {
  if (letters.size() < 4 || letters.size() > 8 || !text::all_upper(letters) || !text::all_alpha(letters)) return false;
  if (is_said_acronym(letters)) return true;
  std::string_view body = letters.back() == 'E' ? letters.substr(0, letters.size() - 1) : letters;
  return reads_as_word(letters) && body.find_first_of("AEIOU") != std::string_view::npos;
}

}  // namespace

// A headline or dateline in capitals ("FED RAISES RATES"): its capitals are words, not
// initialisms. Two or more all-capital words that make most of the line's words.
bool is_shouted(const Words& words, std::size_t from) {
  std::size_t capitals = 0;
  std::size_t alphabetic = 0;
  for (std::size_t k = from; k < words.size(); ++k) {
    const text::Word& w = words[k];
    if (w.core.size() < 2 || !text::all_alpha(w.core)) continue;
    ++alphabetic;
    capitals += text::all_upper(w.core) ? 1u : 0u;
  }
  return capitals >= 2 && capitals * 2 > alphabetic;
}

// "so WOMEN CAN TALK SPORTS, and": three or more capital words in a row inside an ordinary
// line are words said with emphasis, not a row of initialisms, when one of them has a word's
// shape. Marks the words of such runs.
std::vector<bool> shouted_runs(const Words& words) {
  std::vector<bool> marked(words.size(), false);
  std::size_t start = 0;
  while (start < words.size()) {
    std::size_t end = start;
    bool wordlike = false;
    while (end < words.size() && text::is_capitals_word(words[end].core) && (end == start || words[end].prefix.empty())) {
      wordlike = wordlike || reads_as_word(words[end].core) || words[end].core.size() >= 6;
      ++end;
      if (!words[end - 1].suffix.empty()) break;
    }
    if (end - start >= 3 && wordlike) std::fill(marked.begin() + static_cast<std::ptrdiff_t>(start), marked.begin() + static_cast<std::ptrdiff_t>(end), true);
    start = end > start ? end : start + 1;
  }
  return marked;
}

namespace {

// Words that end the name of an agency, not of a person ("ABC NEWS").
bool is_agency_word(std::string_view w) {
  return text::is_one_of(w, {"NEWS", "PRESS", "POST", "TIMES", "WIRE", "RADIO", "TV", "STAFF", "REPORTS", "MEDIA"});
}

}  // namespace

// "By Alexandra Jaffe and MEG KINNARD": in a byline, two or three capital words between the
// byline's joints ("By", a comma, "and") are a person's name, set in capitals as some agencies
// set a contributor's name; said as words, not spelled ("M.E.G").
std::vector<bool> byline_names(const Words& words) {
  std::vector<bool> marked(words.size(), false);
  if (words.size() < 3 || words[0].core != "By" || !words[0].prefix.empty()) return marked;
  std::size_t start = 1;
  while (start < words.size()) {
    std::size_t end = start;
    // A name's word in capitals has a vowel ("MEG", "KINNARD"; "CNN" has none).
    while (end < words.size() && end < start + 3 && text::is_capitals_word(words[end].core) &&
           text::has_capital_vowel(words[end].core)) {
      ++end;
      if (!words[end - 1].suffix.empty()) break;
    }
    bool opened = words[start - 1].core == "By" || words[start - 1].core == "and" || words[start - 1].suffix == ",";
    bool closed = end == words.size() || words[end - 1].suffix == "," || words[end].core == "and";
    if (end - start >= 2 && opened && closed && !is_agency_word(words[end - 1].core)) {
      std::fill(marked.begin() + static_cast<std::ptrdiff_t>(start), marked.begin() + static_cast<std::ptrdiff_t>(end), true);
    }
    start = end > start ? end : start + 1;
  }
  return marked;
}

// "NEW YORK, N.Y. (AP) —", "RIO DE JANEIRO —": the place in capitals that opens a wire story.
// Returns how many words it spans (0 when the line has none); those stay words.
std::size_t dateline_words(const Words& words) {
  std::size_t k = 0;
  while (k < words.size() && k < 6 && words[k].prefix.empty() && text::all_upper(words[k].core)) {
    ++k;
    std::string_view suffix = words[k - 1].suffix;
    bool ends = suffix.find(',') != std::string_view::npos;
    bool before_mark = k < words.size() && (words[k].core.empty() || words[k].prefix == "(" || text::is_dash_word(words[k].raw));
    if (ends || before_mark) return k;
    if (!suffix.empty()) return 0;
  }
  return 0;
}

// Initialisms of two to five capitals are written with inner periods ("FDIC" -> "F.D.I.C"): eSpeak NG then
// spells them with one stress, where it reads some capitals as words ("FDIC" as "F dick",
// "WHO" as "who", "CITT" as "sit") or as roman numerals ("IV").
std::string spell_capitals(const std::string& spoken) {
  std::string out;
  std::size_t start = 0;
  while (start <= spoken.size()) {
    std::size_t end = spoken.find(' ', start);
    if (end == std::string::npos) end = spoken.size();
    std::string_view token = std::string_view(spoken).substr(start, end - start);
    if (!out.empty() || start > 0) out.push_back(' ');
    // "NGOs", "WHO's": a plural or possessive keeps its "'s" after the letters.
    std::string_view tail;
    for (std::string_view ending : {std::string_view("'s"), std::string_view("\u2019s"), std::string_view("s")}) {
      if (token.size() > ending.size() + 1 && text::ends_with(token, ending)) {
        tail = token.substr(token.size() - ending.size());
        break;
      }
    }
    std::string_view letters = token.substr(0, token.size() - tail.size());
    // Initialisms are short; longer capitals are words (a label like "ARRESTS").
    // Listed initialisms are spelled with their ending too ("USCIS's", "IMTOs"), though shaped
    // like a word.
    bool spell = letters.size() >= 2 && letters.size() <= 5 && text::all_upper(letters) &&
                 (!reads_as_word(letters) || listed_spelled_initialism(letters));
    if (spell && !tail.empty() && is_said_acronym(letters)) {
      // "NOAA's", "NPHET's": an acronym said as a word though not shaped like one keeps its word.
      out.append(said_acronym(letters)).append(tail == "s" ? "s" : "'s");
    } else if (!spell && !tail.empty() && said_as_word(letters)) {
      // "NATOs", "REIT's", "CERN's": eSpeak NG says capitals of a word's shape as a word but drops
      // the "s" after them; written as the word ("Natos", "Reet's") the ending is heard.
      out.append(said_acronym(letters)).append(tail == "s" ? "s" : "'s");
    } else if (spell) {
      // "E.A.G.'s": a final period before the "'s", or the engine reads "U.S's" as "U dot S".
      // After S, X or H of three letters or more ("DEXs", "POSs") it says that "'s" as a bare
      // "z" ("D E X z"); "D.E.X's" gives the syllable of "exes".
      bool hissing = letters.size() >= 3 && std::string_view("SXH").find(letters.back()) != std::string_view::npos;
      out.append(spelled_letters(letters)).append(tail.empty() ? "" : hissing ? "'s" : ".'s");
    } else {
      out.append(token);
    }
    start = end + 1;
  }
  return out;
}

}  // namespace briefcast::rules
