#include "io/safe_name.h"

#include <gtest/gtest.h>

#include "io/article_input.h"

namespace briefcast {

TEST(SafeOutputName, KeepsOrdinaryNames) {
  EXPECT_EQ(safe_output_name("evening-news", 100), "evening-news");
  EXPECT_EQ(safe_output_name("Caf\xC3\xA9 du monde 2026", 100), "Caf\xC3\xA9 du monde 2026");
  EXPECT_EQ(safe_output_name("\xE4\xB8\xAD\xE6\x96\x87", 100), "\xE4\xB8\xAD\xE6\x96\x87");
}

TEST(SafeOutputName, NeverLeavesTheFolder) {
  EXPECT_EQ(safe_output_name("../../etc/passwd", 100), "etc_passwd");
  EXPECT_EQ(safe_output_name("/etc/passwd", 100), "etc_passwd");
  EXPECT_EQ(safe_output_name("..", 100), "article");
  EXPECT_EQ(safe_output_name(".", 100), "article");
  EXPECT_EQ(safe_output_name("a/../b", 100), "a_._b");
  EXPECT_EQ(safe_output_name("a..b", 100), "a.b");
  EXPECT_EQ(safe_output_name("..\\..\\windows", 100), "windows");
  EXPECT_EQ(safe_output_name("C:\\x", 100), "C_x");
}

TEST(SafeOutputName, NoHiddenFilesOptionsOrControlCharacters) {
  EXPECT_EQ(safe_output_name(".bashrc", 100), "bashrc");
  EXPECT_EQ(safe_output_name("-rf", 100), "rf");
  EXPECT_EQ(safe_output_name("--help", 100), "help");
  EXPECT_EQ(safe_output_name(std::string("a\0b", 3), 100), "a_b");
  EXPECT_EQ(safe_output_name("a\x1b]0;x\x07" "b", 100), "a_]0;x_b");
  EXPECT_EQ(safe_output_name("a\nb\tc", 100), "a_b_c");
  EXPECT_EQ(safe_output_name("x\xC2\x9B" "y", 100), "x_y");  // C1 CSI
  EXPECT_EQ(safe_output_name("what? \"quoted\" <a|b>*", 100), "what_ _quoted_ _a_b_");
  EXPECT_EQ(safe_output_name("  trailing dots... ", 100), "trailing dots");
}

TEST(SafeOutputName, DropsInvalidBytesAndInvisibleFormatCharacters) {
  EXPECT_EQ(safe_output_name("a\xFF\xFE" "b", 100), "ab");
  EXPECT_EQ(safe_output_name("evil\xE2\x80\xAEgnp.wav", 100), "evilgnp.wav");  // U+202E
  EXPECT_EQ(safe_output_name("zero\xE2\x80\x8Bwidth", 100), "zerowidth");
  EXPECT_EQ(safe_output_name("\xEF\xBB\xBFtitle", 100), "title");
}

TEST(SafeOutputName, BoundedAtACharacterBoundaryAndNeverEmpty) {
  EXPECT_EQ(safe_output_name(std::string(500, 'a'), 255), std::string(255, 'a'));
  // "é" is two bytes: a cut inside it steps back.
  EXPECT_EQ(safe_output_name("\xC3\xA9\xC3\xA9\xC3\xA9", 5), "\xC3\xA9\xC3\xA9");
  EXPECT_EQ(safe_output_name("\xF0\x9F\x98\x80", 3), "art");
  EXPECT_EQ(safe_output_name("", 100), "article");
  EXPECT_EQ(safe_output_name("////", 100), "article");
  EXPECT_EQ(safe_output_name("x", 0), "x");
  EXPECT_EQ(safe_output_name("abc. def", 4), "abc");
}

TEST(SafeOutputName, ResultIsAlwaysASafeComponent) {
  // Every 2-byte string and a few 3-byte ones: the properties hold for all.
  auto check = [](const std::string& raw) {
    const std::string name = safe_output_name(raw, 8);
    ASSERT_FALSE(name.empty());
    ASSERT_LE(name.size(), 8u);
    ASSERT_EQ(name.find('/'), std::string::npos);
    ASSERT_EQ(name.find(".."), std::string::npos);
    ASSERT_NE(name.front(), '.');
    ASSERT_NE(name.front(), '-');
    ASSERT_EQ(find_invalid_utf8(name), std::string_view::npos);
    for (char c : name) ASSERT_FALSE(static_cast<unsigned char>(c) < 0x20 || c == 0x7f);
  };
  for (int a = 0; a < 256; ++a) {
    for (int b = 0; b < 256; ++b) {
      check(std::string{static_cast<char>(a), static_cast<char>(b)});
      check(std::string{'.', static_cast<char>(a), static_cast<char>(b)});
    }
  }
}

}  // namespace briefcast
