// Zoo and studbook counts of males, females and unsexed animals written "3.4.2".
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(SexCounts, AmongKeptAnimals) {
  EXPECT_EQ(normalize_text("The zoo now keeps a 2.5.1 group of okapi."),
            "The zoo now keeps a two males, five females and one unsexed group of okapi.");
  EXPECT_EQ(normalize_text("The studbook holds 96 animals (40.52.4) today."),
            "The studbook holds ninety six animals (forty males, fifty two females and four unsexed) today.");
}

TEST(SexCounts, ZerosAndOnesAreSaidPlainly) {
  EXPECT_EQ(normalize_text("The aviary received a 1.1.0 pair of hornbills."),
            "The aviary received a one male and one female pair of hornbills.");
}

TEST(SexCounts, VersionsDatesAndOtherLinesStay) {
  EXPECT_EQ(normalize_text("The zoo app needs version 3.4.2 to run.").find("males"), std::string::npos);
  EXPECT_EQ(normalize_text("Zoo visitors on iOS 17.4.1 saw the bug.").find("males"), std::string::npos);
  EXPECT_EQ(normalize_text("The zoo reopened on 3.4.22 after works.").find("males"), std::string::npos);
  EXPECT_EQ(normalize_text("The update 3.4.2 fixed the login screen.").find("males"), std::string::npos);
  // "Herd immunity" is no herd of kept animals.
  EXPECT_EQ(normalize_text("Herd immunity rose in 3.4.2 trials.").find("males"), std::string::npos);
  // A product's name before it: its release, even beside a word of animals.
  EXPECT_EQ(normalize_text("The zoo site runs on Drupal 7.2.1 still.").find("males"), std::string::npos);
}

TEST(SexCounts, SectionsTimesAndScoresNearAnimalsStay) {
  // A figure of three parts near a word of animals is a count only where counts are set.
  EXPECT_EQ(normalize_text("Section 4.2.1 of the report covers endangered species.").find("males"), std::string::npos);
  EXPECT_EQ(normalize_text("The animals were fed at 9.15.30 on Sunday.").find("males"), std::string::npos);
  EXPECT_EQ(normalize_text("The zoo board voted 3.2.1 to keep the elephants.").find("males"), std::string::npos);
  EXPECT_EQ(normalize_text("The captive orca was moved in 2.3.1 stages.").find("males"), std::string::npos);
  EXPECT_EQ(normalize_text("The wildlife charity released its 2.1.3 family of apps.").find("males"),
            std::string::npos);
  // Brackets whose parts do not sum to the count before them are no sex count.
  EXPECT_EQ(normalize_text("The sanctuary holds 40 animals (see 1.2.3).").find("males"), std::string::npos);
  EXPECT_EQ(normalize_text("The sanctuary holds 40 animals (1.2.3).").find("males"), std::string::npos);
}

}  // namespace briefcast
