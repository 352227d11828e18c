#include <gtest/gtest.h>

#include "fetch/fetch_test_support.h"
#include "fetch/fetched_text.h"
#include "io/article_input.h"
#include "model/error.h"
#include "model/utf8.h"

namespace briefcast {
namespace {

using namespace briefcast::testing;

constexpr const char* kCyrillicTitle = "\xD0\x93\xD0\xBE\xD1\x80\xD0\xBE\xD0\xB4\xD1\x81\xD0\xBA\xD0\xBE\xD0\xB9";  // Городской

TEST(ContentType, CharsetAndMedia) {
  EXPECT_EQ(content_type_charset("text/html; charset=KOI8-R"), "koi8-r");
  EXPECT_EQ(content_type_charset("text/html;charset=\"windows-1251\"; q=1"), "windows-1251");
  EXPECT_EQ(content_type_charset("text/html"), "");
  EXPECT_EQ(content_type_media(" Text/HTML ; charset=utf-8"), "text/html");
}

TEST(FetchedText, TheHeaderCharsetDecodesAPageThatDeclaresNone) {
  const FetchResult page = fetch_one(data_server().url("/charset/windows-1251/web/cp1251-no-meta.html"));
  ASSERT_TRUE(page.ok()) << error_of(page);
  EXPECT_NE(fetched_article_text(page).find(kCyrillicTitle), std::string::npos);
}

TEST(FetchedText, AWrongUtf8HeaderYieldsToThePagesOwnDeclaration) {
  const FetchResult page = fetch_one(data_server().url("/charset/utf-8/pages/windows-1251-declared.html"));
  ASSERT_TRUE(page.ok()) << error_of(page);
  const std::string text = fetched_article_text(page);
  EXPECT_EQ(find_invalid_utf8(text), std::string::npos);
  EXPECT_NE(text.find("\xD0\x93\xD0\xBE\xD1\x80\xD0\xBE\xD0\xB4"), std::string::npos);  // Город
}

TEST(FetchedText, AStaleLegacyHeaderOnUtf8BytesKeepsTheUtf8) {
  const FetchResult page = fetch_one(data_server().url("/charset/iso-8859-1/web/ferry.html"));
  ASSERT_TRUE(page.ok()) << error_of(page);
  EXPECT_EQ(fetched_article_text(page), read_text_file(test_data("web/ferry.html")));
}

TEST(FetchedText, MediaThatIsNotAPageIsRefused) {
  const FetchResult image = fetch_one(data_server().url("/type/image/png/web/ferry.html"));
  ASSERT_TRUE(image.ok()) << error_of(image);
  try {
    fetched_article_text(image);
    FAIL() << "accepted an image";
  } catch (const Error& e) {
    EXPECT_EQ(e.one_line(), image.url + ": not a web page (Content-Type image/png)");
  }
}

TEST(FetchedText, BinaryBytesAreRefusedLikeABinaryFile) {
  FetchResult fake;
  fake.url = "http://127.0.0.1/x";
  fake.content_type = "text/html";
  fake.body = std::string("<html>\0\0\0", 9);
  EXPECT_THROW(fetched_article_text(fake), Error);
  fake.body.clear();
  EXPECT_THROW(fetched_article_text(fake), Error);
}

}  // namespace
}  // namespace briefcast
