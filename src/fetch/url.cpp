#include "fetch/url.h"

namespace briefcast {

namespace {

bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_scheme_char(char c) { return is_alpha(c) || (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.'; }

}  // namespace

std::string url_scheme(std::string_view text) {
  const std::size_t colon = text.find(':');
  // One letter before the colon is a drive letter, not a scheme.
  if (colon == std::string_view::npos || colon < 2 || !is_alpha(text[0])) return {};
  std::string scheme;
  for (std::size_t i = 0; i < colon; ++i) {
    if (!is_scheme_char(text[i])) return {};
    const char c = text[i];
    scheme.push_back((c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c);
  }
  return scheme;
}

bool is_http_url(std::string_view text) {
  const std::string scheme = url_scheme(text);
  return (scheme == "http" || scheme == "https") && text.substr(scheme.size(), 3) == "://";
}

bool looks_like_url(std::string_view text) { return !url_scheme(text).empty(); }

}  // namespace briefcast
