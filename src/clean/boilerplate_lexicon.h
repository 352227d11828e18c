// boilerplate_lexicon: words and phrases that page furniture is made of (share, subscribe,
// cookie, copyright, "Related", "Read more", comment counts, ...), in several languages.
// A hit is ONE signal for the block classifier, never a verdict on its own: prose may say
// "share" too, so only short blocks, or blocks made mostly of such words, count as hits.
#pragma once

#include <string_view>

namespace briefcast {

enum class BoilerplateKind {
  kNone,
  kShare,       // share bars, social network names, "Print", "Email"
  kSubscribe,   // subscribe, newsletter, sign in, register
  kLegal,       // cookies, privacy, terms, copyright
  kRelated,     // "Related", "Read more", "Most popular", "You may also like"
  kComments,    // "Comments", "Leave a reply", "12 comments"
  kAdvert,      // "Advertisement", "Sponsored"
  kNavigation,  // "Home", "Menu", "Skip to content", "Back to top", "Next article"
  kCredit,      // photo captions' credits: "Photo: ...", "Getty Images", "(AP Photo/...)"
};

struct LexiconConfig {
  // Blocks longer than this (in words) are prose that may mention such words in passing;
  // only legal notices (which are long sentences) still count.
  std::size_t max_words = 12;
  // Promotion boxes ("Sign up for our newsletter and get ...") are sentences: calls to action
  // count up to this many words.
  std::size_t max_call_to_action_words = 25;
};

// What kind of furniture `text` looks like, from its words alone.
BoilerplateKind boilerplate_kind(std::string_view text, const LexiconConfig& config = {});

// The header of a reader comment: a short line that ends "NAME says:", "NAME on DATE said:",
// "... wrote:" (and the same in other languages). Several of them mark a comment section.
bool looks_like_comment_header(std::string_view text);

// The reply link a page prints under every reader comment: a line that holds one word for
// "reply" (in one of the stop-word lists' languages) and nothing else but symbols ("Reply",
// "Antworten ↓", "Répondre"). The same link shown several times marks a comment section; one
// such word alone may be a heading ("Antwort": the answer).
bool looks_like_reply_link(std::string_view text);

// A line of the site's own legal, contact or account pages and forms, not of an article: a
// privacy statement or imprint heading ("Datenschutzerklärung", "Kontakt"), a question of a
// privacy policy, a login form's error ("Wrong user name or password"), a field's validation
// message. Such a line is made mostly of those words, holds two of them, or is a form message.
bool looks_like_site_notice(std::string_view text);

// Share of the words of `text` that are lexicon words (share, facebook, comments, ...).
double boilerplate_word_share(std::string_view text);

}  // namespace briefcast
