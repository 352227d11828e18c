// The one table of the world's currencies: each currency once, with its ISO code, the signs and
// letters its amounts are written with, the names they are said with, its minor unit and the
// country that issues it. Every money rule reads its signs here (money.cpp the symbols,
// currency_codes.cpp the codes, regional_money.cpp the letters before a figure,
// dollar_countries.cpp a country's letters before "$"), so a currency taught once is read in
// every shape: "GH₵612m", "₦10m", "KSh 101–500", "CLP 510.500". The issuing country's number
// conventions are not copied here: its name keys page_conventions' table of places.
#include <algorithm>
#include <array>
#include <vector>

#include "normalize/money/money.h"
#include "normalize/page_conventions.h"

namespace briefcast::rules {

namespace {

struct Spelling {
  std::string_view written;
  unsigned use;
};

struct CurrencyFacts {
  std::string_view code;  // ISO 4217; empty for the dollar and the cent of no one country
  std::string_view one, many, minor_one, minor_many;
  std::string_view country;  // lowered, as page_conventions' places are named
  std::array<Spelling, 9> spellings;
  std::string_view in_pair = {};  // as market reports name it in a pair ("sterling"), when not `one`
  // A minor unit never said in an amount ("NOK 31.10" is thirty one point one) but quoted by its
  // name in a price per unit ("89.9 øre/kWh"), where it is said as written.
  std::string_view quoted_minor = {};
};

using namespace currency_use;

// Minor names only where amounts are said in them ("twenty dollars fifty cents"); empty, the
// decimals are read as a figure ("twenty two point four Norwegian kroner").
constexpr CurrencyFacts kCurrencies[] = {
    // "$" alone is the dollar of whichever country the paper is from; wire copy's "USD 5" is
    // read as plainly, "five dollars", where "US$" names the country.
    {"USD", "dollar", "dollars", "cent", "cents", "united states", {{{"$", kSign}, {"USD", kCode}}}},
    {"", "cent", "cents", "", "", "", {{{"\u00a2", kSign}}}},
    {"", "US dollar", "US dollars", "cent", "cents", "united states", {{{"US$", kSign}, {"$US", kSign}, {"US", kDollar}}}},
    {"EUR", "euro", "euros", "cent", "cents", "germany", {{{"\u20ac", kSign}, {"EUR", kCode}}}},
    {"GBP", "pound", "pounds", "penny", "pence", "britain", {{{"\u00a3", kSign}, {"GBP", kCode}}}, "sterling"},
    {"JPY", "yen", "yen", "", "", "japan", {{{"\u00a5", kSign}, {"JPY", kCode}}}},
    {"CNY", "yuan", "yuan", "", "", "china", {{{"CNY", kCode}, {"RMB", kCode}}}},
    // China's yuan as traded offshore, in Hong Kong: quoted in pairs ("USD/CNH").
    {"CNH", "offshore yuan", "offshore yuan", "", "", "", {{{"CNH", kCode | kInitials}}}},
    {"CAD", "Canadian dollar", "Canadian dollars", "cent", "cents", "canada",
     {{{"C$", kSign}, {"CAD", kCode}, {"CA", kDollar}, {"CAN", kDollar}, {"Can", kDollar}, {"Cdn", kDollar}, {"C", kDollar}}}},
    {"AUD", "Australian dollar", "Australian dollars", "cent", "cents", "australia",
     {{{"AU$", kSign}, {"A$", kSign}, {"$A", kSign}, {"AUD", kCode}, {"A", kDollar}, {"AU", kDollar}, {"AUS", kDollar}}}},
    {"NZD", "New Zealand dollar", "New Zealand dollars", "cent", "cents", "new zealand",
     {{{"NZ$", kSign}, {"NZD", kCode}, {"NZ", kDollar}}}},
    {"HKD", "Hong Kong dollar", "Hong Kong dollars", "cent", "cents", "hong kong",
     {{{"HK$", kSign}, {"HKD", kCode}, {"HK", kDollar}}}},
    {"SGD", "Singapore dollar", "Singapore dollars", "cent", "cents", "singapore",
     {{{"S$", kSign}, {"SGD", kCode}, {"S", kDollar}, {"SG", kDollar}}}},
    {"TWD", "New Taiwan dollar", "New Taiwan dollars", "", "", "taiwan",
     {{{"NT$", kSign}, {"TWD", kCode}, {"NT", kDollar}}}},
    {"TTD", "Trinidad and Tobago dollar", "Trinidad and Tobago dollars", "cent", "cents", "trinidad", {{{"TT", kDollar}}}},
    {"JMD", "Jamaican dollar", "Jamaican dollars", "cent", "cents", "jamaica", {{{"J", kDollar}}}},
    {"XCD", "East Caribbean dollar", "East Caribbean dollars", "cent", "cents", "", {{{"EC", kDollar}}}},
    {"FJD", "Fijian dollar", "Fijian dollars", "cent", "cents", "fiji", {{{"FJ", kDollar}}}},
    {"CHF", "Swiss franc", "Swiss francs", "centime", "centimes", "switzerland", {{{"CHF", kCode}}}},
    // India's, Pakistan's and Sri Lanka's "Rs" alike is said "rupees", the country left to the page.
    {"INR", "rupee", "rupees", "paisa", "paise", "india",
     {{{"\u20b9", kSign | kPrefix}, {"INR", kCode | kPrefix}, {"Rs.", kPrefix}, {"Rs-", kPrefix}, {"Rs", kCode | kPrefix}}}},
    {"PKR", "Pakistani rupee", "Pakistani rupees", "", "", "pakistan", {{{"PKR", kCode}}}},
    {"LKR", "Sri Lankan rupee", "Sri Lankan rupees", "cent", "cents", "sri lanka", {{{"LKR", kCode}}}},
    // "NPR" is also the US public radio network ("told NPR 6 weeks", "NPR 90.9 FM"): initials.
    {"NPR", "Nepalese rupee", "Nepalese rupees", "", "", "nepal", {{{"NPR", kCode | kInitials}}}},
    // Codes wire copy quotes before a figure for currencies without a sign of their own here;
    // as initials they could be anything, so only with money's shape ("IQD 1,310", "ETB 57.3bn").
    {"MMK", "kyat", "kyats", "", "", "", {{{"MMK", kCode | kInitials}}}},
    {"KHR", "riel", "riels", "", "", "", {{{"KHR", kCode | kInitials}}}},
    {"ETB", "birr", "birr", "", "", "", {{{"ETB", kCode | kInitials}}}},
    {"ZMW", "kwacha", "kwacha", "", "", "", {{{"ZMW", kCode | kInitials}}}},
    {"MUR", "Mauritian rupee", "Mauritian rupees", "", "", "", {{{"MUR", kCode | kInitials}}}},
    {"IQD", "Iraqi dinar", "Iraqi dinars", "", "", "", {{{"IQD", kCode | kInitials}}}},
    {"JOD", "Jordanian dinar", "Jordanian dinars", "", "", "", {{{"JOD", kCode | kInitials}}}},
    {"TND", "Tunisian dinar", "Tunisian dinars", "", "", "", {{{"TND", kCode | kInitials}}}},
    {"RSD", "Serbian dinar", "Serbian dinars", "", "", "", {{{"RSD", kCode | kInitials}}}},
    {"IRR", "rial", "rials", "", "", "", {{{"IRR", kCode | kInitials}}}},
    // "L£", "E£", "S£", "C£": the pound sign with its country's letter, said after the figure as
    // that country's pounds; read apart, the letter was heard alone before "pound".
    {"LBP", "Lebanese pound", "Lebanese pounds", "", "", "", {{{"LBP", kCode | kInitials}, {"L\u00a3", kSign}}}},
    {"SYP", "Syrian pound", "Syrian pounds", "", "", "", {{{"S\u00a3", kSign}}}},
    {"CYP", "Cypriot pound", "Cypriot pounds", "cent", "cents", "", {{{"C\u00a3", kSign}}}},
    {"BGN", "lev", "leva", "", "", "", {{{"BGN", kCode | kInitials}}}},
    {"UZS", "som", "som", "", "", "", {{{"UZS", kCode | kInitials}}}},
    {"BDT", "taka", "taka", "", "", "bangladesh", {{{"BDT", kCode}, {"\u09f3", kSign}}}},
    {"BRL", "real", "reais", "centavo", "centavos", "brazil", {{{"R$", kSign}, {"BRL", kCode}}}},
    {"MXN", "Mexican peso", "Mexican pesos", "centavo", "centavos", "mexico",
     {{{"MXN", kCode}, {"MX", kDollar}, {"Mex", kDollar}}}, "peso"},
    {"DOP", "Dominican peso", "Dominican pesos", "centavo", "centavos", "", {{{"RD", kDollar}}}},
    {"ARS", "Argentine peso", "Argentine pesos", "", "", "argentina", {{{"ARS", kCode}}}},
    // Chile parts thousands with a point ("CLP 12.500"), as its place in page_conventions says.
    {"CLP", "Chilean peso", "Chilean pesos", "", "", "chile", {{{"CLP", kCode}}}},
    // "COP" is the climate summit as often; only its code names the peso here, never read.
    {"COP", "Colombian peso", "Colombian pesos", "", "", "colombia", {}},
    // "S/" also opens the names of moons ("S/2004 S 3") and seasons ("S/S 2024"): soles only in a
    // line that names the sol or Peru.
    {"PEN", "sol", "soles", "c\u00e9ntimo", "c\u00e9ntimos", "peru", {{{"S/.", kPrefix | kCue}, {"S/", kPrefix | kCue}}}},
    {"GTQ", "quetzal", "quetzales", "", "", "guatemala", {{{"GTQ", kCode}, {"Q", kPrefix | kShape | kCue}}}},
    {"PHP", "peso", "pesos", "centavo", "centavos", "philippines",
     {{{"\u20b1", kSign}, {"PHP", kPrefix | kShape}, {"Php", kPrefix | kShape}, {"P", kPrefix | kShape}}}},
    {"ZAR", "rand", "rand", "cent", "cents", "south africa", {{{"ZAR", kCode}, {"R", kPrefix | kShape}}}},
    {"NGN", "naira", "naira", "kobo", "kobo", "nigeria", {{{"\u20a6", kSign}, {"NGN", kCode}, {"N", kPrefix | kShape}}}},
    {"GHS", "cedi", "cedis", "pesewa", "pesewas", "ghana",
     {{{"GH\u20b5", kSign}, {"GH\u00a2", kSign}, {"\u20b5", kSign}, {"GHS", kCode | kInitials}}}},
    // "Sh" and "Shs" are Kenya's, Uganda's and Tanzania's alike; all are said "shillings".
    {"KES", "shilling", "shillings", "", "", "kenya",
     {{{"KShs.", kPrefix}, {"KShs", kPrefix}, {"Kshs", kPrefix}, {"KSh", kPrefix}, {"Ksh", kPrefix}, {"KES", kPrefix},
       {"Shs", kPrefix}, {"Sh", kPrefix}}}},
    {"TZS", "shilling", "shillings", "", "", "tanzania", {{{"Tsh", kPrefix}, {"TZS", kCode}}}},
    {"UGX", "shilling", "shillings", "", "", "uganda", {{{"USh", kPrefix}, {"UGX", kCode}}}},
    // "425 FCFA/kg": West and Central Africa write the franc's letters after the figure.
    // "CFA 440/kg", "CFA 1.2bn": the letters before the figure too; they are also an
    // analyst's charter ("CFA 2024 exam"), so there they need a scale or a unit's price
    // (regional_money.cpp).
    {"XOF", "CFA franc", "CFA francs", "", "", "",
     {{{"XOF", kCode}, {"XAF", kCode}, {"FCFA", kCode}, {"CFA", kPrefix | kShape}}}},
    {"EGP", "Egyptian pound", "Egyptian pounds", "", "", "egypt", {{{"EGP", kCode}, {"E\u00a3", kSign}}}},
    {"AED", "dirham", "dirhams", "", "", "uae", {{{"AED", kCode | kPrefix}, {"Dhs", kPrefix}, {"Dh", kPrefix}}}},
    {"QAR", "riyal", "riyals", "", "", "qatar", {{{"QAR", kPrefix}, {"QR", kPrefix | kShape}}}},
    {"SAR", "riyal", "riyals", "", "", "saudi arabia", {{{"SAR", kPrefix}, {"SR", kPrefix | kShape}}}},
    // The Gulf's dinars and rial, as its papers print them before the figure ("BD30,000", "KD 3,000",
    // "OMR 1,200"); "BD", "KD" and "OMR" also open ratings, models, roads and answer sheets
    // ("KD 3 rating", "OMR 2024 answer key"), so like "SR" they need money's shape or the
    // currency's name after the figure. Their fils and baisa are thousandths, never said.
    {"BHD", "Bahraini dinar", "Bahraini dinars", "", "", "bahrain", {{{"BHD", kCode | kPrefix}, {"BD", kPrefix | kShape}}}},
    {"KWD", "Kuwaiti dinar", "Kuwaiti dinars", "", "", "kuwait", {{{"KWD", kCode | kPrefix}, {"KD", kPrefix | kShape}}}},
    {"OMR", "Omani rial", "Omani rials", "", "", "oman", {{{"OMR", kPrefix | kShape}}}},
    {"ILS", "shekel", "shekels", "agora", "agorot", "israel", {{{"\u20aa", kSign}, {"ILS", kCode}}}},
    // "TRY" is the verb of a headline in capitals, and "TL" a team leader or a trade mark: as
    // codes before a figure ("TRY 19,450/t", "TL 9,100") they need money's shape, as initials
    // do. "TL" printed after a figure ("132 TL") is how Turkish copy writes the lira.
    {"TRY", "lira", "lira", "kurus", "kurus", "t\u00fcrkiye",
     {{{"\u20ba", kSign}, {"TL", kAfter}, {"TRY", kCode | kInitials}, {"TL", kPrefix | kShape}}}},
    {"RUB", "ruble", "rubles", "kopek", "kopeks", "russia", {{{"\u20bd", kSign}, {"RUB", kCode}}}, "rouble"},
    {"UAH", "hryvnia", "hryvnias", "", "", "ukraine", {{{"\u20b4", kSign}, {"UAH", kCode | kInitials}}}},
    {"KZT", "tenge", "tenge", "", "", "kazakhstan", {{{"\u20b8", kSign}, {"KZT", kCode}}}},
    {"KRW", "won", "won", "", "", "south korea", {{{"\u20a9", kSign}, {"KRW", kCode}}}},
    // "Bt 68.50/kg", "Bt7.5bn": Thai English papers write the baht's letters before the figure;
    // they also name a cotton, a toxin and maize lines ("Bt11"), so only with money's shape.
    {"THB", "baht", "baht", "satang", "satang", "thailand",
     {{{"\u0e3f", kSign}, {"THB", kCode}, {"Bt", kPrefix | kShape}}}},
    {"VND", "dong", "dong", "", "", "vietnam", {{{"\u20ab", kSign}, {"VND", kCode}}}},
    // "RM6,305", "RM84.2m": Malaysian copy writes the ringgit's letters before the figure, as
    // Indonesia's does "Rp"; they also name rifles and routes ("RM3", "Route RM12"), so a
    // whole figure without money's shape needs a Malaysian line (regional_money.cpp).
    {"MYR", "ringgit", "ringgit", "sen", "sen", "malaysia", {{{"MYR", kCode}, {"RM", kPrefix | kShape}}}},
    {"IDR", "rupiah", "rupiah", "", "", "indonesia", {{{"IDR", kCode | kPrefix}, {"Rp", kPrefix}}}},
    {"MOP", "pataca", "patacas", "", "", "macau", {{{"MOP", kCode}}}},
    // Signs printed after the figure only: "120 zł", "450 Kč", "3 500 Ft" ("6 Ft" is feet in a
    // headline's capitals, so the forint's sign needs the currency or Hungary named).
    {"PLN", "zloty", "zlotys", "", "", "poland", {{{"PLN", kCode}, {"z\u0142", kAfter | kPrefix}}}},
    {"CZK", "Czech koruna", "Czech korunas", "", "", "czech republic", {{{"CZK", kCode}, {"K\u010d", kAfter}}}},
    {"HUF", "forint", "forints", "", "", "hungary", {{{"HUF", kCode}, {"Ft", kAfter | kCue}}}},
    // "RON 95" is petrol's octane as often as lei.
    {"RON", "leu", "lei", "", "", "romania", {{{"RON", kCode | kInitials}}}},
    {"SEK", "krona", "kronor", "", "", "sweden", {{{"SEK", kCode}}}, "Swedish crown", "\u00f6re"},
    {"DKK", "Danish krone", "Danish kroner", "", "", "denmark", {{{"DKK", kCode}}}, "", "\u00f8re"},
    {"NOK", "Norwegian krone", "Norwegian kroner", "", "", "norway", {{{"NOK", kCode}}}, "Norwegian crown", "\u00f8re"},
    {"ISK", "Icelandic krona", "Icelandic kronur", "", "", "iceland", {{{"ISK", kCode}}}},
    // "kr 46", "120 kr": the crown of Scandinavia, whichever country's; said "kroner", as the
    // Danish and Norwegian plural is and the Swedish nearly is.
    {"", "krone", "kroner", "", "", "", {{{"kr", kPrefix | kAfter}}}},
    // The ticker ransoms and exchanges quote ("85 BTC"): "bitcoin" in the singular and plural.
    {"BTC", "bitcoin", "bitcoin", "", "", "", {{{"BTC", kCode}, {"\u20bf", kSign}}}},
};

// Every spelling as the Currency the rules read, longest first so that "US$" wins over "$",
// "KShs" over "KSh" and every one-letter sign comes last.
std::vector<Currency> all_spellings() {
  std::vector<Currency> out;
  for (const CurrencyFacts& f : kCurrencies) {
    for (const Spelling& s : f.spellings) {
      if (s.written.empty()) continue;
      out.push_back(Currency{s.written, f.one, f.many, f.minor_one, f.minor_many, f.code, f.country, s.use, f.quoted_minor});
    }
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const Currency& a, const Currency& b) { return a.written.size() > b.written.size(); });
  return out;
}

const std::vector<Currency>& spellings() {
  static const std::vector<Currency> table = all_spellings();
  return table;
}

}  // namespace

std::vector<const Currency*> currencies_written(unsigned uses) {
  std::vector<const Currency*> out;
  for (const Currency& c : spellings()) {
    if ((c.use & uses) != 0) out.push_back(&c);
  }
  return out;
}

const Currency* currency_written(std::string_view written, unsigned uses) {
  for (const Currency& c : spellings()) {
    if ((c.use & uses) != 0 && c.written == written) return &c;
  }
  return nullptr;
}

namespace {

// Word k lowered, without a possessive's "'s" ("Hungary's" names Hungary).
std::string lowered_name(const Words& words, std::size_t k) {
  std::string lowered = text::lower(words[k].core);
  if (text::ends_with(lowered, "'s")) lowered.resize(lowered.size() - 2);
  return lowered;
}

}  // namespace

bool names_currency_itself(const Words& words, const Currency& c) {
  for (std::size_t k = 0; k < words.size(); ++k) {
    std::string lowered = lowered_name(words, k);
    if (lowered == c.one || lowered == c.many) return true;
  }
  return false;
}

bool names_currency(const Words& words, const Currency& c) {
  if (names_currency_itself(words, c)) return true;
  if (c.country.empty()) return false;
  for (std::size_t k = 0; k < words.size(); ++k) {
    if (lowered_name(words, k) == c.country) return true;
    // A home of two words ("sri lanka", "south africa") is read across two words.
    bool pair = k + 1 < words.size() && words[k].suffix.empty();
    if (pair && text::lower(words[k].core) + " " + lowered_name(words, k + 1) == c.country) return true;
  }
  return false;
}

const Currency* named_home_currency(const Words& words, const Currency& shared) {
  std::string tail = " " + std::string(shared.one);
  for (const Currency& c : spellings()) {
    if (c.code == shared.code || c.country.empty() || !text::ends_with(c.one, tail)) continue;
    if (names_currency(words, c)) return &c;
  }
  return nullptr;
}

std::optional<std::string_view> pair_name(std::string_view code) {
  for (const CurrencyFacts& f : kCurrencies) {
    if (!f.code.empty() && f.code == code) return f.in_pair.empty() ? f.one : f.in_pair;
  }
  return std::nullopt;
}

bool home_parts_thousands_with_point(const Currency& c) {
  if (c.country.empty()) return false;
  auto home = place_conventions(c.country);
  return home && home->decimal_mark == ',';
}

}  // namespace briefcast::rules
