// A measure in two spaced units of one quantity before the noun it describes: one compound
// adjective, both units singular; with no noun after it, each part stays an amount.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(TwoUnitModifiers, HoursAndMinutesBeforeANoun) {
  EXPECT_EQ(normalize_text("She booked a 2 hr 45 min session with the tutor."),
            "She booked a two-hour-forty-five-minute session with the tutor.");
  EXPECT_EQ(normalize_text("The ferry has a 3 h 10 min crossing."), "The ferry has a three-hour-ten-minute crossing.");
}

TEST(TwoUnitModifiers, MinutesAndSecondsBeforeANoun) {
  EXPECT_EQ(normalize_text("Expect a 4 min 20 s pause between sets."),
            "Expect a four-minute-twenty-second pause between sets.");
}

TEST(TwoUnitModifiers, FeetAndInchesOrPoundsAndOuncesBeforeANoun) {
  EXPECT_EQ(normalize_text("The heritage railway keeps a 2 ft 6 in gauge line."),
            "The heritage railway keeps a two-foot-six gauge line.");
  EXPECT_EQ(normalize_text("The 9 lb 3 oz pike was released."), "The nine-pound-three-ounce pike was released.");
}

TEST(TwoUnitModifiers, AnAmountWithNoNounStaysPlural) {
  EXPECT_EQ(normalize_text("The climb took 3 hr 20 min."), "The climb took three hours twenty minutes.");
}

}  // namespace briefcast
