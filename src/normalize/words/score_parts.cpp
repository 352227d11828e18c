// The shorthand of a concert's programme and a work's scoring, among words of music:
//  - "2 picc., 3 ob., 4 hn": a count of players before an instrument's abbreviation, as a
//    score's front page lists them, said "two piccolos, three oboes, four horns"; eSpeak NG
//    said "pick", "ob" and "H N", and the instrument was lost.
//  - "chorus and orch.": the orchestra, said in full, not the syllable "orch".
//  - "(2 CDs, 148′)": a prime after a figure is a work's or a recording's length in minutes,
//    said "a hundred and forty eight minutes"; without a music word it stays feet or arcminutes.
// Only near a word of music (orchestra, opera, symphony, chorus): "3 cl" elsewhere is centilitres.
#include "normalize/match.h"
#include "normalize/number_words.h"
#include "normalize/trade_cues.h"
#include "normalize/words/words.h"

namespace briefcast::rules {

namespace {

constexpr std::size_t kWindow = 16;

struct Instrument {
  std::string_view written;
  std::string_view one;
  std::string_view many;
};

// Not "hp" (horsepower) nor "db" (decibels), which a music line's hall or its amplifiers use.
constexpr Instrument kInstruments[] = {
    {"picc", "piccolo", "piccolos"},   {"fl", "flute", "flutes"},           {"ob", "oboe", "oboes"},
    {"cl", "clarinet", "clarinets"},   {"clt", "clarinet", "clarinets"},    {"bn", "bassoon", "bassoons"},
    {"bsn", "bassoon", "bassoons"},    {"cbsn", "contrabassoon", "contrabassoons"},
    {"hn", "horn", "horns"},           {"tpt", "trumpet", "trumpets"},      {"tbn", "trombone", "trombones"},
    {"trb", "trombone", "trombones"},  {"tba", "tuba", "tubas"},            {"timp", "timpani", "timpani"},
    {"perc", "percussion", "percussion"}, {"vln", "violin", "violins"},     {"vn", "violin", "violins"},
    {"vla", "viola", "violas"},        {"vc", "cello", "cellos"},           {"hpd", "harpsichord", "harpsichords"},
};

const Instrument* instrument(std::string_view core) {
  for (const Instrument& row : kInstruments) {
    if (row.written == core) return &row;
  }
  return nullptr;
}

bool plain_count(std::string_view core) { return !core.empty() && core.size() <= 2 && text::all_digits(core); }

// The period of the abbreviation goes; one that also ends the sentence stays.
bool eats_period(const Words& words, std::size_t k) {
  return text::has_period(words[k]) && !period_ends_sentence(words, k);
}

// "4 hn", "2 picc.": the count and the instrument's abbreviation after it.
std::optional<Match> scored_players(const Words& words, std::size_t i) {
  if (i + 1 >= words.size() || !plain_count(words[i].core) || !words[i].suffix.empty() || !words[i + 1].prefix.empty()) {
    return std::nullopt;
  }
  const Instrument* part = instrument(words[i + 1].core);
  std::string_view after = words[i + 1].suffix;
  if (part == nullptr || !(after.empty() || after[0] == '.' || after[0] == ',' || after[0] == ';' || after[0] == ')') ||
      !text::any_word_near(words, i, kWindow, tells_of_music)) {
    return std::nullopt;
  }
  std::string name(words[i].core == "1" ? part->one : part->many);
  return Match{2, cardinal_words(words[i].core) + " " + name, eats_period(words, i + 1)};
}

// "orch.", "orch": the orchestra of a work's scoring.
std::optional<Match> orchestra(const Words& words, std::size_t i) {
  if (words[i].core != "orch" || !text::any_word_near(words, i, kWindow, tells_of_music)) return std::nullopt;
  return Match{1, "orchestra", eats_period(words, i)};
}

// "148′", "(72′)": a length in minutes, the prime glued to the figure.
std::optional<Match> length_in_minutes(const Words& words, std::size_t i) {
  constexpr std::string_view kPrime = "\u2032";
  std::string_view core = words[i].core;
  if (!text::ends_with(core, kPrime)) return std::nullopt;
  std::string_view figure = core.substr(0, core.size() - kPrime.size());
  if (figure.empty() || figure.size() > 3 || !text::all_digits(figure) || figure[0] == '0' ||
      !text::any_word_near(words, i, kWindow, tells_of_music)) {
    return std::nullopt;
  }
  return Match{1, cardinal_words(figure) + (figure == "1" ? " minute" : " minutes"), false};
}

}  // namespace

std::optional<Match> match_score_part(const Words& words, std::size_t i) {
  if (auto players = scored_players(words, i)) return players;
  if (auto band = orchestra(words, i)) return band;
  return length_in_minutes(words, i);
}

}  // namespace briefcast::rules
