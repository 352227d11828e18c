// Figures grouped in lakhs and crores.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(LakhGrouping, ReadAsTheNumberTheyAre) {
  EXPECT_EQ(normalize_text("The district has 1,25,000 registered voters."),
            "The district has one hundred twenty five thousand registered voters.");
  EXPECT_EQ(normalize_text("The state covers 3,08,252 sq km."),
            "The state covers three hundred eight thousand two hundred fifty two square kilometers.");
  EXPECT_EQ(normalize_text("The roll lists 4,02,15,678 names."),
            "The roll lists forty million two hundred fifteen thousand six hundred seventy eight names.");
}

TEST(LakhGrouping, WesternFiguresAndListsStay) {
  EXPECT_EQ(normalize_text("Turnout was 125,000 in the city."),
            "Turnout was one hundred twenty five thousand in the city.");
}

}  // namespace briefcast
