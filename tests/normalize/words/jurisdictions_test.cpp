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

TEST(Jurisdictions, QueenslandInCapitals) {
  EXPECT_EQ(normalize_text("Storms cut power across QLD overnight."), "Storms cut power across Queensland overnight.");
  EXPECT_EQ(normalize_text("the QLD and NSW borders"), "the Queensland and N.S.W borders");
}

}  // namespace briefcast
