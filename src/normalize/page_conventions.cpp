// The page's conventions of figures and dates, told once and read by every class; see
// page_conventions.h. The cues, strongest first: the language tag ("en-ZA", "pt-BR"), figures
// that read one way only ("7,5 %", "1.234.567", "2 500 000", "98.4"), and the places the page
// names ("Brazil", "Pretoria", "Ohio").
#include "normalize/page_conventions.h"

#include "normalize/function_words.h"
#include "normalize/text_util.h"

namespace briefcast::rules {

namespace {

thread_local PageConventions current_page;

constexpr PageConventions kDayFirst{std::nullopt, std::nullopt, true};
constexpr PageConventions kMonthFirst{std::nullopt, std::nullopt, false};
// Continental Europe and Latin America: a decimal comma, points between thousands, the day first.
constexpr PageConventions kContinental{',', std::nullopt, true};
// Switzerland: a decimal point, apostrophes between thousands (read on any page), the day first.
constexpr PageConventions kSwiss{'.', std::nullopt, true};
// South Africa: spaces between thousands ("R4 500"), the day first.
constexpr PageConventions kSouthAfrican{std::nullopt, true, true};

struct Place {
  std::string_view name;
  PageConventions conventions;
};

// Countries and cities, lowered. Only nouns of places: an adjective ("French", "Spanish") names
// fries and guitars as often, and English copy about a country writes English figures.
constexpr Place kPlaces[] = {
    {"australia", kDayFirst}, {"australian", kDayFirst}, {"uk", kDayFirst}, {"britain", kDayFirst},
    {"british", kDayFirst}, {"england", kDayFirst}, {"scotland", kDayFirst}, {"wales", kDayFirst},
    {"ireland", kDayFirst}, {"zealand", kDayFirst}, {"new zealand", kDayFirst}, {"india", kDayFirst}, {"indian", kDayFirst},
    {"pakistan", kDayFirst}, {"singapore", kDayFirst}, {"malaysia", kDayFirst},
    {"london", kDayFirst}, {"manchester", kDayFirst}, {"birmingham", kDayFirst}, {"liverpool", kDayFirst},
    {"leeds", kDayFirst}, {"edinburgh", kDayFirst}, {"glasgow", kDayFirst}, {"cardiff", kDayFirst},
    {"belfast", kDayFirst}, {"dublin", kDayFirst}, {"cork", kDayFirst}, {"galway", kDayFirst},
    {"sydney", kDayFirst}, {"melbourne", kDayFirst}, {"brisbane", kDayFirst}, {"perth", kDayFirst},
    {"adelaide", kDayFirst}, {"canberra", kDayFirst}, {"auckland", kDayFirst}, {"wellington", kDayFirst},
    {"new delhi", kDayFirst}, {"mumbai", kDayFirst}, {"kolkata", kDayFirst}, {"chennai", kDayFirst},
    {"bengaluru", kDayFirst}, {"karachi", kDayFirst}, {"islamabad", kDayFirst}, {"dhaka", kDayFirst},
    {"nairobi", kDayFirst}, {"lagos", kDayFirst}, {"cairo", kDayFirst}, {"jerusalem", kDayFirst},
    {"moscow", kDayFirst}, {"kyiv", kDayFirst}, {"kiev", kDayFirst}, {"istanbul", kDayFirst},
    {"ankara", kDayFirst}, {"stockholm", kDayFirst}, {"oslo", kDayFirst}, {"copenhagen", kDayFirst},
    {"helsinki", kDayFirst}, {"warsaw", kDayFirst}, {"prague", kDayFirst}, {"budapest", kDayFirst},
    {"athens", kDayFirst}, {"mexico city", kDayFirst},
    {"germany", kContinental}, {"berlin", kContinental}, {"munich", kContinental}, {"frankfurt", kContinental},
    {"hamburg", kContinental}, {"solingen", kContinental}, {"austria", kContinental}, {"vienna", kContinental},
    {"france", kContinental}, {"paris", kContinental}, {"marseille", kContinental}, {"lyon", kContinental},
    {"spain", kContinental}, {"madrid", kContinental}, {"barcelona", kContinental}, {"portugal", kContinental},
    {"lisbon", kContinental}, {"porto", kContinental}, {"italy", kContinental}, {"rome", kContinental},
    {"milan", kContinental}, {"netherlands", kContinental}, {"amsterdam", kContinental},
    {"the hague", kContinental}, {"belgium", kContinental}, {"brussels", kContinental},
    {"brazil", kContinental}, {"são paulo", kContinental}, {"sao paulo", kContinental},
    {"rio de", kContinental}, {"argentina", kContinental}, {"buenos aires", kContinental},
    {"t\u00fcrkiye", kContinental}, {"turkiye", kContinental}, {"chile", kContinental}, {"santiago", kContinental}, {"colombia", kContinental}, {"bogotá", kContinental},
    {"switzerland", kSwiss}, {"swiss", kSwiss}, {"zurich", kSwiss}, {"zürich", kSwiss}, {"geneva", kSwiss},
    {"basel", kSwiss}, {"bern", kSwiss}, {"lausanne", kSwiss},
    {"south africa", kSouthAfrican}, {"pretoria", kSouthAfrican}, {"johannesburg", kSouthAfrican},
    {"cape town", kSouthAfrican}, {"durban", kSouthAfrican}, {"soweto", kSouthAfrican},
    // The United States writes the month first whatever else the page names.
    {"new york", kMonthFirst}, {"washington", kMonthFirst}, {"los angeles", kMonthFirst},
    {"chicago", kMonthFirst}, {"san francisco", kMonthFirst}, {"houston", kMonthFirst}, {"boston", kMonthFirst},
    {"atlanta", kMonthFirst}, {"miami", kMonthFirst}, {"seattle", kMonthFirst}, {"dallas", kMonthFirst},
    {"detroit", kMonthFirst}, {"philadelphia", kMonthFirst}, {"denver", kMonthFirst}, {"phoenix", kMonthFirst},
    {"las vegas", kMonthFirst}, {"ohio", kMonthFirst}, {"texas", kMonthFirst}, {"california", kMonthFirst},
    {"florida", kMonthFirst},
    // The other states, save Georgia, which is a country as well.
    {"alabama", kMonthFirst}, {"alaska", kMonthFirst}, {"arizona", kMonthFirst}, {"arkansas", kMonthFirst},
    {"colorado", kMonthFirst}, {"connecticut", kMonthFirst}, {"delaware", kMonthFirst}, {"hawaii", kMonthFirst},
    {"idaho", kMonthFirst}, {"illinois", kMonthFirst}, {"indiana", kMonthFirst}, {"iowa", kMonthFirst},
    {"kansas", kMonthFirst}, {"kentucky", kMonthFirst}, {"louisiana", kMonthFirst}, {"maine", kMonthFirst},
    {"maryland", kMonthFirst}, {"massachusetts", kMonthFirst}, {"michigan", kMonthFirst}, {"minnesota", kMonthFirst},
    {"mississippi", kMonthFirst}, {"missouri", kMonthFirst}, {"montana", kMonthFirst}, {"nebraska", kMonthFirst},
    {"nevada", kMonthFirst}, {"oklahoma", kMonthFirst}, {"oregon", kMonthFirst}, {"pennsylvania", kMonthFirst},
    {"tennessee", kMonthFirst}, {"utah", kMonthFirst}, {"vermont", kMonthFirst}, {"virginia", kMonthFirst},
    {"wisconsin", kMonthFirst}, {"wyoming", kMonthFirst}, {"new jersey", kMonthFirst}, {"new mexico", kMonthFirst},
    {"new hampshire", kMonthFirst}, {"new england", kMonthFirst}, {"north carolina", kMonthFirst},
    {"south carolina", kMonthFirst}, {"north dakota", kMonthFirst}, {"south dakota", kMonthFirst},
    {"rhode island", kMonthFirst}, {"west virginia", kMonthFirst},
};

// What a region of the language tag writes: "en-ZA", "pt-BR".
PageConventions tag_conventions(std::string_view language) {
  std::size_t dash = language.rfind('-');
  if (dash == std::string_view::npos) return {};
  std::string region = text::lower(language.substr(dash + 1));
  if (text::is_one_of(region, {"gb", "ie", "au", "nz", "in"})) return kDayFirst;
  if (region == "za") return kSouthAfrican;
  if (region == "ch") return kSwiss;
  if (region == "us") return kMonthFirst;
  if (text::is_one_of(region, {"de", "at", "fr", "es", "pt", "br", "it", "nl", "be", "ar", "cl", "co"})) {
    return kContinental;
  }
  return {};
}

// "R$ 8.500", "€ 1.500": a sign of a home that parts thousands with a point, set apart from its
// figure as such homes print it, before whole thousands; not before a scale ("€ 2.750 miljoen")
// or a price quoted to three decimals ("€ 1.949 per liter").
bool spaced_point_grouped_sign(const std::vector<text::Word>& words, std::size_t i, std::string_view run) {
  if (i == 0 || !words[i - 1].suffix.empty() || !text::is_one_of(words[i - 1].core, {"R$", "\u20ac", "\u20ba"})) {
    return false;
  }
  if (run != words[i].core.substr(0, run.size()) || !marks::grouped_by(run, '.', 1)) return false;
  if (i + 1 < words.size() && text::is_one_of_lowered(words[i + 1].core, {"m", "mn", "mln", "million", "millions", "miljoen", "mio", "mrd", "bn", "billion", "milhões", "millones", "mil"})) {
    return false;
  }
  return !marks::keeps_three_decimals(words, i);
}

// The figures of the text that tell its decimal mark: ',' for "7,5 %" or "1.234.567", '.' for
// "98.4" or "1,234.5"; nullopt when none tells or they disagree.
std::optional<char> figures_decimal_mark(const std::vector<text::Word>& words) {
  bool comma = false;
  bool point = false;
  for (std::size_t i = 0; i < words.size(); ++i) {
    auto [start, length] = marks::figure_run(words[i].core);
    if (length == 0) continue;
    std::string_view run = words[i].core.substr(start, length);
    std::string_view after = words[i].core.substr(start + length);
    bool comma_dash = text::starts_with(after, ",\u2013") || text::starts_with(after, ",-");
    bool address = marks::grouped_by(run, '.', 3);  // "188.102.128.236"
    if ((marks::grouped_by(run, '.', 2) && !address) || comma_dash || (run.find('.') < run.find(',') && run.find(',') != run.npos)) {
      comma = true;
    } else if (marks::short_comma_decimal(run) && marks::sure_comma_decimal(words, i)) {
      comma = true;
    } else if (spaced_point_grouped_sign(words, i, run)) {
      comma = true;
    } else if (marks::short_point_decimal(run) || (run.find(',') < run.find('.') && run.find('.') != run.npos)) {
      point = true;
    }
  }
  if (comma == point) return std::nullopt;
  return comma ? ',' : '.';
}

// A word that may follow a count or a measure: a lower-case word that is no function word
// ("oocytes", "linear"), or a unit's short symbol ("t", "ha", "Hz", "m\u00b3", "\u00b0C").
bool measure_or_noun(const text::Word& w) {
  std::string_view core = w.core;
  if (!w.prefix.empty() || core.empty()) return false;
  if (text::is_lower(core[0]) && text::all_alpha(core)) return !text::is_function_word(core);
  bool symbol_start = text::is_alpha(core[0]) || text::starts_with(core, "\u00b0") || text::starts_with(core, "\u00b5");
  return symbol_start && core.size() <= 4 && !text::is_digit(core.back());
}

// "2 500 000": a figure and two or more groups of three, as only a page parting thousands with
// spaces writes.
bool has_space_grouped_figure(const std::vector<text::Word>& words) {
  bool commas_part_thousands = false;  // "12,450": the page writes English thousands
  for (const text::Word& w : words) {
    auto [start, length] = marks::figure_run(w.core);
    commas_part_thousands = commas_part_thousands || (length > 0 && marks::grouped_by(w.core.substr(start, length), ',', 1));
  }
  for (std::size_t i = 0; i + 2 < words.size(); ++i) {
    auto [start, length] = marks::figure_run(words[i].core);
    // A currency glued on ("R2 500 000"); a bare figure not led by a zero or a plus, as phone
    // numbers are ("010 665 101", "+43 664 868 7407"), and before a word, not a table's column.
    std::string_view sign = words[i].core.substr(0, start);
    bool currency = text::is_one_of(sign, {"R", "R$", "$"}) || (!sign.empty() && static_cast<unsigned char>(sign[0]) >= 0x80);
    if (length == 0 || length > 3 || start + length != words[i].core.size() || !(currency || sign.empty())) continue;
    if (words[i].core[start] == '0' || (i > 0 && !words[i - 1].core.empty() && text::is_digit(words[i - 1].core.back()))) continue;
    auto group = [&](std::size_t k) { return words[k].core.size() == 3 && text::all_digits(words[k].core); };
    // One group before a unit's symbol or a noun ("41 300 t", "1 246 oocytes", "1 397 Hz"): no
    // English page sets two figures so, unless it parts its thousands with commas.
    // So too after a currency sign ("\u20ac186 000").
    bool figure_after = !words[i + 2].core.empty() && text::is_digit(words[i + 2].core[0]);  // "£1 234 5678"
    if (words[i].suffix.empty() && group(i + 1) && !commas_part_thousands && !figure_after &&
        (currency || (sign.empty() && words[i + 1].suffix.empty() && measure_or_noun(words[i + 2])))) {
      return true;
    }
    bool noun = i + 3 < words.size() && !words[i + 3].core.empty() && !text::is_digit(words[i + 3].core[0]);
    if (!currency && !noun) continue;
    if (words[i].suffix.empty() && words[i + 1].suffix.empty() && group(i + 1) && group(i + 2)) return true;
  }
  return false;
}

// Words that qualify a place's name before it ("New Zealand", "South Wales", "Greater London").
bool qualifies_place(std::string_view core) {
  return text::is_one_of(core, {"New", "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western",
                                "Central", "Greater", "Inner", "Outer", "Upper", "Lower", "Old"});
}

// Word k is a name's own word next to a place's: capitalised, not a function word, a qualifier
// or a word in capitals ("MADRID (Reuters)"), and joined to the place with no mark between.
bool names_word(const std::vector<text::Word>& words, std::size_t k) {
  const text::Word& w = words[k];
  return !w.core.empty() && text::is_capitalized(w.core) && !text::all_upper(w.core) &&
         !text::is_function_word(text::lower(w.core)) && !qualifies_place(w.core);
}

// A city's name used as a person's: a given name before a surname ("Sydney Sweeney", "Paris
// Hilton"), a surname after a given name ("Denzel Washington"). Such a word tells nothing of the
// page; a country's adjective ("British Museum"), a dateline in capitals and a place naming an
// event or a body after an article ("the Lisbon Open", "the Berlin Wall") still do, as no
// person's name takes one. Word i is the place's one word.
bool part_of_a_name(const std::vector<text::Word>& words, std::size_t i) {
  if (text::all_upper(words[i].core) || text::is_one_of(words[i].core, {"British", "Australian", "Indian", "Swiss"})) {
    return false;
  }
  bool before = i > 0 && words[i - 1].suffix.empty() && words[i].prefix.empty() && names_word(words, i - 1);
  bool article = i > 0 && text::is_one_of_lowered(words[i - 1].core, {"the", "a", "an", "this", "that", "its", "their"});
  bool after = !article && i + 1 < words.size() && words[i].suffix.empty() && words[i + 1].prefix.empty() &&
               names_word(words, i + 1);
  return before || after;
}

// The places the text names, one word or two ("Cape Town"): the order of its dates and its
// spaced thousands; two that disagree leave the question open. Not its decimal mark: English
// copy about Milan or Berlin writes English figures ("shares traded at €4.125 in Milan").
PageConventions named_places(const std::vector<text::Word>& words) {
  int day_first = 0, month_first = 0, spaces = 0;
  auto take = [&](const PageConventions& c) {
    day_first += c.day_first == true;
    month_first += c.day_first == false;
    spaces += c.space_thousands == true;
  };
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (words[i].core.empty() || !text::is_capitalized(words[i].core)) continue;
    std::string one = text::lower(words[i].core);
    if (text::ends_with(one, "'s")) one.resize(one.size() - 2);
    if (i + 1 < words.size() && words[i].suffix.empty()) {
      if (auto c = place_conventions(one + " " + text::lower(words[i + 1].core))) {
        take(*c);
        ++i;  // "New Zealand", "New Jersey": the second word is no place of its own
        continue;
      }
    }
    if (auto c = place_conventions(one); c && !part_of_a_name(words, i)) take(*c);
  }
  PageConventions page;
  if ((day_first > 0) != (month_first > 0)) page.day_first = day_first > 0;
  if (spaces > 0) page.space_thousands = true;
  return page;
}

}  // namespace

PageConventions PageConventions::or_else(const PageConventions& outer) const {
  return PageConventions{decimal_mark ? decimal_mark : outer.decimal_mark,
                         space_thousands ? space_thousands : outer.space_thousands,
                         day_first ? day_first : outer.day_first};
}

std::optional<PageConventions> place_conventions(std::string_view lowered_place) {
  for (const Place& place : kPlaces) {
    if (place.name == lowered_place) return place.conventions;
  }
  return std::nullopt;
}

PageConventions infer_page_conventions(std::string_view typeset, std::string_view language) {
  return infer_page_conventions(typeset, typeset_spaces(typeset), language);
}

PageConventions infer_page_conventions(std::string_view typeset, std::string_view written, std::string_view language) {
  std::vector<text::Word> words = text::split_words(written);
  PageConventions figures;
  figures.decimal_mark = figures_decimal_mark(words);
  if (has_space_grouped_figure(words) || has_typeset_groups(typeset)) figures.space_thousands = true;
  if (figures.decimal_mark == ',' || figures.space_thousands) figures.day_first = true;
  return tag_conventions(language).or_else(figures.or_else(named_places(words)));
}

std::optional<bool> places_day_first(const std::vector<text::Word>& words) { return named_places(words).day_first; }

namespace {

// South Africa's regions, towns and bodies beyond the places of kPlaces (which tell the whole
// page): its bourse, reserve bank, power utility and freight utility. Capitalised words only:
// a line names them, and the page is left to kPlaces.
constexpr std::string_view kSouthAfricanCues[] = {
    "kzn", "kwazulu-natal", "gauteng", "sandton", "western cape", "eastern cape", "gqeberha", "bloemfontein",
    "pietermaritzburg", "polokwane", "stellenbosch", "joburg", "tshwane", "ekurhuleni", "jse", "sarb", "eskom",
    "transnet", "south african"};

bool south_african_name(const std::string& lowered) {
  for (std::string_view cue : kSouthAfricanCues) {
    if (cue == lowered) return true;
  }
  auto place = place_conventions(lowered);
  return place && place->decimal_mark == kSouthAfrican.decimal_mark &&
         place->space_thousands == kSouthAfrican.space_thousands && place->day_first == kSouthAfrican.day_first;
}

}  // namespace

namespace {

// Malaysia's states, cities and bodies, and its own words for its money and companies ("Bhd",
// "Sdn"): capitalised, as a line names them. "Malaysia" itself is the ringgit's home in the
// currency table; it is here as well so that the one list tells of the country alone.
constexpr std::string_view kMalaysianCues[] = {
    "malaysia", "malaysian", "malaysians", "kuala lumpur", "putrajaya", "johor", "johor bahru", "sabah", "sarawak",
    "selangor", "penang", "pahang", "perak", "kedah", "melaka", "malacca", "kelantan", "terengganu",
    "negeri sembilan", "perlis", "labuan", "ipoh", "petaling jaya", "bursa", "bhd", "berhad", "sdn", "bank negara",
    "petronas"};

bool malaysian_name(const std::string& lowered) {
  for (std::string_view cue : kMalaysianCues) {
    if (cue == lowered) return true;
  }
  return false;
}

// Whether a capitalised word of the line, alone or with the next ("Cape Town", "Kuala Lumpur"),
// is a name `names` knows; a possessive's "'s" is dropped ("Durban's beachfront").
bool names_capitalised(const std::vector<text::Word>& words, bool (*names)(const std::string&)) {
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (words[i].core.empty() || !text::is_capitalized(words[i].core)) continue;
    std::string one = text::lower(words[i].core);
    if (text::ends_with(one, "'s")) one.resize(one.size() - 2);
    if (i + 1 < words.size() && words[i].suffix.empty()) {
      std::string two = one + " " + text::lower(words[i + 1].core);
      if (text::ends_with(two, "'s")) two.resize(two.size() - 2);
      if (names(two)) return true;
    }
    if (names(one)) return true;
  }
  return false;
}

}  // namespace

bool tells_of_south_africa(const std::vector<text::Word>& words) { return names_capitalised(words, south_african_name); }

namespace {

// Canada's provinces and cities: its courts have a Crown, not a British date order. Places only,
// not the nationality (a Canadian tourist before a British court), and no city Britain shares a
// name with ("Halifax").
constexpr std::string_view kCanadianCues[] = {
    "canada", "ontario", "quebec", "british columbia", "alberta", "manitoba", "saskatchewan",
    "nova scotia", "new brunswick", "newfoundland", "toronto", "montreal", "vancouver", "ottawa", "calgary",
    "edmonton", "winnipeg"};

// A place of the United States (kPlaces, the month first) or of Canada.
bool north_american_name(const std::string& lowered) {
  for (std::string_view cue : kCanadianCues) {
    if (cue == lowered) return true;
  }
  auto place = place_conventions(lowered);
  return place && place->day_first == false;
}

}  // namespace

bool tells_of_north_america(const std::vector<text::Word>& words) {
  if (names_capitalised(words, north_american_name)) return true;
  // "Dallas County", "Harris County Sheriff": a county after its name is American; before a word
  // of a British county's bodies it is British ("Kent County Council", "Essex County Cricket
  // Club", "the County Court"), and "County Durham" puts it first.
  for (std::size_t i = 1; i < words.size(); ++i) {
    bool body = words[i].suffix.empty() && i + 1 < words.size() &&
                text::is_one_of(words[i + 1].core, {"Council", "Councils", "Cricket", "Hall", "Court", "Ground",
                                                    "Championship", "FA", "Football"});
    if (words[i].core == "County" && words[i - 1].suffix.empty() && text::is_capitalized(words[i - 1].core) && !body) {
      return true;
    }
  }
  return false;
}

bool tells_of_malaysia(const std::vector<text::Word>& words) {
  if (names_capitalised(words, malaysian_name)) return true;
  // "50 sen": the ringgit's cent, said after a figure.
  for (std::size_t i = 1; i < words.size(); ++i) {
    if (words[i].core == "sen" && text::all_digits(words[i - 1].core)) return true;
  }
  return false;
}

const PageConventions& page_conventions() { return current_page; }

bool page_writes_decimal_comma() { return current_page.decimal_mark == ','; }

PageScope::PageScope(const PageConventions& page) : outer_(current_page) { current_page = page.or_else(outer_); }

PageScope::~PageScope() { current_page = outer_; }

}  // namespace briefcast::rules

namespace briefcast::rules::marks {

std::pair<std::size_t, std::size_t> figure_run(std::string_view word) {
  std::size_t start = 0;
  while (start < word.size() && !text::is_digit(word[start])) ++start;
  if (start == word.size()) return {start, 0};
  std::size_t end = start;
  while (end < word.size()) {
    if (text::is_digit(word[end])) {
      ++end;
    } else if ((word[end] == '.' || word[end] == ',' || word[end] == '\'') && end + 1 < word.size() &&
               text::is_digit(word[end + 1])) {
      ++end;
    } else {
      break;
    }
  }
  return {start, end - start};
}

bool grouped_by(std::string_view run, char mark, int groups) {
  std::size_t lead = text::digit_run_end(run, 0);
  if (lead == 0 || lead > 3 || (run[0] == '0')) return false;
  text::ThousandsGroups seen = text::thousands_groups(run, lead, mark);
  return seen.end == run.size() && seen.count >= static_cast<std::size_t>(groups);
}

bool sure_comma_decimal(const std::vector<text::Word>& words, std::size_t i) {
  std::string_view core = words[i].core;
  auto [start, length] = figure_run(core);
  std::string_view run = core.substr(start, length);
  if (start + length < core.size() && core[start + length] == '%') return true;
  // "0,12", "1,74", "€14,80", "\u221268,4": a nought before the comma, two figures after it or a
  // minus sign before the figure make no list ("pages 3,4") and no English thousands. One figure
  // after a currency sign may still be a list of prices ("€4,5 and €6").
  std::string_view sign = core.substr(0, start);
  bool minus = text::ends_with(sign, "-") || text::ends_with(sign, "\u2212");
  if (text::starts_with(run, "0,") || run.find(',') + 3 == length || minus) return true;
  return i + 1 < words.size() &&
         text::is_one_of_lowered(words[i + 1].core, {"%", "m", "mio", "mill", "mln", "mrd", "million", "bn", "billion", "per"});
}

// Words after the figure that quote it to three decimals: a price per litre or kilowatt-hour,
// a percentage.
bool keeps_three_decimals(const std::vector<text::Word>& words, std::size_t i) {
  for (std::size_t k = i + 1; k < words.size() && k <= i + 4; ++k) {
    std::string w = text::lower(words[k].core);
    if (k == i + 1 && text::is_one_of(w, {"%", "percent", "per", "pc"})) return true;
    if (text::is_one_of(w, {"litre", "liter", "litres", "liters", "kwh", "gallon", "l"})) return true;
  }
  std::string_view core = words[i].core;
  auto [start, length] = figure_run(core);
  std::string_view after = core.substr(start + length);
  // "€1.949/l", "0.289/kWh": glued on too. Not a rate per hour or day ("R$ 1.200/h"), which is
  // priced in whole thousands as the page writes them.
  if (text::starts_with(after, "/")) {
    return text::is_one_of_lowered(after.substr(1), {"l", "lt", "ltr", "litre", "liter", "kwh", "gal", "gallon"});
  }
  return text::starts_with(after, "%");
}

namespace {
bool short_decimal(std::string_view run, char mark) {
  std::size_t at = run.find(mark);
  if (at == 0 || at == std::string_view::npos || run.find_first_of(".,'", at + 1) != std::string_view::npos) return false;
  std::size_t tail = run.size() - at - 1;
  return text::all_digits(run.substr(0, at)) && (tail == 1 || tail == 2);
}
}  // namespace

bool short_comma_decimal(std::string_view run) { return short_decimal(run, ','); }
bool short_point_decimal(std::string_view run) { return short_decimal(run, '.'); }

}  // namespace briefcast::rules::marks
