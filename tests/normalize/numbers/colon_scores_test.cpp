// Scores and measured times written with a colon, as European copy writes them.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(ColonScore, BeforeAResultWord) {
  EXPECT_EQ(normalize_text("after Saturday's 2:1 defeat at home"), "after Saturday's two to one defeat at home");
  EXPECT_EQ(normalize_text("a 3:1 home win over Lyon"), "a three to one home win over Lyon");
  EXPECT_EQ(normalize_text("Monday's 25:22 victory in Kiel"), "Monday's twenty five to twenty two victory in Kiel");
}

TEST(ColonScore, AfterAResultVerb) {
  EXPECT_EQ(normalize_text("the visitors won 3:2 on penalties"), "the visitors won three to two on penalties");
  EXPECT_EQ(normalize_text("Gdansk led 2:0 at the break"), "Gdansk led two to zero at the break");
  EXPECT_EQ(normalize_text("the sides drew 1:1 in Bern"), "the sides drew one all in Bern");
}

TEST(ColonScore, AfterTheSideBeaten) {
  EXPECT_EQ(normalize_text("they beat Hertha 2:0 on Sunday"), "they beat Hertha two to zero on Sunday");
  EXPECT_EQ(normalize_text("Kiel edged Bad Harz 27:26 at home"), "Kiel edged Bad Harz twenty seven to twenty six at home");
}

TEST(ColonScore, ClockShapedPairsNeedAGame) {
  EXPECT_EQ(normalize_text("the motion passed 11:15 on Friday"), "the motion passed eleven fifteen on Friday");
  EXPECT_EQ(normalize_text("the 10:45 lead time was short"), "the ten forty five lead time was short");
}

// A result verb carries a time gap as well as a score, and a clock follows "finished" or "tied
// at": a pair a clock could show is never read as a score.
TEST(ColonScore, TimeGapsAndClocksAfterResultWordsAreNoScores) {
  EXPECT_EQ(normalize_text("Vingegaard lost 2:07 to Almeida on the climb"), "Vingegaard lost two oh seven to Almeida on the climb");
  EXPECT_EQ(normalize_text("The Dutch rider trailed 0:44 after stage two").find("zero to"), std::string::npos);
  EXPECT_EQ(normalize_text("Oxford led 3:20 at Hammersmith Bridge").find("to"), std::string::npos);
  EXPECT_EQ(normalize_text("Ferrari lost 0:09 in the pit lane").find("zero to"), std::string::npos);
  EXPECT_EQ(normalize_text("Jones beat Patel 11:52 to the summit").find("to fifty two"), std::string::npos);
  EXPECT_EQ(normalize_text("the opposition won 10:45 of speaking time").find("ten to"), std::string::npos);
  EXPECT_EQ(normalize_text("The count was tied at 11:11"), "The count was tied at eleven eleven");
  EXPECT_EQ(normalize_text("The derby ended 9:09 pm local time").find("all"), std::string::npos);
}

TEST(ColonScore, ScoresNoClockShowsStay) {
  EXPECT_EQ(normalize_text("Sweden beat Spain 29:27 in Malmo"), "Sweden beat Spain twenty nine to twenty seven in Malmo");
  EXPECT_EQ(normalize_text("they drew 3:3 in Basel"), "they drew three all in Basel");
  EXPECT_EQ(normalize_text("Thursday's 4:1 win at home"), "Thursday's four to one win at home");
}

TEST(ColonScore, SetScoresInBracketsAfterTheMatchScore) {
  EXPECT_EQ(normalize_text("Lodz won 3:1 (25:21, 23:25, 25:18, 25:22) at home"),
            "Lodz won three to one (twenty five to twenty one, twenty three to twenty five, twenty five to eighteen, "
            "twenty five to twenty two) at home");
  EXPECT_EQ(normalize_text("doors 7:30 (8:15, 9:45) daily"), "doors seven thirty (eight fifteen, nine forty five) daily");
  EXPECT_EQ(normalize_text("Gent won 2:0 (25:19, 25:22) away"),
            "Gent won two to zero (twenty five to nineteen, twenty five to twenty two) away");
  EXPECT_EQ(normalize_text("buses at 4:4 (9:15, 9:45) daily").find("to fifteen"), std::string::npos);
}

TEST(ColonScore, ClocksAndCitationsStay) {
  EXPECT_EQ(normalize_text("the train left at 6:45 on Friday"), "the train left at six forty five on Friday");
  EXPECT_EQ(normalize_text("Matthew 5:9 was read"), "Matthew 5:9 was read");
  EXPECT_EQ(normalize_text("a 1:50 scale model"), "a one to fifty scale model");
}

TEST(MeasuredTime, AfterAVerbOfAveraging) {
  EXPECT_EQ(normalize_text("Category 3 calls averaged 52:40 last month"),
            "Category three calls averaged fifty two minutes forty seconds last month");
  EXPECT_EQ(normalize_text("the handover took 38:05 on average"), "the handover took thirty eight minutes five seconds on average");
  EXPECT_EQ(normalize_text("a median response time of 9:14 in rural areas"),
            "a median response time of nine minutes fourteen seconds in rural areas");
}

// Waits run to hours ("waited 4:30" in A&E), and a word after the span says what it is: only a
// response's time, or a span past a clock's hours, ending its phrase is minutes and seconds.
TEST(MeasuredTime, WaitsAndSpansWithAWordAfterAreNoMinutes) {
  EXPECT_EQ(normalize_text("Patients waited an average of 6:15 in the emergency department").find("minutes"),
            std::string::npos);
  EXPECT_EQ(normalize_text("The trolley wait took 11:20 at the regional hospital").find("minutes"), std::string::npos);
  EXPECT_EQ(normalize_text("Response times averaged 1:40 hours in the hills").find("seconds"), std::string::npos);
  EXPECT_EQ(normalize_text("The striker averaged 29:30 minutes a match").find("seconds"), std::string::npos);
  EXPECT_EQ(normalize_text("Paramedics arrived in 9:30 traffic").find("seconds"), std::string::npos);
}

TEST(MeasuredTime, ClocksAfterOtherWordsStay) {
  EXPECT_EQ(normalize_text("the crew arrived at 9:14 in the morning"), "the crew arrived at nine fourteen in the morning");
  EXPECT_EQ(normalize_text("the first call of the day came in at 7:05"), "the first call of the day came in at seven oh five");
}

}  // namespace briefcast
