#include "clean/text_headline.h"

#include <algorithm>
#include <array>
#include <unordered_set>

#include "clean/metadata_lines.h"
#include "clean/stopwords.h"
#include "clean/unicode_text.h"

namespace briefcast {

namespace {

// Separators between a headline and the site name or section around it.
constexpr std::array<std::string_view, 8> kSeparators = {" - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " | ",
                                                         " :: ", " \xC2\xB7 ", " \xC2\xBB ", " > "};

// The last character of `text` that is not a closing quote, bracket or space.
char32_t final_mark(std::string_view text) {
  return last_code_point_except(text, [](char32_t cp) {
    return cp == '"' || cp == '\'' || cp == ')' || cp == ']' || cp == 0x201D || cp == 0x2019 || cp == 0x00BB ||
           is_space(cp);
  });
}

std::size_t title_words(const TextBlock& block) { return std::max(block.word_count, block.effective_length / 6); }

bool is_metadata_line(const TextBlock& block) {
  return looks_like_byline(block.text) || looks_like_dateline(block.text) ||
         block.boilerplate == BoilerplateKind::kCredit;
}

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

}  // namespace

bool same_line(std::string_view a, std::string_view b) { return to_lower(collapse_whitespace(a)) == to_lower(collapse_whitespace(b)); }

bool is_title_like(const TextBlock& block, const HeadlineConfig& config) {
  const std::size_t words = title_words(block);
  if (words < config.min_words || words > config.max_words) return false;
  if (block.widget_token) return false;
  // A social network named in a headline-length line is its subject, not a share bar.
  const bool subject_network = block.boilerplate == BoilerplateKind::kShare && words >= config.network_subject_words;
  if (block.boilerplate != BoilerplateKind::kNone && !subject_network) return false;
  if (looks_like_byline(block.text) || looks_like_dateline(block.text)) return false;
  // Not an attribution ("— Name, date") or a breadcrumb trail ("News > World > Europe").
  const std::string_view text = block.text;
  if (text.substr(0, 3) == "\xE2\x80\x94" || text.substr(0, 3) == "\xE2\x80\x93" || text.front() == '-') return false;
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
  return last != '.' && last != ':' && last != ',' && last != ';' && last != 0x3002;
}

std::vector<HeadlineCandidate> score_headlines(const std::vector<TextBlock>& blocks, std::size_t body_start,
                                               std::string_view language, const HeadlineConfig& config) {
  body_start = std::min(body_start, blocks.size());
  const std::size_t first = body_start > config.search_lines ? body_start - config.search_lines : 0;
  std::vector<std::string> lower(blocks.size());
  for (std::size_t i = 0; i < blocks.size(); ++i) lower[i] = to_lower(blocks[i].text);

  // A headline is about the story: its content words come back in the first paragraphs.
  std::unordered_set<std::string> body_words;
  for (std::size_t i = body_start; i < std::min(blocks.size(), body_start + config.body_blocks); ++i) {
    for (const auto token : word_tokens(lower[i])) body_words.emplace(token);
  }

  std::vector<HeadlineCandidate> candidates;
  for (std::size_t i = first; i < body_start; ++i) {
    const TextBlock& block = blocks[i];
    if (!is_title_like(block, config)) continue;
    const double words = static_cast<double>(title_words(block));
    double score = std::min(words, config.full_words) - config.long_word_cost * std::max(0.0, words - config.long_words);
    if (title_words(block) <= config.label_words) score -= config.label_cost;
    for (std::size_t j = 0; j < blocks.size(); ++j) {
      if (j != i && shows_title(lower[j], lower[i])) {
        score += config.repeat_bonus;
        break;
      }
    }
    for (std::size_t j = i + 1; j <= std::min(i + config.metadata_reach, body_start) && j < blocks.size(); ++j) {
      if (is_metadata_line(blocks[j])) {
        score += config.metadata_bonus;
        break;
      }
    }
    if (i + 1 < body_start && is_title_like(blocks[i + 1], config) && title_words(blocks[i + 1]) > title_words(block) &&
        !same_line(blocks[i + 1].text, block.text)) {
      score += config.dek_bonus;
    }
    score += config.overlap_weight * body_overlap(block, body_words, language);
    score -= config.distance_cost * static_cast<double>(body_start - i);
    if (block.is_heading) score += 5.0;
    candidates.push_back({i, score});
  }
  return candidates;
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
    for (const auto& block : blocks) {
      if (to_lower(block.text) == head) return title.substr(0, pos);
    }
  }
  return title;
}

}  // namespace briefcast
