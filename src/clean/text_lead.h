// text_lead: the article's lead (standfirst) in copied page text. A page prints it under the
// headline, often in the same <div> as the date, the byline, the share buttons and the picture
// with its caption and credit, so the copy sets it among those short lines with no blank line
// between them. Classified with its neighbours it is lost, though it is the article's first
// sentence: the body's run starts under the picture or the share bar.
#pragma once

#include <cstddef>
#include <vector>

#include "clean/text_blocks.h"

namespace briefcast {

struct LeadConfig {
  // At most this many lines stand between the headline and the body.
  std::size_t max_gap_lines = 12;
  // A lead is a sentence of at least this many words; a caption of a picture or a share bar's
  // question ("Did you like the article?") is shorter, or stands right above or under a credit.
  std::size_t min_lead_words = 12;
  // The other lines of the gap are the page's chrome: no longer than this (dates, bylines,
  // share buttons, counters, labels, the headline again), or marked as furniture, or a
  // picture's caption beside its credit.
  std::size_t max_chrome_words = 12;
};

// The body's start `first` moved up to the lead between the headline (at `headline`) and it:
// when every line of that gap is either a lead (a sentence of several words, no furniture,
// metadata, site notice or picture caption) or chrome, the first lead under a byline or date
// line of the gap starts the body. A sentence above them is the dek, the headline's second line,
// which is no body (nor is a lead in a gap with no byline or date, which cannot tell). The
// leads are marked good; the chrome from the first lead down to `first` is marked in
// `left_out`. `first` unchanged when the gap holds no lead, or a line that is neither (a long
// line that ends no sentence: a teaser, a caption without its credit), or is too long.
std::size_t lead_above_body(std::vector<TextBlock>& blocks, std::size_t headline, std::size_t first,
                            std::vector<bool>& left_out, const LeadConfig& config = {});

}  // namespace briefcast
