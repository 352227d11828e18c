// The Public Land Survey System's notation in a line about sections and townships.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(LandSurvey, AliquotPartsTownshipsAndRanges) {
  EXPECT_EQ(normalize_text("The well sits in the SW¼ of Section 9, T12S, R21E."),
            "The well sits in the southwest quarter of Section nine, Township twelve South, Range twenty one East.");
  EXPECT_EQ(normalize_text("The lease covers the N1/2 of the parcel."), "The lease covers the north half of the parcel.");
  EXPECT_EQ(normalize_text("A deed for the NE¼SE¼ of the section was filed."),
            "A deed for the northeast quarter of the southeast quarter of the section was filed.");
}

TEST(LandSurvey, NotWithoutASurveyWord) {
  // A part number and a cable's code keep their letters.
  EXPECT_EQ(normalize_text("Order the T4N bracket today.").find("Township"), std::string::npos);
  EXPECT_EQ(normalize_text("The R3W model ships in May.").find("Range"), std::string::npos);
}

TEST(LandSurvey, ACodeNeedsItsPartnerOrAnAliquotPart) {
  // A generic survey word ("range", "lease") does not make a lone code a range.
  EXPECT_EQ(normalize_text("The K7E model joined the range of tools.").find("Range"), std::string::npos);
  EXPECT_EQ(normalize_text("The R5E trim joined the range this spring.").find("Range"), std::string::npos);
  EXPECT_EQ(normalize_text("A lease for the T9S unit was signed.").find("Township"), std::string::npos);
  EXPECT_EQ(normalize_text("The lease lies in T2S, R5E near the creek."),
            "The lease lies in Township two South, Range five East near the creek.");
  EXPECT_EQ(normalize_text("The patent covers the SE¼ of Section 3 in R8W."),
            "The patent covers the southeast quarter of Section three in Range eight West.");
}

}  // namespace briefcast
