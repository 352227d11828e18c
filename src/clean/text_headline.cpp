#include "clean/text_headline.h"

#include <algorithm>
#include <array>
#include <optional>
#include <unordered_set>

#include "clean/boilerplate_lexicon.h"
#include "clean/metadata_lines.h"
#include "clean/site_label_lines.h"
#include "clean/stopwords.h"
#include "clean/unicode_text.h"

namespace briefcast {

namespace {

// Separators between a headline and the site name or section around it.
constexpr std::array<std::string_view, 8> kSeparators = {" - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " | ",
                                                         " :: ", " \xC2\xB7 ", " \xC2\xBB ", " > "};

std::size_t title_words(const TextBlock& block) { return std::max(block.word_count, block.effective_length / 6); }

// Whether `line` (lower case) shows `title` (lower case) whole, or with a site or section name
// joined by a separator before or after it.
bool shows_title(std::string_view line, std::string_view title) {
  if (line == title) return true;
  if (line.size() <= title.size()) return false;
  for (const std::string_view sep : kSeparators) {
    if (line.size() < title.size() + sep.size()) continue;
    if (line.substr(0, title.size()) == title && line.substr(title.size(), sep.size()) == sep) return true;
    const std::size_t tail = line.size() - title.size();
    if (line.substr(tail) == title && line.substr(tail - sep.size(), sep.size()) == sep) return true;
  }
  return false;
}

// The share of the candidate's content words that come back in `body_words`.
double body_overlap(const TextBlock& block, const std::unordered_set<std::string>& body_words,
                    std::string_view language) {
  const std::string lower = to_lower(block.text);
  std::size_t content = 0;
  std::size_t shared = 0;
  for (const auto token : word_tokens(lower)) {
    if (is_stopword(token, language)) continue;
    ++content;
    if (body_words.count(std::string(token)) > 0) ++shared;
  }
  return content == 0 ? 0.0 : static_cast<double>(shared) / static_cast<double>(content);
}

// Furniture labels are a few words, most of them the lexicon's; a headline-length line that holds
// one such word among many uses it as a word ("comment" is "how" in French; "How the old mill
// found a new home"). Legal notices, calls to action, credits and teaser labels stay furniture.
bool about_furniture_word(const TextBlock& block, const HeadlineConfig& config) {
  constexpr double kMaxLexiconShare = 0.15;
  const BoilerplateKind kind = block.boilerplate;
  if (kind != BoilerplateKind::kComments && kind != BoilerplateKind::kNavigation && kind != BoilerplateKind::kAdvert) {
    return false;
  }
  return block.word_count >= config.network_subject_words && boilerplate_word_share(block.text) <= kMaxLexiconShare;
}

// Whether the line has the shape of a title; `allow_stop` admits a final full stop.
bool title_shape(const TextBlock& block, const HeadlineConfig& config, bool allow_stop) {
  const std::size_t words = title_words(block);
  if (words < config.min_words || words > config.max_words) return false;
  if (block.widget_token) return false;
  // A social network named in a headline-length line is its subject, not a share bar.
  const bool subject_network = block.boilerplate == BoilerplateKind::kShare && words >= config.network_subject_words;
  if (block.boilerplate != BoilerplateKind::kNone && !subject_network && !about_furniture_word(block, config)) return false;
  if (looks_like_byline(block.text) || looks_like_dateline(block.text)) return false;
  // Not an attribution ("— Name, date") or a breadcrumb trail ("News > World > Europe").
  const std::string_view text = block.text;
  if (is_attribution_line(text) || text.front() == '-') return false;
  if (has_navigation_arrow(text)) return false;
  if (continues_line_above(text)) return false;
  if (says_phrase_twice(text) || holds_web_address(text)) return false;
  std::size_t separators = 0;
  for (const std::string_view sep : {" > ", " \xC2\xBB ", " / ", " | "}) {
    for (std::size_t pos = text.find(sep); pos != std::string_view::npos; pos = text.find(sep, pos + 1)) ++separators;
  }
  if (separators >= 2) return false;
  // A link shown as text (the page's address, a share link) names the story but is no headline.
  if (text.find(' ') == std::string_view::npos &&
      (text.substr(0, 7) == "http://" || text.substr(0, 8) == "https://" || text.substr(0, 4) == "www.")) {
    return false;
  }
  // "By Jo Smith Updated ...": a byline too long for looks_like_byline is still no title.
  const auto tokens = word_tokens(text);
  if (tokens.size() >= 3) {
    const std::string lead = to_lower(tokens[0]);
    const unsigned char next = static_cast<unsigned char>(tokens[1][0]);
    if ((lead == "by" || lead == "por" || lead == "par" || lead == "von") && next >= 'A' && next <= 'Z') return false;
  }
  // Titles may end with ? or !, rarely with a full stop, even inside quotes.
  const char32_t last = final_mark(text);
  if (last == '.') return allow_stop && words <= config.max_stop_words;
  return last != '.' && last != ':' && last != ',' && last != ';' && last != 0x3002;
}

}  // namespace

bool is_title_like(const TextBlock& block, const HeadlineConfig& config) { return title_shape(block, config, false); }

bool is_headline_candidate(const TextBlock& block, const HeadlineConfig& config) {
  return title_shape(block, config, true);
}

double headline_score(const HeadlineFeatures& f, const HeadlineWeights& w) {
  return w.bias + w.words * f.words + w.long_excess * f.long_excess + w.label * f.label + w.repeated * f.repeated +
         w.shown_in_form * f.shown_in_form + w.metadata_below * f.metadata_below + w.dek_below * f.dek_below +
         w.sentence_below * f.sentence_below + w.overlap * f.overlap + w.distance * f.distance + w.rivals * f.rivals +
         w.final_stop * f.final_stop + w.all_caps * f.all_caps + w.menu_run * f.menu_run + w.self_metadata * f.self_metadata +
         w.ellipsis * f.ellipsis + w.under_title * f.under_title + w.heading * f.heading +
         w.quoted_sentence * f.quoted_sentence + w.inside_body * f.inside_body + w.linked_elsewhere * f.linked_elsewhere +
         w.teaser_run * f.teaser_run;
}

namespace {

// The page as the features see it: lower-cased lines and the words of the body's opening.
struct PageView {
  const std::vector<TextBlock>& blocks;
  std::size_t body_start;
  std::vector<std::string> lower;
  std::unordered_set<std::string> body_words;
};

// Whether another line holds `title` with at most `extra` words around it, at word boundaries
// ("12 comments on TITLE", "Read: TITLE"); separators are shows_title's business.
bool held_in_short_line(std::string_view line, std::string_view title, std::size_t extra) {
  if (line.size() <= title.size()) return false;
  const std::size_t pos = line.find(title);
  if (pos == std::string_view::npos) return false;
  auto boundary = [&](std::size_t at) { return at == 0 || at >= line.size() || line[at] == ' '; };
  if (!boundary(pos == 0 ? 0 : pos - 1) || !boundary(pos + title.size())) return false;
  const std::size_t around = word_tokens(line).size() - word_tokens(title).size();
  return around <= extra;
}

void fill_repeats(const PageView& page, std::size_t i, const HeadlineConfig& config, HeadlineFeatures& f) {
  const std::string& self = page.lower[i];
  const std::size_t words = word_tokens(self).size();
  for (std::size_t j = 0; j < page.blocks.size(); ++j) {
    if (j == i) continue;
    const std::string& other = page.lower[j];
    // "Read more: TITLE" points to another article: its title is not this page's headline in
    // another form but the evidence that the line names some other story.
    if (page.blocks[j].boilerplate == BoilerplateKind::kRelated && other.size() > self.size() &&
        held_in_short_line(other, self, config.form_extra_words)) {
      f.linked_elsewhere = 1.0;
      continue;
    }
    // A line of the body's opening that holds it ("Read: TITLE" set between paragraphs, a lead
    // that starts with it) is the text's link to another story or its words: inside_body's
    // evidence, not the headline shown again in another form.
    const bool in_opening = j >= page.body_start && j < page.body_start + config.body_blocks;
    if (other == self) {
      f.repeated = 1.0;
    } else if (!in_opening && (shows_title(other, self) || (words > config.label_words &&
                                                             held_in_short_line(other, self, config.form_extra_words)))) {
      f.shown_in_form = 1.0;
    }
  }
}

// A title line of more words than a label (a kicker's one or two words do not count).
bool is_long_title(const std::vector<TextBlock>& blocks, std::size_t i, const HeadlineConfig& config) {
  return i < blocks.size() && blocks[i].word_count > config.label_words && is_title_like(blocks[i], config);
}

// The page shows a headline and its dek as two title lines in a row, the dek at least half as long
// again and nearer the body: the second line of such a pair, standing alone (no title line over the first or under
// the second, as in a list of teasers), is the dek. The first is longer than a label (a kicker
// over a headline is short), unless the second is as long as a dek (long_words): a headline of
// two or three words may have one.
bool is_dek_of_pair(const std::vector<TextBlock>& blocks, std::size_t i, const HeadlineConfig& config) {
  if (i == 0) return false;
  const bool long_second = static_cast<double>(title_words(blocks[i])) >= config.long_words;
  if (!is_long_title(blocks, i - 1, config) && !(long_second && is_title_like(blocks[i - 1], config))) return false;
  // A dek says more than its headline: clearly longer (a kicker over a headline is the shorter).
  if (2 * title_words(blocks[i]) < 3 * title_words(blocks[i - 1]) || same_line(blocks[i - 1].text, blocks[i].text)) {
    return false;
  }
  return !(i >= 2 && is_long_title(blocks, i - 2, config)) && !is_long_title(blocks, i + 1, config);
}

// Whether the line stands in a run of three title lines (two above it, two below it, or one on
// each side): a list of story titles (latest news, related stories), where a headline stands
// among labels, bylines, dates and sentences.
bool in_title_run(const std::vector<TextBlock>& blocks, std::size_t i, const HeadlineConfig& config) {
  const auto long_title = [&](std::size_t j, std::size_t back) { return j >= back && is_long_title(blocks, j - back, config); };
  const bool above = long_title(i, 1);
  const bool below = is_long_title(blocks, i + 1, config);
  return (above && (below || long_title(i, 2))) || (below && is_long_title(blocks, i + 2, config));
}

void fill_context(const PageView& page, std::size_t i, const HeadlineConfig& config, HeadlineFeatures& f) {
  const auto& blocks = page.blocks;
  const std::size_t words = title_words(blocks[i]);
  for (std::size_t j = i + 1; j <= std::min(i + config.metadata_reach, page.body_start) && j < blocks.size(); ++j) {
    // A photo credit below marks a caption and an attribution ("— Name, date") a quote or an
    // embedded post, not a headline: only a byline or a date of the article counts.
    if (is_attribution_line(blocks[j].text)) continue;
    if (carries_metadata(blocks[j]) && !is_credit(blocks[j])) {
      f.metadata_below = 1.0;
      break;
    }
  }
  if (i + 1 < page.body_start && title_words(blocks[i + 1]) > words && !same_line(blocks[i + 1].text, blocks[i].text)) {
    if (is_title_like(blocks[i + 1], config)) f.dek_below = 1.0;
    else if (blocks[i + 1].ends_sentence && !carries_metadata(blocks[i + 1])) f.sentence_below = 1.0;
  }
  f.under_title = is_dek_of_pair(blocks, i, config) ? 1.0 : 0.0;
  f.teaser_run = in_title_run(blocks, i, config) ? 1.0 : 0.0;
  std::size_t rivals = 0;
  for (std::size_t j = i + 1; j < page.body_start; ++j) rivals += is_title_like(blocks[j], config) ? 1u : 0u;
  f.rivals = static_cast<double>(std::min<std::size_t>(rivals, 10));
  // Menus: the nearest lines on both sides are as short as menu items.
  std::size_t near = 0;
  std::size_t short_near = 0;
  for (std::size_t d = 1; d <= 2; ++d) {
    for (const std::size_t j : {i - d, i + d}) {
      if (j >= blocks.size()) continue;  // i - d wraps around past the first line
      ++near;
      if (blocks[j].word_count <= config.menu_words && !blocks[j].ends_sentence && !carries_metadata(blocks[j])) ++short_near;
    }
  }
  f.menu_run = near == 0 ? 0.0 : static_cast<double>(short_near) / static_cast<double>(near);
}

// Whether a longer line among the body's first blocks holds the candidate of more than a label's
// words: the text says it within a sentence, so it is that sentence's words, not a title over it.
bool held_in_body_opening(const PageView& page, std::size_t i, const HeadlineConfig& config) {
  const std::string& self = page.lower[i];
  if (word_tokens(self).size() <= config.label_words) return false;
  const std::size_t end = std::min(page.blocks.size(), page.body_start + config.body_blocks);
  for (std::size_t j = page.body_start; j < end; ++j) {
    if (page.lower[j].size() > self.size() && page.lower[j].find(self) != std::string::npos) return true;
  }
  return false;
}

HeadlineFeatures features_of(const PageView& page, std::size_t i, std::string_view language,
                             const HeadlineConfig& config) {
  const TextBlock& block = page.blocks[i];
  HeadlineFeatures f;
  const double words = static_cast<double>(title_words(block));
  f.words = std::min(words, config.full_words);
  f.long_excess = std::max(0.0, words - config.long_words);
  f.label = title_words(block) <= config.label_words ? 1.0 : 0.0;
  fill_repeats(page, i, config, f);
  fill_context(page, i, config, f);
  f.overlap = body_overlap(block, page.body_words, language);
  f.distance = static_cast<double>(page.body_start - i) / 10.0;
  f.final_stop = final_mark(block.text) == '.' ? 1.0 : 0.0;
  f.all_caps = all_capitals(block.text) ? 1.0 : 0.0;
  f.heading = block.is_heading ? 1.0 : 0.0;
  f.self_metadata = carries_metadata(block) ? 1.0 : 0.0;
  f.ellipsis = ends_with_ellipsis(block.text) ? 1.0 : 0.0;
  f.quoted_sentence = opens_quoted_sentence(block.text) ? 1.0 : 0.0;
  f.inside_body = held_in_body_opening(page, i, config) ? 1.0 : 0.0;
  return f;
}

}  // namespace

namespace {

// The page as the features see it for a body starting at `body_start`.
PageView view_of(const std::vector<TextBlock>& blocks, std::size_t body_start, const HeadlineConfig& config) {
  PageView page{blocks, body_start, std::vector<std::string>(blocks.size()), {}};
  for (std::size_t i = 0; i < blocks.size(); ++i) page.lower[i] = to_lower(blocks[i].text);
  // A headline is about the story: its content words come back in the first paragraphs.
  std::size_t words = 0;
  for (std::size_t i = body_start;
       i < blocks.size() && (i < body_start + config.body_blocks || words < config.body_min_words); ++i) {
    for (const auto token : word_tokens(page.lower[i])) {
      page.body_words.emplace(token);
      ++words;
    }
  }
  return page;
}

std::optional<HeadlineCandidate> candidate_at(const PageView& page, std::size_t i, std::string_view language,
                                              const HeadlineConfig& config) {
  // The site's legal, contact and login lines sit above articles too, title-short.
  if (!is_headline_candidate(page.blocks[i], config) || looks_like_site_notice(page.blocks[i].text)) return std::nullopt;
  if (in_fact_box(page.blocks, i)) return std::nullopt;
  // "Press release | Site": where the story stands, above it; its date under it fools the scorer.
  if (is_site_label_line(page.lower, i)) return std::nullopt;
  HeadlineCandidate candidate{i, 0.0, features_of(page, i, language, config)};
  candidate.score = headline_score(candidate.features, config.weights);
  return candidate;
}

}  // namespace

std::vector<HeadlineCandidate> score_headlines(const std::vector<TextBlock>& blocks, std::size_t body_start,
                                               std::string_view language, const HeadlineConfig& config) {
  body_start = std::min(body_start, blocks.size());
  const std::size_t first = body_start > config.search_lines ? body_start - config.search_lines : 0;
  const PageView page = view_of(blocks, body_start, config);
  std::vector<HeadlineCandidate> candidates;
  for (std::size_t i = first; i < body_start; ++i) {
    if (auto candidate = candidate_at(page, i, language, config)) candidates.push_back(*candidate);
  }
  return candidates;
}

std::optional<HeadlineCandidate> score_headline_at(const std::vector<TextBlock>& blocks, std::size_t i,
                                                   std::size_t body_start, std::string_view language,
                                                   const HeadlineConfig& config) {
  body_start = std::min(body_start, blocks.size());
  const std::size_t first = body_start > config.search_lines ? body_start - config.search_lines : 0;
  if (i < first || i >= body_start) return std::nullopt;
  return candidate_at(view_of(blocks, body_start, config), i, language, config);
}

double best_headline_score(const std::vector<TextBlock>& blocks, std::size_t body_start, std::string_view language,
                           const HeadlineConfig& config) {
  double best = 0.0;
  for (const auto& candidate : score_headlines(blocks, body_start, language, config)) best = std::max(best, candidate.score);
  return best;
}

std::size_t pick_headline(const std::vector<TextBlock>& blocks, std::size_t body_start, std::string_view language,
                          const HeadlineConfig& config) {
  std::size_t best = std::min(body_start, blocks.size());
  double best_score = 0.0;
  for (const auto& candidate : score_headlines(blocks, body_start, language, config)) {
    if (candidate.score > best_score) {
      best_score = candidate.score;
      best = candidate.index;
    }
  }
  return best;
}

std::string strip_site_suffix(const std::string& title, const std::vector<TextBlock>& blocks) {
  const std::string lower = to_lower(title);
  for (const std::string_view sep : kSeparators) {
    const std::size_t pos = lower.rfind(sep);
    if (pos == std::string::npos || pos == 0) continue;
    const std::string_view head = std::string_view(lower).substr(0, pos);
    // A section or place name before the separator ("Salzburg - Cycling in the old town") is
    // shorter than what follows it: the headline is the part after it, so keep the line whole.
    if (word_tokens(head).size() < word_tokens(std::string_view(lower).substr(pos + sep.size())).size()) continue;
    for (const auto& block : blocks) {
      if (to_lower(block.text) == head) return title.substr(0, pos);
    }
  }
  return title;
}

}  // namespace briefcast
