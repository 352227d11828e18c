#include "clean/metadata_lines.h"

#include <gtest/gtest.h>

namespace briefcast {

TEST(MetadataLines, RecognizesBylines) {
  EXPECT_TRUE(looks_like_byline("By Jane Doe and John Roe"));
  EXPECT_TRUE(looks_like_byline("Por Ana Gómez"));
  EXPECT_TRUE(looks_like_byline("Von Karl Berger"));
  EXPECT_FALSE(looks_like_byline("By the end of the week the river had risen again."));
  EXPECT_FALSE(looks_like_byline("Jane Doe"));
  EXPECT_EQ(byline_names("By  Jane Doe"), "Jane Doe");
  EXPECT_EQ(byline_names("Written by Jane Doe"), "Jane Doe");
}

TEST(MetadataLines, RecognizesDatelines) {
  EXPECT_TRUE(looks_like_dateline("March 14, 2025 at 7:42 a.m."));
  EXPECT_TRUE(looks_like_dateline("Updated 11:21 pm, Tuesday, November 19, 2019"));
  EXPECT_TRUE(looks_like_dateline("3 de junio de 2025"));
  EXPECT_TRUE(looks_like_dateline("09.10.2018 16:02"));
  EXPECT_FALSE(looks_like_dateline("The council met on March 3 to discuss the budget for the library."));
  EXPECT_FALSE(looks_like_dateline("World"));
}

}  // namespace briefcast
