// Jurisdictions written short: Irish counties after "Co".
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(Jurisdictions, IrishCountyAfterCo) {
  EXPECT_EQ(normalize_text("a farm near Bantry, Co. Cork, was sold"), "a farm near Bantry, County Cork, was sold");
  EXPECT_EQ(normalize_text("a Co Tyrone woman"), "a County Tyrone woman");
  // A firm's "Co." stays the company.
  EXPECT_EQ(normalize_text("Baker Co. said"), "Baker Company said");
}

}  // namespace briefcast
