// Sentence splitting is rule-based rather than ICU's BreakIterator: ICU's sentence rules
// break after any period followed by a capital unless the word is in its small suppression
// list, so news text breaks after "Gen.", "Sen.", "U.S. officials"-style abbreviations and
// initials ("J. R. R. Tolkien"), and it cannot tell "in the U.S. The" from "U.S. Navy".
// The rules here know news abbreviations, treat some as ambiguous (they end a sentence only
// before a typical sentence opener), and keep quotes and brackets whole. Linear in the text.
#include "segment/segmenter.h"

#include <array>
#include <span>
#include <string>

#include "model/language_tag.h"

namespace briefcast {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(char c) { return is_upper(c) || is_lower(c); }

using List = std::span<const std::string_view>;

// What the period rules need to know about one language.
struct LanguageRules {
  List leading;    // abbreviations that never end a sentence (titles before a name)
  List ambiguous;  // end a sentence only before a typical sentence opener
  List months;     // abbreviated months: no break before a day number
  List openers;    // words that typically open a sentence
  // German and its neighbours write ordinals with a period ("am 5. Mai", "der 3. Platz"),
  // and capitalize nouns, so a capital after "5." or "Mrd." says nothing about a new sentence.
  bool ordinal_dot = false;
};

// English. Never end a sentence: titles before a name, and abbreviations that always lead on.
constexpr std::string_view kEnLeading[] = {
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Capt", "Sgt",
    "Mt", "Ft", "Rev", "Hon", "Adm", "Maj", "Cpl", "Pres", "Supt", "Atty", "Insp", "Det", "Gens",
    "Sens", "Reps", "vs", "e.g", "i.e", "cf", "approx", "Fig", "fig", "Vol", "vol", "pp",
};

// End a sentence only before a word that typically opens one: "the U.S. Navy" runs on,
// "in the U.S. The" ends.
constexpr std::string_view kEnAmbiguous[] = {
    "St", "Inc", "Corp", "Co", "Ltd", "Jr", "Sr", "etc", "a.m", "p.m", "Ave", "Bros", "No", "Univ",
};

constexpr std::string_view kEnMonths[] = {"Jan", "Feb", "Mar", "Apr", "Jun", "Jul",
                                                        "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"};

constexpr std::string_view kEnOpeners[] = {
    "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "But", "And", "In", "On",
    "At", "This", "That", "These", "Those", "There", "Its", "His", "Her", "Their", "Our", "My",
    "Meanwhile", "However", "After", "When", "While", "If", "As", "For", "So", "Now", "Then",
    "Still", "Yet", "Also", "Some", "Many", "Most", "Officials", "Police", "Critics", "What",
    "Why", "How", "Who", "Earlier", "Later",
};

// German.
constexpr std::string_view kDeLeading[] = {
    "Dr", "Prof", "Hr", "Fr", "Hrn", "Mio", "Mrd", "Bio", "Tsd", "Nr", "Str", "bzw", "ca", "z.B",
    "u.a", "d.h", "vgl", "evtl", "ggf", "inkl", "exkl", "zzgl", "Jh", "Abs", "Bd", "Tel", "St",
    "Dipl", "Ing", "Mag", "geb", "gest", "sog", "u.U", "o.Ä", "z.T", "v.a", "s.o", "s.u", "Kap",
    "Abb", "Tab", "Art", "Aufl", "Hrsg", "Sek", "Min", "Std", "Mo", "Di", "Mi", "Do", "Fr", "Sa",
    "So", "vs",
};
constexpr std::string_view kDeAmbiguous[] = {"usw", "etc", "usf", "ff", "Chr", "Co", "Ltd", "Inc", "Corp"};
constexpr std::string_view kDeMonths[] = {"Jan", "Feb", "Mär", "Apr", "Jun", "Jul",
                                                        "Aug", "Sep", "Okt", "Nov", "Dez"};
constexpr std::string_view kDeOpeners[] = {
    "Der", "Die", "Das", "Ein", "Eine", "Er", "Sie", "Es", "Wir", "Ich", "Ihr", "Man", "Aber",
    "Und", "Doch", "Dann", "Denn", "Auch", "Im", "In", "Am", "Auf", "Nach", "Bei", "Mit", "Wie",
    "Was", "Wer", "Warum", "Dies", "Diese", "Dieser", "Dort", "Damit", "Deshalb", "Jetzt",
    "Zudem", "Später", "Seit", "Als",
};

// French.
constexpr std::string_view kFrLeading[] = {
    "Mme", "Mmes", "Mlle", "Mlles", "Me", "Mgr", "Dr", "Pr", "St", "Ste", "av", "apr", "env",
    "p.ex", "cf", "vol", "chap", "art", "n", "no", "boul", "bd",
};
constexpr std::string_view kFrAmbiguous[] = {"etc", "J.-C", "Cie", "Inc"};
constexpr std::string_view kFrMonths[] = {"janv", "févr", "avr", "juil", "sept",
                                                        "oct", "nov", "déc", "fév", "janv"};
constexpr std::string_view kFrOpeners[] = {
    "Le", "La", "Les", "Un", "Une", "Il", "Elle", "Ils", "Elles", "Nous", "Vous", "Je", "On",
    "Mais", "Et", "Puis", "Ce", "Cette", "Ces", "Cela", "En", "Dans", "Pour", "Selon", "Depuis",
    "Après", "Alors", "Ainsi", "Pourtant", "Des",
};

// Spanish.
constexpr std::string_view kEsLeading[] = {
    "Sr", "Sra", "Sres", "Srta", "Dr", "Dra", "Lic", "Ing", "Ud", "Uds", "Vd", "Vds", "D", "Dña",
    "pág", "págs", "núm", "aprox", "p.ej", "Av", "Avda", "Prof", "Gral", "Mons", "Sto", "Sta",
    "vol", "cap",
};
constexpr std::string_view kEsAmbiguous[] = {"etc", "a.C", "d.C", "EE.UU", "S.A", "Cía", "Inc"};
constexpr std::string_view kEsMonths[] = {"ene", "feb", "abr", "jun", "jul", "ago",
                                                        "sept", "oct", "nov", "dic"};
constexpr std::string_view kEsOpeners[] = {
    "El", "La", "Los", "Las", "Un", "Una", "Él", "Ella", "Ellos", "Ellas", "Nosotros", "Yo",
    "Pero", "Y", "En", "Con", "Por", "Para", "Según", "Este", "Esta", "Esto", "Eso", "Sin",
    "Además", "Después", "Hoy", "Ayer", "No", "Se",
};

// Italian.
constexpr std::string_view kItLeading[] = {
    "Sig", "Sigg", "Sig.ra", "Sig.na", "Dott", "Dott.ssa", "Prof", "Prof.ssa", "Avv", "Ing",
    "On", "Geom", "Rag", "Mons", "S", "pag", "pagg", "n", "cfr", "ca", "vol", "cap", "art", "Arch",
};
constexpr std::string_view kItAmbiguous[] = {"ecc", "etc", "S.p.A", "S.r.l", "a.C"};
constexpr std::string_view kItMonths[] = {"gen", "feb", "mar", "apr", "mag", "giu",
                                                        "lug", "ago", "sett", "ott"};
constexpr std::string_view kItOpeners[] = {
    "Il", "Lo", "La", "I", "Gli", "Le", "Un", "Una", "Uno", "Lui", "Lei", "Loro", "Noi", "Io",
    "Ma", "E", "In", "Per", "Con", "Questo", "Questa", "Secondo", "Dopo", "Oggi", "Non", "Si",
};

// Portuguese.
constexpr std::string_view kPtLeading[] = {
    "Sr", "Sra", "Srs", "Srta", "Dr", "Dra", "Prof", "Profa", "Exmo", "Exma", "V.Exa", "pág",
    "págs", "nº", "n", "p.ex", "Av", "R", "aprox", "vol", "cap", "art",
};
constexpr std::string_view kPtAmbiguous[] = {"etc", "Lda", "Ltda", "S.A", "a.C"};
constexpr std::string_view kPtMonths[] = {"jan", "fev", "abr", "mai", "jun", "jul",
                                                       "ago", "set", "out"};
constexpr std::string_view kPtOpeners[] = {
    "O", "A", "Os", "As", "Um", "Uma", "Ele", "Ela", "Eles", "Elas", "Nós", "Eu", "Mas", "E",
    "Em", "No", "Na", "Com", "Por", "Para", "Segundo", "Este", "Esta", "Isso", "Depois", "Hoje",
    "Não", "Se",
};

// Languages that write ordinals with a period but whose abbreviations are not listed here:
// only the ordinal rule applies to them.
constexpr std::string_view kOrdinalDotLanguages[] = {
    "da", "nb", "nn", "no", "fi", "cs", "sk", "pl", "hu", "sl", "hr", "sr", "bs", "et", "lv", "is",
};

constexpr LanguageRules kEnglish{kEnLeading, kEnAmbiguous, kEnMonths, kEnOpeners, false};
constexpr LanguageRules kGerman{kDeLeading, kDeAmbiguous, kDeMonths, kDeOpeners, true};
constexpr LanguageRules kFrench{kFrLeading, kFrAmbiguous, kFrMonths, kFrOpeners, false};
constexpr LanguageRules kSpanish{kEsLeading, kEsAmbiguous, kEsMonths, kEsOpeners, false};
constexpr LanguageRules kItalian{kItLeading, kItAmbiguous, kItMonths, kItOpeners, false};
constexpr LanguageRules kPortuguese{kPtLeading, kPtAmbiguous, kPtMonths, kPtOpeners, false};
constexpr LanguageRules kOrdinalDotOnly{{}, {}, {}, {}, true};

bool contains(List list, std::string_view word) {
  for (std::string_view w : list) {
    if (w == word) return true;
  }
  return false;
}

// English rules for English, an empty tag and any language without rules of its own: its
// titles ("Dr.", "Prof.") and initials are shared by most Latin-script news text.
const LanguageRules& rules_for(std::string_view tag) {
  std::string primary = primary_language(tag);
  if (primary == "de" || primary == "gsw") return kGerman;
  if (primary == "fr") return kFrench;
  if (primary == "es") return kSpanish;
  if (primary == "it") return kItalian;
  if (primary == "pt") return kPortuguese;
  if (contains(kOrdinalDotLanguages, primary)) return kOrdinalDotOnly;
  return kEnglish;
}

bool is_closer(char c) { return c == '"' || c == '\'' || c == ')' || c == ']' || c == '}'; }

// UTF-8 closing quotes ” and ’ are three bytes: E2 80 9D / E2 80 99.
std::size_t closer_length(std::string_view s, std::size_t i) {
  if (i >= s.size()) return 0;
  if (is_closer(s[i])) return 1;
  if (s.substr(i, 3) == "\u201d" || s.substr(i, 3) == "\u2019" || s.substr(i, 2) == "\u00bb") {
    return s.substr(i, 2) == "\u00bb" ? 2 : 3;
  }
  return 0;
}

// The word ending just before position `end` (the terminator), back to the last space.
std::string_view word_before(std::string_view s, std::size_t end) {
  std::size_t start = end;
  while (start > 0 && !is_space(s[start - 1])) --start;
  std::string_view word = s.substr(start, end - start);
  // Drop opening quotes and brackets: "(Gen." is still "Gen".
  while (!word.empty() && (word[0] == '"' || word[0] == '(' || word[0] == '[' || word[0] == '\'')) word.remove_prefix(1);
  return word;
}

std::string_view word_at(std::string_view s, std::size_t start) {
  std::size_t end = start;
  while (end < s.size() && !is_space(s[end])) ++end;
  std::string_view word = s.substr(start, end - start);
  while (!word.empty() && !is_alpha(word.back()) && !is_digit(word.back())) word.remove_suffix(1);
  return word;
}

// "U.S", "U.K", "e.g": single letters joined by periods.
bool is_dotted_letters(std::string_view word) {
  if (word.size() < 3) return false;
  for (std::size_t i = 0; i < word.size(); ++i) {
    bool letter_slot = i % 2 == 0;
    if (letter_slot ? !is_alpha(word[i]) : word[i] != '.') return false;
  }
  return true;
}

// "5", "21", "101": a figure short enough to be a day or a rank rather than a year.
bool is_short_number(std::string_view word) {
  if (word.empty() || word.size() > 3) return false;
  for (char c : word) {
    if (!is_digit(c)) return false;
  }
  return true;
}

// Whether the period at `dot`, followed by the word at `next`, ends the sentence.
bool period_ends_sentence(std::string_view s, std::size_t dot, std::size_t next, const LanguageRules& rules) {
  std::string_view word = word_before(s, dot);
  std::string_view following = word_at(s, next);
  if (word.empty()) return true;
  // An initial: "J. R. R. Tolkien", "George W. Bush".
  if (word.size() == 1 && is_upper(word[0])) return false;
  if (contains(rules.leading, word)) return false;
  if (contains(rules.months, word)) return !(next < s.size() && is_digit(s[next]));
  bool opener = contains(rules.openers, following);
  if (contains(rules.ambiguous, word) || is_dotted_letters(word)) return opener;
  // "am 5. Mai", "der 3. Platz": an ordinal, unless a sentence plainly starts after it.
  if (rules.ordinal_dot && is_short_number(word)) return opener;
  return true;
}

// A sentence may start here: a capital, a figure, an opening quote or bracket, or a
// non-ASCII letter (accented capitals).
bool can_start(std::string_view s, std::size_t i) {
  if (i >= s.size()) return true;
  char c = s[i];
  if (is_upper(c) || is_digit(c) || c == '"' || c == '\'' || c == '(' || c == '[' || c == '$') return true;
  return static_cast<unsigned char>(c) >= 0x80;
}

bool ends_with_terminator(std::string_view line) {
  while (!line.empty() && is_space(line.back())) line.remove_suffix(1);
  while (!line.empty()) {
    std::size_t n = 0;
    if (is_closer(line.back())) {
      n = 1;
    } else if (line.size() >= 3 && (line.substr(line.size() - 3) == "\u201d" || line.substr(line.size() - 3) == "\u2019")) {
      n = 3;
    }
    if (n == 0) break;
    line.remove_suffix(n);
  }
  if (line.empty()) return false;
  char c = line.back();
  return c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == ',' ||
         (line.size() >= 3 && line.substr(line.size() - 3) == "\u2026");
}

void push_trimmed(std::vector<std::string>& out, std::string_view s) {
  std::string text;
  bool space = false;
  for (char c : s) {
    if (is_space(c)) {
      space = !text.empty();
      continue;
    }
    if (space) text.push_back(' ');
    space = false;
    text.push_back(c);
  }
  if (!text.empty()) out.push_back(std::move(text));
}

// Splits one run of text (no line-end breaks inside) into sentences.
void split_run(std::string_view s, const LanguageRules& rules, std::vector<std::string>& out) {
  // Quotes and brackets that do not pair up in this run are ignored, so that one stray
  // quote cannot swallow the rest of the paragraph.
  std::size_t straight_quotes = 0;
  long curly = 0;
  long round = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    straight_quotes += s[i] == '"' ? 1u : 0u;
    if (s.substr(i, 3) == "\u201c") ++curly;
    if (s.substr(i, 3) == "\u201d") --curly;
    if (s[i] == '(') ++round;
    if (s[i] == ')') --round;
  }
  bool track_straight = straight_quotes % 2 == 0;
  bool track_curly = curly == 0;
  bool track_round = round == 0;

  bool in_straight = false;
  long depth = 0;  // curly quotes and brackets
  std::size_t start = 0;
  std::size_t i = 0;
  while (i < s.size()) {
    char c = s[i];
    if (c == '"' && track_straight) {
      in_straight = !in_straight;
    } else if (track_curly && s.substr(i, 3) == "\u201c") {
      ++depth;
      i += 3;
      continue;
    } else if (track_curly && s.substr(i, 3) == "\u201d") {
      if (depth > 0) --depth;
      i += 3;
      continue;
    } else if (track_round && (c == '(' || c == '[')) {
      ++depth;
    } else if (track_round && (c == ')' || c == ']')) {
      if (depth > 0) --depth;
    }
    bool ellipsis = s.substr(i, 3) == "\u2026";
    if (c != '.' && c != '!' && c != '?' && !ellipsis) {
      ++i;
      continue;
    }
    // The terminator run: "?!", "...", "…".
    std::size_t end = i;
    while (end < s.size()) {
      if (s[end] == '.' || s[end] == '!' || s[end] == '?') {
        ++end;
      } else if (s.substr(end, 3) == "\u2026") {
        end += 3;
      } else {
        break;
      }
    }
    // Closing quotes and brackets belong to the sentence they close.
    while (std::size_t n = closer_length(s, end)) {
      if (s[end] == '"' && track_straight) in_straight = !in_straight;
      if ((s[end] == ')' || s[end] == ']') && track_round && depth > 0) --depth;
      if (n == 3 && s.substr(end, 3) == "\u201d" && track_curly && depth > 0) --depth;
      end += n;
    }
    std::size_t next = end;
    while (next < s.size() && is_space(s[next])) ++next;
    bool spaced = next > end || next == s.size();
    bool ends = spaced && !in_straight && depth == 0 && can_start(s, next);
    // A lone period may belong to an abbreviation; with a closing quote after it, or as
    // part of "?!" or an ellipsis, it ends the sentence.
    if (ends && s[i] == '.' && end == i + 1) {
      ends = period_ends_sentence(s, i, next, rules);
    }
    if (ends && next < s.size()) {
      push_trimmed(out, s.substr(start, end - start));
      start = end;
    }
    i = end > i ? end : i + 1;
  }
  push_trimmed(out, s.substr(start));
}

}  // namespace

std::vector<std::string> split_sentences(std::string_view paragraph, std::string_view language) {
  const LanguageRules& rules = rules_for(language);
  std::vector<std::string> sentences;
  // Lines first: a line that ends without punctuation is a headline or a list item and
  // stands alone; punctuated lines are joined, since text may be wrapped mid-sentence.
  std::size_t run_start = 0;
  std::size_t line_start = 0;
  while (line_start <= paragraph.size()) {
    std::size_t line_end = paragraph.find('\n', line_start);
    if (line_end == std::string_view::npos) line_end = paragraph.size();
    std::string_view line = paragraph.substr(line_start, line_end - line_start);
    bool blank = line.find_first_not_of(" \t\r") == std::string_view::npos;
    if (!blank && !ends_with_terminator(line)) {
      split_run(paragraph.substr(run_start, line_end - run_start), rules, sentences);
      run_start = line_end;
    }
    if (line_end == paragraph.size()) break;
    line_start = line_end + 1;
  }
  if (run_start < paragraph.size()) split_run(paragraph.substr(run_start), rules, sentences);
  return sentences;
}

std::vector<Segment> segment_article(const Article& article, std::string_view language) {
  if (language.empty()) language = article.metadata.language;
  std::vector<Segment> segments;
  segments.push_back({SegmentKind::kTitle, article.title, "", 0});
  for (std::size_t p = 0; p < article.paragraphs.size(); ++p) {
    for (auto& sentence : split_sentences(article.paragraphs[p], language)) {
      segments.push_back({SegmentKind::kSentence, std::move(sentence), "", p});
    }
    segments.push_back({SegmentKind::kParagraphEnd, "", "", p});
  }
  return segments;
}

}  // namespace briefcast
