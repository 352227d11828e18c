// headline_marks: the marks a single line bears that tell a headline from the lines around it:
// its final mark (a full stop, an ellipsis), a quote it opens, a dash opening an attribution,
// navigation arrows, a conjunction going on from the line above, a byline or a date, capitals
// only, a fact box's "Name: value" form. Each looks at one line (a fact box at its neighbours
// too); text_headline weighs them with the line's place on the page.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "clean/text_blocks.h"

namespace briefcast {

// A byline, a dateline or a photo credit: the article's metadata, not its text.
bool is_metadata_line(const TextBlock& block);

// A line that carries an article's metadata: a byline or dateline, or a short line that starts
// as a byline does or holds a written date ("Stand: 05.02.2020", "Published on ...").
bool carries_metadata(const TextBlock& block);

// An attribution under a quote: an em or en dash, then the name and date (a hyphen may open a list
// item instead).
bool is_attribution_line(std::string_view text);

// The last character of `text` that is not a closing quote, bracket or space.
char32_t final_mark(std::string_view text);

// True when `text` ends with an ellipsis ("..." or U+2026): a teaser cut short.
bool ends_with_ellipsis(std::string_view text);

// True when `text` opens with a quotation mark and a full stop or comma closes a quote in it:
// someone's words as a sentence ('"We will rebuild."', '"We will rebuild," she said'), where a
// quoted title (U+00BB We will rebuild U+00AB) has no such mark before its closing quote.
bool opens_quoted_sentence(std::string_view text);

// True when two lines say the same (case and white space aside).
bool same_line(std::string_view a, std::string_view b);

// True when the line's words are one phrase said twice ("news news", "Harbour Trust / Harbour
// Trust"): a menu item copied with its icon's or its hover's label, a picture credit naming the
// owner twice; a title says its words once.
bool says_phrase_twice(std::string_view text);

// True when the line holds a web address with its scheme ("via Harbour News https://example.org/"):
// a link's or a source's line, not a title, which names a site without "https://".
bool holds_web_address(std::string_view text);

// Post navigation ("← Older post", "Next story →") names another article. Guillemets are
// arrows only when unpaired: a line quoted in them (»Quote«, «Quote», Name: «Quote») is a title.
bool has_navigation_arrow(std::string_view text);

// A line that opens with an ampersand or a conjunction in lower case ("& Jo Roe, Editor", "and 6
// more") goes on from the line above it (a second name of a byline, the rest of a list); a title
// starts on its own.
bool continues_line_above(std::string_view text);

// Written in capitals only (at least four letters).
bool all_capitals(std::string_view text);

// A field of a fact box: one word as its name, a colon, a value of a few words ("Language:
// English", "Pages: 448").
bool is_field(std::string_view text);

// A field with another field within two lines is one of a fact box's (a product's or a book's
// data sheet), not a title, however title-short ("Avengers: Endgame" alone stays a candidate).
bool in_fact_box(const std::vector<TextBlock>& blocks, std::size_t i);

}  // namespace briefcast
