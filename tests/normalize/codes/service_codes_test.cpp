// The number of one run of a ship, a plane or a train, said figure by figure.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(ServiceCodes, AVoyageNumberWithItsDirectionLetter) {
  EXPECT_EQ(normalize_text("The boxship left Busan on voyage 0731E last night."),
            "The boxship left Busan on voyage oh seven three one E last night.");
  EXPECT_EQ(normalize_text("Service 215N was skipped at Colombo."), "Service two one five N was skipped at Colombo.");
}

TEST(ServiceCodes, LeadingZerosAfterAFlightOrATrain) {
  EXPECT_EQ(normalize_text("Her flight 0066 landed early."), "Her flight oh oh six six landed early.");
  EXPECT_EQ(normalize_text("The train 0829 was cancelled."), "The train oh eight two nine was cancelled.");
}

TEST(ServiceCodes, FiguresThatAreNoRunsCode) {
  // A plain figure after the word keeps its reading as a label or a count.
  EXPECT_EQ(normalize_text("Flight 370 vanished."), "Flight three seventy vanished.");
  // A measure before the word is no code of it.
  EXPECT_EQ(normalize_text("The 415W service pack hums.").find("four one five W"), std::string::npos);
  // After a word that also names a supply, a unit's letters make a measure.
  EXPECT_EQ(normalize_text("The mains service 240V line failed.").find("two four zero"), std::string::npos);
}

}  // namespace briefcast
