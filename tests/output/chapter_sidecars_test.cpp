#include <gtest/gtest.h>

#include "model/error.h"
#include "output/chapter_sidecars.h"

namespace briefcast {
namespace {

TEST(ChapterFormats, ParsesListsAndAll) {
  using F = ChapterFormat;
  EXPECT_EQ(parse_chapter_formats("vtt,cue"), (std::vector<F>{F::kCueSheet, F::kWebVtt}));
  EXPECT_EQ(parse_chapter_formats("all"),
            (std::vector<F>{F::kCueSheet, F::kFfmetadata, F::kPodcastJson, F::kWebVtt}));
  EXPECT_EQ(parse_chapter_formats(" json , json "), (std::vector<F>{F::kPodcastJson}));
  EXPECT_TRUE(parse_chapter_formats("").empty());
  EXPECT_THROW(parse_chapter_formats("cue,mp4"), Error);
}

TEST(ChapterFormats, SidecarPathsReplaceTheExtension) {
  EXPECT_EQ(chapter_sidecar_path("out/briefing.wav", ChapterFormat::kCueSheet), "out/briefing.cue");
  EXPECT_EQ(chapter_sidecar_path("my.dir/briefing", ChapterFormat::kFfmetadata), "my.dir/briefing.ffmeta");
  EXPECT_EQ(chapter_sidecar_path("b.mp3", ChapterFormat::kPodcastJson), "b.chapters.json");
  EXPECT_EQ(chapter_sidecar_path(".hidden", ChapterFormat::kWebVtt), ".hidden.chapters.vtt");
}

}  // namespace
}  // namespace briefcast
