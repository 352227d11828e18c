// form_runs: the site's account and sign-up forms copied under the article. A page's copied text
// holds every state of its login box at once (the fields, each validation message, "password
// forgotten", the confirmation after signing up): a run of short site-notice lines that no story
// prints, however many sentences the messages make.
#pragma once

#include <cstddef>
#include <vector>

#include "clean/text_blocks.h"

namespace briefcast {

// Where such a form starts inside the body [first, last): the first short line of a form (a
// site notice, looks_like_site_notice, or a line with a login box's word: password, username,
// sign in, registration) with at least `min_notices` such lines among the `window` lines from it,
// one of them a site notice. One line of a story that mentions a password is no run. A form at `first`
// is left alone (the body keeps its opening). `last` when there is none; what follows the form
// is the site's too.
std::size_t account_form_start(const std::vector<TextBlock>& blocks, std::size_t first, std::size_t last,
                               std::size_t window = 6, std::size_t min_notices = 3);

}  // namespace briefcast
