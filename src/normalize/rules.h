// Every rule of the normalizer, for the driver (normalizer.cpp) and the order it tries them in
// (rule_order.cpp): the class headers in one place. A rule of one class that defers to another
// includes only the headers it uses. What a rule is: match.h.
#pragma once

#include "normalize/codes/codes.h"
#include "normalize/dates/dates.h"
#include "normalize/match.h"
#include "normalize/measures/measures.h"
#include "normalize/money/money.h"
#include "normalize/numbers/numbers.h"
#include "normalize/references/references.h"
#include "normalize/speak_word.h"
#include "normalize/sport/sport.h"
#include "normalize/words/words.h"
