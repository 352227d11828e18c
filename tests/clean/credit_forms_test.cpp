#include "clean/credit_forms.h"

#include <gtest/gtest.h>

namespace briefcast {

TEST(CreditForms, APersonsNameASlashAndTheAgencyIsACredit) {
  EXPECT_TRUE(has_credit_form("Maria Lopez/Harbour Times"));
  EXPECT_TRUE(has_credit_form("Dr. Tom Weber/Northwind Pictures"));
  EXPECT_TRUE(has_credit_form("Drawing: Ann Lee/Weekly Post"));
}

TEST(CreditForms, OtherSlashesAreNone) {
  EXPECT_FALSE(has_credit_form("AC/DC"));                              // no person's name before it
  EXPECT_FALSE(has_credit_form("Paris/Berlin"));
  EXPECT_FALSE(has_credit_form("Maria Lopez / Harbour Times"));        // spaced: a path of labels
  EXPECT_FALSE(has_credit_form("Maria Lopez/harbour times and the rest of the family"));
  EXPECT_FALSE(has_credit_form("Maria Lopez said the 24/7 service would stay."));
}

TEST(CreditForms, ACaptionEndingInABracketedSourceIsACredit) {
  EXPECT_TRUE(has_credit_form("Workers repair the sea wall at the old harbour after the winter storms [Harbour Board]"));
  EXPECT_TRUE(has_credit_form("An artist's view of the new bridge over the river as it will look in spring [City of Norden via Reuters]"));
}

TEST(CreditForms, FootnotesTagsAndSentencesWithABracketAreNone) {
  EXPECT_FALSE(has_credit_form("The wall was first built in the year the harbour opened to ships [12]"));
  EXPECT_FALSE(has_credit_form("The Last Lighthouse Keeper [Review]"));  // a title and its tag
  EXPECT_FALSE(has_credit_form("The board said the wall would hold for another century at least. [Harbour Board]"));
  EXPECT_FALSE(has_credit_form("The wall was first built in the year the harbour opened [citation needed]"));
}

}  // namespace briefcast
