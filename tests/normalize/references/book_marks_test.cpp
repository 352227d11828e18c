// The abbreviations of books and registers: pages, editions, ISBNs.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

namespace {
bool has(const std::string& said, const std::string& part) { return said.find(part) != std::string::npos; }
}  // namespace

TEST(BookMarks, PagesInALineAboutABook) {
  EXPECT_TRUE(has(normalize_text("Her memoir runs to 512 pp. and took a decade."), "five hundred twelve pages and"));
  // Elsewhere "pp" after a figure is still percentage points.
  EXPECT_TRUE(has(normalize_text("The rate rose 2 pp in a year."), "percentage points"));
}

TEST(BookMarks, EditionAfterItsOrdinal) {
  EXPECT_TRUE(has(normalize_text("The 4th ed. adds two chapters."), "fourth edition adds"));
  EXPECT_TRUE(has(normalize_text("a revised 2nd edn of the atlas"), "second edition of"));
  EXPECT_FALSE(has(normalize_text("Ed said hello"), "edition"));
}

TEST(BookMarks, IsbnDigitByDigit) {
  std::string said = normalize_text("Order it with ISBN 978-1-84757-220-4 today.");
  EXPECT_TRUE(has(said, "nine seven eight, one, eight four seven five seven, two two zero, four today")) << said;
  EXPECT_FALSE(has(said, "thousand")) << said;
}


TEST(BookMarks, PreprintNumbersAreReadAsIdentifiers) {
  EXPECT_EQ(normalize_text("see arXiv:2307.01562 for details"),
            "see archive twenty three oh seven dot oh one five six two for details");
  EXPECT_EQ(normalize_text("a paper on arXiv (1912.0834) last year"),
            "a paper on archive (nineteen twelve dot oh eight three four) last year");
  EXPECT_EQ(normalize_text("the arXiv preprint server").find("archive"), std::string::npos);
  EXPECT_EQ(normalize_text("output rose to 1912.08344 tonnes").find("dot"), std::string::npos);
}

// A preprint of the first decade keeps the "oh" of its year.
TEST(BookMarks, PreprintOfTheFirstDecadeKeepsItsOh) {
  EXPECT_NE(normalize_text("see arXiv:0812.3301 now").find("archive oh eight twelve dot"), std::string::npos);
}

}  // namespace briefcast
