#include "batch/output_naming.h"

#include <gtest/gtest.h>

#include <set>

namespace briefcast {
namespace {

TEST(OutputNaming, StemFromFileName) {
  EXPECT_EQ(sanitize_output_stem("news/today/story.txt"), "story");
  EXPECT_EQ(sanitize_output_stem("page.html"), "page");
  EXPECT_EQ(sanitize_output_stem("archive.tar.gz"), "archive.tar");
  EXPECT_EQ(sanitize_output_stem("noext"), "noext");
}

TEST(OutputNaming, NeverEscapesOrHides) {
  EXPECT_EQ(sanitize_output_stem("../../etc/passwd"), "passwd");
  EXPECT_EQ(sanitize_output_stem(".hidden.txt"), "hidden");
  EXPECT_EQ(sanitize_output_stem(".."), "article");
  EXPECT_EQ(sanitize_output_stem("-rf.txt"), "rf");
  EXPECT_EQ(sanitize_output_stem("--.txt"), "article");
  EXPECT_EQ(sanitize_output_stem("dir/"), "dir");
  EXPECT_EQ(sanitize_output_stem(""), "article");
}

TEST(OutputNaming, UnsafeCharactersBecomeOneUnderscore) {
  EXPECT_EQ(sanitize_output_stem("my story (final).txt"), "my_story_final");
  EXPECT_EQ(sanitize_output_stem("caf\xc3\xa9 news.txt"), "caf_news");
  EXPECT_EQ(sanitize_output_stem(std::string("a\0b.txt", 7)), "a_b");
  EXPECT_EQ(sanitize_output_stem("\xe6\x96\xb0\xe9\x97\xbb.txt"), "article");
  EXPECT_EQ(sanitize_output_stem("tab\there\x1b[31m.txt"), "tab_here_31m");
}

TEST(OutputNaming, LengthIsBounded) {
  std::string stem = sanitize_output_stem(std::string(500, 'x') + ".txt");
  EXPECT_EQ(stem.size(), kMaxOutputStemBytes);
}

TEST(OutputNaming, CollisionsGetNumberedNames) {
  std::vector<std::string> names =
      assign_output_names({"a/story.txt", "b/story.txt", "c/story.html", "d/Story.txt", "story-2.txt"});
  EXPECT_EQ(names[0], "story.wav");
  EXPECT_EQ(names[1], "story-2.wav");
  EXPECT_EQ(names[2], "story-3.wav");
  EXPECT_EQ(names[3], "Story-4.wav");  // case-insensitive filesystems would fold "Story" onto "story"
  EXPECT_EQ(names[4], "story-2-2.wav");
  std::set<std::string> unique(names.begin(), names.end());
  EXPECT_EQ(unique.size(), names.size());
}

TEST(OutputNaming, ReservedNamesAreSkipped) {
  std::vector<std::string> names = assign_output_names({"briefing.txt"}, {"briefing.wav"});
  EXPECT_EQ(names[0], "briefing-2.wav");
}

}  // namespace
}  // namespace briefcast
