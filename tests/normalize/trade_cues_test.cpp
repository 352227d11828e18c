// Words of trades that rules of several classes key on.
#include "normalize/trade_cues.h"

#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast::rules {
namespace {

TEST(TellsOfWelding, TheWeldItsTradeAndItsProcessesInAnyCase) {
  EXPECT_TRUE(tells_of_welding("Welded"));
  EXPECT_TRUE(tells_of_welding("welders"));
  EXPECT_TRUE(tells_of_welding("TIG"));
  EXPECT_TRUE(tells_of_welding("MMA"));
  EXPECT_FALSE(tells_of_welding("wield"));
  EXPECT_FALSE(tells_of_welding("steel"));
}

// The classes that key on welding agree: each reads its mark in a line with any word of it.
TEST(TellsOfWelding, EachClassReadsItsMarkInAWeldingLine) {
  EXPECT_EQ(normalize_text("The welded frame took 160 A on the root run."),
            "The welded frame took one hundred sixty amps on the root run.");
  EXPECT_EQ(normalize_text("The welder set the 316L rod aside."), "The welder set the three sixteen L rod aside.");
  EXPECT_EQ(normalize_text("A welder keeps pure Ar on the cart."), "A welder keeps pure argon on the cart.");
  EXPECT_EQ(normalize_text("The MIG bay cut sch 40 stubs."), "The Mig bay cut schedule forty stubs.");
}

}  // namespace
}  // namespace briefcast::rules
