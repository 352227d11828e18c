// The period of a month abbreviated after its day ("RSVP by 1st Aug. to the address", "born 5
// Jan. in Leeds"): when a lower-case word goes on, it abbreviates and ends nothing. Kept, it
// made eSpeak NG pause as at a sentence end in the middle of the phrase.
#include "normalize/rules.h"

namespace briefcast::rules {

bool month_period_goes_on(const Words& words, std::size_t k) {
  if (k + 1 >= words.size() || words[k].suffix != "." || !text::all_alpha(words[k].core) || words[k].core.size() > 4 ||
      !month_number(words[k].core, false)) {
    return false;
  }
  const Word& next = words[k + 1];
  return next.prefix.empty() && !next.core.empty() && text::is_lower(next.core[0]);
}

}  // namespace briefcast::rules
