// A race time written like a clock.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(RaceTimes, AResultAfterItsCueIsMinutesAndSeconds) {
  EXPECT_EQ(normalize_text("She took the 5k title in 16:07."), "She took the five k title in sixteen minutes seven seconds.");
  EXPECT_EQ(normalize_text("He swam a time of 3:51 in the heat."), "He swam a time of three minutes fifty one seconds in the heat.");
  EXPECT_EQ(normalize_text("The veteran clocked 21:10 on the hilly course to win."),
            "The veteran clocked twenty one minutes ten seconds on the hilly course to win.");
}

TEST(RaceTimes, AResultBeforeANounIsOneAdjective) {
  EXPECT_EQ(normalize_text("She ran a 2:24:05 marathon in Boston."),
            "She ran a two-hour-twenty-four-minute-five-second marathon in Boston.");
  EXPECT_EQ(normalize_text("He clocked a 14:59 run."), "He clocked a fourteen-minute-fifty-nine-second run.");
}

TEST(RaceTimes, AClockInARaceLineStaysAClock) {
  EXPECT_EQ(normalize_text("The race starts at 10:30."), "The race starts at ten thirty.");
  // A race named by its start, as racing copy names them.
  EXPECT_EQ(normalize_text("Her horse took the 4:05 race at Ascot."), "Her horse took the four oh five race at Ascot.");
  EXPECT_EQ(normalize_text("The marathon begins at 7:45 am."), "The marathon begins at seven forty five AM.");
  // No race word near: a time of day.
  EXPECT_EQ(normalize_text("The meeting ended in 10:15 chaos."), "The meeting ended in ten fifteen chaos.");
}

TEST(RaceTimes, ZeroHundredthsAreSaidFlat) {
  EXPECT_EQ(normalize_text("The trials relay went 3:15.00 and the 800m free was 8:04.0."),
            "The trials relay went three minutes fifteen flat and the eight-hundred-meter free was eight minutes four flat.");
}

TEST(RaceTimes, AfterACueOfLengthAPerformanceTimeIsMinutesAndSeconds) {
  EXPECT_EQ(normalize_text("The ice dance free program may last up to 4:10 and the short dance within 2:50."),
            "The ice dance free program may last up to four minutes ten seconds and the short dance within two minutes "
            "fifty seconds.");
  EXPECT_EQ(normalize_text("Pop songs must be no longer than 3:45 for the chart."),
            "Pop songs must be no longer than three minutes forty five seconds for the chart.");
  // "at" is no cue of length, and a line with no performance in it keeps its clock.
  EXPECT_EQ(normalize_text("The routine starts at 1:30 sharp."), "The routine starts at one thirty sharp.");
  EXPECT_EQ(normalize_text("The bus leaves within 1:30 of noon."), "The bus leaves within one thirty of noon.");
  // A marathon's time is in hours: left as it was.
  EXPECT_EQ(normalize_text("The marathon must be run under 2:30 to qualify."),
            "The marathon must be run under two thirty to qualify.");
}

TEST(RaceTimes, ASignedTimeInAClassificationIsAGap) {
  EXPECT_EQ(normalize_text("The Italian is fourth overall at +2:13 after the climb."),
            "The Italian is fourth overall at two minutes thirteen seconds after the climb.");
  EXPECT_EQ(normalize_text("Standings: Kerr +0:58, Lund +1:06."),
            "Standings: Kerr plus fifty eight seconds, Lund plus one minute six seconds.");
  // No classification near: the sign and figures keep their reading.
  EXPECT_EQ(normalize_text("The tide table gives +2:13 for the harbour.").find("minutes"), std::string::npos);
}

}  // namespace briefcast
