#include "chapters/riff_labels.h"

#include <gtest/gtest.h>

namespace briefcast {

namespace {
std::uint32_t u32_at(const std::string& s, std::size_t pos) {
  auto b = [&](std::size_t i) { return static_cast<std::uint32_t>(static_cast<unsigned char>(s[pos + i])); };
  return b(0) | b(1) << 8 | b(2) << 16 | b(3) << 24;
}
}  // namespace

TEST(RiffLabels, ExactLablSizesWithRiffPadding) {
  // "Ab" -> size 4 + 2 + 1 = 7 (odd): one pad byte follows, not counted in the size.
  std::string payload = make_adtl_payload({{"Ab", 0, 10}, {"Cde", 10, 10}});
  ASSERT_EQ(payload.substr(0, 4), "adtl");
  EXPECT_EQ(payload.substr(4, 4), "labl");
  EXPECT_EQ(u32_at(payload, 8), 7u);
  EXPECT_EQ(u32_at(payload, 12), 1u);  // cue id
  EXPECT_EQ(payload.substr(16, 3), std::string("Ab\0", 3));
  EXPECT_EQ(payload[19], '\0');  // pad
  // Second label starts right after the pad: 4 + 8 + 8 = 20.
  EXPECT_EQ(payload.substr(20, 4), "labl");
  EXPECT_EQ(u32_at(payload, 24), 8u);
  EXPECT_EQ(u32_at(payload, 28), 2u);
}

TEST(RiffLabels, PayloadIsAMultipleOfFourBytes) {
  for (std::string title : {"", "A", "Ab", "Abc", "Abcd", "Abcde"}) {
    std::string payload = make_adtl_payload({{title, 0, 1}});
    EXPECT_EQ(payload.size() % 4, 0u) << "title '" << title << "'";
  }
}

TEST(RiffLabels, LongTitlesAreCutOnACharacterBoundary) {
  std::string title;
  for (int i = 0; i < 200; ++i) title += "é";  // two bytes each
  std::string cut = truncate_utf8(title, 9);
  EXPECT_EQ(cut.size(), 8u);
  std::string payload = make_adtl_payload({{title, 0, 1}});
  EXPECT_LE(u32_at(payload, 8), 4 + kMaxLabelBytes + 1);
}

TEST(RiffLabels, ManyChaptersStayWithinTheHeaderBudget) {
  std::vector<Chapter> chapters(1000, Chapter{std::string(300, 'x'), 0, 1});
  EXPECT_LE(make_adtl_payload(chapters).size(), kMaxAdtlBytes + 1000 * 24);
}

}  // namespace briefcast
