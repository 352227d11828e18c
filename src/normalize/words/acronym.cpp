// Acronyms: letters that eSpeak NG should spell stay in capitals ("CIA", "FBI": the engine
// spells capitals it cannot pronounce), and acronyms said as words are written as words
// ("NATO" -> "Nato") so the engine does not spell them. A short list of known word-acronyms
// comes first; otherwise a word of four or more letters that alternates vowels and
// consonants like an English word ("UNICEF", "OPEC") is said, anything else is spelled.
#include <algorithm>
#include <array>
#include <utility>
#include <vector>

#include "normalize/words/words.h"

namespace briefcast::rules {

namespace {

// "RAM", "ROM", "SIM": a computer's or phone's parts, said as words ("ram", "a sim card").
// "NOAA" ("Noah"), Ireland's "NPHET" ("en-fet"), the "JAK" inhibitors ("jack") and the "BRICS"
// group ("bricks") are said as words in the news though their shape is an initialism's.
constexpr std::array<std::string_view, 41> kSaid = {
    "NATO", "NASA", "UNESCO", "UNICEF", "OPEC", "AIDS", "FIFA", "NAFTA", "ASEAN", "COVID", "SARS", "MERS",
    "OSHA", "FEMA", "INTERPOL", "LASER", "RADAR", "SCOTUS", "GIF", "ISIS", "IKEA", "UEFA", "NASDAQ", "DARPA",
    "PAC", "MAX", "AMP", "SWAT", "JPEG", "NIMBY", "LIDAR", "SONAR", "ZIP", "PIN", "RAM", "ROM", "SIM",
    "NOAA", "NPHET", "JAK", "BRICS",
};

// Acronyms said as a word that is not the word their letters spell: the London index "FTSE"
// is "Footsie" (written "Ftse", eSpeak NG said "eft-see"; "Footsie" it says FOOT-see). The
// savings account "ISA" is "EYE-suh" ("Isa" was "IS-uh"), the credit score "FICO" is "FYE-co"
// ("Fico" was "FEE-co") and the health economist's "QALY" is "KWOL-ee" ("Qaly" was "KAH-lee").
constexpr std::array<std::pair<std::string_view, std::string_view>, 4> kRespelled = {
    {{"FTSE", "Footsie"}, {"ISA", "Eyesa"}, {"FICO", "Fyco"}, {"QALY", "Qualy"}}};

// Short English words written in capitals for emphasis ("It was NOT fine", "SO tired"):
// none is an initialism in news, and spelling them ("N O T") changes what is said.
// "NEW" leads a headline or a tweet ("NEW: the senator ..."); "NO" and "IN" are left out, being
// nitric oxide and Indiana as often.
constexpr std::array<std::string_view, 22> kShoutedShortWords = {
    "AND", "THE", "NOT", "BUT", "YOU", "ARE", "WAS", "HAS", "HAD", "HIS", "HER",
    "HOW", "WHY", "NOW", "TOO", "ALL", "ANY", "OFF", "OUT", "YES", "SO", "NEW",
};

// Time zones, which are always spelled ("A E S T", "C E S T"); several have a word's shape
// ("AEST", "CEST", "SAST", "EEST") that eSpeak NG would say as one syllable. Those that are
// English words ("WEST", "EAT", "CAT") are left out: in capitals they are more often words.
constexpr std::array<std::string_view, 38> kTimeZones = {
    "AEST", "AEDT", "ACST", "ACDT", "AWST", "AWDT", "NZST", "NZDT", "BST",  "IST",  "CET",  "CEST", "EET",
    "EEST", "WET",  "GMT",  "UTC",  "EST",  "EDT",  "CST",  "CDT",  "MST",  "MDT",  "PST",  "PDT",  "AKST",
    "AKDT", "HST",  "JST",  "KST",  "HKT",  "SGT",  "SAST", "AST",  "ADT",  "NST",  "NDT",  "MSK",
};

bool is_vowel(char c) { return c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U'; }

// Pronounceable: at least four letters, starting with a consonant-vowel or a vowel; short
// ones alternate strictly ("NATO", "OPEC", but not "ACLU"), longer ones allow pairs of
// consonants or vowels ("HARBOR"). Y counts as a vowel after the first letter.
bool looks_pronounceable(std::string_view s) {
  if (s.size() < 4) return false;
  if (!is_vowel(s[0]) && !is_vowel(s[1]) && s[1] != 'Y') return false;
  int limit = s.size() <= 5 ? 1 : 2;
  int consonants = 0;
  int vowels = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (is_vowel(c) || (c == 'Y' && i > 0)) {
      ++vowels;
      consonants = 0;
    } else {
      ++consonants;
      vowels = 0;
    }
    if (consonants > limit || vowels > limit) return false;
  }
  return true;
}

// Consonant clusters English spelling allows at the start and at the end of a syllable.
// "GH" opens "GHOST", "GHANA", "GHETTO".
constexpr std::array<std::string_view, 36> kOnsets = {
    "SCR", "SPL", "SPR", "STR", "SHR", "THR", "GH",
    "BL", "BR", "CH", "CL", "CR", "DR", "FL", "FR", "GL", "GR", "KL", "KN", "PH", "PL", "PR",
    "SC", "SH", "SK", "SL", "SM", "SN", "SP", "ST", "SW", "TH", "TR", "TW", "WH", "WR",
};
// "TCH", "RCH", "NCH" end "WATCH", "MARCH", "LUNCH", and a plural's S after a coda ends
// "WEEKS", "CUPS", "KIDS", "BANKS", "HANDS": without them those words in capitals were spelled.
// "MN" and "GN" end "DAMN", "AUTUMN", "SIGN", "DESIGN"; "GHT" and "GH" end "EIGHT", "HIGH";
// "BS" the plural "SUBS", "JOBS"; "RC" ends "ARC", "ORC", "MARC" (after A or O only, see
// odd_final_rc), so "JORC" is said "jork". "RST", "RLD", "NTH", "XTS" end "FIRST", "WORLD", "MONTH", "TEXTS".
constexpr std::array<std::string_view, 89> kCodas = {
    "SS", "LL", "FF", "ZZ", "TCH", "RCH", "NCH", "MN", "GN", "GHT", "GH", "BS", "RC",
    "KS", "PS", "DS", "GS", "MS", "CKS", "NKS", "NDS", "NTS", "RKS", "RDS", "RTS", "RMS", "LDS", "LTS",
    "STS", "MPS", "LLS", "NGS", "THS", "LPS", "LMS", "RLS", "RNS", "CTS", "PTS", "SKS", "FTS", "SPS",
    "CH", "CK", "CT", "FT", "LD", "LF", "LK", "LM", "LP", "LT", "MP", "ND", "NG", "NK", "NT", "PT", "RB",
    "RD", "RF", "RG", "RK", "RM", "RN", "RP", "RT", "SH", "SK", "SP", "ST", "TH", "LS", "NS", "RS", "TS",
    "RST", "RLD", "RTH", "NTH", "FTH", "XTH", "PTH", "DTH", "LTH", "MPT", "LFS", "XT", "XTS"};

bool listed(std::string_view cluster, const auto& list) {
  if (cluster.size() <= 1) return true;
  for (std::string_view c : list) {
    if (cluster == c) return true;
  }
  return false;
}

bool is_vowel_at(std::string_view s, std::size_t i) { return is_vowel(s[i]) || (s[i] == 'Y' && i > 0); }

// A letter doubled as English words double it: "EE" and "OO" ("FREE", "GOOD"), a final "SS",
// "LL", "FF" or "ZZ" ("DRESS", "STAFF"), or a consonant doubled before a vowel ("HAPPY").
bool english_double(std::string_view s, std::size_t i) {
  char c = s[i];
  if (c == 'E' || c == 'O') return true;
  if (i + 1 == s.size()) return c == 'S' || c == 'L' || c == 'F' || c == 'Z';
  return !is_vowel(c) && is_vowel_at(s, i + 1);
}

// Three consonants between two vowels: English splits them into a syllable's end and the next
// one's start ("CENTRAL" N-TR, "EXPLAIN" X-PL, "ELECTRIC" CT-R). "UKHSA" has no such split
// (K-HS, KH-S), so it is an initialism; eSpeak NG had said it as one syllable, "uckhsa".
bool splits_as_syllables(std::string_view cluster) {
  for (std::size_t cut = 0; cut <= cluster.size(); ++cut) {
    if (listed(cluster.substr(0, cut), kCodas) && listed(cluster.substr(cut), kOnsets)) return true;
  }
  return false;
}

// Two consonants between vowels in capitals of five letters or fewer, the second a W, an H or
// an X that no listed onset opens ("WH", "CH", "SH"...): English opens a syllable after a
// consonant so only in compounds ("RAILWAY", "INHALE"), all longer, and never with X. "ILWA",
// "ASHA"'s like-shaped "OKHA", "EDXA" are initialisms; eSpeak NG said "ILWA" as "ill-wa".
// So with an F or a V second right after a stop (P, B, T, K, G, C) in four capitals at most
// ("EPFO", "OBVA"): short words have them only after a nasal, a liquid, S, D or F ("INFO",
// "SALVO", "ADVIL"). Five letters are left as words: German and Hebrew words and names have
// the shape ("APFEL", "OPFER", "TIKVA").
bool odd_medial_pair(std::string_view s, std::size_t i) {
  if (s.size() > 5 || i < 3 || is_vowel_at(s, i - 1) || is_vowel_at(s, i - 2) || !is_vowel_at(s, i - 3)) return false;
  char second = s[i - 1];
  bool after_stop = std::string_view("PBTKGC").find(s[i - 2]) != std::string_view::npos;
  if ((second == 'F' || second == 'V') && s.size() <= 4 && after_stop) return true;
  return (second == 'W' || second == 'H' || second == 'X') && !listed(s.substr(i - 2, 2), kOnsets);
}

// The consonants after the last vowel ("RTF" of "KORTF", "" of "MAYO"); none when no vowel.
std::optional<std::string_view> final_cluster(std::string_view s) {
  std::size_t last_vowel = s.size();
  while (last_vowel > 0 && !is_vowel_at(s, last_vowel - 1)) --last_vowel;
  if (last_vowel == 0) return std::nullopt;
  return s.substr(last_vowel);
}

}  // namespace

// Only the end is asked: brands and codes open with clusters no English word has and are
// still said as words ("XBOX", "GSAT", "BTEC", "MPEG", "TSAR"), but a cluster no syllable ends
// with ("KORTF", "PSLV") is spelt. A "W" after a vowel belongs to it ("NEWS", "HAWK"), a final
// doubled letter closes a word ("STOXX", "DRESS"), and a final R after a consonant is a
// syllable of its own ("ZEEKR", "TUMBLR": "-er").
bool has_unsayable_edge(std::string_view s) {
  if (s.empty() || !text::all_upper(s)) return false;
  auto coda = final_cluster(s);
  if (!coda) return true;
  // A final U after a consonant ends initialisms, as reads_as_word finds ("ACLU", "CMCU").
  if (coda->empty() && s.size() >= 2 && s.back() == 'U' && !is_vowel_at(s, s.size() - 2)) return true;
  if (!coda->empty() && coda->front() == 'W') coda->remove_prefix(1);
  if (coda->size() >= 2 && coda->back() == 'R') return false;
  if (coda->size() == 2 && (*coda)[0] == (*coda)[1]) return false;
  return !listed(*coda, kCodas);
}

// Capitals shaped like an English word ("FAST", "MARTA", "TALK", "CERN"): eSpeak NG reads
// them as the word people say. Initialisms that eSpeak NG would misread as a word have a
// shape no English word has: a start or end no syllable has ("FDIC", "ESPN"), a letter
// doubled where English spelling does not double it ("CITT", "AARP", "NCAA"), three vowels in a row ("IAEA"), or a final U or I
// ("ACLU", "NYU"; a final I only in fewer than five letters); those are spelled. Three letters or fewer are always spelled.
bool reads_as_word(std::string_view s) {
  if (s.size() < 4 || !text::all_upper(s) || has_initialism_shape(s)) {
    return false;
  }
  std::size_t first_vowel = 0;
  while (first_vowel < s.size() && !is_vowel_at(s, first_vowel)) ++first_vowel;
  if (first_vowel == s.size() || !listed(s.substr(0, first_vowel), kOnsets)) return false;
  // A consonant, then Y before A, O or U ("NYAG", "BYOD"): the Y of "New York" or "your" in an
  // initialism; eSpeak NG said "NYAG" as "nye-ag". Words start so with E or I ("DYES", "KYIV").
  if (first_vowel == 1 && s[1] == 'Y' && (s[2] == 'A' || s[2] == 'O' || s[2] == 'U')) return false;
  if (!listed(*final_cluster(s), kCodas)) return false;
  // A final I ends short initialisms ("NYU"-like "CHOI"), but five letters or more in a word's
  // shape are a name said as a word ("KOSPI", "MAGGI"), as eSpeak NG reads them.
  char end = s.back();
  if (end == 'U' || (end == 'I' && s.size() < 5)) return false;
  std::size_t consonants = 0;
  std::size_t vowels = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (i > 0 && s[i] == s[i - 1] && !english_double(s, i)) return false;
    bool vowel = is_vowel_at(s, i);
    consonants = vowel ? 0 : consonants + 1;
    vowels = vowel ? vowels + 1 : 0;
    // Inside the word, a syllable's end and the next one's start: at most three consonants.
    if (consonants > 3 || vowels > 2) return false;
    if (vowel && odd_medial_pair(s, i)) return false;
    if (vowel && consonants == 0 && i >= 4 && !is_vowel_at(s, i - 1) && !is_vowel_at(s, i - 2) &&
        !is_vowel_at(s, i - 3) && is_vowel_at(s, i - 4) && !splits_as_syllables(s.substr(i - 3, 3))) {
      return false;
    }
  }
  return true;
}

namespace {

// "NYSE", "LYNX": no vowel letter but Y, apart from a final E.
bool only_y_vowel(std::string_view s) {
  std::string_view body = s.back() == 'E' ? s.substr(0, s.size() - 1) : s;
  for (char c : body) {
    if (is_vowel(c)) return false;
  }
  return true;
}

}  // namespace

namespace {

// "MoD", "DoJ", "BoE", "IoT": an initialism with the small "o" of "of" between two capitals.
// eSpeak NG reads the capital and the vowel as a syllable ("moh D", "doo J"); a newsreader
// spells all three. So with a small consonant after a capital vowel ("AfD", "IfM", "OfS"):
// eSpeak NG said "AfD" as "af D". A plural or possessive ("MoUs", "MoD's") keeps its ending.
// Other small letters stand for other words ("MaT", "PhD": the engine spells "PhD" itself)
// and are left to the engine.
std::optional<std::string> mixed_initialism(std::string_view core) {
  std::string_view letters = core.substr(0, 3);
  std::string_view tail = core.size() > 3 ? core.substr(3) : std::string_view();
  if (!text::is_one_of(tail, {"", "s", "'s", "\u2019s"})) return std::nullopt;
  if (letters.size() != 3 || !text::is_upper(letters[0]) || !text::is_upper(letters[2])) return std::nullopt;
  const char small = letters[1];
  const bool of = small == 'o';
  const bool consonant_after_vowel =
      is_vowel(letters[0]) && text::is_lower(small) && std::string_view("aeiuy").find(small) == std::string_view::npos;
  if (!of && !consonant_after_vowel) return std::nullopt;
  // The coronaviruses' "CoV" ("SARS-CoV-2") is said "co-vee", as eSpeak NG already says it.
  if (letters == "CoV") return std::nullopt;
  std::string capitals(letters);
  capitals[1] = static_cast<char>(small - 'a' + 'A');
  // "M.O.D.'s", "M.O.U.'s": a period and a straight apostrophe before the "s", as spell_capitals
  // writes "N.G.O.'s"; a bare "s" is spelt as a letter, a curly apostrophe is a pause.
  return tail.empty() ? spelled_letters(capitals) : spelled_letters(capitals) + ".'s";
}

// "WBAofE", "BBBofC": capitals with the small "of" of a body's name between them ("British
// Boxing Board of Control"); eSpeak NG read such a run with "of" inside as one syllable ("boff"). The capitals are spelt
// and "of" said as the word; a lone small "o" (three letters, "MoD") is spelt by mixed_initialism.
std::optional<std::string> initialism_with_of(std::string_view core) {
  std::size_t at = core.find("of");
  if (at == std::string_view::npos || at == 0 || at + 2 >= core.size()) return std::nullopt;
  std::string_view before = core.substr(0, at);
  std::string_view after = core.substr(at + 2);
  if (!text::all_alpha(before) || !text::all_upper(before) || !text::all_alpha(after) || !text::all_upper(after) ||
      before.size() + after.size() < 3) {
    return std::nullopt;
  }
  return spelled_letters(before) + " of " + spelled_letters(after);
}

// "IEEE", "SSSI", "UNFCCC": a letter three times in a row inside a longer acronym is said
// "triple" and the letter, as people say them ("I triple E", "triple S I", "U N F triple C");
// eSpeak NG spelt the letters one by one. Three letters alone ("FFF", "CCC") are mostly spelt,
// and a run of "I" or "X" is a Roman numeral ("XIII", "VIII") or a placeholder ("BXXX").
std::optional<std::string> tripled_letters(std::string_view core) {
  if (core.size() < 4) return std::nullopt;
  std::size_t at = 0;
  while (at + 2 < core.size() && !(core[at] == core[at + 1] && core[at] == core[at + 2])) ++at;
  if (at + 2 >= core.size() || (at + 3 < core.size() && core[at + 3] == core[at]) || core[at] == 'I' ||
      core[at] == 'X') {
    return std::nullopt;
  }
  std::string said;
  if (at > 0) said = letter_names(core.substr(0, at)) + " ";
  said += "triple " + letter_names(core.substr(at, 1));
  if (at + 3 < core.size()) said += " " + letter_names(core.substr(at + 3));
  return said;
}

// "LiDAR", "SoNAR": an acronym said as a word, written with some of its letters small
// as the words it stands for are; eSpeak NG spelt the capitals after the first ("lie D A R").
// Only the listed ones: other mixed capitals ("PhD", "MoD") are letters.
std::optional<std::string> mixed_case_said_acronym(std::string_view core) {
  if (core.size() < 4 || core.size() > 8 || !text::all_alpha(core) || !text::is_upper(core[0]) || text::all_upper(core)) {
    return std::nullopt;
  }
  std::string capitals(core);
  std::size_t small = 0;
  for (char& c : capitals) {
    if (!text::is_lower(c)) continue;
    c = static_cast<char>(c - 'a' + 'A');
    ++small;
  }
  // "Nato", "Lidar": a capital and small letters is written as a word already.
  if (small + 1 == core.size() || !is_said_acronym(capitals)) return std::nullopt;
  return said_acronym(capitals);
}

// The capitals said as one syllable: a consonant onset English opens words with, one or two
// vowels, a coda English closes them with ("PAR", "SAR", "FID", "CEN", "MAX").
bool reads_as_syllable(std::string_view s) {
  std::size_t first = 0;
  while (first < s.size() && !is_vowel(s[first])) ++first;
  std::size_t last = first;
  while (last < s.size() && is_vowel(s[last])) ++last;
  if (first == s.size() || last - first > 2 || s.find_first_of("AEIOU", last) != std::string_view::npos) return false;
  return listed(s.substr(0, first), kOnsets) && listed(s.substr(last), kCodas);
}

// "RevPAR", "InSAR", "FinCEN", "MiFID", "WiMAX": a written syllable, then capitals that are a
// syllable too, make one word of two syllables as people say it ("rev-par", "in-sar"); eSpeak
// NG said the first and spelt the rest ("rev P A R"). The capitals join with a hyphen, which
// keeps each half's vowel ("Revpar" was "riv-PAR"). Capitals with no vowel ("MySQL", "mRNA")
// are letters, and a lone capital inside a word ("iPhone", "DevOps", "McDonald") is a name.
std::optional<std::string> syllable_and_capitals(std::string_view core) {
  if (core.size() < 5 || core.size() > 10 || !text::all_alpha(core)) return std::nullopt;
  std::size_t head = text::is_upper(core[0]) ? 1 : 0;
  while (head < core.size() && text::is_lower(core[head])) ++head;
  std::string_view written = core.substr(0, head);
  std::string_view capitals = core.substr(head);
  if (written.size() < 2 || capitals.size() < 3 || capitals.size() > 5 || !text::all_upper(capitals) ||
      text::lower(written).find_first_of("aeiouy") == std::string::npos || !reads_as_syllable(capitals)) {
    return std::nullopt;
  }
  return std::string(written) + "-" + text::lower(capitals);
}

}  // namespace

bool is_said_acronym(std::string_view capitals) {
  return std::find(kSaid.begin(), kSaid.end(), capitals) != kSaid.end() || listed_said_acronym(capitals) ||
         said_acronym(capitals) != text::as_word(capitals);
}

std::string said_acronym(std::string_view capitals) {
  if (auto listed = listed_said_acronym(capitals)) return std::string(*listed);
  for (const auto& [written, said] : kRespelled) {
    if (capitals == written) return std::string(said);
  }
  return text::as_word(capitals);
}

namespace {

// "PCIe", "UCIe", "NVMe": an interconnect's capitals with the small "e" of "express" are all
// letters ("U C I E"); eSpeak NG said "UCIe" as a word, "yoo-see".
std::optional<std::string> capitals_and_express(std::string_view core) {
  if (core.size() < 4 || core.size() > 6 || core.back() != 'e') return std::nullopt;
  std::string_view capitals = core.substr(0, core.size() - 1);
  if (!text::all_alpha(capitals) || !text::all_upper(capitals)) return std::nullopt;
  // The bus names end in "I" or "M" (interconnect, memory); "XXIe" is a French century's
  // Roman numeral, "CASe" a word styled with capitals.
  if (capitals.back() != 'I' && capitals.back() != 'M') return std::nullopt;
  if (capitals.find_first_not_of("IVXLCDM") == std::string_view::npos) return std::nullopt;
  return spelled_letters(std::string(capitals) + "E");
}

// "Hwang", "Hwa-young", "Hwasong": Korean names open with "Hw", which eSpeak NG spelt ("aitch
// wang"); written "Wh" the engine says the glide, "wang", as a newsreader does.
std::optional<std::string> korean_hw_name(std::string_view core) {
  if (core.size() < 4 || !text::starts_with(core, "Hw") || std::string_view("aeiou").find(core[2]) == std::string_view::npos) {
    return std::nullopt;
  }
  for (char c : core) {
    if (!text::is_alpha(c) && c != '-') return std::nullopt;
  }
  return "Wh" + std::string(core.substr(2));
}

// "COHb", "MetHb": a chemist's or a clinician's initialism with a small letter at its end (the
// "b" of haemoglobin), said letter by letter; eSpeak NG read "COHb" as one syllable, "kobe".
// A final "s" is a plural ("NGOs"), an "e" an interconnect's "express" (capitals_and_express)
// and an "x" a brand's ("TEDx", said "ted ex"): those are left.
std::optional<std::string> capitals_and_small_tail(std::string_view core) {
  if (core.size() < 4 || core.size() > 6 || !text::all_alpha(core)) return std::nullopt;
  const char tail = core.back();
  std::string_view capitals = core.substr(0, core.size() - 1);
  if (!text::is_lower(tail) || std::string_view("sex").find(tail) != std::string_view::npos ||
      !text::all_upper(capitals)) {
    return std::nullopt;
  }
  return spelled_letters(std::string(capitals) + static_cast<char>(tail - 'a' + 'A'));
}

// "mecA", "gyrA", "blaZ", "rpoB": a bacterial gene, three small letters and a capital, said as a
// syllable and the capital's letter ("mec Eh"); eSpeak NG ran them into one word ("pen-uh").
std::optional<std::string> gene_name(std::string_view core) {
  if (core.size() != 4 || !text::is_lower(core[0]) || !text::is_lower(core[1]) || !text::is_lower(core[2]) ||
      !text::is_upper(core[3])) {
    return std::nullopt;
  }
  return std::string(core.substr(0, 3)) + " " + letter_names(core.substr(3, 1));
}

}  // namespace

std::optional<std::string> speak_acronym(std::string_view core) {
  if (auto mixed = mixed_initialism(core)) return mixed;
  if (auto gene = gene_name(core)) return gene;
  if (auto of = initialism_with_of(core)) return of;
  if (auto korean = korean_hw_name(core)) return korean;
  if (auto express = capitals_and_express(core)) return express;
  if (auto tailed = capitals_and_small_tail(core)) return tailed;
  // "vRAM", "eSIM": a lower-case letter before an acronym said as a word is said as a letter,
  // then the word ("vee ram"); eSpeak NG would spell all of it.
  const std::string_view rest = core.size() >= 4 ? core.substr(1) : std::string_view();
  if (!rest.empty() && text::is_lower(core[0]) && text::all_upper(rest) && is_said_acronym(rest)) {
    return std::string(1, core[0]) + " " + said_acronym(rest);
  }
  if (auto mixed = mixed_case_said_acronym(core)) return mixed;
  if (auto joined = syllable_and_capitals(core)) return joined;
  if (core.size() < 2 || core.size() > 8 || !text::all_upper(core)) return std::nullopt;
  if (is_said_acronym(core)) return said_acronym(core);
  if (listed_spelled_initialism(core)) return spelled_letters(core);
  if (auto tripled = tripled_letters(core)) return tripled;
  for (std::string_view word : kShoutedShortWords) {
    if (core == word) return text::as_word(core);
  }
  for (std::string_view zone : kTimeZones) {
    if (core == zone) return spelled_letters(core);
  }
  // Capitals that read like a word are a word, whether an acronym or a shouted dateline
  // ("HARBOR CITY"); the engine spells the rest itself. When Y is the only vowel ("NYSE",
  // "SYNC"), the shape says nothing: eSpeak NG says the capitals it knows as words and spells
  // the others, so they are left to it.
  if (looks_pronounceable(core) && !only_y_vowel(core)) return text::as_word(core);
  return std::string(core);
}

namespace {

// A capital letter that is a vowel in a word ("Y" too, as in "SYS"): a run of capitals with
// none can only be an initialism.
bool has_vowel_letter(std::string_view s) {
  for (char c : s) {
    if (is_vowel(c) || c == 'Y') return true;
  }
  return false;
}

// Four or five capitals with no word's shape and no said form ("DIHS", "NPRM"): alone they
// are spelled (normalizer.cpp), and beside a slash they must be too, or eSpeak NG says "DIHS"
// as one syllable.
bool spelled_initialism(std::string_view piece) {
  return piece.size() >= 4 && speak_acronym(piece) == std::string(piece) && !reads_as_word(piece);
}

}  // namespace

std::optional<std::string> speak_slashed_initialisms(std::string_view core) {
  if (core.find('/') == std::string_view::npos) return std::nullopt;
  const std::vector<std::string_view> pieces = text::split(core, '/');
  // "P/E", "A/C", "I/O": two single capitals are one initialism, said as its letters; the
  // slash between them is not said ("P E ratio").
  // "A/D" and "D/A" name a conversion, analogue to digital and back (a converter, a stage), and
  // engineers say the slash "to" ("A to D"); the others name one thing and only their letters
  // are said. The list is short because the conversions are few.
  if (core.size() == 3 && pieces.size() == 2 && text::is_upper(core[0]) && text::is_upper(core[2])) {
    if (core == "A/D" || core == "D/A") return letter_names(core.substr(0, 1)) + " to " + letter_names(core.substr(2));
    return spelled_letters(std::string{core[0], core[2]});
  }
  bool initialism = false;
  for (std::string_view piece : pieces) {
    if (piece.size() < 2 || piece.size() > 5 || !text::all_alpha(piece) || !text::all_upper(piece)) return std::nullopt;
    initialism = initialism || !has_vowel_letter(piece) || spelled_initialism(piece);
  }
  if (!initialism) return std::nullopt;  // "ON/OFF", "HIV/AIDS": words or acronyms the engine says well
  std::vector<std::string> said;
  for (std::string_view piece : pieces) {
    std::string spoken = speak_acronym(piece).value_or(std::string(piece));
    // Left to the engine, three capitals that spell an English word ("TEN") are that word.
    if (spoken == piece && (piece.size() <= 3 || spelled_initialism(piece))) spoken = spelled_letters(piece);
    said.push_back(std::move(spoken));
  }
  return text::joined(said, " ");
}

}  // namespace briefcast::rules
