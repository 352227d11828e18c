// A verb written in capitals for emphasis after its subject ("he IS lying", "I AM sure",
// "they DO care"): the word said with stress, never letters to spell. Spelt, "IS" is heard
// as the letters "I S" and "AM" as the time of day. Only after a personal pronoun: "the IS
// group", "areas that IS holds" keep the initialism.
#include "normalize/rules.h"

namespace briefcast::rules {

bool is_emphatic_verb(const Words& words, std::size_t i) {
  if (i == 0 || !words[i].prefix.empty()) return false;
  const Word& subject = words[i - 1];
  if (!subject.suffix.empty()) return false;
  std::string_view verb = words[i].core;
  if (!text::is_one_of(verb, {"IS", "AM", "ARE", "WAS", "WERE", "DO", "DOES", "DID", "CAN", "COULD", "WILL",
                              "WOULD", "SHOULD", "MUST", "HAVE", "HAS", "HAD", "MAY", "MIGHT"})) {
    return false;
  }
  // "I" is the pronoun only as a capital; the others in either case ("It IS", "it IS").
  std::string pronoun = text::lower(subject.core);
  bool personal = subject.core == "I" ||
                  (subject.core != "IT" && text::is_one_of(pronoun, {"you", "he", "she", "it", "we", "they", "there"}));
  if (!personal || (verb == "AM" && subject.core != "I")) return false;
  // A run of capitals after it is a name or a headline, not one stressed verb; "we DO NOT" is
  // the stressed verb and its negation.
  if (i + 1 == words.size()) return true;
  std::string_view next = words[i + 1].core;
  return !text::all_upper(next) || next.size() < 2 || next == "NOT";
}

}  // namespace briefcast::rules
