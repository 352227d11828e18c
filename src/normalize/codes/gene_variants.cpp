// A variant of a gene in its standard notation: "c.1523G>A" (a change in the coding DNA at a
// position), "p.Arg508His" (the protein's amino acid at a position changed to another).
// eSpeak NG paused at the dot ("c . fifteen twenty three") and said "His" as the pronoun; a
// reader says "c dot one thousand five hundred twenty three G to A" and the amino acids' names.
// The ">" between the bases is said "to" earlier (typeset_text.cpp).
#include "normalize/codes/codes.h"
#include "normalize/match.h"
#include "normalize/number_words.h"

namespace briefcast::rules {

namespace {

constexpr text::Said kAminoAcids[] = {
    {"Ala", "alanine"},    {"Arg", "arginine"},   {"Asn", "asparagine"}, {"Asp", "aspartate"},
    {"Cys", "cysteine"},   {"Gln", "glutamine"},  {"Glu", "glutamate"},  {"Gly", "glycine"},
    {"His", "histidine"},  {"Ile", "isoleucine"}, {"Leu", "leucine"},    {"Lys", "lysine"},
    {"Met", "methionine"}, {"Phe", "phenylalanine"}, {"Pro", "proline"}, {"Ser", "serine"},
    {"Thr", "threonine"},  {"Trp", "tryptophan"}, {"Tyr", "tyrosine"},   {"Val", "valine"},
    {"Ter", "stop"},
};

std::size_t digits_at(std::string_view s, std::size_t k) {
  std::size_t end = k;
  while (end < s.size() && end - k < 7 && text::is_digit(s[end])) ++end;
  return end - k;
}

// "p.Arg508His", "p.Gly12Asp": an amino acid, its position, and the one it became.
std::optional<std::string> protein_change(std::string_view rest) {
  if (rest.size() < 7) return std::nullopt;
  auto from = text::said_for(kAminoAcids, rest.substr(0, 3));
  std::size_t digits = digits_at(rest, 3);
  if (!from || digits == 0 || rest.size() != 3 + digits + 3) return std::nullopt;
  auto to = text::said_for(kAminoAcids, rest.substr(3 + digits));
  if (!to) return std::nullopt;
  return std::string(*from) + " " + cardinal_words(rest.substr(3, digits)) + " " + std::string(*to);
}

// "c.1523G": a position in coding or genomic DNA, with the base there. Without the base it may
// be "circa" ("c.1900"), which stays.
std::optional<std::string> dna_position(std::string_view rest) {
  std::size_t digits = digits_at(rest, 0);
  if (digits == 0 || rest[0] == '0' || rest.size() != digits + 1) return std::nullopt;
  std::string spoken = cardinal_words(rest.substr(0, digits));
  char base = rest.back();
  if (base != 'A' && base != 'C' && base != 'G' && base != 'T') return std::nullopt;
  return spoken + " " + std::string(1, base);
}

}  // namespace

std::optional<Match> match_gene_variant(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (core.size() < 4 || core[1] != '.' || !(core[0] == 'c' || core[0] == 'g' || core[0] == 'p')) return std::nullopt;
  std::string_view rest = core.substr(2);
  auto spoken = core[0] == 'p' ? protein_change(rest) : dna_position(rest);
  if (!spoken) return std::nullopt;
  return Match{1, std::string(1, core[0]) + " dot " + *spoken, false};
}

}  // namespace briefcast::rules
