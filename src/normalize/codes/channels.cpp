// A broadcast channel written short: "on Ch4", "Ch4's new drama", "airs on Ch 5 tonight" are
// Channel 4 and Channel 5; "Ch" was said as a syllable before the figure ("Ch four"), and the
// possessive left as written. Glued to its figure "Ch" names a channel unless a word of books
// is near ("see Ch4 of the report"); apart from it ("Ch 5") only a word of broadcasting near
// makes it one, since "Ch 5" is as often a chapter. "Ch." with its period is a chapter, read
// by the abbreviation rules, and "CH4" in capitals is methane.
#include "normalize/codes/codes.h"
#include "normalize/match.h"
#include "normalize/number_words.h"

namespace briefcast::rules {

namespace {

bool is_broadcast_word(std::string_view core) {
  return text::is_one_of_lowered(core, {"show", "shows", "aired", "airs", "air", "airing", "broadcast", "broadcasts",
                                        "broadcaster", "tv", "television", "programme", "programmes", "program",
                                        "documentary", "drama", "series", "episode", "viewers", "watch", "watched",
                                        "presenter", "channel", "channels", "bbc", "itv", "sky", "screened", "repeat",
                                        "streaming", "commissioned", "sitcom", "soap", "news"});
}

bool is_book_word(std::string_view core) {
  return text::is_one_of_lowered(core, {"chapter", "chapters", "book", "books", "page", "pages", "verse", "novel", "edition",
                                        "volume", "vol", "section", "report", "appendix", "textbook", "author"});
}

bool is_channel_figure(std::string_view s) { return !s.empty() && s.size() <= 3 && s[0] != '0' && text::all_digits(s); }

}  // namespace

std::optional<Match> match_channel(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (!text::starts_with(core, "Ch")) return std::nullopt;
  std::string_view rest = core.substr(2);
  std::string possessive;
  for (std::string_view mark : {"'s", "\u2019s"}) {
    if (text::ends_with(rest, mark)) {
      rest.remove_suffix(mark.size());
      possessive = "'s";
    }
  }
  if (is_channel_figure(rest)) {
    if (text::any_word_near(words, i, 10, is_book_word) && !text::any_word_near(words, i, 10, is_broadcast_word)) {
      return std::nullopt;
    }
    return Match{1, "Channel " + cardinal_words(rest) + possessive, false};
  }
  // "Ch 5": the figure in the next word.
  if (core != "Ch" || !words[i].suffix.empty() || i + 1 >= words.size() || !words[i + 1].prefix.empty()) return std::nullopt;
  std::string_view figure = words[i + 1].core;
  std::string next_possessive;
  for (std::string_view mark : {"'s", "\u2019s"}) {
    if (text::ends_with(figure, mark)) {
      figure.remove_suffix(mark.size());
      next_possessive = "'s";
    }
  }
  if (!is_channel_figure(figure) || !text::any_word_near(words, i, 10, is_broadcast_word)) return std::nullopt;
  return Match{2, "Channel " + cardinal_words(figure) + next_possessive, false};
}

}  // namespace briefcast::rules
