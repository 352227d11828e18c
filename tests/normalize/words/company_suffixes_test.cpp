// A company's legal kind after its name, said as words (company_suffixes.cpp).
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(CompanySuffixes, SaidInFullAfterTheName) {
  EXPECT_EQ(normalize_text("Gumtree Mining Pty Ltd won the tender."), "Gumtree Mining Proprietary Ltd won the tender.");
  EXPECT_EQ(normalize_text("Orchid Logistics Pte Ltd was sold."), "Orchid Logistics Private Ltd was sold.");
  EXPECT_EQ(normalize_text("Rimba Timber Sdn Bhd appealed."), "Rimba Timber Sendirian Berhad appealed.");
  EXPECT_EQ(normalize_text("Shares in Kenari Bhd fell."), "Shares in Kenari Berhad fell.");
}

TEST(CompanySuffixes, ARankOrALoneShortFormStays) {
  // "Pte" before a soldier's name is his rank (titles.cpp), not a company's kind.
  EXPECT_EQ(normalize_text("Pte Owen Marsh was hurt."), "Private Owen Marsh was hurt.");
  EXPECT_EQ(normalize_text("the pty ltd form").find("Proprietary"), std::string::npos);
}

}  // namespace briefcast
