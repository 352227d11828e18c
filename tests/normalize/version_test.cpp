// Version numbers of two or more points, with a "v" and in ranges, and any release of a series.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(Version, PartsAreNumbers) {
  EXPECT_EQ(normalize_text("update to 4.12.3 now"), "update to four point twelve point three now");
  EXPECT_EQ(normalize_text("v3.0.1 shipped"), "version three point zero point one shipped");
  EXPECT_EQ(normalize_text("v7.4 shipped"), "version seven point four shipped");
  EXPECT_EQ(normalize_text("build 1.02.7"), "build one point zero two point seven");
}

TEST(Version, Ranges) {
  EXPECT_EQ(normalize_text("kernels 3.10.2-4.4 work"), "kernels three point ten point two to four point four work");
  EXPECT_EQ(normalize_text("from 1.2.3\u20131.2.9"), "from one point two point three to one point two point nine");
}

TEST(Version, NotVersions) {
  EXPECT_EQ(normalize_text("2.5 kg"), "two point five kilograms");
  EXPECT_EQ(normalize_text("on 03.04.2021"), normalize_text("on 03.04.2021"));
  EXPECT_EQ(normalize_text("host 10.1.1.4"), "host one zero dot one dot one dot four");
}

}  // namespace briefcast

namespace briefcast {

namespace {

std::string say(std::string_view written) { return normalize_text(written); }

}  // namespace

TEST(Version, AnyReleaseOfASeries) {
  EXPECT_EQ(say("runs on Perl 5.x only"), "runs on Perl five point x only");
}

}  // namespace briefcast
