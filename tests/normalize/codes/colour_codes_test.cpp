// A colour's number after its matching system.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(ColourCodes, InPairsWithTheirFinish) {
  EXPECT_EQ(normalize_text("Printers matched Pantone 7621 C and 1788C for the logo."),
            "Printers matched Pantone seventy six twenty one C and seventeen eighty eight C for the logo.");
  EXPECT_EQ(normalize_text("The vans are PMS 3005 now."), "The vans are PMS thirty oh five now.");
}

}  // namespace briefcast
