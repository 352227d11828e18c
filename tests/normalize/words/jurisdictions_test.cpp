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

// After a place and its comma on a line about Australia, "WA" and "NT" are the state and the
// territory; elsewhere "WA" stays Washington.
TEST(Jurisdictions, AustralianStateAfterAPlace) {
  EXPECT_EQ(normalize_text("Miners near Newman, WA, earn A$150,000."),
            "Miners near Newman, Western Australia, earn one hundred fifty thousand Australian dollars.");
  EXPECT_EQ(normalize_text("Floods cut Katherine, NT, off from Darwin."), "Floods cut Katherine, Northern Territory, off from Darwin.");
  EXPECT_EQ(normalize_text("Apple growers near Yakima, WA, had a record year."),
            "Apple growers near Yakima, Washington, had a record year.");
  // A city of Washington named on a line about an Australian firm keeps the state.
  EXPECT_EQ(normalize_text("Australian firm Atlassian has an office in Seattle, WA."),
            "Australian firm Atlassian has an office in Seattle, Washington.");
}

}  // namespace briefcast
