// Lengths of DNA and sequencing output: "bp", "kb", "Mb", "Gb", "Tb" and the "bp" forms "kbp",
// "Mbp", "Gbp", after a figure in a line about genomes, are base pairs and bases in thousands,
// millions, billions and trillions ("a 1.2 Mb deletion" -> "one point two megabase deletion",
// "a 12-bp insertion" -> "twelve base pair insertion"). The same letters elsewhere are bits,
// bytes and basis points, which the unit table keeps.
#include "normalize/match.h"
#include "normalize/measures/measures.h"
#include "normalize/number_words.h"
#include "normalize/numbers/numbers.h"
#include "normalize/trade_cues.h"

namespace briefcast::rules {

namespace {

struct GenomeUnit {
  std::string_view written;
  std::string_view one;
  std::string_view many;
};

constexpr GenomeUnit kGenomeUnits[] = {
    {"bp", "base pair", "base pairs"},         {"kbp", "kilobase pair", "kilobase pairs"},
    {"Mbp", "megabase pair", "megabase pairs"}, {"Gbp", "gigabase pair", "gigabase pairs"},
    {"kb", "kilobase", "kilobases"},           {"Kb", "kilobase", "kilobases"},
    {"Mb", "megabase", "megabases"},           {"Gb", "gigabase", "gigabases"},
    {"Tb", "terabase", "terabases"},
};

const GenomeUnit* genome_unit(std::string_view written) {
  for (const GenomeUnit& u : kGenomeUnits) {
    if (u.written == written) return &u;
  }
  return nullptr;
}

// The figure and unit at i: "1.2 Mb" (two words) or "12-bp", "1.2Mb" (one word).
struct Found {
  std::string_view figure;
  const GenomeUnit* unit = nullptr;
  std::size_t count = 0;
  bool hyphened = false;
};

std::optional<Found> genome_measure_at(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (core.empty() || !text::is_digit(core[0])) return std::nullopt;
  std::size_t end = 0;
  while (end < core.size() && (text::is_digit(core[end]) || core[end] == '.' || core[end] == ',')) ++end;
  std::string_view figure = core.substr(0, end);
  std::string_view tail = core.substr(end);
  if (tail.empty()) {
    if (i + 1 >= words.size() || !words[i].suffix.empty() || !words[i + 1].prefix.empty()) return std::nullopt;
    const GenomeUnit* unit = genome_unit(words[i + 1].core);
    if (unit == nullptr) return std::nullopt;
    return Found{figure, unit, 2, false};
  }
  bool hyphened = tail[0] == '-';
  if (hyphened) tail.remove_prefix(1);
  const GenomeUnit* unit = genome_unit(tail);
  if (unit == nullptr) return std::nullopt;
  return Found{figure, unit, 1, hyphened};
}

}  // namespace

std::optional<Match> match_genome_unit(const Words& words, std::size_t i) {
  if (!words[i].prefix.empty() && words[i].prefix != "(") return std::nullopt;
  auto found = genome_measure_at(words, i);
  if (!found) return std::nullopt;
  auto number = text::parse_number(found->figure);
  if (!number || number->negative || !text::any_word(words, tells_of_genomes)) return std::nullopt;
  bool adjective = found->hyphened || is_adjectival(words, i, found->count);
  bool one = adjective || (!number->has_point && number->integer == "1");
  std::string spoken = number_words(*number, false) + " " + std::string(one ? found->unit->one : found->unit->many);
  return Match{found->count, spoken, false};
}

}  // namespace briefcast::rules
