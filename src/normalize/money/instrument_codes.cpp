// Market-data codes that wire stories print after a name for terminals, not for readers:
// "Japan's Nikkei .N225 fell", "MSCI's index .MIAPJ0000PUS rose", "Brent futures LCOc1
// settled", "the yen <JPY=> firmed". A newsreader leaves them out; read aloud they are strings
// of letters, and the leading period ends eSpeak NG's sentence before the code. Dropped are:
//  - a period glued to capitals and figures, after a word (".N225", ".SPX"; not ".NET", and not
//    after an article or before a word such as "file" or "domain": ".PDF file", ".AI domain"; nor
//    after a library call number's class mark, where it is the number's next part:
//    "G1019 .T45", "QA76.73 .P98", whose every part a reader says);
//  - a continuous futures code, one to four capitals, "c" and a figure ("NKc1", "CLc2");
//  - a currency's quote code ("the euro EUR= rose", "EUR=EBS");
//  - any code in angle brackets without a space ("<.HSI>", "<EUR=EBS>", "<LCOc1>").
// The punctuation after a code stays with the word before it ("index .N225, while" keeps its comma).
#include "normalize/codes/codes.h"
#include "normalize/money/money.h"

namespace briefcast::rules {

namespace {

bool is_code_char(char c) { return text::is_upper(c) || text::is_digit(c); }

// ".N225", ".MIAPJ0000PUS": at least two capitals or figures, one of them a capital.
bool is_dotted_index_code(std::string_view token) {
  if (token.size() < 3 || token[0] != '.' || token == ".NET") return false;
  bool capital = false;
  for (char c : token.substr(1)) {
    if (!is_code_char(c)) return false;
    capital = capital || text::is_upper(c);
  }
  return capital;
}

// "NKc1", "LCOc1", "CLc2": a root in capitals, "c", and the contract's place in the chain.
bool is_continuous_future(std::string_view token) {
  std::size_t c = token.find('c');
  if (c == std::string_view::npos || c == 0 || c > 4 || c + 2 != token.size()) return false;
  for (char x : token.substr(0, c)) {
    if (!text::is_upper(x)) return false;
  }
  return token[c + 1] >= '1' && token[c + 1] <= '9';
}

// "<.HSI>", "<JPY=>": a code in angle brackets, no space inside, a capital somewhere.
bool is_bracketed_code(std::string_view token) {
  if (token.size() < 3 || token.front() != '<' || token.back() != '>') return false;
  std::string_view inside = token.substr(1, token.size() - 2);
  if (is_continuous_future(inside)) return true;
  // Codes are capitals, figures and a few marks; "<path_to_file>" in a command is a placeholder.
  bool capital = false;
  for (char c : inside) {
    if (!is_code_char(c) && c != '.' && c != '=' && c != '#' && c != '^') return false;
    capital = capital || text::is_upper(c);
  }
  return capital;
}

// "EUR=", "JPY=", "EUR=EBS": a currency's quote code, three capitals and an equals sign.
bool is_quote_code(std::string_view token) {
  std::size_t eq = token.find('=');
  if (eq == std::string_view::npos || eq < 3 || eq > 6) return false;
  for (char c : token.substr(0, eq)) {
    if (!text::is_upper(c)) return false;
  }
  std::string_view source = token.substr(eq + 1);  // a dealer's code after the sign: "EBS", "D3"
  if (!source.empty() && !text::is_upper(source[0])) return false;
  for (char c : source) {
    if (!is_code_char(c)) return false;
  }
  return true;
}

// The token's length without the punctuation that closes a clause after it.
std::size_t without_closing_marks(std::string_view token) {
  std::size_t n = token.size();
  while (n > 0 && (token[n - 1] == ',' || token[n - 1] == ';' || token[n - 1] == ':' || token[n - 1] == ')' ||
                   (token[n - 1] == '.' && n > 1 && token[n - 2] != '.'))) {
    --n;
  }
  return n;
}

// "Anguilla's .AI domain", "its .DOCX files": the word after says it is a name's ending.
bool names_a_file_type(std::string_view line, std::size_t end) {
  if (end >= line.size()) return false;
  std::string_view rest = line.substr(end + 1);
  std::string_view next = rest.substr(0, rest.find(' '));
  return text::is_one_of_lowered(next.substr(0, without_closing_marks(next)),
                         {"domain", "domains", "file", "files", "extension", "format", "address", "addresses"});
}

bool is_article(std::string_view word) { return text::is_one_of_lowered(word, {"a", "an", "the"}); }

// ".T45", ".Z5": a Cutter mark, a point, one capital and figures.
bool is_cutter_mark(std::string_view word) {
  if (word.size() < 3 || word[0] != '.' || !text::is_upper(word[1])) return false;
  return text::all_digits(word.substr(2));
}

// Whether a line names a library, so that a short class mark ("E78 .C15") starts a call number.
bool tells_of_library_in(std::string_view line) {
  for (std::string_view token : text::split(line, ' ')) {
    std::size_t a = 0;
    std::size_t b = token.size();
    while (a < b && !text::is_alpha(token[a])) ++a;
    while (b > a && !text::is_alpha(token[b - 1])) --b;
    if (tells_of_library(token.substr(a, b - a))) return true;
  }
  return false;
}

// "G1019 .T45", "QA76.73 .P98 .Z5": the dotted word is a call number's Cutter mark, which the call
// number rule says, after its class mark or after the Cutter mark before it. A market's code after
// its index ("CSI300 .CSI300", "G7 .N225" outside a library) still goes.
bool continues_call_number(std::string_view previous, std::string_view core, bool library_line) {
  if (!is_cutter_mark(core)) return false;
  return is_cutter_mark(previous) || is_call_number_start(previous, core, library_line);
}

}  // namespace

std::string without_instrument_codes(std::string line) {
  std::string out;
  out.reserve(line.size());
  std::string_view previous;
  const bool library_line = tells_of_library_in(line);
  std::size_t start = 0;
  while (start < line.size()) {
    std::size_t end = line.find(' ', start);
    if (end == std::string::npos) end = line.size();
    std::string_view token = std::string_view(line).substr(start, end - start);
    std::string_view core = token.substr(0, without_closing_marks(token));
    bool after_word =
        !previous.empty() && !is_article(previous) && !continues_call_number(previous, core, library_line) &&
                      !names_a_file_type(line, end);
    bool code = after_word && !core.empty() &&
                (is_dotted_index_code(core) || is_continuous_future(core) || is_bracketed_code(core) || is_quote_code(core));
    if (code) {
      // The comma stays with the word before, unless that word has its own mark.
      bool marked = !out.empty() && text::is_one_of(std::string_view(out).substr(out.size() - 1), {",", ";", ":", "."});
      if (!marked) out.append(token.substr(core.size()));
    } else {
      if (start > 0) out.push_back(' ');
      out.append(token);
      if (!token.empty()) previous = token;
    }
    start = end + 1;
  }
  return out;
}

}  // namespace briefcast::rules
