// A verb written in capitals for emphasis after its subject ("he IS lying", "I AM sure",
// "they DO care", "the team DID win"): the word said with stress, never letters to spell. Spelt,
// "IS" is heard as the letters "I S", "AM" as the time of day and "DID" as "D I D". After a
// personal pronoun any such verb; after a noun only an auxiliary no initialism shares, and only
// before a lowercase verb: "the IS group", "areas that IS holds", "water DO levels" and
// "patients with DID" keep the initialism.
#include "normalize/function_words.h"
#include "normalize/match.h"
#include "normalize/words/words.h"

namespace briefcast::rules {

namespace {

bool is_personal_subject(const Word& subject, std::string_view verb) {
  // "I" is the pronoun only as a capital; the others in either case ("It IS", "it IS").
  std::string pronoun = text::lower(subject.core);
  bool personal = subject.core == "I" ||
                  (subject.core != "IT" && text::is_one_of(pronoun, {"you", "he", "she", "it", "we", "they", "there"}));
  return personal && (verb != "AM" || subject.core == "I");
}

// "the team DID win", "prices WILL rise", "this rule DOES matter": a lowercase noun, then an
// auxiliary in capitals, then a verb in lower case. "IS", "AM" and "DO" are left out (Islamic
// State, the radio band, dissolved oxygen); a plural after it ("DID numbers") is a noun, so the
// capitals before it are a name.
bool is_noun_subject(const Words& words, std::size_t i) {
  std::string_view subject = words[i - 1].core;
  if (!text::is_one_of(words[i].core, {"DID", "DOES", "CAN", "COULD", "WILL", "WOULD", "SHOULD", "MUST", "MAY", "MIGHT"}) ||
      subject.size() < 3 || !text::all_alpha(subject) || !text::is_lower(subject[0]) || text::is_function_word(subject) || i + 1 >= words.size() ||
      !words[i].suffix.empty() || !words[i + 1].prefix.empty()) {
    return false;
  }
  std::string_view next = words[i + 1].core;
  if (text::is_one_of(next, {"not", "never"})) return true;
  // "the vehicle CAN bus", "a CAN interface": the car's network, named before its parts.
  if (words[i].core == "CAN" && text::is_one_of(next, {"bus", "interface", "controller", "network", "frame", "data",
                                                       "signal", "message", "node", "transceiver", "gateway"})) {
    return false;
  }
  bool plural = text::ends_with(next, "s") && !text::ends_with(next, "ss");
  return next.size() >= 2 && text::all_alpha(next) && text::is_lower(next[0]) && !plural &&
         !text::is_function_word(next);
}

}  // namespace

bool is_emphatic_verb(const Words& words, std::size_t i) {
  if (i == 0 || !words[i].prefix.empty()) return false;
  const Word& subject = words[i - 1];
  if (!subject.suffix.empty()) return false;
  std::string_view verb = words[i].core;
  if (!text::is_one_of(verb, {"IS", "AM", "ARE", "WAS", "WERE", "DO", "DOES", "DID", "CAN", "COULD", "WILL",
                              "WOULD", "SHOULD", "MUST", "HAVE", "HAS", "HAD", "MAY", "MIGHT"})) {
    return false;
  }
  if (is_noun_subject(words, i)) return true;
  if (!is_personal_subject(subject, verb)) return false;
  // A run of capitals after it is a name or a headline, not one stressed verb; "we DO NOT" is
  // the stressed verb and its negation.
  if (i + 1 == words.size()) return true;
  std::string_view next = words[i + 1].core;
  return !text::all_upper(next) || next.size() < 2 || next == "NOT";
}

}  // namespace briefcast::rules
