#include "chapters/riff_labels.h"

#include <gtest/gtest.h>

#include "model/utf8.h"

namespace briefcast {

namespace {

std::uint32_t u32_at(const std::string& s, std::size_t pos) {
  auto b = [&](std::size_t i) { return static_cast<std::uint32_t>(static_cast<unsigned char>(s[pos + i])); };
  return b(0) | b(1) << 8 | b(2) << 16 | b(3) << 24;
}

std::string le32(std::uint32_t v) {
  std::string out;
  for (int shift = 0; shift < 32; shift += 8) out.push_back(static_cast<char>((v >> shift) & 0xffu));
  return out;
}

// A labl sub-chunk as another writer might lay it out: size as given, text as given.
std::string labl(std::uint32_t cue_id, const std::string& text) {
  return "labl" + le32(static_cast<std::uint32_t>(4 + text.size())) + le32(cue_id) + text +
         std::string(text.size() % 2, '\0');
}

// What a reader gets back from the bytes the writer stores for `chapters`.
std::vector<Chapter> round_trip(const std::vector<Chapter>& chapters, std::int64_t total_frames) {
  return chapters_from_cues(cue_points_for(chapters), decode_adtl(encode_adtl(chapters)), total_frames);
}

}  // namespace

TEST(RiffLabels, ExactLablSizesWithRiffPadding) {
  // "Ab" -> size 4 + 2 + 1 = 7 (odd): one pad byte follows, not counted in the size.
  std::string payload = encode_adtl({{"Ab", 0, 10}, {"Cde", 10, 10}});
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
    std::string payload = encode_adtl({{title, 0, 1}});
    EXPECT_EQ(payload.size() % 4, 0u) << "title '" << title << "'";
    ASSERT_EQ(decode_adtl(payload).size(), 1u) << "title '" << title << "'";
    EXPECT_EQ(decode_adtl(payload)[0].text, title);
  }
}

TEST(RiffLabels, ChaptersRoundTripWithTitlesAndCuePositions) {
  const std::vector<Chapter> chapters = {
      {"Harbour cranes return to the east quay", 0, 41000},
      {"Ünïcödé: the council's €2m plan", 41000, 13},
      {"", 41013, 90000},  // an untitled chapter stays untitled
      {"Odd", 131013, 7}};
  EXPECT_EQ(cue_points_for(chapters).size(), 4u);
  const std::vector<Chapter> back = round_trip(chapters, 131020);
  ASSERT_EQ(back.size(), chapters.size());
  for (std::size_t i = 0; i < chapters.size(); ++i) {
    EXPECT_EQ(back[i].title, chapters[i].title) << i;
    EXPECT_EQ(back[i].start_frame, chapters[i].start_frame) << i;
    EXPECT_EQ(back[i].frame_count, chapters[i].frame_count) << i;
  }
}

TEST(RiffLabels, LongTitlesComeBackCutOnACharacterBoundary) {
  std::string title;
  for (int i = 0; i < 200; ++i) title += "é";  // two bytes each, 400 in all
  const std::string payload = encode_adtl({{title, 0, 1}});
  EXPECT_LE(u32_at(payload, 8), 4 + kMaxLabelBytes + 1);
  const std::vector<CueLabel> labels = decode_adtl(payload);
  ASSERT_EQ(labels.size(), 1u);
  EXPECT_EQ(labels[0].text, title.substr(0, kMaxLabelBytes));
  // An odd budget must step back rather than split "é".
  const std::vector<Chapter> many(kMaxAdtlBytes / (16 + 61), Chapter{title, 0, 1});
  const std::string cut = decode_adtl(encode_adtl(many)).front().text;
  EXPECT_TRUE(is_valid_utf8(cut)) << cut.size();
  EXPECT_EQ(title.compare(0, cut.size(), cut), 0);
}

TEST(RiffLabels, NulsInATitleAreDropped) {
  const std::vector<CueLabel> labels = decode_adtl(encode_adtl({{std::string("Before\0after", 12), 0, 1}}));
  ASSERT_EQ(labels.size(), 1u);
  EXPECT_EQ(labels[0].text, "Beforeafter");
}

TEST(RiffLabels, ManyChaptersStayWithinTheHeaderBudget) {
  std::vector<Chapter> chapters(1000, Chapter{std::string(300, 'x'), 0, 1});
  EXPECT_LE(encode_adtl(chapters).size(), kMaxAdtlBytes + 1000 * 24);
  // Thousands of chapters: the labels run out of room, but every cue point comes back.
  std::vector<Chapter> thousands(5000, Chapter{"Title", 0, 1});
  for (std::size_t i = 0; i < thousands.size(); ++i) thousands[i].start_frame = static_cast<std::int64_t>(i);
  EXPECT_LE(encode_adtl(thousands).size(), kMaxAdtlBytes);
  const std::vector<Chapter> back = round_trip(thousands, 5000);
  ASSERT_EQ(back.size(), 5000u);
  EXPECT_EQ(back[4321].start_frame, 4321);
  EXPECT_EQ(back[4321].frame_count, 1);
}

TEST(RiffLabels, DecodingSkipsWhatIsNotALabel) {
  // An INFO list holds tags, not labels.
  EXPECT_TRUE(decode_adtl("INFO" + std::string("INAM") + le32(4) + "Abc").empty());
  EXPECT_TRUE(decode_adtl("").empty());
  EXPECT_TRUE(decode_adtl("adt").empty());
  // A note and a labl too short for its cue id are skipped; the labels around them are kept.
  const std::string payload = "adtl" + labl(1, std::string("First\0", 6)) + "note" + le32(11) + le32(1) +
                              std::string("A note\0\0", 8) + "labl" + le32(2) + "xy" +
                              labl(2, std::string("Second\0", 7));
  const std::vector<CueLabel> labels = decode_adtl(payload);
  ASSERT_EQ(labels.size(), 2u);
  EXPECT_EQ(labels[0].cue_id, 1u);
  EXPECT_EQ(labels[0].text, "First");
  EXPECT_EQ(labels[1].cue_id, 2u);
  EXPECT_EQ(labels[1].text, "Second");
}

TEST(RiffLabels, ATruncatedListKeepsTheLabelsBeforeTheCut) {
  std::string payload = encode_adtl({{"Kept", 0, 1}, {"Lost to the cut", 1, 1}});
  payload.resize(payload.size() - 12);  // the JUNK filler and the end of the second label
  const std::vector<CueLabel> labels = decode_adtl(payload);
  ASSERT_EQ(labels.size(), 1u);
  EXPECT_EQ(labels[0].text, "Kept");
  // A size claiming more than the list holds ends it there, whatever the size.
  EXPECT_TRUE(decode_adtl("adtl" + std::string("labl") + le32(0xFFFFFFFFu) + le32(1) + "x").empty());
  // Text without its NUL is taken whole; the last pad byte may be missing.
  const std::vector<CueLabel> unterminated = decode_adtl("adtl" + std::string("labl") + le32(7) + le32(3) + "abc");
  ASSERT_EQ(unterminated.size(), 1u);
  EXPECT_EQ(unterminated[0].text, "abc");
}

TEST(RiffLabels, CuesFromOtherWritersComeBackInFrameOrder) {
  // Ids need not be chapter numbers, points need not be in order, labels may repeat or miss.
  const std::vector<CuePoint> points = {{7, 500}, {3, 100}, {9, 900}};
  const std::vector<CueLabel> labels = {{3, "Early"}, {7, "Middle, first name"}, {7, "Middle"}, {42, "No such cue"}};
  const std::vector<Chapter> chapters = chapters_from_cues(points, labels, 1000);
  ASSERT_EQ(chapters.size(), 3u);
  EXPECT_EQ(chapters[0].title, "Early");
  EXPECT_EQ(chapters[0].start_frame, 100);
  EXPECT_EQ(chapters[0].frame_count, 400);
  EXPECT_EQ(chapters[1].title, "Middle");
  EXPECT_EQ(chapters[1].frame_count, 400);
  EXPECT_EQ(chapters[2].title, "");
  EXPECT_EQ(chapters[2].frame_count, 100);
  EXPECT_TRUE(chapters_from_cues({}, labels, 1000).empty());
}

}  // namespace briefcast
