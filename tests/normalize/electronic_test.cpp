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

}  // namespace briefcast
