// Dotted short forms whose period goes on into the sentence, and Roman numerals after a label's
// period.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(DottedWords, SaidInFullWhenThePeriodGoesOn) {
  EXPECT_EQ(normalize_text("Lee & Park, Esq., filed the brief."), "Lee and Park, Esquire, filed the brief.");
  EXPECT_EQ(normalize_text("The Dallas Expwy. closed in both directions."),
            "The Dallas Expressway closed in both directions.");
  EXPECT_EQ(normalize_text("Crews reached Sta. 14+20 by noon."), "Crews reached Station fourteen plus twenty by noon.");
  EXPECT_EQ(normalize_text("The cost in a full yr., she said, was high."), "The cost in a full year, she said, was high.");
  EXPECT_EQ(normalize_text("Min. for Health Ana Ruiz spoke."), "Minister for Health Ana Ruiz spoke.");
}

TEST(DottedWords, CuedStubsNeedTheirCue) {
  // "Min. for" before no capitalised portfolio is a minimum.
  EXPECT_EQ(normalize_text("The Min. for a pass is forty.").find("Minister"), std::string::npos);
  EXPECT_EQ(normalize_text("Min. for all adults: 18C").find("Minister"), std::string::npos);
  // "Ph." before a small figure is a phase or a pH.
  EXPECT_EQ(normalize_text("Homes in Ph. 4 of the estate sold.").find("hone"), std::string::npos);
  EXPECT_EQ(normalize_text("The ph. 6 soil suits tea.").find("hone"), std::string::npos);
  EXPECT_NE(normalize_text("Bookings ph. 0401 555 219 now.").find("phone"), std::string::npos);
  // "Pres." after a church's ordinal and "Div." before a lowercase noun stay.
  EXPECT_EQ(normalize_text("Second Pres., the old chapel, reopened.").find("President"), std::string::npos);
  EXPECT_EQ(normalize_text("The Div. payout rose 4%.").find("Division"), std::string::npos);
  EXPECT_EQ(normalize_text("a Div. hike for holders").find("Division"), std::string::npos);
}

TEST(DottedWords, PossessiveAndHyphenedForms) {
  EXPECT_NE(normalize_text("the wk.'s best film was new").find("the week's best film"), std::string::npos);
  EXPECT_NE(normalize_text("Sales of the 4-cyl. engines fell.").find("four-cylinder engines"), std::string::npos);
}

TEST(DottedWords, PhoneBeforeItsNumber) {
  EXPECT_EQ(normalize_text("Contact ph. (02) 5550 1234 today.").rfind("Contact phone (", 0), 0u);
}

TEST(DottedWords, CollectionOnlyAfterEx) {
  EXPECT_NE(normalize_text("The vase, ex Coll. Smith, sold well.").find("ex collection Smith"), std::string::npos);
  EXPECT_EQ(normalize_text("Trinity Coll. Dublin hired him.").find("collection"), std::string::npos);
}

TEST(DottedWords, RomanNumeralAfterALabelIsACount) {
  EXPECT_EQ(normalize_text("The team plays in Div. II next season."), "The team plays in Division two next season.");
  EXPECT_EQ(normalize_text("The quake was a Cat. IV event."), "The quake was a Category four event.");
  EXPECT_EQ(normalize_text("He was seeded No. IV in the draw."), "He was seeded Number four in the draw.");
  EXPECT_NE(normalize_text("They won the Div. III-B title.").find("Division three-B title"), std::string::npos);
}

TEST(DottedWords, LeftAloneWhereTheyMayBeOtherWords) {
  // A capital after the period: a new sentence or a name, not the long form.
  EXPECT_EQ(normalize_text("Our cat sat on the Cat. The next day it left."), "Our cat sat on the Cat. The next day it left.");
  EXPECT_EQ(normalize_text("The min. wage rose.").find("Minister"), std::string::npos);
  EXPECT_EQ(normalize_text("It took 5 min. to load.").find("Minister"), std::string::npos);
  EXPECT_EQ(normalize_text("He said No. I think not.").find("Number one"), std::string::npos);
  EXPECT_EQ(normalize_text("She answered: No. I, on balance, will wait.").find("Number one"), std::string::npos);
  EXPECT_EQ(normalize_text("The pH. of the lake fell.").find("phone"), std::string::npos);
}

TEST(DottedWords, TemperatureAndCaliforniaCodes) {
  EXPECT_EQ(normalize_text("Her body temp. of 39 was high."), "Her body temperature of thirty nine was high.");
  EXPECT_EQ(normalize_text("He was charged under Cal. Veh. Code section 23152."),
            "He was charged under California Veh. Code section twenty three thousand one hundred fifty two.");
  EXPECT_EQ(normalize_text("The temp. agency hired staff.").find("temperature"), std::string::npos);
  // "Cal." before other words is left: a calibre or a name.
  EXPECT_EQ(normalize_text("Cal. Ripken Jr. signed it.").find("California"), std::string::npos);
  EXPECT_EQ(normalize_text("The Cal. Bears won.").find("California"), std::string::npos);
}

TEST(DottedWords, CaliforniaOnlyBeforeACode) {
  EXPECT_NE(normalize_text("She cited Cal. Fam. Code section 3011.").find("California Fam. Code"), std::string::npos);
  EXPECT_NE(normalize_text("It breaks Cal. Water & Sewer Code rules.").find("California Water"), std::string::npos);
  // The university's short name ending a sentence: the next one is no code.
  EXPECT_EQ(normalize_text("The lineman moved from Oregon to Cal. Civil rights groups said so.").find("California"),
            std::string::npos);
  EXPECT_EQ(normalize_text("The guard played for Cal. Labor leaders praised him.").find("California"), std::string::npos);
  EXPECT_EQ(normalize_text("He once coached at Cal. Code reviews took weeks.").find("California"), std::string::npos);
  EXPECT_EQ(normalize_text("She signed with Cal. App downloads then rose.").find("California"), std::string::npos);
}

}  // namespace briefcast
