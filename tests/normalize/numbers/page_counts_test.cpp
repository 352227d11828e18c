// A count of pages glued to "pp".
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(PageCounts, InventedSentences) {
  EXPECT_EQ(normalize_text("The 96pp catalogue and a 520pp novel arrived on Tuesday."),
            "The ninety-six-page catalogue and a five-hundred-twenty-page novel arrived on Tuesday.");
  EXPECT_EQ(normalize_text("Visitor numbers rose 12pp over the year."),
            "Visitor numbers rose twelve percentage points over the year.");
}

}  // namespace briefcast
