// Abbreviations that travel with a sum: "min." and "max." before it, "p.a." after its rate.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(AmountAbbreviations, LimitsBeforeASumAndAYearAfterARate) {
  EXPECT_EQ(normalize_text("Bids open at min. $1,500 for the lot."), "Bids open at minimum one thousand five hundred dollars for the lot.");
  EXPECT_NE(normalize_text("Fines run to max. \u00a3900, the council said.").find("maximum nine hundred pounds"), std::string::npos);
  EXPECT_NE(normalize_text("Tuition is A$24,000 per student p.a. at the college.").find("per student per annum at"),
            std::string::npos);
  EXPECT_NE(normalize_text("The bond pays 4.1% p.a. until 2030.").find("percent per annum until"), std::string::npos);
  // A minute, a name or letters with no sum beside them stay as they are.
  EXPECT_EQ(normalize_text("Wait 5 min. Then stir.").find("minimum"), std::string::npos);
  EXPECT_EQ(normalize_text("The p.a. system failed twice.").find("annum"), std::string::npos);
}

TEST(AmountAbbreviations, AYearOnlyRightAfterASumOrAShare) {
  EXPECT_NE(normalize_text("Savers earn 6.2 per cent p.a. on the bond.").find("per cent per annum on"), std::string::npos);
  EXPECT_NE(normalize_text("Fees rise 3pc p.a. from May.").find("per annum from"), std::string::npos);
  EXPECT_NE(normalize_text("The post pays \u00a338,500 gross p.a. plus a car.").find("gross per annum plus"),
            std::string::npos);
  // After a word of grammar, a determiner or a possessive, or before a noun: a public address
  // or an assistant.
  EXPECT_EQ(normalize_text("The venue paid \u00a38,000 for a fresh p.a. rig.").find("annum"), std::string::npos);
  EXPECT_EQ(normalize_text("Jobless rates hit 5% and the arena's p.a. crackled.").find("annum"), std::string::npos);
  EXPECT_EQ(normalize_text("The senator gave $400 to her p.a. on Monday.").find("annum"), std::string::npos);
  EXPECT_EQ(normalize_text("It cost $90 and p.a. speakers were hired.").find("annum"), std::string::npos);
  // Right after a share, before the noun it rates.
  EXPECT_NE(normalize_text("The fund offers a 4.8% p.a. coupon.").find("percent per annum coupon"), std::string::npos);
}

TEST(AmountAbbreviations, NoLimitAfterAMinistryOrAMinute) {
  EXPECT_EQ(normalize_text("Justice Min. $40m fund approved.").find("Minimum"), std::string::npos);
  EXPECT_EQ(normalize_text("He scored in the 71st min. \u20ac5m buy Diaz set it up.").find("minimum"), std::string::npos);
  EXPECT_EQ(normalize_text("They waited 25 min. $3 tickets were then sold.").find("minimum"), std::string::npos);
  EXPECT_NE(normalize_text("Deposits start at min. $250 online.").find("minimum two hundred fifty dollars"),
            std::string::npos);
}

}  // namespace briefcast
