// Every rule of the normalizer, for the driver (normalizer.cpp) and for rules that defer to
// rules of another class: the class headers in one place. What a rule is: match.h.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "normalize/codes/codes.h"
#include "normalize/dates/dates.h"
#include "normalize/match.h"
#include "normalize/measures/measures.h"
#include "normalize/money/money.h"
#include "normalize/numbers/numbers.h"
#include "normalize/references/references.h"
#include "normalize/sport/sport.h"
#include "normalize/words/words.h"

namespace briefcast::rules {

// speak_word.cpp: every single-word rule in order; `allow_pieces` adds the fallback.
std::string speak_word(std::string_view core, bool allow_pieces = true);
std::optional<std::string> speak_known(std::string_view core);

}  // namespace briefcast::rules
