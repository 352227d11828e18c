#include "io/article_input.h"
#include "model/utf8.h"

#include <gtest/gtest.h>

#include "model/error.h"
#include "support/run_command.h"

namespace briefcast {

namespace {

DecodedText decode(std::string_view bytes) { return decode_article_text(bytes, "a.txt"); }

// The message of the Error that decoding `bytes` throws, or "" when it does not throw.
std::string refusal(std::string_view bytes) {
  try {
    decode(bytes);
  } catch (const Error& e) {
    EXPECT_EQ(e.stage(), Stage::kInput);
    EXPECT_EQ(e.path(), "a.txt");
    return e.message();
  }
  return "";
}

}  // namespace

TEST(DecodeArticleText, KeepsValidUtf8) {
  auto text = decode("Caf\xC3\xA9 news\n\nBody.\n");
  EXPECT_EQ(text.utf8, "Caf\xC3\xA9 news\n\nBody.\n");
  EXPECT_EQ(text.encoding, TextEncoding::kUtf8);
}

TEST(DecodeArticleText, StripsUtf8ByteOrderMark) {
  auto text = decode("\xEF\xBB\xBFHeadline\n");
  EXPECT_EQ(text.utf8, "Headline\n");
  EXPECT_EQ(text.encoding, TextEncoding::kUtf8WithBom);
  // Repeated marks (found by fuzzing: decoding was not idempotent) all go.
  EXPECT_EQ(decode("\xEF\xBB\xBF\xEF\xBB\xBF\xEF\xBB\xBFHead").utf8, "Head");
  EXPECT_EQ(decode(std::string("\xFF\xFE\xFF\xFET\0", 6)).utf8, "T");
}

TEST(DecodeArticleText, DecodesUtf16LittleAndBigEndianWithBom) {
  // "Hé😀" in UTF-16: the emoji is a surrogate pair.
  auto le = decode(std::string("\xFF\xFE" "H\0\xE9\0\x3D\xD8\x00\xDE", 10));
  EXPECT_EQ(le.utf8, "H\xC3\xA9\xF0\x9F\x98\x80");
  EXPECT_EQ(le.encoding, TextEncoding::kUtf16Le);
  auto be = decode(std::string("\xFE\xFF" "\0H\0\xE9\xD8\x3D\xDE\x00", 10));
  EXPECT_EQ(be.utf8, "H\xC3\xA9\xF0\x9F\x98\x80");
  EXPECT_EQ(be.encoding, TextEncoding::kUtf16Be);
}

TEST(DecodeArticleText, RefusesMalformedUtf16WithOffset) {
  EXPECT_EQ(refusal(std::string("\xFF\xFE" "a\0\x00\xDC", 6)), "not UTF-16 text: unpaired surrogate at offset 4");
  EXPECT_NE(refusal(std::string("\xFF\xFE" "a\0b", 5)).find("odd byte count"), std::string::npos);
  EXPECT_NE(refusal(std::string("\xFF\xFE" "a\0\0\0", 6)).find("NUL"), std::string::npos);
}

TEST(DecodeArticleText, ReadsPlainWindows1252) {
  // "café – “ok”" in windows-1252.
  auto text = decode("caf\xE9 \x96 \x93ok\x94\n");
  EXPECT_EQ(text.utf8, "caf\xC3\xA9 \xE2\x80\x93 \xE2\x80\x9Cok\xE2\x80\x9D\n");
  EXPECT_EQ(text.encoding, TextEncoding::kWindows1252);
  EXPECT_EQ(decode("Gr\xFC\xDF" "e").utf8, "Gr\xC3\xBC\xC3\x9F" "e");  // a run of two high bytes
}

TEST(DecodeArticleText, ReadsStrayBytesInUtf8AsWindows1252) {
  // Mostly UTF-8 (four valid sequences) with two latin-1 bytes pasted in.
  auto text = decode("caf\xC3\xA9 cr\xC3\xA8me br\xC3\xBBl\xC3\xA9" "e, \xE9t\xE9\n");
  EXPECT_EQ(text.utf8, "caf\xC3\xA9 cr\xC3\xA8me br\xC3\xBBl\xC3\xA9" "e, \xC3\xA9t\xC3\xA9\n");
  EXPECT_EQ(text.encoding, TextEncoding::kUtf8WithStrayBytes);
}

TEST(DecodeArticleText, DeclaredCharsetComesBeforeTheWindows1252Guess) {
  // "Łódź" in iso-8859-2 (A3 F3 64 BC) would pass for windows-1252 ("£ód¼").
  const DecodedText text = decode("<html><head><meta charset=\"iso-8859-2\"></head><p>\xA3\xF3\x64\xBC</p>");
  EXPECT_EQ(text.encoding, TextEncoding::kDeclaredByPage);
  EXPECT_NE(text.utf8.find("\xC5\x81\xC3\xB3\x64\xC5\xBA"), std::string::npos);
}

TEST(DecodeArticleText, RefusesOtherLegacyBytesWithTheOffset) {
  // As many stray bytes as valid sequences: not UTF-8 with a few stray bytes.
  EXPECT_EQ(refusal("caf\xC3\xA9 and \xE9\x81"), "not UTF-8 text: invalid byte 0xE9 at offset 10 (save it as UTF-8)");
  // windows-1252 leaves 0x81 undefined.
  EXPECT_EQ(refusal("a\x81" "b"), "not UTF-8 text: invalid byte 0x81 at offset 1 (save it as UTF-8)");
  // A Cyrillic word in windows-1251: a long run of high bytes.
  EXPECT_EQ(refusal("\xcf\xf0\xe8\xe2\xe5\xf2 world"), "not UTF-8 text: invalid byte 0xCF at offset 0 (save it as UTF-8)");
  // After a UTF-8 BOM the offset still counts from the start of the file.
  EXPECT_EQ(refusal("\xEF\xBB\xBF" "ab\xE9"), "not UTF-8 text: invalid byte 0xE9 at offset 5 (save it as UTF-8)");
}

TEST(DecodeArticleText, DecodesHtmlByTheLegacyCharsetItDeclares) {
  // "Привет" in windows-1251; its 0xC2 0x85-like pairs must not be taken for UTF-8 C1 controls.
  const std::string page = "<html><head><meta charset=\"windows-1251\"></head><body><p>\xcf\xf0\xe8\xe2\xe5\xf2 "
                           "\xc2\x85</p></body></html>";
  const DecodedText text = decode(page);
  EXPECT_EQ(text.encoding, TextEncoding::kDeclaredByPage);
  EXPECT_EQ(find_invalid_utf8(text.utf8), std::string_view::npos);
  EXPECT_NE(text.utf8.find("\xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82 \xD0\x92\xE2\x80\xA6"), std::string::npos);
}

TEST(DecodeArticleText, RefusesBinary) {
  EXPECT_EQ(refusal(std::string("text\0more", 9)), "binary file (NUL byte at offset 4), not article text");
  EXPECT_EQ(refusal(std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)), "binary file (NUL byte at offset 8), not article text");
  std::string controls;
  for (int i = 0; i < 40; ++i) controls += "\x01\x02 abc ";
  EXPECT_EQ(refusal(controls), "binary file (mostly control bytes), not article text");
  EXPECT_EQ(decode("\x01\x02\x03\x04 abc").utf8, " abc");  // a few controls in a short text
}

TEST(DecodeArticleText, RefusesEmptyAndWhitespaceOnly) {
  EXPECT_EQ(refusal(""), "file is empty");
  EXPECT_EQ(refusal(" \n\t\r\n"), "file holds only whitespace");
  EXPECT_EQ(refusal("\xEF\xBB\xBF \n"), "file holds only whitespace");
  EXPECT_EQ(refusal(std::string("\xFF\xFE \0\n\0", 6)), "file holds only whitespace");
}

TEST(DecodeArticleText, DropsControlCharactersButKeepsWordsApart) {
  const std::string hostile = "Title\x1b]0;pwned\x07 here\n\nBody\x1b[31m red\x7f.\x0cNext\x0bline\tend\r\n";
  EXPECT_EQ(decode(hostile).utf8, "Title]0;pwned here\n\nBody[31m red.\nNext\nline\tend\r\n");
  // C1 controls (U+009B is an 8-bit CSI) go too; U+00A0 and up stay.
  EXPECT_EQ(decode("a\xC2\x9B" "1m b\xC2\xA0" "c").utf8, "a1m b\xC2\xA0" "c");
}

TEST(ReadArticleBytes, RefusesMissingFileDirectoryAndOversizedFile) {
  testing::TempDir dir;
  try {
    read_article_bytes(dir.file("missing.txt"));
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.message(), "cannot open: No such file or directory");
  }
  try {
    read_article_bytes(dir.path());
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.message(), "is a directory, not an article");
  }
  {
    // A sparse file: its size is what counts, and nothing of it is read.
    std::FILE* big = std::fopen(dir.file("big.txt").c_str(), "wb");
    ASSERT_NE(big, nullptr);
    ASSERT_EQ(std::fseek(big, static_cast<long>(kMaxArticleBytes), SEEK_SET), 0);
    std::fputc('x', big);
    std::fclose(big);
  }
  try {
    read_article_bytes(dir.file("big.txt"));
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.message(), "article is larger than 64 MiB");
  }
}

TEST(ReadArticleBytes, ReturnsDecodedText) {
  testing::TempDir dir;
  testing::write_text_file(dir.file("a.txt"), "Head\x01line\n\nna\xEFve\n");
  EXPECT_EQ(read_article_bytes(dir.file("a.txt")), "Headline\n\nna\xC3\xAFve\n");
}

}  // namespace briefcast
