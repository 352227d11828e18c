#include "model/error.h"

#include <gtest/gtest.h>

namespace briefcast {

TEST(Error, OneLineNamesFileAndProblem) {
  Error e = Error::input("news/a.txt", "cannot open: No such file or directory");
  EXPECT_EQ(e.one_line(), "news/a.txt: cannot open: No such file or directory");
  EXPECT_EQ(e.stage(), Stage::kInput);
  EXPECT_EQ(e.path(), "news/a.txt");
}

TEST(Error, NoPathGivesJustTheMessage) {
  EXPECT_EQ(Error::usage("unknown voice 'xx'").one_line(), "unknown voice 'xx'");
}

TEST(Error, NoArticleSaysSo) {
  EXPECT_EQ(Error::no_article("menu.html").one_line(), "menu.html: no article text found");
}

}  // namespace briefcast
