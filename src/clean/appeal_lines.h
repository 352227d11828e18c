// appeal_lines: the site's appeal for support that closes many articles ("Support our
// journalism", "Ihr Beitrag hilft ...", "Hazte miembro"): a box of a few lines under the text,
// copied between the article's last paragraph and the donation buttons. It asks the reader for
// money or a membership, or (the newsletter's sign-up box) for an address and consent; it is
// not the article.
#pragma once

#include <string_view>
#include <vector>

#include "clean/text_blocks.h"

namespace briefcast {

// Whether a line asks the reader to support the site: it holds one of the appeal phrases in a
// language of the stop-word lists ("support our journalism", "unsere Arbeit unterstützen",
// "faire un don", "enter your email", "ich bin damit einverstanden") or opens with a call to
// support ("Unterstütze ...", "Apoya a ..."). A long
// paragraph is the article's, whatever it says, and so is a quote (an appeal reported).
bool looks_like_support_appeal(std::string_view line);

// Where the appeal box among the last lines of the body [first, last) starts: the blank-line
// group of the first appeal line among its last `window` good blocks, the box's heading with it.
// `last` when there is none, or when the box would leave no good block before it.
std::size_t support_appeal_start(const std::vector<TextBlock>& blocks, std::size_t first, std::size_t last,
                                 std::size_t window = 6);

}  // namespace briefcast
