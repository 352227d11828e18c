// author_lines: the author's box that ends many articles, known by the byline in the page's
// metadata or by the name printed over it: a short note that opens with the author's name ("Name
// is a reporter for ...") or goes on from the name line ("Name" / "is a reporter for ..."), with
// a label above ("About the author"). A listener has the byline from the intro; the box is not
// the article.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace briefcast {

// The personal names in a byline ("Ann Lee, Bo Park and Cy Moss"), each of two words or more:
// a single word is as often a site's or an agency's name, which the body may well start with.
std::vector<std::string> byline_person_names(std::string_view byline);

// Whether the paragraph is one of the names and little else: no sentence, at most a date or
// time stamp beside it.
bool is_author_name_line(std::string_view paragraph, const std::vector<std::string>& names);

// Whether the first letter of `word` changes when lower-cased: a capital.
bool is_capitalised(std::string_view word);

// Whether a line is a person's name and nothing else, as an author's box prints it over the
// note: two to four capitalised words ("Dr. Ann Lee"), no digits, no sentence.
bool looks_like_person_name(std::string_view line);

// Drops an author's note among the body's last paragraphs (short, a sentence or two, opening
// with an author's name, or going on in lower case from the name line right above it), the name
// line right above it and the box's label above that ("Author", "Über den Autor"). Returns how
// many paragraphs went.
std::size_t drop_author_lines(std::vector<std::string>& paragraphs, std::string_view byline);

// Drops the body's first paragraph when it is an author's note set over the article (some pages
// print the author's box under the headline): `name_line`, the page's line right above it, is a
// person's name alone, and the paragraph opens with that name and is a sentence or two. At least
// two paragraphs stay. Returns whether it went.
bool drop_opening_author_note(std::vector<std::string>& paragraphs, std::string_view name_line);

}  // namespace briefcast
