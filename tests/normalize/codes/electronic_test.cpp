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

namespace briefcast {

TEST(Electronic, LabelEspeakWouldSayAsAWordIsSpelled) {
  EXPECT_EQ(normalize_text("write to desk@lbj.org today"), "write to desk at L.B.J dot org today");
  EXPECT_EQ(normalize_text("see nyt.com"), "see N.Y.T dot com");
  EXPECT_EQ(normalize_text("at byu.edu"), "at B.Y.U dot edu");
  // A run of consonants ending in its one y is a word; a label with vowels is said.
  EXPECT_EQ(normalize_text("at fly.com"), "at fly dot com");
  EXPECT_EQ(normalize_text("at harbor.org"), "at harbor dot org");
  // Capitals beside lowercase mark an initialism; a word-shaped one stays a word.
  EXPECT_EQ(normalize_text("at NYU.edu"), "at N.Y.U dot edu");
  EXPECT_EQ(normalize_text("at NASA.gov"), "at NASA dot gov");
  // An address all in capitals says nothing by its case.
  EXPECT_EQ(normalize_text("DESK@HARBOR.ORG"), "DESK at HARBOR dot ORG");
}

TEST(Electronic, RandomPathOfAShortLinkIsSaidAsALink) {
  EXPECT_EQ(normalize_text("more: https://t.co/Qm7rXk2Lp9"), "more: t dot CO link");
  EXPECT_EQ(normalize_text("watch tube.com/v?id=aB3kP9xQ2z now"), "watch tube dot com link now");
  // Slugs, dates and names with a digit are read as written.
  EXPECT_EQ(normalize_text("at shop.com/Pixel8Pro"), "at shop dot com slash Pixel eight Pro");
  EXPECT_EQ(normalize_text("at news.com/2023/story-b52"),
            "at news dot com slash two zero two three slash story dash b five two");
}

}  // namespace briefcast

namespace briefcast {

TEST(Electronic, UnderscoresOfHandlesAndNamesAreSaid) {
  EXPECT_EQ(normalize_text("Follow @river_cafe for updates."), "Follow at river underscore cafe for updates.");
  EXPECT_EQ(normalize_text("set the max_retries option"), "set the max underscore retries option");
  // At a word's edges an underscore marks emphasis; before a capitalised name it is typography.
  EXPECT_EQ(normalize_text("it was _very_ late"), "it was very late");
  EXPECT_EQ(normalize_text("Producer_Anna Berg, Editor_Tom Hale"), "Producer Anna Berg, Editor Tom Hale");
}

TEST(Electronic, AFunctionWordAfterAHyphenInAPathIsAWord) {
  EXPECT_EQ(normalize_text("Write to harborshop.com/contact-us today."),
            "Write to harborshop dot com slash contact dash us today.");
  EXPECT_EQ(normalize_text("see help.rivergazette.org/sign-in"), "see help dot rivergazette dot org slash sign dash in");
  // Opening a slug or standing alone in the path, two letters may be a country's code.
  EXPECT_EQ(normalize_text("rivergazette.org/us-midterms"), "rivergazette dot org slash US dash midterms");
  EXPECT_EQ(normalize_text("rivergazette.org/us/world"), "rivergazette dot org slash US slash world");
}

// Two letters of an address that eSpeak NG would say as a word are spelt.
TEST(Electronic, TwoLettersSaidAsAWordAreSpelt) {
  EXPECT_EQ(normalize_text("Read more at weather.gov.au today."), "Read more at weather dot gov dot A.U today.");
  EXPECT_EQ(normalize_text("Mail news@paper.co.uk now."), "Mail news at paper dot CO dot UK now.");
  // A file's name closed by ".in" keeps the word; a host of India is spelt.
  EXPECT_EQ(normalize_text("Edit the Makefile.in file first.").find("I.N"), std::string::npos);
  EXPECT_NE(normalize_text("Visit www.nic.in today.").find("I.N"), std::string::npos);
}

}  // namespace briefcast
