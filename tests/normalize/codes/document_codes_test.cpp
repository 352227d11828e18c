// A document's number in two zero-padded parts after its series' capitals.
#include <gtest/gtest.h>

#include <string>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(DocumentCodes, ZeroPaddedPartsAfterALabelAreOneCode) {
  EXPECT_EQ(normalize_text("The ward followed HBN 04-01 on isolation."), "The ward followed H.B.N oh four oh one on isolation.");
  EXPECT_EQ(normalize_text("under QRS 02-07 guidance"), "under Q.R.S oh two oh seven guidance");
}

TEST(DocumentCodes, NoLabelNoCode) {
  EXPECT_EQ(normalize_text("The shop reopens on 03-04 this year.").find("oh three"), std::string::npos);
  EXPECT_EQ(normalize_text("Rovers won 03-01 at home.").find("oh three"), std::string::npos);
  EXPECT_EQ(normalize_text("The HBN 14-01 note").find(" oh "), std::string::npos);
}

TEST(DocumentCodes, StandardNamedAfterItsCapitals) {
  EXPECT_EQ(normalize_text("The GH 12-347 manual is the field guide for the survey."),
            "The G.H twelve three forty seven manual is the field guide for the survey.");
  // A score, a round figure or a range of small figures is no standard's name.
  EXPECT_EQ(normalize_text("BOS 99-101 was the final tally.").find("one oh one"), std::string::npos);
  EXPECT_EQ(normalize_text("the PM 10-100 band").find("one oh"), std::string::npos);
  EXPECT_EQ(normalize_text("the XY 12-20 run").find("twelve twenty"), std::string::npos);
}

TEST(DocumentCodes, ALotCodeWithADash) {
  EXPECT_EQ(normalize_text("Check for lot 31-206C on the tub."), "Check for lot thirty one, two oh six C on the tub.");
  EXPECT_EQ(normalize_text("Returns of batch 07-3310 are open."), "Returns of batch oh seven, thirty three ten are open.");
  EXPECT_EQ(normalize_text("The recall names code 42-519A only."), "The recall names code forty two, five nineteen Eh only.");
  // Small rising figures after the label are still a range, and sizes keep theirs.
  EXPECT_NE(normalize_text("Lot 5-8 sold well.").find(" to "), std::string::npos);
  EXPECT_NE(normalize_text("Suits come in 36R-46R.").find(" to "), std::string::npos);
  EXPECT_NE(normalize_text("City won in style 3-1 on Saturday.").find("three to one"), std::string::npos);
}

TEST(DocumentCodes, AnAmountOrARoleIsNoLabel) {
  // "a lot" is an amount and "its part" a role: the score after them stays a score.
  EXPECT_NE(normalize_text("United have beaten a lot 3-2 lately.").find("three to two"), std::string::npos);
  EXPECT_NE(normalize_text("He did his part 3-0 in the final.").find("three to zero"), std::string::npos);
  // The labels of a lot and a part still make a code.
  EXPECT_NE(normalize_text("Recall lot 31-9 from the shelves.").find("thirty one, nine"), std::string::npos);
  EXPECT_NE(normalize_text("Order part 12-40B today.").find("twelve, forty B"), std::string::npos);
}

TEST(DocumentCodes, PaddedReferencesKeepTheirZeros) {
  EXPECT_EQ(normalize_text("Each crate shows Art. No. 0512-004-07 on the lid."),
            "Each crate shows Article number oh five one two, oh oh four, oh seven on the lid.");
  EXPECT_NE(normalize_text("Quote SKU 004512 when ordering.").find("oh oh four five one two"), std::string::npos);
  EXPECT_NE(normalize_text("See ref. KX-2024/0091 for details.").find("K.X twenty twenty four slash oh oh nine one"),
            std::string::npos);
  EXPECT_EQ(normalize_text("Tins marked LOT 31-208-C were recalled."),
            "Tins marked lot thirty one, two oh eight, C were recalled.");
  // Docket numbers without padding are still read in pairs; a plain item stays a number.
  EXPECT_EQ(normalize_text("Case No. 22-1234 was heard."), "Case number twenty two, twelve thirty four was heard.");
  EXPECT_EQ(normalize_text("Turn to item 12 next."), "Turn to item twelve next.");
  EXPECT_EQ(normalize_text("LOT flew 787-9 jets to Seoul.").find("lot seven"), std::string::npos);
}

// A trade or court case's number after "case" or "docket": its groups are a code, the letter
// group joined to the figures after it; a clause's "in case" before bare figures is left.
TEST(DocumentCodes, CaseNumbersAreCodes) {
  EXPECT_EQ(normalize_text("Duties were set in case C-533-944 last week."),
            "Duties were set in case C five thirty three, nine forty four last week.");
  EXPECT_EQ(normalize_text("The judge called case 19-4410 first."), "The judge called case nineteen, forty four ten first.");
  EXPECT_EQ(normalize_text("Stay back in case 3-1 becomes 3-3.").find("three, one"), std::string::npos);
}

// Four figures after a named kind of code, or with a tariff line's groups, are an identifier in pairs.
TEST(DocumentCodes, CodedFiguresInPairs) {
  EXPECT_EQ(normalize_text("Imports under HS code 8517 62 00 rose."), "Imports under H.S code eighty five seventeen, sixty two, oh oh rose.");
  EXPECT_EQ(normalize_text("Tyres with a date code of 1921 were pulled."), "Tyres with a date code of nineteen twenty one were pulled.");
  // A code keyed in stays figure by figure; counts and years are left.
  EXPECT_EQ(normalize_text("Enter code 5317 at the gate."), "Enter code five three one seven at the gate.");
  EXPECT_EQ(normalize_text("The code has 4,000 lines."), "The code has four thousand lines.");
  EXPECT_EQ(normalize_text("The dress code of 2019 was strict."), "The dress code of twenty nineteen was strict.");
}

// After "case" or "docket" two small figures are a vote split or a score, never a code: only a
// docket's shape (a long group, a letter group, more than two groups) makes a case's number.
TEST(DocumentCodes, CourtVotesAndScoresStayScores) {
  EXPECT_EQ(normalize_text("The appeals panel settled the case 8-1 on Monday."),
            "The appeals panel settled the case eight to one on Monday.");
  EXPECT_EQ(normalize_text("The justices sided with the state in the case 7-0 last term."),
            "The justices sided with the state in the case seven to zero last term.");
  EXPECT_EQ(normalize_text("In this case 4-2 was a fair result."), "In this case four to two was a fair result.");
  EXPECT_EQ(normalize_text("The clerk listed docket 31-0082 for trial."), "The clerk listed docket thirty one, oh oh eight two for trial.");
  EXPECT_EQ(normalize_text("The clerk listed case B-412-077 for review."),
            "The clerk listed case B four twelve, oh seven seven for review.");
}

// Only a named code system's four figures are grouped; a keyed code and a bare "code of" count are not.
TEST(DocumentCodes, CodedFiguresNeedANamedSystem) {
  EXPECT_EQ(normalize_text("The NAICS code 5413 covers engineering firms."),
            "The N.A.I.C.S code fifty four thirteen covers engineering firms.");
  EXPECT_EQ(normalize_text("Type the alarm code 6142 now."), "Type the alarm code six one four two now.");
  EXPECT_EQ(normalize_text("The draft has a code of 3400 rules.").find("thirty four"), std::string::npos);
}

// A span of years after "case" (a scenario's "base case", "worst case") is no docket's number.
TEST(DocumentCodes, ASpanOfYearsIsNoDocket) {
  EXPECT_EQ(normalize_text("In the worst case 2026-27 revenue falls by a third."),
            "In the worst case twenty twenty six to twenty seven revenue falls by a third.");
  EXPECT_EQ(normalize_text("Their central case 2029-2030 budget balances.").find("twenty twenty nine,"), std::string::npos);
  // A docket's number keeps its groups.
  EXPECT_EQ(normalize_text("Docket 23-1187 was argued in April.").find(" to "), std::string::npos);
}

// After a lot's or a case's label two four-figure groups are its number, never a span of the day.
TEST(DocumentCodes, ALabelledNumberIsNoClockSpan) {
  EXPECT_EQ(normalize_text("Case 2022-0318 was heard on Monday.").find(" PM"), std::string::npos);
  EXPECT_EQ(normalize_text("Batch 1907-0215 was withdrawn.").find(" AM"), std::string::npos);
  // Without a label, a zero-led pair is still a span of the day.
  EXPECT_NE(normalize_text("The road is shut 0700-1900 daily.").find("seven AM"), std::string::npos);
}

// After a named system four figures shaped like a year are its code all the same, said in pairs.
TEST(DocumentCodes, ANamedSystemsCodeShapedLikeAYear) {
  EXPECT_EQ(normalize_text("Jams fall under HS code 2007 in the schedule."),
            "Jams fall under H.S code twenty oh seven in the schedule.");
  // After a bare "code" a year is still read as a year.
  EXPECT_EQ(normalize_text("The code of 2024 replaced the old one.").find("twenty oh"), std::string::npos);
}

// "in any case", "in that case": the phrase, never a court's label, so a span of the day follows.
TEST(DocumentCodes, ThePhraseInAnyCaseLabelsNoNumber) {
  EXPECT_EQ(normalize_text("In any case 0700-0900 is the quietest slot."),
            "In any case seven o'clock to nine o'clock is the quietest slot.");
  EXPECT_EQ(normalize_text("In that case 0600-0800 would suit the crews.").find("oh six"), std::string::npos);
  // A case's own number keeps its groups.
  EXPECT_EQ(normalize_text("The judge set case 2031-0417 for trial.").find("o'clock"), std::string::npos);
}

}  // namespace briefcast
