// html_hints: what an element's class and id say about it, by readability's word lists (which
// record how sites name their parts): furniture to skip, and weights for and against content.
#pragma once

#include <gumbo.h>

#include <string>

namespace briefcast {

// Readability drops elements whose class/id names furniture (menu, sidebar, comment, share,
// ...; here also modal dialogs and overlays, hidden until the reader opens them, and rails that
// recommend more reading: trending, popular, recommended, third-party feeds; and the author's
// bio box) unless they also name
// content (article, body, main, ...). `hints` is class_and_id().
// <body>, <html>, <article>, <main> and links are never unlikely.
// Inside an <article>, <main> or itemprop=articleBody, "header" names the article's own header
// (its lead, dek and byline sit there), not the page's: `inside_article` leaves that word out.
bool is_unlikely_candidate(GumboTag tag, const std::string& hints, bool inside_article = false);

// Whether `hints` marks the element as left out when the page is printed ("noprint",
// "hidden-print", "d-print-none", ...): a site's print style keeps the article and drops its
// furniture (share bars, contact boxes, ads), so what it hides from print is not the article.
bool names_print_hidden(const std::string& hints);

// Whether `hints` names text shown to screen readers only ("sr-only", "screen-reader-text",
// "visually-hidden", ...): "Skip to content", "opens in a new window", "Share on ..." — labels
// for finding one's way around the page, which nobody sees as the article.
bool names_screen_reader_only(const std::string& hints);

// Whether every furniture word in `hints` names a list of links (menu, breadcrumb, pager):
// such an element that holds mostly unlinked prose is something else (a tab container).
bool names_only_link_lists(const std::string& hints);

// Whether `hints` names one of the short parts an article's template sets around its text: the
// byline, a photo's credit, a newsletter sign-up box, the dek (the summary under the headline).
// Unlike the furniture words these hold even beside a content word ("article__byline"), so the
// caller applies them only to elements that hold little text.
bool names_short_article_furniture(const std::string& hints);

// +25 for a content word (article, post, story, ...), -25 for a furniture word, both may apply.
int class_weight(const std::string& hints);

// Readability's starting score of a container by its tag (div +5, list -3, heading -5, ...).
int tag_weight(GumboTag tag);

}  // namespace briefcast
