#include "io/article_input.h"

#include <sys/stat.h>

#include <array>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <memory>

#include "io/charset.h"
#include "model/error.h"
#include "model/utf8.h"

namespace briefcast {

namespace {

struct FileCloser {
  void operator()(std::FILE* f) const { std::fclose(f); }
};

std::string too_large_message() {
  return "article is larger than " + std::to_string(kMaxArticleBytes >> 20) + " MiB";
}

std::string read_stream(std::FILE* stream, const std::string& path) {
  std::string bytes;
  std::array<char, 1 << 16> buffer{};
  std::size_t n = 0;
  while ((n = std::fread(buffer.data(), 1, buffer.size(), stream)) > 0) {
    bytes.append(buffer.data(), n);
    if (bytes.size() > kMaxArticleBytes) throw Error::input(path, too_large_message());
  }
  if (std::ferror(stream)) throw Error::input(path, std::string("cannot read: ") + std::strerror(errno));
  return bytes;
}

std::uint8_t byte_at(std::string_view text, std::size_t pos) { return static_cast<std::uint8_t>(text[pos]); }

std::string hex_byte(std::uint8_t byte) {
  std::array<char, 8> buffer{};
  std::snprintf(buffer.data(), buffer.size(), "0x%02X", static_cast<unsigned>(byte));
  return buffer.data();
}

std::string utf16_to_utf8(std::string_view units, bool little_endian, std::size_t file_offset,
                          const std::string& path) {
  if (units.size() % 2 != 0) {
    throw Error::input(path, "UTF-16 text ends in the middle of a character (odd byte count)");
  }
  auto unit_at = [&](std::size_t pos) -> std::uint32_t {
    const std::uint32_t a = byte_at(units, pos);
    const std::uint32_t b = byte_at(units, pos + 1);
    return little_endian ? (a | (b << 8)) : ((a << 8) | b);
  };
  std::string out;
  out.reserve(units.size());
  for (std::size_t pos = 0; pos < units.size(); pos += 2) {
    const std::uint32_t unit = unit_at(pos);
    if (unit >= 0xD800 && unit <= 0xDBFF && pos + 3 < units.size()) {
      const std::uint32_t trail = unit_at(pos + 2);
      if (trail >= 0xDC00 && trail <= 0xDFFF) {
        append_utf8(out, static_cast<char32_t>(0x10000u + ((unit - 0xD800u) << 10) + (trail - 0xDC00u)));
        pos += 2;
        continue;
      }
    }
    if (unit >= 0xD800 && unit <= 0xDFFF) {
      throw Error::input(path, "not UTF-16 text: unpaired surrogate at offset " + std::to_string(file_offset + pos));
    }
    append_utf8(out, static_cast<char32_t>(unit));
  }
  return out;
}

bool is_undefined_in_windows1252(std::uint8_t byte) {
  return byte == 0x81 || byte == 0x8D || byte == 0x8F || byte == 0x90 || byte == 0x9D;
}

// Rule 4 of the header: no UTF-8 sequence, no undefined byte, no long run of high bytes.
bool is_plainly_windows1252(std::string_view bytes) {
  constexpr std::size_t kMaxHighRun = 3;
  std::size_t run = 0;
  for (std::size_t pos = 0; pos < bytes.size(); ++pos) {
    const std::uint8_t byte = byte_at(bytes, pos);
    if (byte < 0x80) {
      run = 0;
      continue;
    }
    if (is_undefined_in_windows1252(byte) || ++run > kMaxHighRun) return false;
    if (utf8_sequence_length(bytes, pos) > 1) return false;
  }
  return true;
}

bool is_dropped_control(std::uint8_t byte) { return (byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r') || byte == 0x7F; }

// Control bytes other than white space; ESC counts, since a text with a few escape sequences
// is still text (they are dropped), but a file full of control bytes is not. A short text with
// a handful of them is still judged as text.
bool looks_binary(std::string_view bytes) {
  constexpr std::size_t kMinControls = 32;
  std::size_t controls = 0;
  for (char c : bytes) {
    const std::uint8_t byte = static_cast<std::uint8_t>(c);
    if (is_dropped_control(byte) && byte != '\f' && byte != '\v') ++controls;
  }
  return controls >= kMinControls && controls * 20 > bytes.size();
}

// Drops C0 (but tab, LF, CR), DEL and C1 controls from valid UTF-8; FF and VT become LF.
std::string drop_control_characters(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t pos = 0; pos < text.size(); ++pos) {
    const std::uint8_t byte = byte_at(text, pos);
    if (byte == '\f' || byte == '\v') {
      out.push_back('\n');
    } else if (is_dropped_control(byte)) {
      continue;
    } else if (byte == 0xC2 && pos + 1 < text.size() && byte_at(text, pos + 1) >= 0x80 && byte_at(text, pos + 1) <= 0x9F) {
      ++pos;  // U+0080-U+009F: C1 controls, including the 8-bit CSI and OSC
    } else {
      out.push_back(static_cast<char>(byte));
    }
  }
  return out;
}

// The legacy charset an HTML page declares (<meta charset="windows-1251">, or http-equiv ...
// content="text/html; charset=koi8-r"), or empty when it declares none or declares UTF-8.
std::string declared_legacy_charset(std::string_view bytes) {
  std::string label = declared_html_charset(bytes);
  if (label == "utf-8" || label == "utf8") label.clear();
  return label;
}

std::string finish(std::string text, const std::string& path) {
  std::string clean = drop_control_characters(text);
  // A byte order mark repeated after the first one is debris of a botched conversion.
  std::size_t boms = 0;
  while (clean.compare(boms, 3, "\xEF\xBB\xBF") == 0) boms += 3;
  clean.erase(0, boms);
  if (clean.find_first_not_of(" \t\r\n") == std::string::npos) {
    throw Error::input(path, "file holds only whitespace");
  }
  return clean;
}

}  // namespace

const char* to_string(TextEncoding encoding) {
  switch (encoding) {
    case TextEncoding::kUtf8: return "UTF-8";
    case TextEncoding::kUtf8WithBom: return "UTF-8 with BOM";
    case TextEncoding::kUtf16Le: return "UTF-16LE";
    case TextEncoding::kUtf16Be: return "UTF-16BE";
    case TextEncoding::kWindows1252: return "windows-1252";
    case TextEncoding::kDeclaredByPage: return "declared by the page";
    case TextEncoding::kUtf8WithStrayBytes: return "UTF-8 with stray bytes";
  }
  return "unknown";
}

DecodedText decode_article_text(std::string_view bytes, const std::string& path) {
  if (bytes.empty()) throw Error::input(path, "file is empty");
  if (bytes.size() > kMaxArticleBytes) throw Error::input(path, too_large_message());

  if (bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF")) {
    const bool little = bytes[0] == '\xFF';
    std::string utf8 = utf16_to_utf8(bytes.substr(2), little, 2, path);
    if (std::size_t nul = utf8.find('\0'); nul != std::string::npos) {
      throw Error::input(path, "binary file (NUL character in UTF-16 text), not article text");
    }
    return {finish(std::move(utf8), path), little ? TextEncoding::kUtf16Le : TextEncoding::kUtf16Be};
  }

  TextEncoding encoding = TextEncoding::kUtf8;
  std::size_t skipped = 0;
  if (bytes.starts_with("\xEF\xBB\xBF")) {
    bytes.remove_prefix(3);
    skipped = 3;
    encoding = TextEncoding::kUtf8WithBom;
  }
  if (std::size_t nul = bytes.find('\0'); nul != std::string_view::npos) {
    throw Error::input(path, "binary file (NUL byte at offset " + std::to_string(nul + skipped) + "), not article text");
  }
  if (looks_binary(bytes)) throw Error::input(path, "binary file (mostly control bytes), not article text");

  const std::size_t invalid = find_invalid_utf8(bytes);
  if (invalid == std::string_view::npos) return {finish(std::string(bytes), path), encoding};
  // A UTF-8 BOM is a promise; only BOM-less text may turn out to be a legacy charset. What a
  // page declares comes first: iso-8859-2 text would pass for windows-1252 too.
  if (encoding == TextEncoding::kUtf8) {
    if (const std::string label = declared_legacy_charset(bytes); !label.empty()) {
      if (std::string utf8 = convert_to_utf8(bytes, label); !utf8.empty()) {
        return {finish(std::move(utf8), path), TextEncoding::kDeclaredByPage};
      }
    }
    if (is_plainly_windows1252(bytes)) {
      return {finish(convert_to_utf8(bytes, "windows-1252"), path), TextEncoding::kWindows1252};
    }
  }
  if (is_mostly_utf8(bytes)) {
    return {finish(decode_utf8_with_fallback(bytes), path), TextEncoding::kUtf8WithStrayBytes};
  }
  throw Error::input(path, "not UTF-8 text: invalid byte " + hex_byte(byte_at(bytes, invalid)) + " at offset " +
                               std::to_string(invalid + skipped) + " (save it as UTF-8)");
}

std::string read_article_bytes(const std::string& path) {
  std::string bytes;
  if (path == "-") {
    bytes = read_stream(stdin, path);
  } else {
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0) {
      throw Error::input(path, std::string("cannot open: ") + std::strerror(errno));
    }
    if (S_ISDIR(info.st_mode)) throw Error::input(path, "is a directory, not an article");
    // Refuse a huge regular file before reading any of it.
    if (S_ISREG(info.st_mode) && static_cast<std::uint64_t>(info.st_size) > kMaxArticleBytes) {
      throw Error::input(path, too_large_message());
    }
    std::unique_ptr<std::FILE, FileCloser> file(std::fopen(path.c_str(), "rb"));
    if (!file) throw Error::input(path, std::string("cannot open: ") + std::strerror(errno));
    bytes = read_stream(file.get(), path);
  }
  if (!bytes.empty() && bytes.find_first_not_of(" \t\r\n\f\v") == std::string::npos) {
    throw Error::input(path, "file holds only whitespace");
  }
  return decode_article_text(bytes, path).utf8;
}

}  // namespace briefcast
