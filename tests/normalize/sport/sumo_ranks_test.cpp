// Banzuke ranks on a line that tells of sumo.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(SumoRanks, RanksOnASumoLine) {
  EXPECT_EQ(normalize_text("M7 Hoshiyama beat the ozeki on day five of the basho"),
            "maegashira seven Hoshiyama beat the ozeki on day five of the basho");
  EXPECT_EQ(normalize_text("the rikishi could drop to J11e or Ms2w"),
            "the rikishi could drop to juryo eleven east or makushita two west");
  EXPECT_EQ(normalize_text("K1w Takaryu kept his sumo rank"), "komusubi one west Takaryu kept his sumo rank");
}

TEST(SumoRanks, OtherLinesKeepTheirCodes) {
  EXPECT_EQ(normalize_text("Traffic on the M7 was slow"), "Traffic on the M seven was slow");
  EXPECT_EQ(normalize_text("the J14 exit was shut").find("juryo"), std::string::npos);
  EXPECT_EQ(normalize_text("Y2 pupils and the K1 form").find("yokozuna"), std::string::npos);
  // A number past the rank's range is no rank, even on a sumo line.
  EXPECT_EQ(normalize_text("a M99 entry in the sumo list").find("maegashira"), std::string::npos);
}

}  // namespace briefcast
