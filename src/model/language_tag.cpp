#include "model/language_tag.h"

namespace briefcast {

std::string normalized_language_tag(std::string_view tag) {
  const auto is_blank = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; };
  while (!tag.empty() && is_blank(tag.front())) tag.remove_prefix(1);
  while (!tag.empty() && is_blank(tag.back())) tag.remove_suffix(1);
  std::string out;
  out.reserve(tag.size());
  for (char c : tag) {
    if (c == '_') c = '-';
    out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
  }
  return out;
}

std::string primary_language(std::string_view tag) {
  std::string normalized = normalized_language_tag(tag);
  return normalized.substr(0, normalized.find('-'));
}

bool is_english_tag(std::string_view tag) { return tag.empty() || primary_language(tag) == "en"; }

}  // namespace briefcast
