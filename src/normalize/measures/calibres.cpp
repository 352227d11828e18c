// A firearm's calibre written with its leading point, in hundredths or thousandths of an inch:
// ".22 LR", ".308 Win.", ".45 ACP", ".50 BMG rifle". Shooters say it as a whole number, the
// thousandths in pairs: "twenty-two L R", "three-oh-eight Winchester", "two twenty-three",
// "three hundred". Read as a decimal it was "point two two", and the maker's abbreviation kept a
// period heard as a sentence end ("Win."). Only before a cartridge's or a gun's word, or in a
// line about guns: elsewhere ".308" is a batting average or a share and keeps its reading.
#include "normalize/match.h"
#include "normalize/measures/measures.h"
#include "normalize/number_words.h"
#include "normalize/trade_cues.h"
#include "normalize/words/words.h"

namespace briefcast::rules {

namespace {

// The makers and names of cartridges, as written after the calibre.
constexpr text::Said kCartridgeMakers[] = {
    {"Win", "Winchester"}, {"Rem", "Remington"}, {"Mag", "Magnum"}, {"Spl", "Special"},
    {"Wby", "Weatherby"},  {"S&W", "Smith and Wesson"}, {"H&H", "Holland and Holland"},
};

// Not "rounds", "Special", "Auto", "Long" or "Short": ".500 rounds a game" is a win average,
// and a calibre before them is read only in a line that names a gun.
bool is_cartridge_word(std::string_view core) {
  return text::said_for(kCartridgeMakers, core).has_value() ||
         text::is_one_of(core, {"LR", "WMR", "ACP", "BMG", "AE", "GAP", "WSM", "WSSM", "SWC", "Magnum", "Hornet", "Lapua",
                                "Creedmoor", "Nitro", "Express"}) ||
         text::is_one_of_lowered(core, {"rimfire", "centerfire", "centrefire", "caliber", "calibre", "cal", "rifle", "rifles",
                                        "pistol", "pistols", "revolver", "revolvers", "handgun", "handguns", "cartridge",
                                        "cartridges", "ammunition", "ammo", "bullet", "bullets"});
}

// Words of a line about guns, where a calibre stands without its cartridge's word ("a .22 for
// rabbits"). No word of a ball game's shooting ("shooting .450 from the field").
bool tells_of_firearms(std::string_view core) {
  return tells_of_ammunition(core) ||
         text::is_one_of_lowered(core, {"pistol", "pistols", "revolver", "revolvers", "handgun", "handguns", "firearm",
                                        "firearms", "gun", "guns", "shotgun", "rimfire", "centerfire", "centrefire",
                                        "gunsmith", "rifled", "scope"});
}

// ".22" -> "twenty two", ".308" -> "three oh eight", ".300" -> "three hundred".
std::optional<std::string> calibre_words(std::string_view core) {
  if (core.size() < 3 || core.size() > 4 || core[0] != '.' || !text::all_digits(core.substr(1)) || core[1] == '0') {
    return std::nullopt;
  }
  return paired_digit_words(core.substr(1));
}

}  // namespace

std::optional<Match> match_calibre(const Words& words, std::size_t i) {
  const Word& w = words[i];
  auto said = calibre_words(w.core);
  if (!said || !w.prefix.empty()) return std::nullopt;
  bool before_word = w.suffix.empty() && i + 1 < words.size() && words[i + 1].prefix.empty() &&
                     is_cartridge_word(words[i + 1].core);
  if (!before_word && !text::any_word_near(words, i, 12, tells_of_firearms)) return std::nullopt;
  // "Win.", "Win Mag": up to two of the maker's abbreviations after the calibre, said in full.
  std::size_t count = 1;
  bool eat_period = false;
  while (count < 3 && i + count < words.size() && words[i + count - 1].suffix.empty()) {
    const Word& next = words[i + count];
    auto maker = text::said_for(kCartridgeMakers, next.core);
    if (!maker || !next.prefix.empty() || !(next.suffix.empty() || next.suffix == ".")) break;
    *said += " " + std::string(*maker);
    eat_period = !next.suffix.empty() && !period_ends_sentence(words, i + count);
    ++count;
  }
  return Match{count, *said, eat_period};
}

}  // namespace briefcast::rules
