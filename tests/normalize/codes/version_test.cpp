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

TEST(Version, ReleaseOfOnePointAfterItsName) {
  // Two figures after the point are a number of their own, as release numbers are said.
  EXPECT_EQ(say("she moved to Python 3.12 last year"), "she moved to Python three point twelve last year");
  EXPECT_EQ(say("iOS from 9.3 to 11.14 works"), "iOS from nine point three to eleven point fourteen works");
  EXPECT_EQ(say("firmware version 4.21 fixed it"), "firmware version four point twenty one fixed it");
  // No release named, a leading zero, or one figure: a decimal.
  EXPECT_EQ(say("the index rose 3.12 points"), "the index rose three point one two points");
  EXPECT_EQ(say("Python 3.05 beta"), "Python three point o five beta");
  EXPECT_EQ(say("Python 3.9 is out"), "Python three point nine is out");
  EXPECT_EQ(say("needs macOS Sonoma 14.10 or later"), "needs macOS Sonoma fourteen point ten or later");
  EXPECT_EQ(say("any Android since 11.13 (Tart)"), "any Android since eleven point thirteen (Tart)");
  // Other words between the name and the figure: a price or a measure, not a release.
  EXPECT_EQ(say("Windows laptops cost 12.50 each"), "Windows laptops cost twelve point five zero each");
  EXPECT_EQ(say("two windows 10.25 inches wide"), "two windows ten point two five inches wide");
}

TEST(Version, ReleasesListedWithSlashes) {
  // After the name of what they count, figures between slashes are releases, not a date or a fraction.
  EXPECT_EQ(say("tested on Windows 7/8/10 laptops"), "tested on Windows seven, eight and ten laptops");
  EXPECT_EQ(say("code for Python 2/3 users"), "code for Python two and three users");
  EXPECT_EQ(say("Android 9/10.1 phones"), "Android nine and ten point one phones");
  // Without such a name they stay what they were.
  EXPECT_EQ(say("add 2/3 cup of milk"), "add two thirds of a cup of milk");
}

TEST(Version, AnyReleaseOfASeries) {
  EXPECT_EQ(say("runs on Perl 5.x only"), "runs on Perl five point x only");
}

}  // namespace briefcast

namespace briefcast {

TEST(Version, LetteredLineageOfAVariant) {
  EXPECT_EQ(normalize_text("the BQ.1 strain"), "the B.Q one strain");
  EXPECT_EQ(normalize_text("the XBB.1.16 wave"), "the X.B.B one point sixteen wave");
}

}  // namespace briefcast

namespace briefcast {

TEST(VersionAfterTheWord, TheVIsNotSaidAgain) {
  EXPECT_EQ(normalize_text("Version v4.0.2 is out"), "Version four point zero point two is out");
  EXPECT_EQ(normalize_text("in version v3.1"), "in version three point one");
}

TEST(Version, ProtocolInitialismWithItsVersion) {
  EXPECT_EQ(normalize_text("The ISP still lacks IPv6 support."), "The I.S.P still lacks I.P v six support.");
  EXPECT_NE(normalize_text("polling over SNMPv2 only").find("S.N.M.P v two"), std::string::npos);
}

}  // namespace briefcast
