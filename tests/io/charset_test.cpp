#include "io/charset.h"

#include <gtest/gtest.h>

namespace briefcast {

TEST(Charset, FindsMetaCharset) {
  EXPECT_EQ(declared_html_charset("<html><head><meta charset=\"ISO-8859-1\"></head>"), "iso-8859-1");
  EXPECT_EQ(declared_html_charset("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">"),
            "windows-1252");
  EXPECT_EQ(declared_html_charset("<meta name=\"x\" content=\"y\"><p>charset=koi8-r</p>"), "");
}

TEST(Charset, DecodesWindows1252) {
  // "café – “ok”" in windows-1252: é=E9, en dash=96, quotes=93/94.
  EXPECT_EQ(decode_to_utf8("caf\xE9 \x96 \x93ok\x94", "windows-1252"), "café – “ok”");
}

TEST(Charset, ReadsIso88591AsWindows1252) {
  EXPECT_EQ(decode_to_utf8("\x93" "d\xE9j\xE0\x94", "ISO-8859-1"), "“déjà”");
}

TEST(Charset, StripsUtf8ByteOrderMark) { EXPECT_EQ(decode_to_utf8("\xEF\xBB\xBFhello"), "hello"); }

TEST(Charset, DecodesUtf16WithByteOrderMark) {
  const std::string utf16le("\xFF\xFEh\0i\0", 6);
  EXPECT_EQ(decode_to_utf8(utf16le), "hi");
}

TEST(Charset, KeepsValidUtf8DespiteStaleLabel) { EXPECT_EQ(decode_to_utf8("caf\xC3\xA9", "iso-8859-1"), "café"); }

TEST(Charset, GuessesUndeclaredLegacyBytes) {
  const std::string out = decode_to_utf8("Le caf\xE9 est \xE0 c\xF4t\xE9 de la gare, pr\xE8s du th\xE9\xE2tre.");
  EXPECT_EQ(out, "Le café est à côté de la gare, près du théâtre.");
}

}  // namespace briefcast
