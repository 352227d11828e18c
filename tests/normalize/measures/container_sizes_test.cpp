// A shipping container's size: its length, its type's letters, a count of boxes.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(ContainerSizes, LengthAndType) {
  EXPECT_EQ(normalize_text("The line quoted $2,400 per 40'HC to Rotterdam."),
            "The line quoted two thousand four hundred dollars per forty-foot high cube to Rotterdam.");
  EXPECT_EQ(normalize_text("Each 20'GP holds less."), "Each twenty-foot general purpose holds less.");
  EXPECT_EQ(normalize_text("Book a 40HC container early."), "Book a forty-foot high cube container early.");
  // Without the mark or a word of freight the letters are left to the other rules.
  EXPECT_EQ(normalize_text("The 40HC model hums.").find("high cube"), std::string::npos);
}

TEST(ContainerSizes, CountsOfBoxes) {
  EXPECT_EQ(normalize_text("The shipment filled 3x40' and 1x20' containers."),
            "The shipment filled three forty-foot and one twenty-foot containers.");
  // Other lengths, or no word of freight, stay sizes.
  EXPECT_EQ(normalize_text("The deck is 2x12' at most.").find("two twelve-foot"), std::string::npos);
  EXPECT_EQ(normalize_text("We cut 2x20' boards.").find("two twenty-foot"), std::string::npos);
}

TEST(ContainerSizes, ALengthWithItsFootMarkBeforeTheBox) {
  EXPECT_EQ(normalize_text("Customs opened a 20' container at the port."),
            "Customs opened a twenty-foot container at the port.");
  EXPECT_EQ(normalize_text("Three 45' units were loaded."), "Three forty-five-foot units were loaded.");
  // Before no word for a box, or at a length no container comes in, the rule leaves the figure.
  EXPECT_EQ(normalize_text("The 40' wall fell.").find("forty-foot"), std::string::npos);
  EXPECT_EQ(normalize_text("A 30' container sank.").find("thirty-foot"), std::string::npos);
}

TEST(ContainerSizes, UnitWithoutFreightIsNoBox) {
  EXPECT_EQ(normalize_text("A 20' unit of the militia marched.").find("foot"), std::string::npos);
  EXPECT_NE(normalize_text("The port stacked a 20' unit of cargo.").find("twenty-foot unit"), std::string::npos);
}

}  // namespace briefcast
