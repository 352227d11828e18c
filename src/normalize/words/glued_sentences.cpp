// Two sentences glued at their period, with the space lost in copying or extraction ("for my
// birthday.Hope to hear from you", "it was great.Thanks"): eSpeak NG read the joined word as
// "birthday dot hope". The period is given its space back, so it is heard as a sentence end.
// A name keeps its dot: the part after it is never a domain ending or a file type
// ("Example.Org", "lit.Cologne", "config.Json"), and the part before it is a lower-case word: a
// capitalised one is as often a name joined by a dot ("Xamarin.Android", "Jungle.World",
// "St.Louis") as the end of a sentence.
#include "normalize/match.h"
#include "normalize/measures/measures.h"
#include "normalize/words/words.h"

namespace briefcast::rules {

namespace {

bool is_letter_byte(char c) { return text::is_alpha(c) || static_cast<unsigned char>(c) >= 0x80; }

// The lower-case rest of a word: letters, none of them an ASCII capital.
bool lower_rest(std::string_view s) {
  for (char c : s) {
    if (!is_letter_byte(c) || text::is_upper(c)) return false;
  }
  return true;
}

bool is_web_ending(std::string_view w) {
  return text::is_one_of_lowered(w, {"com", "org", "net", "edu", "gov", "mil", "int", "info", "biz", "app", "dev",
                                     "online", "site", "web", "html", "htm", "php", "asp", "aspx", "jsp", "json",
                                     "xml", "pdf", "doc", "docx", "txt", "zip", "csv", "cpp", "exe", "jpg", "jpeg",
                                     "png", "gif", "mp3", "mp4", "xls", "xlsx", "ppt", "pptx", "tech", "news", "blog",
                                     "shop", "store", "media", "live", "club", "agency", "world", "one", "design", "studio",
                                     "digital", "global", "group", "cloud", "space", "today", "berlin",
                                     "hamburg", "koeln", "cologne", "wien", "london", "paris", "nyc", "tokyo"});
}

bool is_short_form(std::string_view w) {
  return text::is_one_of(w, {"etc", "vs", "approx", "fig", "figs", "esp", "incl", "excl", "ca", "cf", "viz", "no", "nos",
                             "pp", "vol", "vols", "ed", "eds", "dept", "est", "min", "max", "avg", "misc", "ref",
                             "hr", "hrs", "yr", "yrs", "wk", "wks", "mo", "mos", "sq", "co", "corp", "inc", "ltd"});
}

}  // namespace

std::optional<Match> match_glued_sentence(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  std::size_t dot = core.find('.');
  if (dot == std::string_view::npos || core.find('.', dot + 1) != std::string_view::npos) return std::nullopt;
  if (words[i].prefix.find_first_of("@/") != std::string_view::npos) return std::nullopt;
  std::string_view left = core.substr(0, dot);
  std::string_view right = core.substr(dot + 1);
  // The sentence before: a lower-case word, no abbreviation or unit, whose period is its own
  // ("pears etc.The", "red vs.Blue", "3 kg.Then" are left as they were).
  if (left.size() < 2 || !lower_rest(left) || is_short_form(left) ||
      (left.size() <= 3 && find_unit(left))) {
    return std::nullopt;
  }
  // The sentence after: a capitalised word of three letters or more.
  if (right.size() < 3 || !text::is_upper(right[0]) || !lower_rest(right.substr(1)) || is_web_ending(right)) {
    return std::nullopt;
  }
  return Match{1, std::string(left) + ". " + std::string(right), false};
}

}  // namespace briefcast::rules
