// Every way a fetch fails gives one line naming the URL and the cause.
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include "fetch/fetch_test_support.h"

namespace briefcast {
namespace {

using namespace briefcast::testing;

void expect_failure(const std::string& path, const std::string& cause, const FetchConfig& config = {}) {
  const std::string url = data_server().url(path);
  const FetchResult result = fetch_one(url, config);
  EXPECT_EQ(error_of(result), url + ": " + cause);
  EXPECT_TRUE(result.body.empty());
}

TEST(FetchFailures, HttpStatus) {
  expect_failure("/status/404", "HTTP 404 Not Found");
  expect_failure("/status/500", "HTTP 500 Internal Server Error");
  expect_failure("/status/418", "HTTP 418");
  expect_failure("/web/no-such-page.html", "HTTP 404 Not Found");
}

TEST(FetchFailures, RedirectLoopsAndChainsLongerThanFive) {
  expect_failure("/loop", "too many redirects (more than 5)");
  expect_failure("/redirect/6/web/market.html", "too many redirects (more than 5)");
}

TEST(FetchFailures, RedirectToAFileUrlIsRefused) {
  expect_failure("/to-file", "refused: redirected to a scheme other than http or https");
}

TEST(FetchFailures, OtherSchemesAreRefusedWithoutAnyTransfer) {
  for (const std::string& url : std::vector<std::string>{"file:///etc/passwd", "ftp://127.0.0.1/x", "data:text/html,hello", "gopher://127.0.0.1/"}) {
    const FetchResult result = fetch_one(url);
    EXPECT_EQ(error_of(result).rfind(url + ": refused: ", 0), 0u) << error_of(result);
  }
}

TEST(FetchFailures, BodiesOverTheCapAreRefusedHoweverTheyArrive) {
  expect_failure("/huge", "too large (over 16 MiB)");           // no Content-Length: counted as it arrives
  expect_failure("/huge-declared", "too large (over 16 MiB)");  // refused by its Content-Length
  expect_failure("/gzip-bomb", "too large (over 16 MiB)");      // small on the wire, 40 MiB unpacked
}

TEST(FetchFailures, SlowServerTimesOut) {
  FetchConfig config;
  config.timeout_s = 0.5;
  expect_failure("/slow/5/web/ferry.html", "timed out after 0.5 s", config);
}

TEST(FetchFailures, RefusedConnection) {
  // A port that was free a moment ago: bound, then closed, so nothing listens there.
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  ASSERT_EQ(::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address), 0);
  socklen_t length = sizeof address;
  ASSERT_EQ(::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length), 0);
  ::close(fd);
  const std::string url = "http://127.0.0.1:" + std::to_string(ntohs(address.sin_port)) + "/x.html";
  EXPECT_EQ(error_of(fetch_one(url)), url + ": connection refused");
}

}  // namespace
}  // namespace briefcast
