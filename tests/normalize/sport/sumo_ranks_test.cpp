// Banzuke ranks on a line that tells of sumo.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(SumoRanks, RanksOnASumoLine) {
  EXPECT_EQ(normalize_text("M7e Hoshiyama beat the ozeki on day five of the basho"),
            "maegashira seven east Hoshiyama beat the ozeki on day five of the basho");
  EXPECT_EQ(normalize_text("the sumo ozeki O2w lost"), "the sumo ozeki two west lost");
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

TEST(SumoRanks, BareCodesAndTitlesOnASumoLineStay) {
  EXPECT_EQ(normalize_text("Ms Okada handed the sumo trophy over"), "Miz Okada handed the sumo trophy over");
  EXPECT_EQ(normalize_text("Sd Patel wrote about sumo"), "Sd Patel wrote about sumo");
  EXPECT_EQ(normalize_text("the J2 League clash before the basho").find("juryo"), std::string::npos);
  EXPECT_EQ(normalize_text("the sumo exhibition at the O3 hall").find("ozeki"), std::string::npos);
  EXPECT_EQ(normalize_text("sumo fans took the M5 coach").find("maegashira"), std::string::npos);
  EXPECT_EQ(normalize_text("Lorries blocked the M4 near Reading, delaying a sumo team").find("maegashira"),
            std::string::npos);
}

// A code with no side is no rank even right beside a word of sumo: an arena, a kickboxing
// league, a school year or a basho leader's motorway.
TEST(SumoRanks, CodesWithoutASideStayBesideSumoWords) {
  EXPECT_EQ(normalize_text("the basho leader is M4 after day nine").find("maegashira"), std::string::npos);
  EXPECT_EQ(normalize_text("Tickets for sumo at the O3 next month went fast").find("ozeki"), std::string::npos);
  EXPECT_EQ(normalize_text("She trained in judo, sumo, K2 and boxing").find("komusubi"), std::string::npos);
  EXPECT_EQ(normalize_text("A sumo taster for Y3 and Y4 children").find("yokozuna"), std::string::npos);
  EXPECT_EQ(normalize_text("the sumo stable near the J3 junction").find("juryo"), std::string::npos);
}

}  // namespace briefcast
