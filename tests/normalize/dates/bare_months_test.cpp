// A short month with no period after a preposition of time.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(BareMonths, AfterAPrepositionOfTime) {
  EXPECT_EQ(normalize_text("the new tariffs apply from Oct, the ministry said"),
            "the new tariffs apply from October, the ministry said");
  EXPECT_EQ(normalize_text("prices rose from Aug to Nov"), "prices rose from August to November");
}

TEST(BareMonths, NamesAndWordsStay) {
  // "Jan" is a name and "Mar" a word; with no period they are left as written.
  EXPECT_EQ(normalize_text("a letter from Jan to her sister"), "a letter from Jan to her sister");
  EXPECT_EQ(normalize_text("the Oct result"), "the Oct result");
}

}  // namespace briefcast
