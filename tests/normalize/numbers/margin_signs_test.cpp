// A plus sign on a margin after "by" is not said; on a change it is.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(MarginSigns, APlusOnATimeGapAfterByIsNotSaid) {
  EXPECT_EQ(normalize_text("Okafor took the stage by +1.75s over the chasers."),
            "Okafor took the stage by one point seven five seconds over the chasers.");
  EXPECT_EQ(normalize_text("The crew won the heat by +4 points."), "The crew won the heat by four points.");
}

TEST(MarginSigns, APlusOnAChangeStays) {
  EXPECT_EQ(normalize_text("Her weight changed by +3 kg."), "Her weight changed by plus three kilograms.");
  EXPECT_EQ(normalize_text("Margins were +2.5% on the year."), "Margins were plus two point five percent on the year.");
}

TEST(MarginSigns, ATildeAfterTheArticleAIsRoughly) {
  EXPECT_EQ(normalize_text("It posted a ~12% gain."), "It posted a roughly twelve percent gain.");
  EXPECT_EQ(normalize_text("The trip took ~6 hours."), "The trip took about six hours.");
}

TEST(MarginSigns, ATildeAfterAnyDeterminerIsRoughly) {
  EXPECT_EQ(normalize_text("Drivers keep the ~$3.60 left after fuel."),
            "Drivers keep the roughly three dollars sixty cents left after fuel.");
  EXPECT_EQ(normalize_text("Their ~250 members voted on Monday."), "Their roughly two hundred fifty members voted on Monday.");
  // After "an" a vowel opens it ("approximately"); elsewhere it stays "about".
  EXPECT_EQ(normalize_text("It booked an ~11% rise."), "It booked an approximately eleven percent rise.");
  EXPECT_EQ(normalize_text("Output fell ~8% in May."), "Output fell about eight percent in May.");
}

}  // namespace briefcast
