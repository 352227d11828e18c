#include "fetch/fetched_text.h"

#include <algorithm>

#include "io/article_input.h"
#include "io/charset.h"
#include "model/error.h"

namespace briefcast {

namespace {

std::string lower_trimmed(std::string_view text) {
  const std::size_t first = text.find_first_not_of(" \t\"'");
  if (first == std::string_view::npos) return {};
  const std::size_t last = text.find_last_not_of(" \t\"'");
  std::string out(text.substr(first, last - first + 1));
  std::transform(out.begin(), out.end(), out.begin(),
                 [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; });
  return out;
}

bool has_bom(std::string_view bytes) {
  return bytes.starts_with("\xEF\xBB\xBF") || bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF");
}

// Media types that can never hold an article; anything else is judged by its bytes.
bool is_media_type_without_text(const std::string& media) {
  return media.starts_with("image/") || media.starts_with("audio/") || media.starts_with("video/") ||
         media.starts_with("font/") || media == "application/pdf" || media == "application/zip" ||
         media == "application/octet-stream";
}

}  // namespace

std::string content_type_media(std::string_view content_type) {
  return lower_trimmed(content_type.substr(0, content_type.find(';')));
}

std::string content_type_charset(std::string_view content_type) {
  std::size_t pos = content_type.find(';');
  while (pos != std::string_view::npos) {
    const std::size_t next = content_type.find(';', pos + 1);
    const std::string_view parameter = content_type.substr(pos + 1, next == std::string_view::npos ? next : next - pos - 1);
    const std::size_t equals = parameter.find('=');
    if (equals != std::string_view::npos && lower_trimmed(parameter.substr(0, equals)) == "charset") {
      return lower_trimmed(parameter.substr(equals + 1));
    }
    pos = next;
  }
  return {};
}

std::string fetched_article_text(const FetchResult& response) {
  const std::string media = content_type_media(response.content_type);
  if (is_media_type_without_text(media)) {
    throw Error::input(response.url, "not a web page (Content-Type " + media + ")");
  }
  if (response.body.empty()) throw Error::input(response.url, "empty response");
  const std::string charset = content_type_charset(response.content_type);
  const bool legacy_header = !charset.empty() && charset != "utf-8" && charset != "utf8";
  if (!legacy_header || has_bom(response.body)) return decode_article_text(response.body, response.url).utf8;
  // The header names a legacy charset: decode by it (bytes that are valid UTF-8 despite the
  // label stay as they are, see io/charset.h), then apply the article rules to the result.
  return decode_article_text(decode_to_utf8(response.body, charset), response.url).utf8;
}

}  // namespace briefcast
