#include "clean/html_embedded.h"

#include <nlohmann/json.hpp>

#include <cctype>
#include <string_view>
#include <unordered_set>

#include "clean/html_blocks.h"
#include "clean/html_dom.h"
#include "clean/html_similarity.h"
#include "clean/text_blocks.h"
#include "clean/unicode_text.h"

namespace briefcast {

namespace {

using Json = nlohmann::json;

// Nesting limit for walking embedded JSON: app state is deeper than JSON-LD, but not by much.
constexpr int kMaxDepth = 24;
// Attribute values shorter than this hold no article.
constexpr std::size_t kMinAttributeLength = 200;

// The JSON texts of the page in document order: scripts typed as JSON and data-* attributes
// that hold an object or an array.
void collect_json_texts(const GumboNode* node, int depth, std::vector<std::string>& out) {
  if (!is_element(node) || depth > kMaxDepth * 8) return;
  if (node->v.element.tag == GUMBO_TAG_SCRIPT) {
    if (ascii_lower(attribute(node, "type")).find("json") != std::string::npos) out.push_back(node_text(node));
    return;
  }
  const GumboVector& attributes = node->v.element.attributes;
  for (unsigned i = 0; i < attributes.length; ++i) {
    const auto* attr = static_cast<const GumboAttribute*>(attributes.data[i]);
    const std::string_view name = attr->name;
    const std::string_view value = attr->value;
    const std::size_t first = value.find_first_not_of(" \t\r\n");
    if (name.substr(0, 5) == "data-" && value.size() >= kMinAttributeLength && first != std::string_view::npos &&
        (value[first] == '{' || value[first] == '[')) {
      out.emplace_back(value);
    }
  }
  for_each_child(node, [&](const GumboNode* child) { collect_json_texts(child, depth + 1, out); });
}

bool holds_markup(std::string_view text) {
  const std::size_t open = text.find('<');
  return open != std::string_view::npos && open + 1 < text.size() &&
         (std::isalpha(static_cast<unsigned char>(text[open + 1])) != 0) && text.find('>', open) != std::string_view::npos;
}

// The prose of one string value: an HTML fragment's paragraphs when it holds markup and reads
// as prose as a whole, else its lines that read as sentences.
void append_prose(const std::string& value, const EmbeddedProseConfig& config, std::vector<std::string>& out) {
  if (holds_markup(value)) {
    const GumboPtr fragment = parse_html(value);
    if (!fragment) return;
    const HtmlPage page = walk_page(fragment->root);
    std::size_t words = 0;
    for (const auto& b : page.blocks) words += word_tokens(b.block.text).size();
    if (words < config.min_words) return;
    for (const auto& b : page.blocks) out.push_back(b.block.text);
    return;
  }
  std::size_t start = 0;
  while (start < value.size()) {
    std::size_t end = value.find('\n', start);
    if (end == std::string::npos) end = value.size();
    std::string line = collapse_whitespace(std::string_view(value).substr(start, end - start));
    if (word_tokens(line).size() >= config.min_words && ends_with_sentence_punctuation(line)) {
      out.push_back(std::move(line));
    }
    start = end + 1;
  }
}

void append_subtree_prose(const Json& node, const EmbeddedProseConfig& config, int depth,
                          std::vector<std::string>& out) {
  if (depth > kMaxDepth) return;
  if (node.is_string()) {
    append_prose(node.get<std::string>(), config, out);
  } else if (node.is_structured()) {
    for (const auto& child : node) append_subtree_prose(child, config, depth + 1, out);
  }
}

bool names_headline(const Json& object, const std::string& headline, const EmbeddedProseConfig& config) {
  for (const char* key : {"headline", "title", "name"}) {
    const auto it = object.find(key);
    if (it != object.end() && it->is_string() && word_overlap(it->get<std::string>(), headline) >= config.min_title_agreement) {
      return true;
    }
  }
  return false;
}

std::size_t prose_length(const std::vector<std::string>& paragraphs) {
  std::size_t length = 0;
  for (const auto& p : paragraphs) length += code_point_count(p);
  return length;
}

// Keeps in `best` the prose of the record under `node` that names the headline and holds the
// most of it. A record's own prose includes its nested records (a HowTo's steps).
void find_best_record(const Json& node, const std::string& headline, const EmbeddedProseConfig& config, int depth,
                      std::vector<std::string>& best) {
  if (depth > kMaxDepth || !node.is_structured()) return;
  if (node.is_object() && names_headline(node, headline, config)) {
    std::vector<std::string> prose;
    append_subtree_prose(node, config, depth, prose);
    if (prose_length(prose) > prose_length(best)) best = std::move(prose);
    return;
  }
  for (const auto& child : node) find_best_record(child, headline, config, depth + 1, best);
}

}  // namespace

std::vector<std::string> embedded_prose(const GumboNode* root, const std::string& headline,
                                        const EmbeddedProseConfig& config) {
  if (word_tokens(headline).empty()) return {};
  std::vector<std::string> texts;
  collect_json_texts(root, 0, texts);
  std::vector<std::string> best;
  for (const auto& text : texts) {
    const Json parsed = Json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
    if (!parsed.is_discarded()) find_best_record(parsed, headline, config, 0, best);
  }
  // A record repeats itself (a summary and the same text as its first step): each paragraph once.
  std::unordered_set<std::string> seen;
  std::vector<std::string> out;
  for (auto& paragraph : best) {
    if (seen.insert(paragraph).second) out.push_back(std::move(paragraph));
  }
  return out;
}

}  // namespace briefcast
