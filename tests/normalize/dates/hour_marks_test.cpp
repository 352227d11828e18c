// The 24-hour clock written with an "h" for its colon.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"
#include "normalize/typeset_text.h"

namespace briefcast {

TEST(HourMarks, AnHForTheColonIsAClock) {
  EXPECT_EQ(rules::hour_mark_clocks("Doors open at 19h45 sharp."), "Doors open at 19:45 sharp.");
  EXPECT_EQ(rules::hour_mark_clocks("(08h05) and 6h30"), "(08:05) and 6:30");
  // A morning hour with its leading zero after "at" is the 24-hour clock's (clocks.cpp).
  EXPECT_EQ(normalize_text("The market opens at 06h30 daily."), "The market opens at six thirty AM daily.");
  EXPECT_EQ(normalize_text("The market opens 6h30 daily."), "The market opens six thirty daily.");
}

TEST(HourMarks, OtherHoursAndCodesStay) {
  EXPECT_EQ(rules::hour_mark_clocks("a 5h drive"), "a 5h drive");          // hours, no minutes
  EXPECT_EQ(rules::hour_mark_clocks("ran 2h05m flat"), "ran 2h05m flat");  // hours and minutes
  EXPECT_EQ(rules::hour_mark_clocks("code A2h30"), "code A2h30");          // inside a code
  EXPECT_EQ(rules::hour_mark_clocks("at 25h10"), "at 25h10");              // no such hour
  EXPECT_EQ(rules::hour_mark_clocks("at 12h75"), "at 12h75");              // no such minute
}

}  // namespace briefcast
