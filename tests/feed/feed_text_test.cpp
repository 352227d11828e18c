#include <gtest/gtest.h>

#include "feed/feed_text.h"

namespace briefcast {
namespace {

TEST(FeedText, PlainTextOfHtml) {
  EXPECT_EQ(plain_text_of_html("<b>Breaking</b>: Q&amp;A with the&nbsp;mayor"), "Breaking: Q&A with the mayor");
  EXPECT_EQ(plain_text_of_html("one<br/>two<p>three</p>"), "one two three");
  EXPECT_EQ(plain_text_of_html("5 &lt; 6 and a < b"), "5 < 6 and a < b");
  EXPECT_EQ(plain_text_of_html("caf&#233; &#x2014; &unknown; &#0;"), "caf\xC3\xA9 \xE2\x80\x94 &unknown; \xEF\xBF\xBD");
}

TEST(FeedText, TrimAndEscape) {
  EXPECT_EQ(trim_text("  a \n\t b  "), "a b");
  EXPECT_EQ(escape_html("a < b & c > d"), "a &lt; b &amp; c &gt; d");
}

}  // namespace
}  // namespace briefcast
