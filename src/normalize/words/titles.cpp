// Titles before names: "Dr. Evil" -> "doctor Evil", "Sen Warren", "Sgt. 1st Class Doe",
// "Gov.-elect Smith", "the Gov. of Texas", "a 2nd Lt.". A title's abbreviation is read only
// where a name (or a rank's grade) tells it is one: "Gen Z", "Rep." as a report and "MS" as
// Microsoft stay what they are. Apart from the other abbreviations (abbreviation.cpp), which
// try these readings first, because a title's list and its tests of the name after it are a
// concern of their own.
#include <array>

#include "normalize/dates/dates.h"
#include "normalize/match.h"
#include "normalize/numbers/numbers.h"
#include "normalize/words/words.h"

namespace briefcast::rules {

namespace {

using Expansion = text::Said;  // written without the final period

// Said only before a capitalised name. "Ms." is "miz", as newsreaders say it; the reference
// suite has "miss", which is another title.
constexpr std::array<Expansion, 43> kTitles = {{
    {"Sens", "senators"},   {"Reps", "representatives"}, {"Govs", "governors"}, {"Drs", "doctors"},
    {"Msgr", "monsignor"},  {"Rt", "right"},  // "the Rt Hon Jane Doe MP": the Right Honourable
    {"Det", "detective"},   {"Cmdr", "commander"},  {"Brig", "brigadier"}, {"Pvt", "private"},
    {"Pte", "private"},     {"Bdr", "bombardier"},  // British Army ranks ("Pte Tom Hale")
    {"Atty", "attorney"},   {"Insp", "inspector"},  {"Amb", "ambassador"},
    {"Hon", "honorable"},   {"Mme", "madame"},      {"Messrs", "messieurs"},
    {"Dr", "doctor"},       {"Mr", "mister"},       {"Mrs", "misses"},     {"Ms", "miz"},
    {"Prof", "professor"},  {"Gen", "general"},     {"Sen", "senator"},    {"Rep", "representative"},
    {"Gov", "governor"},    {"Lt", "lieutenant"},   {"Col", "colonel"},    {"Capt", "captain"},
    {"Sgt", "sergeant"},    {"Adm", "admiral"},     {"Maj", "major"},      {"Cpl", "corporal"},
    {"Pres", "president"},  {"Rev", "reverend"},    {"Fr", "father"},      {"Supt", "superintendent"},
    {"Mt", "mount"},        {"Ft", "fort"},
    {"Cllr", "councillor"}, {"Cllrs", "councillors"},  // British and Irish local news
    {"Ch", "champion"},  // a show dog's title: "Ch. Brackenmoor Quill"; spelt, "C H" and a full stop's pause
}};

// Capitalised like a title before a name: "Doctor Jones", "Senator Warren".
std::string before_name(const Expansion& title) {
  std::string spoken(title.spoken);
  spoken[0] = static_cast<char>(spoken[0] - 'a' + 'A');
  return spoken;
}

// "Sgt. 1st Class", "Lt. 2nd Class": a rank with an ordinal grade before a capitalised word.
bool ordinal_rank(const Words& words, std::size_t j) {
  return j + 1 < words.size() && words[j].prefix.empty() && words[j].suffix.empty() && speak_ordinal(words[j].core) &&
         starts_name(words, j + 1);
}

// "Mr. dao", "dr. lee": the personal titles, written with their period before a word, have no
// other reading, whatever the case of the name ("dr." after a street name is a drive).
std::optional<Match> personal_title(const Words& words, std::size_t i, bool dotted) {
  static constexpr std::string_view kPersonal[] = {"Mr", "Mrs", "Ms", "Dr", "Prof"};
  const Word& w = words[i];
  if (!dotted || i + 1 >= words.size() || !words[i + 1].prefix.empty() || !text::all_alpha(words[i + 1].core)) {
    return std::nullopt;
  }
  bool after_name = i > 0 && text::is_capitalized(words[i - 1].core) && words[i - 1].suffix.empty();
  for (const Expansion& e : kTitles) {
    bool personal = false;
    for (std::string_view p : kPersonal) personal = personal || e.written == p;
    if (!personal || !text::iequals(w.core, e.written) || (e.written == "Dr" && after_name)) continue;
    std::string spoken(e.spoken);
    if (text::is_capitalized(w.core)) spoken[0] = static_cast<char>(spoken[0] - 'a' + 'A');
    return Match{1, spoken, true};
  }
  return std::nullopt;
}

// "Gov.-elect", "Rep.-elect", "ex-Gov.", "ex-Sen.": a title with its period, joined to
// "-elect" after it or "ex-" before it, said in full before a capitalised name.
std::optional<Match> joined_title(const Words& words, std::size_t i, bool dotted) {
  std::string_view core = words[i].core;
  std::string_view title;
  std::string_view before;
  std::string_view after;
  if (text::ends_with(core, ".-elect")) {
    title = core.substr(0, core.size() - 7);
    after = "-elect";
  } else if (dotted && (text::starts_with(core, "ex-") || text::starts_with(core, "Ex-"))) {
    title = core.substr(3);
    before = core.substr(0, 3);
  } else {
    return std::nullopt;
  }
  if (!starts_name(words, i + 1)) return std::nullopt;
  for (const Expansion& e : kTitles) {
    if (title != e.written) continue;
    return Match{1, std::string(before) + before_name(e) + std::string(after), !before.empty()};
  }
  return std::nullopt;
}

// "Ch." is a show dog's title only in a line about dogs: before a name it is as often
// Chaudhry ("Ch. Pervaiz Elahi"), a Château, a channel or a chapter.
bool is_dog_show_word(std::string_view core) {
  return text::is_one_of_lowered(core, {"crufts", "kennel", "kennels", "pedigree", "breed", "breeds", "breeder", "dog",
                                        "dogs", "bitch", "puppy", "spaniel", "terrier", "retriever", "hound", "poodle",
                                        "collie", "gundog", "jw"});
}

// "Dr. Evil", "Sen Warren", "Sgt. 1st Class Doe": a title before a name (or a ranked grade).
// "DR. EVIL" in a headline: an all-capitals title counts when it keeps its period ("MS" or
// "DR" alone are more often Microsoft or the Dominican Republic).
std::optional<Match> title_before_name(const Words& words, std::size_t i, bool dotted) {
  const Word& w = words[i];
  std::string_view core = w.core;
  bool shouted = dotted && core.size() > 1 && text::all_upper(core);
  for (const Expansion& e : kTitles) {
    bool same = core == e.written || (shouted && text::iequals(core, e.written));
    if (!same) continue;
    // The line is scanned for a dog show's words only for a "Ch." that may be a champion.
    bool champion_unsure = e.written == "Ch" && !text::any_word_near(words, i, 30, is_dog_show_word);
    if (!champion_unsure && (dotted || w.suffix.empty()) &&
        (starts_name(words, i + 1) || (dotted && ordinal_rank(words, i + 1)))) {
      return Match{1, before_name(e), dotted};
    }
  }
  return std::nullopt;
}

// "the Gov. of Texas", "the Lt. Gov. and", "Sens. met": a title with its period and no name
// after it is the common noun. Only titles that abbreviate no other word ("Rep." is a repair
// or a report too, "Gen." a generation).
std::optional<Match> title_without_name(const Words& words, std::size_t i, bool dotted) {
  const Word& w = words[i];
  if (!dotted || w.suffix != "." ||
      !text::is_one_of(w.core, {"Gov", "Govs", "Sen", "Sens", "Lt", "Sgt", "Capt", "Supt", "Atty"})) {
    return std::nullopt;
  }
  bool last = i + 1 >= words.size();
  if (!last && (!words[i + 1].prefix.empty() || words[i + 1].core.empty() || !text::is_lower(words[i + 1].core[0]))) {
    return std::nullopt;
  }
  for (const Expansion& e : kTitles) {
    if (w.core != e.written) continue;
    bool opens = i == 0 || text::has_period(words[i - 1]);
    return Match{1, opens ? before_name(e) : std::string(e.spoken), !last};
  }
  return std::nullopt;
}

// "promoted to 1st Lt.", "a 2nd Lt.": a rank after its grade is the rank, name or none.
std::optional<Match> rank_after_grade(const Words& words, std::size_t i, bool dotted) {
  if (!dotted || i == 0 || !words[i - 1].suffix.empty() || !speak_ordinal(words[i - 1].core)) return std::nullopt;
  std::string_view core = words[i].core;
  for (std::string_view rank : {"Lt", "Sgt", "Cpl", "Pvt", "Col"}) {
    for (const Expansion& e : kTitles) {
      if (core == rank && e.written == rank) return Match{1, std::string(e.spoken), i + 1 < words.size()};
    }
  }
  return std::nullopt;
}

// "PM Jonas Eldred", "PM Eldred said": "PM" before a name is the Prime Minister's title. After a
// figure or a clock ("at 5 PM Friday", "8:30 PM Eastern") it is the afternoon, and a zone,
// a day or a month after it is the clock's too.
std::optional<Match> prime_minister(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (w.core != "PM" || !w.suffix.empty() || !w.prefix.empty() || !starts_name(words, i + 1) ||
      !text::is_name_word(words[i + 1].core) || text::all_upper(words[i + 1].core)) {
    return std::nullopt;
  }
  if (i > 0 && words[i - 1].core.find_first_of("0123456789") != std::string_view::npos) return std::nullopt;
  std::string_view name = words[i + 1].core;
  if (text::is_one_of(name, {"Eastern", "Central", "Mountain", "Pacific", "Atlantic", "Local", "Today", "Tonight",
                             "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}) ||
      month_number(name, false)) {
    return std::nullopt;
  }
  return Match{1, "Prime Minister", false};
}

}  // namespace

// A name: capitalised and longer than one letter, so "Gen Z" stays a generation.
bool starts_name(const Words& words, std::size_t j) {
  return j < words.size() && words[j].prefix.empty() && text::is_capitalized(words[j].core) &&
         words[j].core.size() > 1;
}

std::optional<Match> match_title(const Words& words, std::size_t i) {
  const bool dotted = text::has_period(words[i]);
  if (auto personal = personal_title(words, i, dotted)) return personal;
  if (auto title = title_before_name(words, i, dotted)) return title;
  if (auto premier = prime_minister(words, i)) return premier;
  if (auto rank = rank_after_grade(words, i, dotted)) return rank;
  if (auto title = title_without_name(words, i, dotted)) return title;
  // "Gov.-elect Smith", "ex-Sen. Jones": a title joined to "-elect" or "ex-" before a name.
  return joined_title(words, i, dotted);
}

}  // namespace briefcast::rules
