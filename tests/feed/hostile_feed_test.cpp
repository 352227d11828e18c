// Feeds that try to hurt: entity bombs, external entities that would read a local file or
// reach a host. Each must fail with one clean line and never load anything.
#include <gtest/gtest.h>

#include "feed/feed.h"
#include "model/error.h"
#include "support/run_command.h"

namespace briefcast {
namespace {

using testing::read_text_file;
using testing::test_data;

std::string failure_of(const std::string& bytes, const std::string& source) {
  try {
    const Feed feed = parse_feed(bytes, source);
    std::string titles;
    for (const FeedItem& item : feed.items) titles += item.title + "|" + item.summary_html + "\n";
    return "accepted: " + titles;
  } catch (const Error& e) {
    return e.one_line();
  }
}

TEST(HostileFeed, BillionLaughsIsRefused) {
  const std::string message = failure_of(read_text_file(test_data("feeds/billion-laughs.xml")), "laughs.xml");
  EXPECT_EQ(message.rfind("laughs.xml: ", 0), 0u) << message;
  EXPECT_NE(message.find("entity"), std::string::npos) << message;
  EXPECT_EQ(message.find('\n'), std::string::npos);
}

TEST(HostileFeed, ExternalEntitiesAreRefusedAndNeverRead) {
  const std::string message = failure_of(read_text_file(test_data("feeds/xxe.xml")), "xxe.xml");
  EXPECT_EQ(message, "xxe.xml: refused: the document declares external entities (never loaded)");
  EXPECT_EQ(message.find("root:"), std::string::npos);
}

TEST(HostileFeed, ExternalDtdIsNeverLoaded) {
  // A DTD naming a local file: with DTD loading off, nothing from it can reach the items.
  const std::string rss = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss SYSTEM \"file:///etc/passwd\">\n"
                          "<rss version=\"2.0\"><channel><title>T</title><item><title>x</title></item></channel></rss>";
  const Feed feed = parse_feed(rss, "dtd.rss");
  ASSERT_EQ(feed.items.size(), 1u);
  EXPECT_EQ(feed.items[0].title, "x");
}

TEST(HostileFeed, QuadraticBlowupStaysWithinTheBudget) {
  // One big entity referenced many times: libxml2 lets small amplification through, our
  // text budget must still bound what we take out.
  std::string rss = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY big \"" + std::string(100000, 'a') + "\">]>\n";
  rss += "<rss version=\"2.0\"><channel><title>T</title><item><title>x</title><description>";
  for (int i = 0; i < 2000; ++i) rss += "&big;";
  rss += "</description></item></channel></rss>";
  const std::string message = failure_of(rss, "quadratic.rss");
  EXPECT_EQ(message.rfind("quadratic.rss: ", 0), 0u) << message.substr(0, 200);
}

TEST(HostileFeed, InternalEntitiesWithinLimitsAreExpanded) {
  const std::string rss = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY town \"Bayside\">]>\n"
                          "<rss version=\"2.0\"><channel><title>T</title><item><title>News from &town;</title>"
                          "</item></channel></rss>";
  EXPECT_EQ(parse_feed(rss, "entity.rss").items.at(0).title, "News from Bayside");
}

}  // namespace
}  // namespace briefcast
