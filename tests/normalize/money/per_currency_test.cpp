// An exchange rate quoted per a currency sign ("148.9/$").
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(PerCurrency, SoManyToTheDollar) {
  EXPECT_EQ(normalize_text("The yen ended at 148.9/$ in Tokyo."),
            "The yen ended at one hundred forty eight point nine to the dollar in Tokyo.");
  EXPECT_EQ(normalize_text("The lira traded at 35.2/\u20ac on Friday."),
            "The lira traded at thirty five point two to the euro on Friday.");
}

}  // namespace briefcast
