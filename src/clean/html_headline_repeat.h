// html_headline_repeat: the top of an HTML article's body without the headline said again. Pages
// print the headline inside the article's container, often under a kicker, a section label or a
// breadcrumb; the listener hears the headline once, from the title.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace briefcast {

// Whether `paragraph` is the headline again: the same words (case and punctuation aside), or a
// short label line that holds them (a kicker and the headline, the headline and its date).
bool repeats_headline(std::string_view paragraph, std::string_view title);

// The paragraph without a copy of the headline in front of it ("Headline. Body...",
// "Headline: body..." or a teaser's "Headline The lead sentence ..."; case aside), when the
// headline ends there as a title would; empty when nothing is left; the paragraph unchanged
// otherwise.
std::string without_headline_prefix(const std::string& text, const std::string& title);

// Whether `paragraph` is the headline printed again word for word (case and punctuation aside),
// for a headline of a few words: a one- or two-word title also names a section or a label.
bool copies_headline(std::string_view paragraph, std::string_view title);

// Drops the body's lead-in: a repeat of the headline among its first few paragraphs, with the
// short lines above it (kicker, section label, "You are here"), or a headline prefix of the
// paragraph where the body starts. Stops at the first long paragraph: the article has begun.
// Returns how many paragraphs were removed from the front.
std::size_t drop_headline_lead(std::vector<std::string>& paragraphs, const std::string& title);

}  // namespace briefcast
