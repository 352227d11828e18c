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

TEST(Electronic, CapitalisedBareDomain) {
  EXPECT_EQ(normalize_text("Read more at HARBORNEWS.COM"), "Read more at HARBORNEWS dot COM");
  EXPECT_EQ(normalize_text("see Gazette.Org"), "see Gazette dot Org");
  // Capitals run together over a period without a common domain ending stay as written.
  EXPECT_EQ(normalize_text("DONE.WHAT"), "DONE.WHAT");
}

}  // namespace briefcast
