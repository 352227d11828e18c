// A road bike's wheel and tyre size.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(TyreSizes, RimByWidthWithItsLetter) {
  EXPECT_EQ(normalize_text("It takes 700x35c gravel tyres."), "It takes seven hundred by thirty five C gravel tyres.");
  EXPECT_EQ(normalize_text("the frame clears 650 x 42c rubber"), "the frame clears six hundred fifty by forty two C rubber");
  EXPECT_EQ(normalize_text("a 700c wheel"), "a seven hundred C wheel");
}

TEST(TyreSizes, OtherFiguresWithACKeepTheirReading) {
  EXPECT_EQ(normalize_text("It costs 700c."), "It costs seven hundred cents.");
}

TEST(TyreSizes, LoadIndexAndSpeedRatingAfterASize) {
  // Read as a measure the speed letter had been a unit: watts, volts.
  EXPECT_EQ(normalize_text("We fitted 235/40 R18 95Y rubber."), "We fitted two thirty five forty R eighteen ninety five Y rubber.");
  EXPECT_EQ(normalize_text("The estate wears 215/60R16 99V tyres."), "The estate wears two fifteen sixty R sixteen ninety nine V tyres.");
  // Twin wheels carry a second load index.
  EXPECT_EQ(normalize_text("Van tyres with a load rating of 109/107T"), "Van tyres with a load rating of one oh nine, one oh seven T");
  EXPECT_EQ(normalize_text("pick a tyre whose speed rating is 88H"), "pick a tyre whose speed rating is eighty eight H");
}

TEST(TyreSizes, WidthProfileAndRim) {
  EXPECT_EQ(normalize_text("A 265/70R17 all-terrain"), "A two sixty five seventy R seventeen all-terrain");
  EXPECT_EQ(normalize_text("the 245/35 ZR20 rears"), "the two forty five thirty five Z R twenty rears");
}

TEST(TyreSizes, OtherFiguresWithALetterKeepTheirUnit) {
  EXPECT_EQ(normalize_text("a 60W tyre pump"), "a sixty-watt tyre pump");
  EXPECT_EQ(normalize_text("The charger gives 65W."), "The charger gives sixty five watts.");
}

TEST(TyreSizes, DateCodeInPairs) {
  EXPECT_EQ(normalize_text("Check the DOT stamp on the sidewall: 4718 means late 2018."),
            "Check the D.O.T stamp on the sidewall: forty seven eighteen means late twenty eighteen.");
  EXPECT_EQ(normalize_text("The date code 0721 on these tires shows their age."),
            "The date code oh seven twenty one on these tires shows their age.");
  EXPECT_EQ(normalize_text("The DOT spent 2300 dollars."), "The D.O.T spent two thousand three hundred dollars.");
}

TEST(TyreSizes, PressuresFrontAndRear) {
  EXPECT_EQ(normalize_text("Inflate to 36/34 psi when loaded."), "Inflate to thirty six and thirty four pounds per square inch when loaded.");
  EXPECT_EQ(normalize_text("She runs 2.1/2.3 bar on gravel."), "She runs two point one and two point three bar on gravel.");
  // A fraction of the unit and a time signature are no pair of pressures.
  EXPECT_EQ(normalize_text("a rise of 1/2 psi"), "a rise of one half pound per square inch");
}
}  // namespace briefcast
