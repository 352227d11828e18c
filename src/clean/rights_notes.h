// rights_notes: the site's note under the article on the rights to its text ("This work is
// licensed under CC BY-SA 4.0", "Dieser Text wurde veröffentlicht unter der Lizenz ...") or on
// whose opinions it holds ("Les opinions exprimées ... n'engagent que leurs auteurs"). It is the
// same under every post of the site, a line about the text rather than of it.
#pragma once

#include <string_view>
#include <vector>

#include "clean/text_blocks.h"

namespace briefcast {

// Whether a line is such a note: a licence named for the text itself ("this work", "dieser
// Text", "cet article" with a word of licence), or an opinion said to be only its author's
// (a noun for opinion, one for author and a word of the disclaimer: "expressed", "n'engagent",
// "nicht notwendigerweise"). A long paragraph, or a quote, is the article's.
bool looks_like_rights_note(std::string_view line);

// Where the note among the last `window` good blocks of the body [first, last) stands, when a good
// block of the body comes before it; `last` otherwise. What follows the note is the site's too.
std::size_t rights_note_start(const std::vector<TextBlock>& blocks, std::size_t first, std::size_t last,
                              std::size_t window = 4);

}  // namespace briefcast
