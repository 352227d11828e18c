#include <gtest/gtest.h>

#include "fetch/url.h"

namespace briefcast {
namespace {

TEST(Url, SchemesAndWhatIsFetched) {
  EXPECT_EQ(url_scheme("HTTPS://x.example/"), "https");
  EXPECT_TRUE(is_http_url("http://127.0.0.1/a"));
  EXPECT_TRUE(is_http_url("HTTPS://127.0.0.1/a"));
  EXPECT_FALSE(is_http_url("https:/missing-slash"));
  EXPECT_FALSE(is_http_url("file:///etc/passwd"));
  EXPECT_TRUE(looks_like_url("file:///etc/passwd"));
  EXPECT_TRUE(looks_like_url("data:text/html,hi"));
  EXPECT_FALSE(looks_like_url("C:\\news\\a.html"));
  EXPECT_FALSE(looks_like_url("news/a.html"));
  EXPECT_FALSE(looks_like_url("./http:a.html"));
  EXPECT_FALSE(looks_like_url("-"));
}

}  // namespace
}  // namespace briefcast
