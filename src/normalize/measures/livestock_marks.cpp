// A livestock or dairy report's shorthand, said as the trade says it:
//  - the weight a price is quoted on: "268p/kg lw" -> "... per kilogram liveweight", "dw" the
//    deadweight (the carcase); they were spelt as letters;
//  - a cross-bred beast: "a Limousin x bullock" -> "a Limousin-cross bullock" ("ex");
//  - "DLWG", the daily liveweight gain, spelt as four letters;
//  - a milk price in pence per litre: "38.25ppl" -> "thirty-eight point two five pence per
//    litre" (glued, its point was read as "dot" and "ppl" spelt).
// The weights and the cross need a word of livestock in the clause (trade_cues).
#include "normalize/match.h"
#include "normalize/measures/measures.h"
#include "normalize/speak_word.h"
#include "normalize/trade_cues.h"
#include "normalize/words/words.h"

namespace briefcast::rules {

namespace {

constexpr std::size_t kWindow = 16;

// "268.4p/kg", "£3.90/kg", "620kg", "kg": a weight or a price by weight just before.
bool by_weight(std::string_view before) {
  return text::ends_with(before, "/kg") || text::ends_with(before, "kg") || before == "kilos";
}

std::optional<Match> weight_basis(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (!text::is_one_of(core, {"lw", "dw", "LW", "DW"}) || i == 0 || !words[i - 1].suffix.empty() ||
      !by_weight(words[i - 1].core) || !text::any_word_near(words, i, kWindow, tells_of_livestock)) {
    return std::nullopt;
  }
  return Match{1, text::lower(core) == "lw" ? "liveweight" : "deadweight", false};
}

// "Limousin x bullock", "Charolais x heifers": a breed's name, "x", and the beast.
bool is_beast(std::string_view w) {
  return text::is_one_of_lowered(w, {"bullock", "bullocks", "steer", "steers", "heifer", "heifers", "cow", "cows",
                                     "calf", "calves", "bull", "bulls", "ewe", "ewes", "lamb", "lambs", "hogget",
                                     "hoggets", "tup", "tups", "ram", "rams", "gimmer", "gimmers", "store", "stores",
                                     "weaner", "weaners", "sow", "sows", "gilt", "gilts", "stirk", "stirks"});
}

std::optional<Match> cross_breed(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (i + 2 >= words.size() || !w.suffix.empty() || !text::is_capitalized(w.core) || w.core.size() < 3 ||
      words[i + 1].core != "x" || !words[i + 1].prefix.empty() || !words[i + 1].suffix.empty() ||
      !words[i + 2].prefix.empty()) {
    return std::nullopt;
  }
  if (is_beast(words[i + 2].core)) return Match{2, std::string(w.core) + "-cross", false};
  // "a Limousin x Friesian heifer": two breeds crossed, then the beast.
  if (i + 3 < words.size() && text::is_capitalized(words[i + 2].core) && text::all_alpha(words[i + 2].core) &&
      words[i + 2].suffix.empty() && words[i + 3].prefix.empty() && is_beast(words[i + 3].core)) {
    return Match{2, std::string(w.core) + " cross", false};
  }
  return std::nullopt;
}

// "38.25ppl", "1.5 ppl": pence per litre, glued to its figure or after it.
std::optional<Match> pence_per_litre(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  std::string_view figure;
  std::size_t count = 1;
  if (text::ends_with(core, "ppl") && core.size() > 3) {
    figure = core.substr(0, core.size() - 3);
  } else if (i + 1 < words.size() && words[i].suffix.empty() && words[i + 1].prefix.empty() &&
             words[i + 1].core == "ppl") {
    figure = core;
    count = 2;
  } else {
    return std::nullopt;
  }
  if (figure.empty() || figure.size() > 8 || !text::is_digit(figure[0]) || !text::parse_plain_figure(figure)) {
    return std::nullopt;
  }
  const Word& last = words[i + count - 1];
  return Match{count, speak_word(figure) + (figure == "1" ? " penny per litre" : " pence per litre"),
               text::has_period(last) && !period_ends_sentence(words, i + count - 1)};
}

}  // namespace

std::optional<Match> match_livestock_mark(const Words& words, std::size_t i) {
  const Word& w = words[i];
  if (!w.prefix.empty() && w.prefix != "(") return std::nullopt;
  if (w.core == "DLWG" || w.core == "DLWGs") return Match{1, w.core.size() == 4 ? "daily liveweight gain" : "daily liveweight gains", false};
  if (auto basis = weight_basis(words, i)) return basis;
  if (auto ppl = pence_per_litre(words, i)) return ppl;
  if (auto cross = cross_breed(words, i); cross && text::any_word_near(words, i, kWindow, tells_of_livestock)) return cross;
  return std::nullopt;
}

}  // namespace briefcast::rules
