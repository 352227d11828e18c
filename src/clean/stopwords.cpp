#include "clean/stopwords.h"

#include <map>
#include <unordered_set>

#include "clean/unicode_text.h"

namespace briefcast {

namespace {

// Articles, pronouns, prepositions, conjunctions, auxiliaries and common adverbs.
constexpr std::string_view kEnglish =
    "a about above after again against all also am an and any are as at be because been before being below "
    "between both but by can could did do does doing down during each few for from further had has have having "
    "he her here hers herself him himself his how i if in into is it its itself just me more most my myself no "
    "nor not now of off on once only or other our ours ourselves out over own said same she should so some such "
    "than that the their theirs them themselves then there these they this those through to too under until up "
    "very was we were what when where which while who whom why will with would you your yours yourself "
    "yourselves one two new may might must us says there's it's don't";
constexpr std::string_view kSpanish =
    "a al algo algunos ante antes como con contra cual cuando de del desde donde durante e el ella ellas ellos "
    "en entre era es esa esas ese eso esos esta estaba estado estan estas este esto estos está están fue fueron "
    "ha hace han hasta hay la las le les lo los mas me mi mientras muy más ni no nos nosotros o otra otro otros "
    "para pero poco por porque que quien qué se sea ser si sido sin sino sobre son su sus también tanto te tiene "
    "todo todos tu tú un una uno unos y ya yo él según dijo cuando así";
constexpr std::string_view kFrench =
    "a au aux avec avait c ce cela ces cet cette comme d dans de des du elle elles en est et eu il ils je l la "
    "le les leur leurs lui m ma mais me même mes moi mon n ne nos notre nous on ont ou où par pas pour plus qu "
    "que qui s sa se ses si son sont sur ta te tes toi ton tous tout très tu un une vos votre vous y été être "
    "aussi avoir fait faire peut sans selon depuis entre après avant encore dont";
constexpr std::string_view kGerman =
    "aber alle als also am an auch auf aus bei bin bis bist da damit dann das dass dem den denn der des die "
    "dies diese diesem diesen dieser dieses doch dort du durch ein eine einem einen einer eines er es für gegen "
    "hat hatte haben ich ihr ihre im in ist ja jetzt kann kein keine man mehr mit muss nach nicht noch nun nur "
    "ob oder ohne sehr sein seine sich sie sind so soll über um und uns unter vom von vor war waren was weil "
    "wenn wer werden wie wieder wir wird wo zu zum zur zwischen sagte seit schon";
constexpr std::string_view kItalian =
    "a ad al alla alle agli ai anche avere c che chi ci come con cui da dal dalla dalle dei del della delle "
    "dello di dopo e è ed era erano essere fa gli ha hanno il in io l la le lei lo loro lui ma mi nel nella nelle "
    "nei non noi o per perché più poi quale quando quella quelle quello questa queste questo se sei si sia sono "
    "sta stato su sua sue sui sul sulla suo suoi tra tutti tutto un una uno vi già ancora dove essere così molto "
    "secondo fra l dell all nell sull dall degli negli dagli sugli quest cosa ne sulle alle dalle ogni";
constexpr std::string_view kPortuguese =
    "a ao aos as à às com como da das de dela dele deles do dos e é ela elas ele eles em entre era essa esse "
    "esta está estão este eu foi foram há isso isto já la lhe mais mas me mesmo meu minha muito na não nas nem "
    "no nos nós num numa o os ou para pela pelas pelo pelos por porque quando que quem se sem ser seu seus sua "
    "suas também te tem têm ter um uma umas uns você vai sobre após até ainda segundo disse";
constexpr std::string_view kRussian =
    "а без более бы был была были было быть в вам вас весь во вот все всего всех вы где да даже для до его ее "
    "её если есть еще ещё же за и из или им их к как ко когда который которые кто ли либо мы на над нас не него "
    "нее неё нет ни них но о об однако он она они оно от по под при с со так также такой там те тем то того "
    "тоже только том ту ты у уже чем что чтобы эта эти это этого этом я будет может после между меня мне мой моя мои "
    "свой своей свои себя себе нам ним ней тот та тех всё всем всю вся очень можно нужно надо ведь потому поэтому "
    "почему тогда здесь сейчас теперь куда один одна одно раз была всегда чтоб этой этот ему она нибудь";
constexpr std::string_view kDutch =
    "aan al als bij dan dat de der deze die dit door een en er had heb hebben heeft het hij hoe hun ik in is je "
    "kan kon maar me meer met mij na naar niet nog nu of om omdat ook op over te tot uit van voor was wat we "
    "wel werd wij worden wordt zal ze zich zij zijn zo zou";

using WordSet = std::unordered_set<std::string_view>;

WordSet split_words(std::string_view list) {
  WordSet words;
  std::size_t start = 0;
  while (start < list.size()) {
    std::size_t end = list.find(' ', start);
    if (end == std::string_view::npos) end = list.size();
    if (end > start) words.insert(list.substr(start, end - start));
    start = end + 1;
  }
  return words;
}

const std::map<std::string, WordSet, std::less<>>& all_lists() {
  static const std::map<std::string, WordSet, std::less<>> lists = {
      {"de", split_words(kGerman)},  {"en", split_words(kEnglish)}, {"es", split_words(kSpanish)},
      {"fr", split_words(kFrench)},  {"it", split_words(kItalian)}, {"nl", split_words(kDutch)},
      {"pt", split_words(kPortuguese)}, {"ru", split_words(kRussian)},
  };
  return lists;
}

}  // namespace

const std::vector<std::string>& stopword_languages() {
  static const std::vector<std::string> languages = [] {
    std::vector<std::string> out;
    for (const auto& [code, words] : all_lists()) out.push_back(code);
    return out;
  }();
  return languages;
}

bool is_stopword(std::string_view lower_word, std::string_view language) {
  const auto& lists = all_lists();
  const auto it = lists.find(language);
  return it != lists.end() && it->second.count(lower_word) > 0;
}

double stopword_share(const std::vector<std::string_view>& lower_tokens, std::string_view language) {
  const auto& lists = all_lists();
  const auto it = lists.find(language);
  if (lower_tokens.empty() || it == lists.end()) return 0.0;
  std::size_t hits = 0;
  for (const auto token : lower_tokens) hits += it->second.count(token);
  return static_cast<double>(hits) / static_cast<double>(lower_tokens.size());
}

double stopword_density(std::string_view text, std::string_view language) {
  const std::string lower = to_lower(text);
  return stopword_share(word_tokens(lower), language);
}

std::string guess_language_by_stopwords(std::string_view text, double min_density) {
  const std::string lower = to_lower(text);
  const auto tokens = word_tokens(lower);
  if (tokens.empty()) return {};
  std::string best;
  double best_density = min_density;
  for (const auto& [code, words] : all_lists()) {
    std::size_t hits = 0;
    for (const auto token : tokens) hits += words.count(token);
    const double density = static_cast<double>(hits) / static_cast<double>(tokens.size());
    if (density >= best_density) {
      best_density = density;
      best = code;
    }
  }
  return best;
}

}  // namespace briefcast
