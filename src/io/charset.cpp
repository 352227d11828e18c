#include "io/charset.h"

#include <uchardet.h>
#include <unicode/ucnv.h>

#include <algorithm>
#include <memory>

#include "io/article_input.h"
#include "model/utf8.h"

namespace briefcast {

namespace {

// Browsers look for the meta charset in the first 1024 bytes; real pages put long <head>
// material first, so we look a little further.
constexpr std::size_t kCharsetScanBytes = 8192;

char ascii_lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

bool is_label_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == ':' || c == '.';
}

// Maps labels that mean windows-1252 in practice to it; passes others through.
std::string canonical_label(std::string label) {
  std::transform(label.begin(), label.end(), label.begin(), ascii_lower);
  if (label == "iso-8859-1" || label == "iso8859-1" || label == "latin1" || label == "latin-1" ||
      label == "us-ascii" || label == "ascii" || label == "cp1252" || label == "x-cp1252") {
    return "windows-1252";
  }
  if (label == "utf8") return "utf-8";
  // GB2312 pages use GBK's characters too; GB18030 is their superset.
  if (label == "gb2312" || label == "gbk" || label == "x-gbk" || label == "gb_2312-80") return "gb18030";
  return label;
}

std::string convert_with_icu(std::string_view bytes, const std::string& from) {
  if (bytes.empty()) return {};
  UErrorCode status = U_ZERO_ERROR;
  std::string out(bytes.size() * 4 + 16, '\0');
  const int32_t length = ucnv_convert("UTF-8", from.c_str(), out.data(), static_cast<int32_t>(out.size()),
                                      bytes.data(), static_cast<int32_t>(bytes.size()), &status);
  if (U_FAILURE(status)) return {};
  out.resize(static_cast<std::size_t>(length));
  return out;
}

std::string guess_charset(std::string_view bytes) {
  std::unique_ptr<std::remove_pointer_t<uchardet_t>, void (*)(uchardet_t)> detector(uchardet_new(), uchardet_delete);
  if (!detector) return {};
  if (uchardet_handle_data(detector.get(), bytes.data(), bytes.size()) != 0) return {};
  uchardet_data_end(detector.get());
  const char* name = uchardet_get_charset(detector.get());
  return name == nullptr ? std::string() : std::string(name);
}

// Replaces each malformed sequence with U+FFFD (ICU's UTF-8 converter does exactly that) so
// later stages only ever see valid UTF-8.
std::string repair_utf8(std::string_view bytes) {
  if (find_invalid_utf8(bytes) == std::string_view::npos) return std::string(bytes);
  return convert_with_icu(bytes, "UTF-8");
}

// Length of the valid UTF-8 sequence at `pos`, or 0 when the byte there starts none.
std::size_t valid_sequence_length(std::string_view bytes, std::size_t pos) {
  const std::size_t invalid = find_invalid_utf8(bytes.substr(pos, 4));
  if (invalid == 0) return 0;
  const auto lead = static_cast<unsigned char>(bytes[pos]);
  return lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
}

}  // namespace

std::string convert_to_utf8(std::string_view bytes, std::string_view charset) {
  return convert_with_icu(bytes, canonical_label(std::string(charset)));
}

std::string decode_utf8_with_fallback(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 16);
  std::size_t pos = 0;
  while (pos < bytes.size()) {
    const std::size_t invalid = find_invalid_utf8(bytes.substr(pos));
    if (invalid == std::string_view::npos) {
      out.append(bytes.substr(pos));
      break;
    }
    out.append(bytes.substr(pos, invalid));
    pos += invalid;
    // The run of bytes that start no valid sequence, read as windows-1252 in one call.
    std::size_t end = pos + 1;
    while (end < bytes.size() && valid_sequence_length(bytes, end) == 0) ++end;
    out.append(convert_with_icu(bytes.substr(pos, end - pos), "windows-1252"));
    pos = end;
  }
  return out;
}

bool is_mostly_utf8(std::string_view bytes) {
  std::size_t multibyte = 0;
  std::size_t invalid = 0;
  std::size_t pos = 0;
  while (pos < bytes.size()) {
    if (static_cast<unsigned char>(bytes[pos]) < 0x80) {
      ++pos;
      continue;
    }
    const std::size_t length = valid_sequence_length(bytes, pos);
    if (length == 0) {
      ++invalid;
      ++pos;
    } else {
      ++multibyte;
      pos += length;
    }
  }
  return multibyte > invalid;
}

std::string declared_html_charset(std::string_view page) {
  std::string head(page.substr(0, kCharsetScanBytes));
  std::transform(head.begin(), head.end(), head.begin(), ascii_lower);
  std::size_t pos = 0;
  while ((pos = head.find("<meta", pos)) != std::string::npos) {
    const std::size_t end = head.find('>', pos);
    if (end == std::string::npos) break;
    const std::string_view tag(head.data() + pos, end - pos);
    const std::size_t key = tag.find("charset");
    if (key != std::string_view::npos) {
      std::size_t i = key + 7;
      while (i < tag.size() && (tag[i] == ' ' || tag[i] == '=' || tag[i] == '"' || tag[i] == '\'')) ++i;
      std::size_t j = i;
      while (j < tag.size() && is_label_char(tag[j])) ++j;
      if (j > i) return std::string(tag.substr(i, j - i));
    }
    pos = end;
  }
  return {};
}

std::string decode_to_utf8(std::string_view bytes, std::string_view declared) {
  if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF") return repair_utf8(bytes.substr(3));
  if (bytes.size() >= 2 && (bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF")) {
    const bool little = bytes[0] == '\xFF';
    std::string out = convert_with_icu(bytes.substr(2), little ? "UTF-16LE" : "UTF-16BE");
    if (!out.empty()) return out;
  }
  const std::string label = canonical_label(std::string(declared));
  // A page that says UTF-8 and is valid UTF-8 needs no work; a page whose bytes are valid
  // UTF-8 despite a legacy label was almost always re-saved as UTF-8 (the label is stale).
  if (find_invalid_utf8(bytes) == std::string_view::npos) return std::string(bytes);
  if (!label.empty() && label != "utf-8") {
    std::string out = convert_with_icu(bytes, label);
    if (!out.empty()) return out;
  }
  if (label == "utf-8" || is_mostly_utf8(bytes)) return decode_utf8_with_fallback(bytes);
  std::string guess = canonical_label(guess_charset(bytes));
  if (guess.empty() || guess == "utf-8") guess = "windows-1252";
  std::string out = convert_with_icu(bytes, guess);
  if (!out.empty()) return out;
  return repair_utf8(bytes);
}

}  // namespace briefcast
