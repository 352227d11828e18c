#include "model/utf8.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace briefcast {
namespace {

std::vector<char32_t> decode_all(std::string_view text) {
  std::vector<char32_t> out;
  std::size_t pos = 0;
  while (pos < text.size()) out.push_back(next_code_point(text, pos));
  return out;
}

}  // namespace

TEST(FindInvalidUtf8, AcceptsWellFormedText) {
  EXPECT_EQ(find_invalid_utf8(""), std::string_view::npos);
  EXPECT_EQ(find_invalid_utf8("plain ascii"), std::string_view::npos);
  EXPECT_EQ(find_invalid_utf8("caf\xC3\xA9 \xE2\x80\x94 \xF0\x9F\x98\x80"), std::string_view::npos);
}

TEST(FindInvalidUtf8, ReportsTheFirstMalformedByte) {
  EXPECT_EQ(find_invalid_utf8("ab\xFF"), 2u);
  EXPECT_EQ(find_invalid_utf8("ab\xC3"), 2u);               // truncated
  EXPECT_EQ(find_invalid_utf8("\xC0\xAF"), 0u);             // overlong '/'
  EXPECT_EQ(find_invalid_utf8("x\xED\xA0\x80"), 1u);        // surrogate
  EXPECT_EQ(find_invalid_utf8("\xF4\x90\x80\x80"), 0u);     // above U+10FFFF
  EXPECT_EQ(find_invalid_utf8("ok\xE2\x82"), 2u);
}

TEST(NextCodePoint, DecodesEveryLength) {
  EXPECT_EQ(decode_all("a\xC3\xB1\xE2\x82\xAC\xF0\x9F\x8E\xA7"),
            (std::vector<char32_t>{U'a', U'\u00F1', U'\u20AC', U'\U0001F3A7'}));
}

TEST(NextCodePoint, AMalformedByteIsOneReplacementAndTheScanGoesOn) {
  EXPECT_EQ(decode_all("x\xFFy"), (std::vector<char32_t>{U'x', kReplacementCharacter, U'y'}));
  // A cut-off sequence: its lead byte is replaced and the ASCII after it survives.
  EXPECT_EQ(decode_all("\xE2\x82z"), (std::vector<char32_t>{kReplacementCharacter, kReplacementCharacter, U'z'}));
  EXPECT_EQ(decode_all("\xED\xB0\x80"), std::vector<char32_t>(3, kReplacementCharacter));  // lone surrogate
}

TEST(AppendUtf8, RoundTripsThroughTheDecoder) {
  std::string text;
  for (char32_t cp : {U'Z', U'\u00E9', U'\u0915', U'\uFFFD', U'\U00010348', U'\U0010FFFF'}) append_utf8(text, cp);
  EXPECT_TRUE(is_valid_utf8(text));
  EXPECT_EQ(decode_all(text),
            (std::vector<char32_t>{U'Z', U'\u00E9', U'\u0915', U'\uFFFD', U'\U00010348', U'\U0010FFFF'}));
}

TEST(AppendUtf8, WritesAReplacementForWhatIsNotACharacter) {
  std::string text;
  append_utf8(text, static_cast<char32_t>(0xD83D));    // a surrogate half
  append_utf8(text, static_cast<char32_t>(0x110000));  // past the last plane
  EXPECT_EQ(text, "\xEF\xBF\xBD\xEF\xBF\xBD");
}

}  // namespace briefcast
