// E-mail addresses and domains.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(Electronic, CapitalisedMailDomain) {
  EXPECT_EQ(normalize_text("Send tips to DESK@HARBORNEWS.ORG today."), "Send tips to DESK at HARBORNEWS dot ORG today.");
  EXPECT_EQ(normalize_text("mail Reader@Gazette.Net"), "mail Reader at Gazette dot Net");
  // Without an "@", capitals joined by a period are no domain.
  EXPECT_EQ(normalize_text("RIVERS.OVERFLOW"), "RIVERS.OVERFLOW");
}

TEST(Electronic, FiguresAfterAPeriodInsideAnAddressAreKept) {
  // A note number glued after a sentence's period is dropped, but not a label of an address.
  EXPECT_EQ(normalize_text("the files at harbor.org/report.12"), "the files at harbor dot org slash report dot one two");
  EXPECT_EQ(normalize_text("the figures doubled.7 Then"), "the figures doubled. Then");
}

TEST(Electronic, CapitalisedBareDomain) {
  EXPECT_EQ(normalize_text("Read more at HARBORNEWS.COM"), "Read more at HARBORNEWS dot COM");
  EXPECT_EQ(normalize_text("see Gazette.Org"), "see Gazette dot Org");
  // Capitals run together over a period without a common domain ending stay as written.
  EXPECT_EQ(normalize_text("DONE.WHAT"), "DONE.WHAT");
}

}  // namespace briefcast

namespace briefcast {

TEST(Electronic, HashtagNamedByTheWordBeforeIsNotSaidTwice) {
  EXPECT_EQ(normalize_text("posts with the hashtag #SaveTheBees"), "posts with the hashtag SaveTheBees");
  EXPECT_EQ(normalize_text("posts tagged #SaveTheBees"), "posts tagged hashtag SaveTheBees");
}

}  // namespace briefcast

namespace briefcast {

TEST(Electronic, DomainWithAPort) {
  EXPECT_EQ(normalize_text("see stats.example.net:9000/live"),
            "see stats dot example dot net colon nine thousand slash live");
}

}  // namespace briefcast
