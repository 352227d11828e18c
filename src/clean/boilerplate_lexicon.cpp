#include "clean/boilerplate_lexicon.h"

#include <array>
#include <string>
#include <algorithm>
#include <unordered_map>
#include <unordered_set>
#include <vector>
#include <utility>

#include "clean/unicode_text.h"

namespace briefcast {

namespace {

struct Phrase {
  std::string_view words;  // lower case, single spaces, matched on word boundaries
  BoilerplateKind kind;
};

// Phrases that mark furniture wherever they appear in a short block.
constexpr std::array kPhrases = {
    Phrase{"share", BoilerplateKind::kShare}, Phrase{"shares", BoilerplateKind::kShare},
    Phrase{"tweet", BoilerplateKind::kShare}, Phrase{"facebook", BoilerplateKind::kShare},
    Phrase{"twitter", BoilerplateKind::kShare}, Phrase{"whatsapp", BoilerplateKind::kShare},
    Phrase{"linkedin", BoilerplateKind::kShare}, Phrase{"pinterest", BoilerplateKind::kShare},
    Phrase{"reddit", BoilerplateKind::kShare}, Phrase{"instagram", BoilerplateKind::kShare},
    Phrase{"youtube", BoilerplateKind::kShare}, Phrase{"telegram", BoilerplateKind::kShare},
    Phrase{"google plus", BoilerplateKind::kShare}, Phrase{"rss", BoilerplateKind::kShare},
    Phrase{"e mail", BoilerplateKind::kShare}, Phrase{"email", BoilerplateKind::kShare},
    Phrase{"print", BoilerplateKind::kShare}, Phrase{"follow us", BoilerplateKind::kShare},
    Phrase{"compartir", BoilerplateKind::kShare}, Phrase{"partager", BoilerplateKind::kShare},
    Phrase{"teilen", BoilerplateKind::kShare}, Phrase{"condividi", BoilerplateKind::kShare},
    Phrase{"compartilhe", BoilerplateKind::kShare}, Phrase{"compartilhar", BoilerplateKind::kShare},
    Phrase{"поделиться", BoilerplateKind::kShare}, Phrase{"like this", BoilerplateKind::kShare},
    Phrase{"subscribe", BoilerplateKind::kSubscribe}, Phrase{"subscription", BoilerplateKind::kSubscribe},
    Phrase{"newsletter", BoilerplateKind::kSubscribe}, Phrase{"newsletters", BoilerplateKind::kSubscribe},
    Phrase{"sign up", BoilerplateKind::kSubscribe}, Phrase{"sign in", BoilerplateKind::kSubscribe},
    Phrase{"log in", BoilerplateKind::kSubscribe}, Phrase{"login", BoilerplateKind::kSubscribe},
    Phrase{"register", BoilerplateKind::kSubscribe}, Phrase{"suscríbete", BoilerplateKind::kSubscribe},
    Phrase{"s abonner", BoilerplateKind::kSubscribe}, Phrase{"abonnieren", BoilerplateKind::kSubscribe},
    Phrase{"iscriviti", BoilerplateKind::kSubscribe}, Phrase{"assine", BoilerplateKind::kSubscribe},
    Phrase{"подписаться", BoilerplateKind::kSubscribe}, Phrase{"email address", BoilerplateKind::kSubscribe},
    Phrase{"your inbox", BoilerplateKind::kSubscribe}, Phrase{"reprints", BoilerplateKind::kShare},
    Phrase{"letter to the editor", BoilerplateKind::kSubscribe}, Phrase{"letters to the editor", BoilerplateKind::kSubscribe},
    Phrase{"leserbrief", BoilerplateKind::kSubscribe}, Phrase{"leserbriefe", BoilerplateKind::kSubscribe},
    Phrase{"carta al director", BoilerplateKind::kSubscribe}, Phrase{"courrier des lecteurs", BoilerplateKind::kSubscribe},
    Phrase{"lettera al direttore", BoilerplateKind::kSubscribe}, Phrase{"list do redakcji", BoilerplateKind::kSubscribe},
    Phrase{"text size", BoilerplateKind::kNavigation}, Phrase{"font size", BoilerplateKind::kNavigation},
    // A read-aloud player's button, set between the headline and the text like the text size.
    Phrase{"listen to this article", BoilerplateKind::kNavigation}, Phrase{"listen to article", BoilerplateKind::kNavigation},
    Phrase{"artikel anhören", BoilerplateKind::kNavigation}, Phrase{"artikel vorlesen", BoilerplateKind::kNavigation},
    Phrase{"escuchar artículo", BoilerplateKind::kNavigation}, Phrase{"escuchar noticia", BoilerplateKind::kNavigation},
    Phrase{"écouter l article", BoilerplateKind::kNavigation}, Phrase{"ascolta l articolo", BoilerplateKind::kNavigation},
    Phrase{"cookie", BoilerplateKind::kLegal}, Phrase{"cookies", BoilerplateKind::kLegal},
    Phrase{"privacy", BoilerplateKind::kLegal}, Phrase{"terms of use", BoilerplateKind::kLegal},
    Phrase{"terms of service", BoilerplateKind::kLegal}, Phrase{"terms and conditions", BoilerplateKind::kLegal},
    Phrase{"copyright", BoilerplateKind::kLegal}, Phrase{"all rights reserved", BoilerplateKind::kLegal},
    Phrase{"todos los derechos", BoilerplateKind::kLegal}, Phrase{"tous droits", BoilerplateKind::kLegal},
    Phrase{"alle rechte", BoilerplateKind::kLegal}, Phrase{"tutti i diritti", BoilerplateKind::kLegal},
    Phrase{"todos os direitos", BoilerplateKind::kLegal}, Phrase{"все права", BoilerplateKind::kLegal},
    Phrase{"related", BoilerplateKind::kRelated}, Phrase{"read more", BoilerplateKind::kRelated},
    Phrase{"more from", BoilerplateKind::kRelated}, Phrase{"recommended", BoilerplateKind::kRelated},
    Phrase{"you may also like", BoilerplateKind::kRelated}, Phrase{"see also", BoilerplateKind::kRelated},
    Phrase{"most popular", BoilerplateKind::kRelated}, Phrase{"most read", BoilerplateKind::kRelated},
    Phrase{"trending", BoilerplateKind::kRelated}, Phrase{"popular", BoilerplateKind::kRelated},
    Phrase{"latest news", BoilerplateKind::kRelated}, Phrase{"more stories", BoilerplateKind::kRelated},
    Phrase{"leia mais", BoilerplateKind::kRelated}, Phrase{"leia também", BoilerplateKind::kRelated},
    Phrase{"lee más", BoilerplateKind::kRelated}, Phrase{"lire aussi", BoilerplateKind::kRelated},
    Phrase{"mehr zum thema", BoilerplateKind::kRelated}, Phrase{"leggi anche", BoilerplateKind::kRelated},
    Phrase{"читайте также", BoilerplateKind::kRelated}, Phrase{"tags", BoilerplateKind::kRelated},
    // The same labels in the other languages of the stop-word lists: related and latest
    // articles, "you may also like", "most read".
    Phrase{"weitere artikel", BoilerplateKind::kRelated}, Phrase{"weitere themen", BoilerplateKind::kRelated},
    Phrase{"weitere beiträge", BoilerplateKind::kRelated}, Phrase{"ähnliche artikel", BoilerplateKind::kRelated},
    Phrase{"ähnliche beiträge", BoilerplateKind::kRelated}, Phrase{"verwandte themen", BoilerplateKind::kRelated},
    Phrase{"verwandte artikel", BoilerplateKind::kRelated}, Phrase{"neueste artikel", BoilerplateKind::kRelated},
    Phrase{"neueste beiträge", BoilerplateKind::kRelated}, Phrase{"meistgelesen", BoilerplateKind::kRelated},
    Phrase{"lesen sie auch", BoilerplateKind::kRelated}, Phrase{"auch interessant", BoilerplateKind::kRelated},
    Phrase{"schon gelesen", BoilerplateKind::kRelated}, Phrase{"aktuellste beiträge", BoilerplateKind::kRelated},
    Phrase{"aktuelle beiträge", BoilerplateKind::kRelated}, Phrase{"beliebte beiträge", BoilerplateKind::kRelated},
    Phrase{"nächster artikel", BoilerplateKind::kNavigation}, Phrase{"vorheriger artikel", BoilerplateKind::kNavigation},
    Phrase{"nächster beitrag", BoilerplateKind::kNavigation}, Phrase{"vorheriger beitrag", BoilerplateKind::kNavigation},
    Phrase{"könnte sie auch interessieren", BoilerplateKind::kRelated},
    Phrase{"könnte dich auch interessieren", BoilerplateKind::kRelated},
    Phrase{"otras noticias", BoilerplateKind::kRelated}, Phrase{"noticias relacionadas", BoilerplateKind::kRelated},
    Phrase{"artículos relacionados", BoilerplateKind::kRelated}, Phrase{"lea también", BoilerplateKind::kRelated},
    Phrase{"lee también", BoilerplateKind::kRelated}, Phrase{"lea más", BoilerplateKind::kRelated},
    Phrase{"te puede interesar", BoilerplateKind::kRelated}, Phrase{"lo más leído", BoilerplateKind::kRelated},
    Phrase{"articles similaires", BoilerplateKind::kRelated}, Phrase{"à lire aussi", BoilerplateKind::kRelated},
    Phrase{"sur le même sujet", BoilerplateKind::kRelated}, Phrase{"les plus lus", BoilerplateKind::kRelated},
    Phrase{"articoli correlati", BoilerplateKind::kRelated}, Phrase{"potrebbe interessarti", BoilerplateKind::kRelated},
    Phrase{"più letti", BoilerplateKind::kRelated}, Phrase{"notícias relacionadas", BoilerplateKind::kRelated},
    Phrase{"veja também", BoilerplateKind::kRelated}, Phrase{"mais lidas", BoilerplateKind::kRelated},
    Phrase{"comments", BoilerplateKind::kComments}, Phrase{"comment", BoilerplateKind::kComments},
    Phrase{"reply", BoilerplateKind::kComments}, Phrase{"leave a reply", BoilerplateKind::kComments},
    Phrase{"comentarios", BoilerplateKind::kComments}, Phrase{"commentaires", BoilerplateKind::kComments},
    Phrase{"kommentare", BoilerplateKind::kComments}, Phrase{"commenti", BoilerplateKind::kComments},
    Phrase{"comentários", BoilerplateKind::kComments}, Phrase{"комментарии", BoilerplateKind::kComments},
    Phrase{"advertisement", BoilerplateKind::kAdvert}, Phrase{"advert", BoilerplateKind::kAdvert},
    Phrase{"ad", BoilerplateKind::kAdvert}, Phrase{"ads", BoilerplateKind::kAdvert}, Phrase{"advertising", BoilerplateKind::kAdvert},
    Phrase{"sponsored", BoilerplateKind::kAdvert}, Phrase{"publicidad", BoilerplateKind::kAdvert},
    Phrase{"anzeige", BoilerplateKind::kAdvert}, Phrase{"pubblicità", BoilerplateKind::kAdvert},
    Phrase{"publicidade", BoilerplateKind::kAdvert}, Phrase{"реклама", BoilerplateKind::kAdvert},
    Phrase{"home", BoilerplateKind::kNavigation}, Phrase{"menu", BoilerplateKind::kNavigation},
    Phrase{"search", BoilerplateKind::kNavigation}, Phrase{"skip to content", BoilerplateKind::kNavigation},
    Phrase{"skip to main content", BoilerplateKind::kNavigation}, Phrase{"back to top", BoilerplateKind::kNavigation},
    Phrase{"next article", BoilerplateKind::kNavigation}, Phrase{"previous article", BoilerplateKind::kNavigation},
    Phrase{"next post", BoilerplateKind::kNavigation}, Phrase{"previous post", BoilerplateKind::kNavigation},
    Phrase{"contact us", BoilerplateKind::kNavigation}, Phrase{"about us", BoilerplateKind::kNavigation},
    Phrase{"accessibility", BoilerplateKind::kNavigation}, Phrase{"breaking news", BoilerplateKind::kNavigation},
    Phrase{"click here", BoilerplateKind::kNavigation}, Phrase{"view all", BoilerplateKind::kNavigation},
    Phrase{"see all", BoilerplateKind::kNavigation}, Phrase{"show all", BoilerplateKind::kNavigation},
    Phrase{"alle anzeigen", BoilerplateKind::kNavigation}, Phrase{"voir tout", BoilerplateKind::kNavigation},
    Phrase{"ver todo", BoilerplateKind::kNavigation}, Phrase{"ver todos", BoilerplateKind::kNavigation},
    Phrase{"continue reading", BoilerplateKind::kNavigation}, Phrase{"weiterlesen", BoilerplateKind::kNavigation},
    Phrase{"seguir leyendo", BoilerplateKind::kNavigation}, Phrase{"lire la suite", BoilerplateKind::kNavigation},
    Phrase{"continua a leggere", BoilerplateKind::kNavigation}, Phrase{"continue lendo", BoilerplateKind::kNavigation},
    Phrase{"seite drucken", BoilerplateKind::kShare}, Phrase{"javascript", BoilerplateKind::kNavigation}, Phrase{"loading", BoilerplateKind::kNavigation},
    Phrase{"photo", BoilerplateKind::kCredit}, Phrase{"photos", BoilerplateKind::kCredit},
    Phrase{"image", BoilerplateKind::kCredit}, Phrase{"credit", BoilerplateKind::kCredit},
    Phrase{"getty images", BoilerplateKind::kCredit}, Phrase{"ap photo", BoilerplateKind::kCredit},
    Phrase{"file photo", BoilerplateKind::kCredit}, Phrase{"foto", BoilerplateKind::kCredit},
    Phrase{"фото", BoilerplateKind::kCredit}, Phrase{"shutterstock", BoilerplateKind::kCredit},
};

// Legal notices are whole sentences; these phrases mark them at any length.
constexpr std::array<std::string_view, 6> kLongLegal = {"we use cookies", "uses cookies", "all rights reserved",
                                                        "this site uses", "by continuing to", "copyright"};

// Calls to action: promotion boxes are sentences, longer than labels, built around these. The
// invitation to write a letter to the editor closes many a newspaper's article, in any language;
// so does the invitation to join the site's channel on a messenger or network.
constexpr std::array<std::string_view, 23> kCallsToAction = {
    "click here", "sign up",        "subscribe to", "subscribe now", "your inbox", "download the app",
    "follow us",  "newsletter",     "suscríbete",   "abonnez vous", "letter to the editor",
    "letters to the editor", "leserbrief", "carta al director", "courrier des lecteurs",
    "lettera al direttore", "list do redakcji", "join our", "únete", "síguenos", "suivez nous",
    "folge uns", "folgen sie uns"};

// Words of cookie and privacy notices; several of them in one block make it a notice.
constexpr std::array<std::string_view, 26> kLegalWords = {
    "cookie",     "cookies",   "privacy",      "consent",     "gdpr",       "website",   "webseite",  "webseiten",
    "browser",    "policy",    "opt",          "necessary",   "privacidad", "navegando",
    "navegación", "política",  "acepta",       "confidentialité", "navigation", "datenschutz",
    "einwilligung", "consenso", "privacidade", "navegação",   "политика",   "файлы"};
constexpr std::size_t kMinLegalWords = 3;

// Labels of a video player's or bookmark widget's buttons. Copied text runs them together into
// one long line ("Bookmarked! Remove Embed code copied"); two of them make the line the widget's.
constexpr std::array<std::string_view, 8> kPlayerLabels = {
    "embed code", "merkliste", "watchlist", "watch later", "gemerkt", "video herunterladen", "download video",
    "bookmarked"};
constexpr std::size_t kMinPlayerLabels = 2;

// Words of the site's legal, contact and account pages that the phrase list and the legal words
// lack. A trailing '*' matches the start of a word: German compounds them ("Datenschutzhinweise").
constexpr std::array<std::string_view, 23> kSiteNoticeWords = {
    "datenschutz*",     "impressum",          "imprint",           "kontakt",         "contact",
    "password*",        "passwort*",          "passwd",            "username",        "benutzername*",
    "nutzername*",      "konto",              "account",           "e mail adresse",  "personal information",
    "personal data",    "personenbezogene*",  "données personnelles", "datos personales", "mot de passe",
    "contraseña",       "nutzungsbedingungen", "we collect"};
// A form's validation message names the field it is about; one of these makes a line one.
constexpr std::array<std::string_view, 8> kFormMessages = {
    "this field", "dieses feld", "required field", "pflichtfeld*", "ce champ", "este campo", "questo campo",
    "champ obligatoire"};

// Photo captions end in, or open with, their credit: "(Photo: Agency)", "Credit: Name".
// German names its pictures with compounds ending in "bild" ("Titelbild:", "Beitragsbild:").
constexpr std::array<std::string_view, 15> kCreditMarkers = {
    "(photo", "photo:", "photograph:", "credit:", "image:", "(image", "foto:", "(foto", "фото:",
    "bild:", "bildquelle:", "bildnachweis:", "getty images", "/ap", "/reuters"};
// German credits a picture or a chart with its source ("Quelle: Agentur / Fotograf"), as a word
// of its own: a compound ending in it ("Energiequelle:") is the text's own.
constexpr std::array<std::string_view, 2> kCreditSourceLabels = {"quelle:", "quellen:"};
constexpr std::size_t kMaxCaptionWords = 45;
// A credit set as a line of its own opens with who took the picture: "PHOTOGRAPH BY NAME, AGENCY".
// Only at the start: inside a sentence "a photo by" is the article's own words.
constexpr std::array<std::string_view, 6> kCreditOpenings = {"photograph by ", "photographs by ", "photo by ",
                                                             "photos by ",      "photography by ", "image by "};

// A figure's caption opens with its label and number ("Figure 3:", "Abbildung 4.", "Abb. 2 –"),
// which a sentence of the text referring to it never does.
constexpr std::array<std::string_view, 12> kFigureLabels = {"figure", "fig", "abbildung", "abb", "grafik", "figura",
                                                            "imagen", "illustration", "schaubild", "bild",
                                                            "foto", "photo"};

// Whether `lower` (lower-cased) opens with a figure's label, its number and a colon, full stop
// or dash after it.
bool opens_with_figure_label(std::string_view lower) {
  for (const auto label : kFigureLabels) {
    if (lower.substr(0, label.size()) != label) continue;
    std::size_t pos = label.size();
    if (pos < lower.size() && lower[pos] == '.') ++pos;
    if (pos < lower.size() && lower[pos] == ' ') ++pos;
    const std::size_t digits = pos;
    while (pos < lower.size() && lower[pos] >= '0' && lower[pos] <= '9') ++pos;
    if (pos == digits) return false;
    const std::string_view after = lower.substr(pos);
    return after.starts_with(":") || after.starts_with(". ") || after.starts_with(" -") ||
           after.starts_with(" \xE2\x80\x93");
  }
  return false;
}

// Links to the next or previous article of a blog or a news site open with these labels, the
// title after them, often glued to the label by the copy ("Previous articleTITLE").
constexpr std::array<std::string_view, 22> kSequelLabels = {
    "next article",        "previous article",    "next post",            "previous post",
    "next story",          "previous story",      "nächster artikel",     "vorheriger artikel",
    "nächster beitrag",    "vorheriger beitrag",  "article suivant",      "article précédent",
    "artículo siguiente",  "artículo anterior",   "articolo successivo",  "articolo precedente",
    "próximo artigo",      "artigo anterior",     "następny artykuł",     "poprzedni artykuł",
    "следующая статья",    "предыдущая статья"};
// The label and a long title after it (a headline with its dek) have at most this many words.
constexpr std::size_t kMaxSequelWords = 40;

// " w1 w2 ... wn ": lower-cased words joined by single spaces, padded for boundary matching.
std::string joined_words(const std::vector<std::string_view>& tokens) {
  std::string joined = " ";
  for (const auto token : tokens) {
    joined.append(token);
    joined.push_back(' ');
  }
  return joined;
}

std::string padded(std::string_view phrase) {
  std::string needle = " ";
  needle.append(phrase);
  needle.push_back(' ');
  return needle;
}

// The phrase list split for speed: one-word phrases are looked up per token, the others
// searched for in the joined words. Both remember their position, which ranks the kinds.
struct PhraseIndex {
  std::unordered_map<std::string_view, std::size_t> single;
  std::vector<std::pair<std::size_t, std::string>> multi;
  std::vector<std::string> long_legal;
  std::vector<std::string> call_to_action;
  std::unordered_set<std::string_view> legal_words;
  std::unordered_set<std::string> link_labels;  // padded: the related phrases
};

const PhraseIndex& phrase_index() {
  static const PhraseIndex index = [] {
    PhraseIndex out;
    for (std::size_t i = 0; i < kPhrases.size(); ++i) {
      if (kPhrases[i].words.find(' ') == std::string_view::npos) {
        out.single.emplace(kPhrases[i].words, i);
      } else {
        out.multi.emplace_back(i, padded(kPhrases[i].words));
      }
    }
    for (const auto phrase : kLongLegal) out.long_legal.push_back(padded(phrase));
    for (const auto phrase : kCallsToAction) out.call_to_action.push_back(padded(phrase));
    out.legal_words.insert(kLegalWords.begin(), kLegalWords.end());
    for (const auto& phrase : kPhrases) {
      if (phrase.kind == BoilerplateKind::kRelated) out.link_labels.insert(padded(phrase.words));
    }
    return out;
  }();
  return index;
}

// How many of the player's button labels the joined words (padded) hold.
std::size_t player_label_count(const std::string& joined) {
  return static_cast<std::size_t>(std::count_if(kPlayerLabels.begin(), kPlayerLabels.end(), [&](std::string_view label) {
    return joined.find(padded(label)) != std::string::npos;
  }));
}

// Whether the words of `lower` (lower-cased) are a related-articles label and nothing else.
bool is_link_label(std::string_view lower) {
  const std::string label = joined_words(word_tokens(lower));
  return label.size() > 2 && phrase_index().link_labels.count(label) > 0;
}

// "Lea más: TITLE", "READ MORE: TITLE": a line whose words before its first colon are a
// related-articles label names another article, however long the title after it. `lower` is
// lower-cased.
bool opens_with_link_label(const std::string& lower) {
  constexpr std::size_t kMaxLabelChars = 30;
  const std::size_t colon = lower.find(':');
  if (colon == std::string::npos || colon > kMaxLabelChars) return false;
  return is_link_label(lower.substr(0, colon));
}

}  // namespace

namespace {

// News prose reports that someone would not comment ("The company declined to comment.", "She
// did not respond to a request for comment."): a sentence of the article, not the comment
// section's label, though it names comments. `joined` is the line's words joined as joined_words does.
bool reports_no_comment(std::string_view joined, std::string_view text) {
  constexpr std::array<std::string_view, 3> kReports = {" declined to comment ", " refused to comment ", " for comment "};
  const char32_t last = last_code_point_except(text, [](char32_t cp) {
    return is_space(cp) || cp == '"' || cp == '\'' || cp == 0x201D || cp == 0x2019;
  });
  if (last != '.') return false;
  return std::any_of(kReports.begin(), kReports.end(),
                     [&](std::string_view phrase) { return joined.find(phrase) != std::string_view::npos; });
}

}  // namespace

namespace {

// A copyright sign before a name and nothing else of a notice ("© Getty Images", "Foto: ©
// Jane Roe/Agency", "Harbour © J. Roe"): the credit of the picture the line stands under. The
// site's own notice names its year or its rights ("© 2024 Example Media", "© Copyright. All
// rights reserved."). `tokens` are the line's lower-cased words.
bool is_copyright_credit(const std::vector<std::string_view>& tokens) {
  constexpr std::size_t kMaxCreditWords = 8;
  if (tokens.empty() || tokens.size() > kMaxCreditWords) return false;
  for (const auto token : tokens) {
    const bool year = token.size() == 4 && all_ascii_digits(token);
    if (year || token == "copyright" || token == "rights" || token == "reserved") return false;
  }
  return true;
}

}  // namespace

BoilerplateKind boilerplate_kind(std::string_view text, const LexiconConfig& config) {
  const std::string lower = to_lower(text);
  const auto tokens = word_tokens(lower);
  if (text.find("\xC2\xA9") != std::string_view::npos) {  // ©
    return is_copyright_credit(tokens) ? BoilerplateKind::kCredit : BoilerplateKind::kLegal;
  }
  if (tokens.empty()) return BoilerplateKind::kNone;
  const PhraseIndex& index = phrase_index();
  if (tokens.size() <= kMaxCaptionWords) {
    for (const auto marker : kCreditMarkers) {
      if (lower.find(marker) != std::string::npos) return BoilerplateKind::kCredit;
    }
    for (const auto opening : kCreditOpenings) {
      if (lower.rfind(opening, 0) == 0) return BoilerplateKind::kCredit;
    }
    if (opens_with_figure_label(lower)) return BoilerplateKind::kCredit;
    for (const auto label : kCreditSourceLabels) {
      for (std::size_t pos = lower.find(label); pos != std::string::npos; pos = lower.find(label, pos + 1)) {
        const unsigned char before = pos == 0 ? ' ' : static_cast<unsigned char>(lower[pos - 1]);
        const bool word_start = before < 0x80 && !(before >= 'a' && before <= 'z');
        if (word_start) return BoilerplateKind::kCredit;
      }
    }
  }
  const std::string joined = joined_words(tokens);
  if (tokens.size() <= config.max_call_to_action_words && opens_with_link_label(lower)) {
    return BoilerplateKind::kRelated;
  }
  if (tokens.size() <= kMaxSequelWords &&
      std::any_of(kSequelLabels.begin(), kSequelLabels.end(), [&](std::string_view l) { return lower.rfind(l, 0) == 0; })) {
    return BoilerplateKind::kNavigation;
  }
  // The label alone on its line, the link's title on the next ("Infórmate más").
  if (tokens.size() <= config.max_words && is_link_label(lower)) return BoilerplateKind::kRelated;
  if (tokens.size() > config.max_words && tokens.size() <= config.max_call_to_action_words) {
    for (const auto& phrase : index.call_to_action) {
      if (joined.find(phrase) != std::string::npos) return BoilerplateKind::kSubscribe;
    }
  }
  if (tokens.size() > config.max_words) {
    for (const auto& phrase : index.long_legal) {
      if (joined.find(phrase) != std::string::npos) return BoilerplateKind::kLegal;
    }
    if (player_label_count(joined) >= kMinPlayerLabels) return BoilerplateKind::kShare;
    std::unordered_set<std::string_view> legal_hits;
    for (const auto token : tokens) {
      if (index.legal_words.count(token) > 0) legal_hits.insert(token);
    }
    const bool cookie = legal_hits.count("cookie") > 0 || legal_hits.count("cookies") > 0;
    if (legal_hits.size() >= kMinLegalWords || (cookie && legal_hits.size() >= 2)) return BoilerplateKind::kLegal;
    return BoilerplateKind::kNone;
  }
  if (reports_no_comment(joined, text)) return BoilerplateKind::kNone;
  std::size_t best = kPhrases.size();
  for (const auto token : tokens) {
    const auto it = index.single.find(token);
    if (it != index.single.end()) best = std::min(best, it->second);
  }
  for (const auto& [position, needle] : index.multi) {
    if (position < best && joined.find(needle) != std::string::npos) best = position;
  }
  return best < kPhrases.size() ? kPhrases[best].kind : BoilerplateKind::kNone;
}

bool looks_like_comment_header(std::string_view text) {
  constexpr std::size_t kMaxHeaderWords = 14;
  constexpr std::array<std::string_view, 11> kEndings = {"says:", "said:", "wrote:", "says", "dice:", "escribió:",
                                                         "écrit :", "écrit:", "schreibt:", "scrive:", "пишет:"};
  // Cheap test first: every ending closes with ':' or "says".
  std::size_t end = text.size();
  while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == '\t' || text[end - 1] == '\r')) --end;
  if (end == 0 || (text[end - 1] != ':' && text[end - 1] != 's' && text[end - 1] != 'S')) return false;
  const std::string lower = to_lower(collapse_whitespace(text));
  if (word_tokens(lower).size() > kMaxHeaderWords) return false;
  for (const auto ending : kEndings) {
    if (lower.size() > ending.size() && lower.compare(lower.size() - ending.size(), ending.size(), ending) == 0) {
      return true;
    }
  }
  return false;
}

bool looks_like_reply_link(std::string_view text) {
  constexpr std::size_t kMaxLength = 40;
  constexpr std::array<std::string_view, 12> kReplyWords = {"reply",   "antworten", "antwort", "répondre",
                                                            "responder", "responda", "rispondi", "odpowiedz",
                                                            "ответить", "svara",     "svar",     "vastaa"};
  if (text.size() > kMaxLength) return false;
  // A count makes it a label of the thread ("45 Antworten"), not the link under one comment.
  if (std::any_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) return false;
  const std::string lower = to_lower(text);
  const auto tokens = word_tokens(lower);
  return tokens.size() == 1 && std::find(kReplyWords.begin(), kReplyWords.end(), tokens[0]) != kReplyWords.end();
}

namespace {

// Whether `entry` of a word list occurs in `tokens` (joined: their padded join): a phrase as words,
// "stem*" as the start of a word, a word whole.
bool has_entry(const std::vector<std::string_view>& tokens, const std::string& joined, std::string_view entry) {
  if (entry.find(' ') != std::string_view::npos) return joined.find(padded(entry)) != std::string::npos;
  if (entry.back() == '*') {
    const std::string_view stem = entry.substr(0, entry.size() - 1);
    return std::any_of(tokens.begin(), tokens.end(), [&](std::string_view t) { return t.substr(0, stem.size()) == stem; });
  }
  return std::find(tokens.begin(), tokens.end(), entry) != tokens.end();
}

// Legal and account words of the lexicon in `tokens`: its one-word legal and subscription phrases
// ("cookie", "privacy", "login", "register"). Not the legal words of long notices: "policy" or
// "website" in a short line is often a story's.
std::size_t lexicon_legal_hits(const std::vector<std::string_view>& tokens) {
  const PhraseIndex& index = phrase_index();
  std::size_t hits = 0;
  for (const auto token : tokens) {
    const auto it = index.single.find(token);
    const bool phrase = it != index.single.end() && (kPhrases[it->second].kind == BoilerplateKind::kLegal ||
                                                     kPhrases[it->second].kind == BoilerplateKind::kSubscribe);
    if (phrase) ++hits;
  }
  return hits;
}

}  // namespace

bool looks_like_site_notice(std::string_view text) {
  const std::string lower = to_lower(text);
  const auto tokens = word_tokens(lower);
  if (tokens.empty()) return false;
  const std::string joined = joined_words(tokens);
  auto in_line = [&](std::string_view entry) { return has_entry(tokens, joined, entry); };
  if (std::any_of(kFormMessages.begin(), kFormMessages.end(), in_line)) return true;
  const std::size_t hits = lexicon_legal_hits(tokens) +
                           static_cast<std::size_t>(std::count_if(kSiteNoticeWords.begin(), kSiteNoticeWords.end(), in_line));
  return hits >= 2 || 2 * hits >= tokens.size();
}

double boilerplate_word_share(std::string_view text) {
  const std::string lower = to_lower(text);
  const auto tokens = word_tokens(lower);
  if (tokens.empty()) return 0.0;
  std::size_t hits = 0;
  for (const auto token : tokens) hits += phrase_index().single.count(token);
  return static_cast<double>(hits) / static_cast<double>(tokens.size());
}

}  // namespace briefcast
