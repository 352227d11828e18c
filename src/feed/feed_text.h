// Small text helpers for feed fields: titles often carry escaped markup ("Q&amp;A",
// "<b>Breaking</b>") that the listener must hear as plain text.
#pragma once

#include <string>
#include <string_view>

namespace briefcast {

// Trims white space at both ends and collapses inner runs of white space to one space.
std::string trim_text(std::string_view text);

// Plain text of an HTML fragment: tags dropped, character references decoded (numeric ones and
// the common named ones), white space collapsed.
std::string plain_text_of_html(std::string_view html);

// Escapes &, < and > so that plain text can travel as HTML.
std::string escape_html(std::string_view text);

}  // namespace briefcast
