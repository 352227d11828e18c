#include "clean/html_headline.h"

#include <array>
#include <string_view>

#include "clean/html_similarity.h"
#include "clean/unicode_text.h"

namespace briefcast {

std::string strip_site_name(const std::string& title) {
  constexpr std::array<std::string_view, 5> kSeparators = {" | ", " - ", " – ", " — ", " :: "};
  std::string best = title;
  for (const auto sep : kSeparators) {
    const std::size_t pos = title.rfind(sep);
    if (pos == std::string::npos) continue;
    const std::string head = title.substr(0, pos);
    const std::string tail = title.substr(pos + sep.size());
    const std::string& longer = word_tokens(head).size() >= word_tokens(tail).size() ? head : tail;
    if (word_tokens(longer).size() >= 3 && longer.size() < best.size()) best = longer;
  }
  return best;
}

std::string choose_headline(const PageInfo& info) {
  const std::string title = strip_site_name(info.title);
  std::string reference = !info.og_title.empty() ? strip_site_name(info.og_title) : title;
  if (reference.empty()) reference = info.json_ld.headline;
  // An <h1> that agrees with the page's own title is the visible headline. An <h2> or <h3> only
  // when it says what the title says and the <h1> does not (the <h1> is then the site's or the
  // blog's name, which shares words with a title such as "Blog: post title").
  constexpr double kMinH1Agreement = 0.5;
  constexpr double kMinSubheadAgreement = 0.9;
  std::string best;
  double best_overlap = 0.0;
  for (const auto& h1 : info.h1s) {
    const double overlap = word_overlap(h1, reference);
    if (!h1.empty() && overlap > best_overlap) {
      best_overlap = overlap;
      best = h1;
    }
  }
  for (const auto& subhead : info.subheads) {
    const double overlap = word_overlap(subhead, reference);
    if (overlap >= kMinSubheadAgreement && overlap > best_overlap) {
      best_overlap = overlap;
      best = subhead;
    }
  }
  if (!best.empty() && best_overlap >= kMinH1Agreement) return best;
  if (!info.json_ld.headline.empty()) return collapse_whitespace(info.json_ld.headline);
  if (!reference.empty()) return reference;
  if (!info.h1s.empty()) return info.h1s.front();
  return {};
}

}  // namespace briefcast
