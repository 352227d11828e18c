// Short forms read by the words around them: "s.", "reg.", weekdays, limits, "pc.", "MwSt.".
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

namespace {
bool says(const std::string& text, const std::string& part) { return normalize_text(text).find(part) != std::string::npos; }
}  // namespace

TEST(DottedForms, RegistrationBeforeAPlate) {
  EXPECT_TRUE(says("A coach, reg. YT21 KLM, was seized.", "registration Y T twenty one K L M, was"));
  EXPECT_TRUE(says("The van driver gave reg. AB-220 to police.", "registration"));
  // Before a rule's code, away from vehicles, it stays the regulation.
  EXPECT_TRUE(says("Banks must follow reg. W2 from June.", "regulation"));
}

TEST(DottedForms, RuleNumbersAmongVehiclesStayRegulation) {
  // One capital and figures, or a lawmaker's code, numbers a rule on vehicles, not a plate.
  EXPECT_TRUE(says("Every new car must meet reg. R79 on steering.", "regulation R"));
  EXPECT_TRUE(says("Lorry drivers obey reg. EC561 on rest breaks.", "regulation"));
  EXPECT_TRUE(says("Under reg. TR7 all taxis need checks.", "regulation"));
}

TEST(DottedForms, WeekdayAfterAnOrdinal) {
  EXPECT_TRUE(says("Markets run on the 1st Thu. of each month.", "first Thursday of"));
  EXPECT_TRUE(says("Lessons are every Tue. at noon.", "every Tuesday at"));
}

TEST(DottedForms, LimitsAfterAMeasure) {
  EXPECT_TRUE(says("Dose 30 Gy min., 60 Gy max. in total.", "thirty grays minimum, sixty grays maximum in"));
  EXPECT_TRUE(says("a dose (30 Gy min.) given", "minimum)"));
  // After a bare figure "min." is the minute.
  EXPECT_FALSE(says("The bus took 12 min. longer.", "minimum"));
  // After a figure and a word that is no unit, it is still the minute.
  EXPECT_FALSE(says("Leave it 4 more min. to cool.", "minimum"));
  EXPECT_FALSE(says("Allow 20 spare min. at the airport.", "minimum"));
}

TEST(DottedForms, PiecesJoinedToACount) {
  EXPECT_TRUE(says("A 12-pc. socket kit costs more.", "twelve-piece socket kit"));
  EXPECT_FALSE(says("Shares rose 5pc on Friday.", "piece"));
}

TEST(DottedForms, GermanSalesTax) {
  EXPECT_TRUE(says("The kettle costs 49 euros incl. MwSt.", "including VAT"));
  EXPECT_TRUE(says("Preis 12 Euro zzgl. MwSt (19%)", "plus VAT ("));
}

TEST(DottedForms, TwoMonthsJoinedBySlash) {
  EXPECT_TRUE(says("Soybeans for Dec./Jan. shipment were bid higher.", "December-January shipment"));
  EXPECT_TRUE(says("Rates for Feb./Mar. are firm, dealers said.", "February-March are"));
  // Weekdays keep their own reading; a month and a weekday are no span.
  EXPECT_TRUE(says("Bins go out Mon./Thu. each week.", "Monday and Thursday"));
  EXPECT_FALSE(says("He wrote Oct./Sun. on the form.", "October-"));
}

}  // namespace briefcast
