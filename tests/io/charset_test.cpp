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

TEST(Charset, ConvertsWithIcuByLabel) {
  // windows-1252 0x80 is the euro sign; 0x9C is œ.
  EXPECT_EQ(convert_to_utf8("\x80 5, c\x9Cur", "windows-1252"), "€ 5, cœur");
  // gb2312 is read as GB18030: 0xC4 0xE3 0xBA 0xC3 is "你好".
  EXPECT_EQ(convert_to_utf8("\xC4\xE3\xBA\xC3", "GB2312"), "你好");
  EXPECT_EQ(convert_to_utf8("abc", "no-such-charset"), "");
}

TEST(Charset, ReadsStrayBytesOfUtf8AsWindows1252) {
  // Valid "ü" (C3 BC) kept; a stray latin-1 "ä" (E4) and a lone continuation byte (93 = “).
  EXPECT_EQ(decode_utf8_with_fallback("f\xC3\xBCr M\xE4rz \x93x"), "für März “x");
  EXPECT_EQ(decode_utf8_with_fallback("\xE4\xF6\xFC"), "äöü");
  // A truncated sequence at the end is a stray byte too.
  EXPECT_EQ(decode_utf8_with_fallback("\xC3\xA9t\xC3"), "étÃ");
}

TEST(Charset, TellsUtf8WithStrayBytesFromLegacyText) {
  EXPECT_TRUE(is_mostly_utf8("gr\xC3\xBC\xC3\x9F \xE4"));
  EXPECT_FALSE(is_mostly_utf8("gr\xFC\xDF"));
  EXPECT_FALSE(is_mostly_utf8("plain ascii"));
}

TEST(Charset, Utf8LabelOnStrayBytesKeepsTheText) {
  EXPECT_EQ(decode_to_utf8("caf\xE9", "utf-8"), "café");
  EXPECT_EQ(decode_to_utf8("d\xC3\xA9j\xC3\xA0 vu, caf\xE9"), "déjà vu, café");
}

}  // namespace briefcast
