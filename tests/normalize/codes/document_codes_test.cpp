// A document's number in two zero-padded parts after its series' capitals.
#include <gtest/gtest.h>

#include <string>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(DocumentCodes, ZeroPaddedPartsAfterALabelAreOneCode) {
  EXPECT_EQ(normalize_text("The ward followed HBN 04-01 on isolation."), "The ward followed H.B.N oh four oh one on isolation.");
  EXPECT_EQ(normalize_text("under QRS 02-07 guidance"), "under Q.R.S oh two oh seven guidance");
}

TEST(DocumentCodes, NoLabelNoCode) {
  EXPECT_EQ(normalize_text("The shop reopens on 03-04 this year.").find("oh three"), std::string::npos);
  EXPECT_EQ(normalize_text("Rovers won 03-01 at home.").find("oh three"), std::string::npos);
  EXPECT_EQ(normalize_text("The HBN 14-01 note").find(" oh "), std::string::npos);
}

}  // namespace briefcast
