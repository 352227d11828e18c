#include "clean/metadata_lines.h"

#include <array>
#include <unordered_set>

#include "clean/unicode_text.h"

namespace briefcast {

namespace {

constexpr std::size_t kMaxBylineWords = 16;
constexpr std::size_t kMaxDatelineWords = 14;

// The label "Author:" ("Autor:", "Auteur:") leads an author line as "By" does, above or under
// the text.
constexpr std::array<std::string_view, 19> kBylineLeads = {
    "by",   "por",   "par",   "von",   "di",     "door",  "от",    "автор", "written", "posted",
    "text", "texto", "texte", "testo", "tekst",  "текст", "author", "autor", "auteur"};

// Month names only (no weekdays or joining words): a day or a year beside one makes a date.
const std::unordered_set<std::string_view>& month_names() {
  static const std::unordered_set<std::string_view> words = {
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
      "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
      "noviembre", "diciembre", "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
      "septembre", "octobre", "novembre", "décembre", "januar", "februar", "märz", "juni", "juli", "oktober",
      "dezember", "gennaio", "febbraio", "aprile", "maggio", "giugno", "luglio", "settembre", "ottobre",
      "dicembre", "janeiro", "fevereiro", "março", "maio", "junho", "julho", "setembro", "outubro", "novembro",
      "dezembro", "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
      "октября", "ноября", "декабря"};
  return words;
}

const std::unordered_set<std::string_view>& weekday_names() {
  static const std::unordered_set<std::string_view> words = {"monday", "tuesday", "wednesday", "thursday", "friday",
                                                             "saturday", "sunday", "mon", "tue", "wed",
                                                             "thu", "fri", "sat", "sun"};
  return words;
}

// The words of month_words() that name a date or a stamp on their own, not the small words
// around one.
const std::unordered_set<std::string_view>& month_words_naming_a_date() {
  static const std::unordered_set<std::string_view> words = [] {
    std::unordered_set<std::string_view> all = month_names();
    all.insert(weekday_names().begin(), weekday_names().end());
    all.insert({"updated", "published", "posted", "hours", "hour", "minutes", "days", "veröffentlicht", "aktualisiert",
                "publié", "publicado", "pubblicato", "actualizado", "aggiornato"});
    return all;
  }();
  return words;
}

// The words of a dateline: those that name a date or a stamp, and the small words around a date
// or time.
const std::unordered_set<std::string_view>& month_words() {
  static const std::unordered_set<std::string_view> words = [] {
    std::unordered_set<std::string_view> all = month_words_naming_a_date();
    all.insert({"ago", "am", "pm", "gmt", "utc", "est", "edt", "pst", "pdt", "bst", "cet", "at", "on", "last", "de",
                "du", "le", "el", "um"});
    return all;
  }();
  return words;
}

// A day of the month (1..31, "3rd" too) or a year (1900..2099).
bool is_day_or_year(std::string_view token) {
  std::size_t digits = 0;
  while (digits < token.size() && token[digits] >= '0' && token[digits] <= '9') ++digits;
  if (digits == 0 || digits > 4) return false;
  const std::string_view suffix = token.substr(digits);
  if (!suffix.empty() && suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th") return false;
  const int value = std::stoi(std::string(token.substr(0, digits)));
  if (digits <= 2) return value >= 1 && value <= 31;
  return suffix.empty() && digits == 4 && value >= 1900 && value <= 2099;
}

// Three groups of digits joined by '.', '/' or '-' with at least five digits: 05.02.2020.
bool has_numeric_date(std::string_view text) {
  for (std::size_t pos = 0; pos < text.size(); ++pos) {
    std::size_t digits = 0;
    std::size_t groups = 0;
    std::size_t k = pos;
    while (k < text.size() && groups < 3) {
      std::size_t run = 0;
      while (k < text.size() && text[k] >= '0' && text[k] <= '9') ++k, ++run;
      if (run == 0 || run > 4) break;
      digits += run;
      ++groups;
      if (k < text.size() && (text[k] == '.' || text[k] == '/' || text[k] == '-') && groups < 3) ++k; else break;
    }
    if (groups == 3 && digits >= 5) return true;
    while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') ++pos;
  }
  return false;
}

}  // namespace

bool looks_like_byline(std::string_view line) {
  const std::string lower = to_lower(line);
  const auto tokens = word_tokens(lower);
  if (tokens.size() < 2 || tokens.size() > kMaxBylineWords) return false;
  for (const auto lead : kBylineLeads) {
    if (tokens[0] == lead) {
      // "By" must be followed by what looks like a name: the original starts a capital there.
      const auto original = word_tokens(line);
      const std::size_t name_index = (tokens[0] == "written" || tokens[0] == "posted") ? 2 : 1;
      if (name_index >= original.size()) return false;
      const unsigned char first = static_cast<unsigned char>(original[name_index][0]);
      return first >= 0x80 || (first >= 'A' && first <= 'Z');
    }
  }
  return false;
}

std::string byline_names(std::string_view line) {
  const std::string collapsed = collapse_whitespace(line);
  const auto tokens = word_tokens(collapsed);
  if (tokens.empty()) return collapsed;
  const std::string lead = to_lower(tokens[0]);
  std::size_t skip = 1;
  if ((lead == "written" || lead == "posted") && tokens.size() > 2) skip = 2;
  for (const auto candidate : kBylineLeads) {
    if (lead == candidate) {
      const std::size_t offset = static_cast<std::size_t>(tokens[skip].data() - collapsed.data());
      return collapsed.substr(offset);
    }
  }
  return collapsed;
}

bool looks_like_dateline(std::string_view line) {
  const std::string lower = to_lower(line);
  const auto tokens = word_tokens(lower);
  if (tokens.empty() || tokens.size() > kMaxDatelineWords) return false;
  std::size_t date_like = 0;
  bool has_number = false;
  bool has_month = false;
  for (const auto token : tokens) {
    if (all_ascii_digits(token)) {
      ++date_like;
      has_number = true;
    } else if (month_words().count(token) > 0) {
      ++date_like;
      // A month, a day, a stamp's verb or a relative time's unit names the date ("Updated 21:30",
      // "4 minutes"); the small words around one ("last", "at", "am") do not, so "Last ferry
      // 21:30" in a timetable is no dateline.
      if (token.size() > 2 && month_words_naming_a_date().count(token) > 0) has_month = true;
    } else if (token.size() <= 4 && all_ascii_digits(token.substr(0, token.size() - 2)) && token.size() > 2) {
      ++date_like;  // ordinals and units: 9th, 1st, 16h
      has_number = true;
    }
  }
  // Mostly date words, and a number with a month or a number pattern like 09.10.2018.
  std::size_t numbers = 0;
  for (const auto token : tokens) numbers += all_ascii_digits(token) ? 1u : 0u;
  // All date words, or a full numeric timestamp beside a name: "Jo Smith 2019-11-20 14:35".
  const bool numeric_date =
      has_number && tokens.size() >= 3 && (date_like == tokens.size() || (numbers >= 5 && numbers * 2 >= tokens.size()));
  return (has_number && has_month && date_like * 3 >= tokens.size() * 2) || numeric_date;
}

bool mentions_date(std::string_view line) {
  if (has_numeric_date(line)) return true;
  const std::string lower = to_lower(line);
  const auto tokens = word_tokens(lower);
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (month_names().count(tokens[i]) == 0) continue;
    if ((i > 0 && is_day_or_year(tokens[i - 1])) || (i + 1 < tokens.size() && is_day_or_year(tokens[i + 1]))) return true;
  }
  return false;
}

}  // namespace briefcast
