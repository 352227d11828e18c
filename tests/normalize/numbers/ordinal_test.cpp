// Ordinal figures, alone and joined by a slash.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(Ordinal, TwoJoinedByASlashAreBoth) {
  EXPECT_EQ(normalize_text("The 5th/6th place match was cancelled."), "The fifth and sixth place match was cancelled.");
  EXPECT_EQ(normalize_text("Classes for 1st/2nd graders resume."), "Classes for first and second graders resume.");
}

TEST(Ordinal, AloneOrNotOrdinal) {
  EXPECT_EQ(normalize_text("She came 5th in the heat."), "She came fifth in the heat.");
  EXPECT_EQ(normalize_text("He ate 1/4 of it.").find(" and "), std::string::npos);
}

}  // namespace briefcast
