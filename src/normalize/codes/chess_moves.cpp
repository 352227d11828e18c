// Chess moves in algebraic notation after their move number, as match reports print them:
// "1.e4" -> "one e-four", "18.Nf5" -> "eighteen knight f-five", "23...Qxd4" -> "twenty three,
// queen takes d-four", "9.O-O" -> "nine castles", and Black's reply printed after White's move
// without a number ("34.Rxe6 fxe6"). Left alone, the period was read as "dot" or
// as a sentence end and "Qxd4" as letters run together. The move number is required: a bare
// "Nf3" may as well be a code. A square is written with a hyphen ("a-five") so that eSpeak NG
// says the letter's name, not the article.
#include "normalize/codes/codes.h"
#include "normalize/match.h"
#include "normalize/numbers/numbers.h"

namespace briefcast::rules {

namespace {

bool is_file(char c) { return c >= 'a' && c <= 'h'; }
bool is_rank(char c) { return c >= '1' && c <= '8'; }

std::string_view piece_name(char c) {
  switch (c) {
    case 'K': return "king";
    case 'Q': return "queen";
    case 'R': return "rook";
    case 'B': return "bishop";
    case 'N': return "knight";
    default: return {};
  }
}

std::string square(char file, char rank) {
  return std::string(1, file) + "-" + integer_words(std::string_view(&rank, 1), false, false);
}

// "Nf5", "Qxd4", "exd5", "Rae1", "e8=Q+", "O-O-O#": the spoken move, or nullopt.
std::optional<std::string> speak_move(std::string_view m) {
  std::string tail;
  if (!m.empty() && (m.back() == '+' || m.back() == '#')) {
    tail = m.back() == '+' ? " check" : " mate";
    m.remove_suffix(1);
  }
  if (m == "O-O" || m == "0-0") return "castles" + tail;
  if (m == "O-O-O" || m == "0-0-0") return "castles queenside" + tail;
  std::string promotion;
  if (m.size() >= 2 && m[m.size() - 2] == '=' && !piece_name(m.back()).empty()) {
    promotion = " promotes to " + std::string(piece_name(m.back()));
    m.remove_suffix(2);
  }
  if (m.size() < 2 || !is_file(m[m.size() - 2]) || !is_rank(m.back())) return std::nullopt;
  std::string target = square(m[m.size() - 2], m.back());
  std::string_view head = m.substr(0, m.size() - 2);
  std::string said;
  if (!head.empty() && !piece_name(head[0]).empty()) {
    said = std::string(piece_name(head[0]));
    head.remove_prefix(1);
  }
  bool takes = !head.empty() && head.back() == 'x';
  if (takes) head.remove_suffix(1);
  // A file or rank that tells two like pieces apart ("Rae1", "N1f3"), or a pawn's file ("exd5").
  if (head.size() > 1 || (head.size() == 1 && !is_file(head[0]) && !is_rank(head[0]))) return std::nullopt;
  if (said.empty() && !head.empty() && !takes) return std::nullopt;
  if (!head.empty()) said += (said.empty() ? "" : " ") + std::string(1, head[0]);
  if (takes) said += said.empty() ? "takes" : " takes";
  said += (said.empty() ? "" : " ") + target;
  return said + promotion + tail;
}

// "35.Qh5", "23...Qxd4": the move number, its dots and the move, or nullopt.
struct Numbered {
  std::string_view number;
  std::size_t dots;
  std::string move;
};

std::optional<Numbered> numbered_move(std::string_view core) {
  std::size_t dot = core.find('.');
  if (dot == 0 || dot == std::string_view::npos || dot > 3 || !text::all_digits(core.substr(0, dot))) {
    return std::nullopt;
  }
  std::size_t move_at = core.find_first_not_of('.', dot);
  std::size_t dots = move_at == std::string_view::npos ? 0 : move_at - dot;
  if (dots != 1 && dots != 3) return std::nullopt;
  auto move = speak_move(core.substr(move_at));
  if (!move) return std::nullopt;
  return Numbered{core.substr(0, dot), dots, *move};
}

// "Qxh2+!!", "O-O-O?!": an annotator's marks of a brilliant or a dubious move. Said, they made
// a sentence's stop mid-line; they are dropped where the sentence goes on after the move.
bool annotated_mid_sentence(const Words& words, std::size_t i) {
  std::string_view s = words[i].suffix;
  if (s.empty() || (s[0] != '!' && s[0] != '?') || i + 1 >= words.size()) return false;
  std::size_t marks = s.size() >= 2 && (s[1] == '!' || s[1] == '?') ? 2 : 1;
  if (s.size() != marks) return false;
  std::string_view next = words[i + 1].core;
  return !next.empty() && (text::is_lower(next[0]) || text::is_digit(next[0]));
}

}  // namespace

std::optional<Match> match_chess_move(const Words& words, std::size_t i) {
  if (auto numbered = numbered_move(words[i].core)) {
    std::string number = integer_words(numbered->number, false, false);
    return Match{1, number + (numbered->dots == 3 ? ", " : " ") + numbered->move, false,
                 annotated_mid_sentence(words, i)};
  }
  // "34.Rxe6 fxe6": Black's reply printed after White's numbered move, without a number.
  if (i == 0 || !words[i - 1].suffix.empty() || !words[i].prefix.empty()) return std::nullopt;
  auto white = numbered_move(words[i - 1].core);
  if (!white || white->dots != 1) return std::nullopt;
  auto reply = speak_move(words[i].core);
  if (!reply) return std::nullopt;
  return Match{1, *reply, false, annotated_mid_sentence(words, i)};
}

}  // namespace briefcast::rules
