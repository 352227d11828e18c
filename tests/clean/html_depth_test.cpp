#include "clean/html_depth.h"

#include <gtest/gtest.h>

#include <string>

namespace briefcast {

TEST(HtmlDepth, CountsOpenElements) {
  EXPECT_EQ(estimated_nesting_depth("<html><body><div><p>x</p></div></body></html>"), 4u);
  // Void and self-closed elements open no level.
  EXPECT_EQ(estimated_nesting_depth("<div><br><img src=a><hr/><span/></div>"), 1u);
  EXPECT_EQ(estimated_nesting_depth("a < b and c<d"), 0u);
}

TEST(HtmlDepth, UnclosedTagsStayOpen) {
  std::string deep;
  for (int i = 0; i < 500; ++i) deep += "<div>";
  EXPECT_EQ(estimated_nesting_depth(deep), 500u);
  std::string closed;
  for (int i = 0; i < 500; ++i) closed += "<div></div>";
  EXPECT_EQ(estimated_nesting_depth(closed), 1u);
}

}  // namespace briefcast
