#include "clean/json_ld.h"

#include <nlohmann/json.hpp>

namespace briefcast {

namespace {

using Json = nlohmann::json;

// Nesting limit for walking the JSON: real descriptions are a few levels deep.
constexpr int kMaxDepth = 8;

bool is_article_type(const Json& type) {
  auto matches = [](const std::string& name) {
    return name.find("Article") != std::string::npos || name == "BlogPosting" || name == "Report" ||
           name == "LiveBlogPosting" || name == "SocialMediaPosting";
  };
  if (type.is_string()) return matches(type.get<std::string>());
  if (type.is_array()) {
    for (const auto& t : type) {
      if (t.is_string() && matches(t.get<std::string>())) return true;
    }
  }
  return false;
}

// A name from a string, an object with "name", or the first of an array of those.
std::string name_of(const Json& value) {
  if (value.is_string()) return value.get<std::string>();
  if (value.is_object() && value.contains("name") && value["name"].is_string()) return value["name"].get<std::string>();
  if (value.is_array()) {
    std::string names;
    for (const auto& item : value) {
      const std::string name = name_of(item);
      if (name.empty()) continue;
      if (!names.empty()) names += ", ";
      names += name;
    }
    return names;
  }
  return {};
}

void fill(std::string& field, const Json& object, const char* key) {
  if (!field.empty() || !object.contains(key)) return;
  const Json& value = object[key];
  if (value.is_string()) field = value.get<std::string>();
}

void visit(const Json& node, JsonLdArticle& article, int depth) {
  if (depth > kMaxDepth) return;
  if (node.is_array()) {
    for (const auto& item : node) visit(item, article, depth + 1);
    return;
  }
  if (!node.is_object()) return;
  if (node.contains("@type") && is_article_type(node["@type"])) {
    article.found = true;
    fill(article.headline, node, "headline");
    fill(article.article_body, node, "articleBody");
    fill(article.date_published, node, "datePublished");
    if (article.author.empty() && node.contains("author")) article.author = name_of(node["author"]);
    if (article.publisher.empty() && node.contains("publisher")) article.publisher = name_of(node["publisher"]);
  }
  if (node.contains("@graph")) visit(node["@graph"], article, depth + 1);
  if (node.contains("mainEntity")) visit(node["mainEntity"], article, depth + 1);
}

}  // namespace

void read_json_ld(std::string_view json, JsonLdArticle& article) {
  const Json parsed = Json::parse(json.begin(), json.end(), nullptr, /*allow_exceptions=*/false);
  if (parsed.is_discarded()) return;
  visit(parsed, article, 0);
}

}  // namespace briefcast
