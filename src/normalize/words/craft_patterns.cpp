// Knitting and crochet pattern shorthand, as a pattern is read aloud: "k2, p2 rib" -> "knit two,
// purl two rib", "k2tog" -> "knit two together", "yo" -> "yarn over", "ssk" -> "slip, slip,
// knit", "ch 3" -> "chain three". Only among words of the craft (yarn, needles, stitches, rows,
// rib, crochet ...), so "yo" in dialogue and "ch" before a chapter number keep their readings.
// eSpeak NG had said "k two tog" and spelt "ssk" and "psso" letter by letter.
#include "normalize/match.h"
#include "normalize/number_words.h"
#include "normalize/words/words.h"

namespace briefcast::rules {

namespace {

constexpr std::size_t kSpan = 12;

bool is_craft_word(std::string_view core) {
  return text::is_one_of_lowered(core, {"knit", "knits", "knitting", "knitted", "knitter", "knitters", "purl", "purls",
                                        "rib", "ribbing", "needle", "needles", "stitch", "stitches", "sts", "st", "yarn",
                                        "yarns", "row", "rows", "round", "rounds", "rnd", "rnds", "crochet", "hook",
                                        "skein", "skeins", "garter", "stockinette", "cast", "eyelet", "eyelets",
                                        "cable", "yoke", "gauge", "sock", "socks", "shawl", "sweater", "cardigan"});
}

// Stitch names that stand alone; a figure may follow them glued ("sl1", "ch3") or as the next word.
constexpr text::Said kStitches[] = {
    {"k", "knit"},      {"p", "purl"},         {"sl", "slip"},       {"ch", "chain"},
    {"sc", "single crochet"}, {"dc", "double crochet"}, {"hdc", "half double crochet"}, {"tr", "treble"},
    {"yo", "yarn over"}, {"ssk", "slip, slip, knit"}, {"kfb", "knit front and back"}, {"psso", "pass slipped stitch over"},
    {"m1", "make one"}, {"M1", "make one"}, {"yf", "yarn forward"}, {"tbl", "through the back loop"},
};

// "k2", "p12", "k2tog", "sl1", "ch3": a stitch, its count and "tog" for worked together.
std::optional<std::string> said_stitch(std::string_view core) {
  if (auto whole = text::said_for(kStitches, core)) return std::string(*whole);
  bool together = text::ends_with(core, "tog");
  std::string_view rest = together ? core.substr(0, core.size() - 3) : core;
  std::size_t figure = rest.find_first_of("0123456789");
  if (figure == std::string_view::npos || figure == 0 || rest.size() - figure > 2) return std::nullopt;
  std::string_view count = rest.substr(figure);
  if (!text::all_digits(count) || count[0] == '0') return std::nullopt;
  auto stitch = text::said_for(kStitches, rest.substr(0, figure));
  if (!stitch || stitch->find(' ') != std::string_view::npos) return std::nullopt;
  return std::string(*stitch) + " " + cardinal_words(count) + (together ? " together" : "");
}

}  // namespace

std::optional<Match> match_craft_stitch(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (core.empty() || core.size() > 8 || !words[i].prefix.empty()) return std::nullopt;
  auto said = said_stitch(core);
  if (!said || !text::any_word_near(words, i, kSpan, is_craft_word)) return std::nullopt;
  // "ch 3", "k 2": a stitch and its count written apart.
  bool bare = said->find(' ') == std::string::npos;
  if (bare && words[i].suffix.empty() && i + 1 < words.size() && words[i + 1].prefix.empty() &&
      words[i + 1].core.size() <= 2 && text::all_digits(words[i + 1].core) && words[i + 1].core[0] != '0') {
    return Match{2, *said + " " + cardinal_words(words[i + 1].core), false};
  }
  // A letter or two that is a word or an initial elsewhere ("k", "p", "ch", "tr") is a stitch only with its count.
  if (bare && core.size() <= 2 && core != "yo" && core != "sc" && core != "dc") return std::nullopt;
  return Match{1, *said, false};
}

}  // namespace briefcast::rules
