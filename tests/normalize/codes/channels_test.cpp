// A broadcast channel written short.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(Channels, ChGluedToItsFigureIsAChannel) {
  EXPECT_EQ(normalize_text("The final is live on Ch4 from noon."), "The final is live on Channel four from noon.");
  EXPECT_EQ(normalize_text("Ch5's boss quit."), "Channel five's boss quit.");
}

TEST(Channels, ChApartNeedsABroadcastWord) {
  EXPECT_EQ(normalize_text("The quiz show moves to Ch 4 in May."), "The quiz show moves to Channel four in May.");
  EXPECT_EQ(normalize_text("Read Ch 4 before class."), "Read Ch four before class.");
}

TEST(Channels, BooksAndMethaneAreNoChannel) {
  EXPECT_EQ(normalize_text("Ch3 of the novel is dull."), "Ch three of the novel is dull.");
  EXPECT_EQ(normalize_text("Levels of CH4 rose.").find("Channel"), std::string::npos);
}

}  // namespace briefcast
