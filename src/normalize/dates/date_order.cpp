// Which figure comes first in an all-figure date ("03/07/2024"): the month, as American copy
// writes it, unless the piece tells of a place that writes the day first. The cues, strongest
// first: the dateline that opens the piece ("PARIS, 03/07/2024 —" is the third of July,
// "NEW YORK, 03/07/2024" the seventh of March); another date in the piece that reads only one
// way ("25/07/2024" can only be day first, "7/25/2024" only month first); the order the writer
// spells its other dates in ("4 Feb 2024" against "Feb. 4, 2024"); a country that writes the
// day first named in the piece, a web address of one (".co.uk"), a British postcode or a clock
// parted by a point ("1.30pm"); and last what the
// article as a whole told (DayFirstScope: its dateline, its dates, its language tag "en-GB").
// A sentence written the British way tells it as well: a pound sign, a British spelling
// ("colour", "tonne", "programme", "organisation"), a British body ("NHS", "Ofgem"), or
// a tooth in the Palmer notation of British dentists ("UL6", "LR4"): "£4 on 12/07/24" is the
// twelfth of July.
#include <algorithm>
#include <vector>

#include "normalize/dates/dates.h"
#include "normalize/match.h"
#include "normalize/page_conventions.h"

namespace briefcast::rules {

namespace {

thread_local bool article_day_first = false;

// Countries whose English copy writes the day first, and their peoples: named in a line, they
// tell its writer's home more than a city visited does ("visited Texas and praised British
// exports").
bool is_day_first_country(std::string_view core) {
  return text::is_one_of(core, {"Australia", "Australian", "UK", "Britain", "British", "England", "Scotland", "Wales",
                                "Ireland", "Zealand", "India", "Indian", "Pakistan", "Singapore", "Malaysia"});
}

// Countries and cities of Africa and Asia whose English copy writes the day first. American
// copy reports from them as well, so they tell only their own line's order, and only where the
// line names nothing American (is_american_cue). Not their peoples' names: a "Kenyan runner"
// or a "Nigerian star" is as often abroad, racing or playing where the date is written.
bool is_day_first_place_abroad(std::string_view core) {
  if (text::ends_with(core, "'s")) core.remove_suffix(2);  // "Ghana's president"
  return text::is_one_of(core, {"Kenya", "Nigeria", "Ghana", "Uganda", "Tanzania", "Zimbabwe", "Zambia", "Bangladesh",
                                "Lanka", "Accra", "Kampala", "Harare", "Lusaka", "Colombo", "Hyderabad", "Lumpur"});
}

// A clock's zone of South Africa, South Asia, Hong Kong or western and central Australia
// ("09:30 SAST", "10:30 IST"): a cue of its own line, as is_day_first_place_abroad. Not zones
// whose letters are also a word or a rank: Singapore's "SGT" (a US Army sergeant), West
// Africa's "WAT" or East Africa's "EAT".
bool is_far_day_first_zone(std::string_view core) {
  return text::is_one_of(core, {"SAST", "IST", "PKT", "HKT", "AWST", "ACST"});
}

// A word that tells of the United States beyond its places (kPlaces): its government's
// buildings, its exchanges, its own name ("Nasdaq-listed", "the U.S. Embassy").
bool is_american_cue(std::string_view core) {
  return text::is_one_of(core, {"Pentagon", "Nasdaq", "NASDAQ", "NYSE", "U.S", "U.S.", "US", "USA", "American"}) ||
         text::starts_with(core, "Nasdaq-") || text::starts_with(core, "NYSE-");
}

bool names_white_house(const Words& words) {
  for (std::size_t k = 0; k + 1 < words.size(); ++k) {
    if (words[k].core == "White" && words[k].suffix.empty() && words[k + 1].core == "House") return true;
  }
  return false;
}

// A line's own day-first cue of Africa or Asia (a place, a zone, a South African place or body),
// which a cue of the United States on the same line outweighs: "Ghana's president will visit
// the White House on 5/6/2024" is the sixth of May.
std::optional<bool> line_far_day_first(const Words& words) {
  bool far = text::any_word(words, is_day_first_place_abroad) || text::any_word(words, is_far_day_first_zone) ||
             tells_of_south_africa(words);
  if (!far) return std::nullopt;
  bool american = text::any_word(words, is_american_cue) || names_white_house(words) ||
                  places_day_first(words) == false;
  if (american) return false;
  return true;
}

// Spellings only British (and Irish, Australian, Indian) copy uses, whose writers put the day
// first. Each is a stem with an ending of its own word ("colours", "organised"); no stem starts
// a word of both spellings ("organism", "realistic"). A name may still keep one ("Bal Harbour").
constexpr std::array<std::string_view, 53> kBritishStems = {
    "colour", "favour", "flavour", "honour", "labour", "neighbour", "behaviour", "harbour", "rumour", "humour",
    "vapour", "programme", "organise", "organising", "realise", "realising", "recognise", "recognising",
    "apologise", "criticise", "criticising", "authorise", "authorising", "prioritise", "prioritising", "emphasise",
    "minimise", "maximise", "summarise", "finalise", "penalise", "subsidise", "stabilise", "metre", "litre",
    "tonne", "centre", "tyre", "kerb", "cheque", "licence", "defence", "offence", "jewellery", "travelled",
    "travelling", "enrolment", "fulfilment", "instalment", "paediatric", "anaesthe", "haem", "aluminium"};

bool is_british_spelling(std::string_view core) {
  if (core.size() < 5 || core.size() > 20) return false;
  std::string lowered = text::lower(core);
  for (std::string_view stem : kBritishStems) {
    if (!text::starts_with(lowered, stem)) continue;
    // The stem and an ending of its own word ("colours", "coloured", "centres"), not a name
    // built on it ("Centreville", "Metreon", "tonneau"); the medical stems take any ending.
    std::string_view tail = std::string_view(lowered).substr(stem.size());
    if (stem == "anaesthe" || stem == "haem" || stem == "paediatric") return true;
    if (text::is_one_of(tail, {"", "s", "d", "ed", "es", "ing", "r", "rs", "ful", "less", "able", "ably", "al", "ally",
                               "ite", "ites", "ation", "ations", "ship", "ships", "ly", "er", "ers", "hood", "hoods"})) {
      return true;
    }
  }
  // "organisation", "privatisations", "kilometres", "millilitre": the British endings of
  // words of any stem ("-ization", "-meter", "-liter" in American copy).
  for (std::string_view ending : {"isation", "isations", "ometre", "ometres", "imetre", "imetres", "ilitre", "ilitres"}) {
    if (text::ends_with(lowered, ending) && lowered.size() > ending.size() + 1) return true;
  }
  return false;
}

// British bodies and the regulations they enforce, which write the day first: "NHS", "HMRC",
// "Ofcom", "LOLER" (lifting gear), "COSHH" (hazardous substances). Only names no American
// body or common word shares, and no body of the European Union: American copy names "the EU"
// or "Brexit" as often as British copy does, so they tell nothing of the page's date order.
bool is_day_first_body(std::string_view core) {
  return text::is_one_of(core, {"NHS", "HMRC", "DVLA", "DVSA", "MHRA", "Ofcom", "Ofgem", "Ofsted", "Ofwat", "Ofqual",
                                "Defra", "DEFRA", "TfL", "RNLI", "RSPCA", "CQC", "LOLER", "COSHH", "RIDDOR", "PUWER",
                                "REPPIR", "DSEAR", "Holyrood"});
}

// Courts only Britain and Ireland have, named by two words: "the Old Bailey", "Southwark Crown
// Court", "Westminster Magistrates' Court", "Glasgow Sheriff Court", "the Court of Session".
// A date listed before them is written the British way.
bool names_british_court(const Words& words) {
  static constexpr std::pair<std::string_view, std::string_view> kCourts[] = {
      {"Old", "Bailey"}, {"Crown", "Court"}, {"Magistrates", "Court"},
      {"Sheriff", "Court"}, {"Court", "Session"}, {"Crown", "Prosecution"}};
  for (std::size_t k = 0; k + 1 < words.size(); ++k) {
    std::string_view first = words[k].core;
    if (text::ends_with(first, "'")) first.remove_suffix(1);  // "Magistrates' Court"
    std::size_t next = k + 1;
    // "Court of Session": the "of" between its two words.
    if (first == "Court" && words[next].core == "of" && next + 1 < words.size()) ++next;
    for (const auto& [one, two] : kCourts) {
      if (first == one && words[next].core == two) return true;
    }
  }
  return false;
}

// "UL6", "LR4", "UR8": a tooth in Palmer notation, as British dentists write it.
bool is_palmer_tooth(std::string_view core) {
  return core.size() == 3 && (core[0] == 'U' || core[0] == 'L') && (core[1] == 'L' || core[1] == 'R') &&
         core[2] >= '1' && core[2] <= '8';
}

// The money of a country that writes the day first: the pound, the euro, the rupee, and the
// dollars of Australia, New Zealand and Singapore ("A$4m"); a bare "$" tells nothing.
bool is_day_first_money(std::string_view raw) {
  for (std::string_view sign : {"\u00a3", "\u20ac", "\u20b9", "A$", "AU$", "NZ$", "S$"}) {
    if (raw.find(sign) != std::string_view::npos) return true;
  }
  return false;
}

// A clock's zone of Britain, Europe or Australia ("08:00 GMT", "14:00 CET"), or a trade's
// metric abbreviation built on "per annum" and "tonnes" ("5 mtpa") or the cubic metre ("cbm"),
// which copy from those places writes and American copy does not.
bool is_day_first_abbreviation(std::string_view core) {
  return text::is_one_of(core, {"GMT", "BST", "CET", "CEST", "EET", "EEST", "WET", "AEST", "AEDT", "NZST", "NZDT",
                                "mtpa", "Mtpa", "MTPA", "cbm"});
}

// A word of a sentence written the British or European way by its writer: a British spelling,
// a Palmer tooth, a European clock zone, a British body. Not a pound or euro sign: a price may
// be quoted in the reader's money for goods from anywhere ("ships from Texas, priced at £40").
bool is_british_writer_cue(std::string_view core) {
  return is_british_spelling(core) || is_palmer_tooth(core) || is_day_first_abbreviation(core) ||
         is_day_first_body(core);
}

// Whether any word of the line is a British writer's cue; asked through line_fact, once per line.
bool has_british_writer_cue(const std::vector<Word>& words) {
  return std::any_of(words.begin(), words.end(), [](const Word& w) { return is_british_writer_cue(w.core); });
}

bool has_day_first_money(const std::vector<Word>& words) {
  return std::any_of(words.begin(), words.end(), [](const Word& w) { return is_day_first_money(w.raw); });
}

// "bbc.co.uk", "rte.ie/news": a web address in a country that writes the day first.
bool is_day_first_address(std::string_view core) {
  for (std::string_view tld : {".uk", ".ie", ".au", ".nz", ".in"}) {
    std::size_t at = core.find(tld);
    if (at == std::string_view::npos || at == 0) continue;
    std::size_t end = at + tld.size();
    if (end == core.size() || core[end] == '/') return true;
  }
  return false;
}

// "SW1A 2AA", "M60 1NW", "AW14 3QP": a British postcode, its outward part (one or two letters, a
// figure, and a letter or figure more) before its inward part (a figure and two letters).
bool is_postcode_at(const Words& words, std::size_t i) {
  std::string_view out = words[i].core;
  std::string_view in = words[i + 1].core;
  if (in.size() != 3 || !text::is_digit(in[0]) || !text::is_upper(in[1]) || !text::is_upper(in[2])) return false;
  std::size_t letters = 0;
  while (letters < out.size() && text::is_upper(out[letters])) ++letters;
  if (letters < 1 || letters > 2 || out.size() < letters + 1 || out.size() > letters + 2) return false;
  if (!text::is_digit(out[letters])) return false;
  return out.size() == letters + 1 || text::is_digit(out.back()) || text::is_upper(out.back());
}

bool has_uk_postcode(const std::vector<Word>& words) {
  for (std::size_t i = 0; i + 1 < words.size(); ++i) {
    if (words[i].suffix.empty() && words[i + 1].prefix.empty() && is_postcode_at(words, i)) return true;
  }
  return false;
}

// The two leading figures of an all-figure date with slashes ("25/07/2024", "7/25/24"), the year
// in four figures or two, or nothing for any other word. A date of one order fixes the order
// of the line's others: "from 12/03/25 to 19/03/25" is the twelfth of March.
std::optional<std::pair<int, int>> slashed_figures(std::string_view core) {
  auto parts = text::split(core, '/');
  if (parts.size() != 3 || (parts[2].size() != 4 && parts[2].size() != 2) || !text::all_digits(parts[2])) {
    return std::nullopt;
  }
  if (parts[0].empty() || parts[1].empty() || parts[0].size() > 2 || parts[1].size() > 2) return std::nullopt;
  if (!text::all_digits(parts[0]) || !text::all_digits(parts[1])) return std::nullopt;
  auto value = [](std::string_view digits) { return std::stoi(std::string(digits)); };
  return std::pair{value(parts[0]), value(parts[1])};
}

// "19/03", "03/19": a day and a month without a year, both in two figures and one with a
// leading zero, as no fraction, score or ratio ("24/7", "16/10") is written.
std::optional<std::pair<int, int>> padded_day_month(std::string_view core) {
  auto pair = text::figure_pair(core, '/', 2);
  if (!pair || pair->left.size() != 2 || pair->right.size() != 2 || (pair->left[0] != '0' && pair->right[0] != '0')) {
    return std::nullopt;
  }
  return std::pair{std::stoi(std::string(pair->left)), std::stoi(std::string(pair->right))};
}

// A date that can only be read day first ("25/07/2024", "19/03") or only month first
// ("7/25/2024", "04/25").
bool is_day_first_date(std::string_view core) {
  auto figures = slashed_figures(core);
  if (!figures) figures = padded_day_month(core);
  return figures && figures->first > 12 && figures->first <= 31 && figures->second >= 1 && figures->second <= 12;
}
bool is_month_first_date(std::string_view core) {
  auto figures = slashed_figures(core);
  if (!figures) figures = padded_day_month(core);
  return figures && figures->second > 12 && figures->second <= 31 && figures->first >= 1 && figures->first <= 12;
}

// A month's name in capitals ("Feb", "Sept.", "October"): "may" and "march" in lower case are
// words of their own.
bool names_a_month(const Word& w) { return text::is_capitalized(w.core) && month_number(w.core, true).has_value(); }

// The order the writer spells dates in, which is the order of its all-figure dates too: "4 Feb
// 2024", "on 12th October", "the 2nd of June" day first; "Feb. 4", "October 12th" month first. nullopt when the
// words spell none, or both.
std::optional<bool> spelt_date_order(const Words& words) {
  bool day_first = false;
  bool month_first = false;
  for (std::size_t i = 0; i + 1 < words.size(); ++i) {
    const Word& w = words[i];
    const Word& next = words[i + 1];
    bool joined = w.suffix.empty() || w.suffix == ".";
    // "4 Feb", "the 2nd of June"
    bool of = next.core == "of" && i + 2 < words.size() && names_a_month(words[i + 2]);
    day_first = day_first || (w.suffix.empty() && next.prefix.empty() && day_number(w.core) && (names_a_month(next) || of));
    month_first = month_first || (joined && next.prefix.empty() && names_a_month(w) && day_number(next.core));
  }
  if (day_first == month_first) return std::nullopt;
  return day_first;
}

// "1.30pm", "11.45 am": a clock parted by a point is written so in Britain and Ireland only.
bool is_dotted_clock(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  std::size_t point = core.find('.');
  if (point == std::string_view::npos || point == 0 || point > 2 || core.size() < point + 3) return false;
  if (!text::all_digits(core.substr(0, point)) || !text::all_digits(core.substr(point + 1, 2))) return false;
  std::string_view rest = core.substr(point + 3);
  if (rest.empty() && i + 1 < words.size() && words[i].suffix.empty()) rest = words[i + 1].core;
  return is_am_pm(text::lower(rest));
}

bool has_dotted_clock(const Words& words) {
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (is_dotted_clock(words, i)) return true;
  }
  return false;
}

// The place of a dateline that opens the piece ("PARIS,", "NEW DELHI —", "ROME (AP)", "Sydney, 3/7/2024"),
// lowered; empty when the piece opens otherwise. A place in capitals before a comma or dash is
// a dateline; in ordinary case only when a figure follows its comma ("London, which" opens a
// sentence about the city).
std::string dateline_place(const Words& words) {
  std::string place;
  bool capitals = true;
  for (std::size_t k = 0; k < words.size() && k < 3; ++k) {
    const Word& w = words[k];
    if (!w.prefix.empty() || !text::is_capitalized(w.core) || !text::all_alpha(w.core)) return "";
    capitals = capitals && text::all_upper(w.core);
    if (!place.empty()) place.push_back(' ');
    place += text::lower(w.core);
    bool comma = w.suffix == ",";
    // "LONDON —", "LONDON (Reuters) —": a dash or an agency's bracket closes a place in capitals.
    bool dash_next = w.suffix.empty() && k + 1 < words.size() &&
                     (text::is_dash_word(words[k + 1].raw) || (capitals && text::all_upper(w.core) && words[k + 1].prefix == "("));
    bool figure_next = k + 1 < words.size() && !words[k + 1].core.empty() && text::is_digit(words[k + 1].core[0]);
    if ((comma || dash_next) && (capitals || (comma && figure_next))) return place;
    if (!w.suffix.empty()) return "";
  }
  return "";
}

}  // namespace

DayFirstScope::DayFirstScope(bool day_first) : outer_(article_day_first) { article_day_first = day_first || outer_; }

DayFirstScope::~DayFirstScope() { article_day_first = outer_; }

std::optional<bool> dateline_day_first(const Words& words) {
  std::string place = dateline_place(words);
  if (place.empty()) return std::nullopt;
  auto conventions = place_conventions(place);
  return conventions ? conventions->day_first : std::nullopt;
}

bool day_first_context(const Words& words) {
  if (auto dateline = dateline_day_first(words)) return *dateline;
  bool day_first = text::any_word(words, is_day_first_date);
  bool month_first = text::any_word(words, is_month_first_date);
  if (day_first != month_first) return day_first;
  if (auto spelt = spelt_date_order(words)) return *spelt;
  // The writer's own spelling or body ("defence", "Ofcom") outweighs the places the copy is
  // about ("travel to Washington on 12/03/25"); the places of the line outweigh those of the
  // rest of the page, and both outweigh a price in pounds or euros ("ships from Texas at £40").
  if (text::line_fact(words, has_british_writer_cue) || text::any_word(words, is_day_first_address) ||
      has_uk_postcode(words) || has_dotted_clock(words)) {
    return true;
  }
  if (text::any_word(words, is_day_first_country)) return true;
  if (auto places = places_day_first(words)) return *places;
  // A court's name is weaker than a place the line names ("a Sheriff Court in Ohio"), and than
  // any place of North America, even in a name ("Wayne County", "Crown Court in Ottawa").
  if (names_british_court(words) && !tells_of_north_america(words)) return true;
  if (auto far = line_far_day_first(words)) return *far;
  if (auto page = page_conventions().day_first) return *page;
  if (has_day_first_money(words)) return true;
  return article_day_first;
}

bool writes_day_first(const std::vector<Segment>& segments, std::string_view language) {
  for (std::string_view region : {"-GB", "-IE", "-AU", "-NZ", "-IN", "-ZA", "-gb", "-ie", "-au", "-nz", "-in", "-za"}) {
    if (text::ends_with(language, region)) return true;
  }
  bool opening = true;
  bool day_first = false;
  bool month_first = false;
  for (const Segment& segment : segments) {
    if (segment.kind != SegmentKind::kSentence || segment.text.empty()) continue;
    Words words = text::split_words(segment.text);
    // Only the first sentence of the body opens with the article's dateline.
    if (auto dateline = opening ? dateline_day_first(words) : std::nullopt) return *dateline;
    opening = false;
    auto spelt = spelt_date_order(words);
    day_first = day_first || text::any_word(words, is_day_first_date) || spelt == true;
    month_first = month_first || text::any_word(words, is_month_first_date) || spelt == false;
  }
  return day_first && !month_first;
}

}  // namespace briefcast::rules
