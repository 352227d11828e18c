#include "clean/text_lead.h"

#include <string>

#include "clean/appeal_lines.h"
#include "clean/author_lines.h"
#include "clean/boilerplate_lexicon.h"
#include "clean/metadata_lines.h"
#include "clean/text_headline.h"

namespace briefcast {

namespace {

// A line right above or under a picture's credit (with or without a blank line between) is the
// picture's caption, however much it reads like a sentence.
bool beside_credit(const std::vector<TextBlock>& blocks, std::size_t i) {
  return (i > 0 && is_credit(blocks[i - 1])) || (i + 1 < blocks.size() && is_credit(blocks[i + 1]));
}

bool is_lead(const std::vector<TextBlock>& blocks, std::size_t i, const LeadConfig& config) {
  const TextBlock& b = blocks[i];
  if (!b.ends_sentence || b.word_count < config.min_lead_words || b.table_row || has_furniture_mark(b)) return false;
  // Prose on its own features: a caption or a teaser's line is short or bare of function words.
  if (!classed_as_prose(b)) return false;
  if (final_mark(b.text) == ':' || ends_with_ellipsis(b.text) || carries_metadata(b)) return false;
  if (looks_like_site_notice(b.text) || looks_like_support_appeal(b.text)) return false;
  return !beside_credit(blocks, i);
}

// The name a line of the gap gives: a byline's names, or a person's name alone on its line.
std::string name_on_line(const TextBlock& block) {
  if (looks_like_byline(block.text)) return byline_names(block.text);
  return looks_like_person_name(block.text) ? block.text : std::string();
}

// A sentence that opens with the name given above it is the author's note ("NAME is a
// professor of law"), which a page may print under the byline.
bool opens_with_name(const TextBlock& block, const std::string& name) {
  return !name.empty() && block.text.size() > name.size() && block.text.compare(0, name.size(), name) == 0 &&
         block.text[name.size()] == ' ';
}

// Whether the body from `first` on says the sentence again: a summary the page printed above
// its text, which the text itself then holds (the teaser of an index page shown on the article).
bool said_again_below(const std::vector<TextBlock>& blocks, std::size_t i, std::size_t first) {
  for (std::size_t j = first; j < blocks.size(); ++j) {
    if (blocks[j].text.find(blocks[i].text) != std::string::npos) return true;
  }
  return false;
}

bool is_chrome(const std::vector<TextBlock>& blocks, std::size_t i, const LeadConfig& config) {
  const TextBlock& b = blocks[i];
  return b.word_count <= config.max_chrome_words || has_furniture_mark(b) || is_metadata_line(b) ||
         beside_credit(blocks, i);
}

}  // namespace

std::size_t lead_above_body(std::vector<TextBlock>& blocks, std::size_t headline, std::size_t first,
                            std::vector<bool>& left_out, const LeadConfig& config) {
  if (headline >= first || first > blocks.size() || first - headline - 1 > config.max_gap_lines) return first;
  std::vector<std::size_t> leads;
  bool under_metadata = false;
  std::string name;
  for (std::size_t i = headline + 1; i < first; ++i) {
    if (is_lead(blocks, i, config) && !opens_with_name(blocks[i], name) && !said_again_below(blocks, i, first)) {
      // Between the headline and the byline or date stands the dek, the headline's second line.
      if (under_metadata) leads.push_back(i);
    } else if (!is_chrome(blocks, i, config)) {
      return first;
    } else if (carries_metadata(blocks[i])) {
      under_metadata = true;
    }
    if (const std::string given = name_on_line(blocks[i]); !given.empty()) name = given;
  }
  if (leads.empty()) return first;
  for (std::size_t i = leads.front(); i < first; ++i) left_out[i] = true;
  for (const std::size_t i : leads) {
    blocks[i].final_class = BlockClass::kGood;
    left_out[i] = false;
  }
  return leads.front();
}

}  // namespace briefcast
