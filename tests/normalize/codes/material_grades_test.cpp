// Steel grades before their metal, and the "by" between two named sizes.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(MaterialGrades, SteelGradeBesideItsMetal) {
  EXPECT_EQ(normalize_text("The sink is 304L stainless."), "The sink is three oh four L stainless.");
  EXPECT_EQ(normalize_text("Bolts of grade 316L resist salt."), "Bolts of grade three sixteen L resist salt.");
  // A volume stays a volume.
  EXPECT_NE(normalize_text("The tank holds 200L of water.").find("liters"), std::string::npos);
}

TEST(MaterialGrades, AlloyNumbersInPairs) {
  EXPECT_EQ(normalize_text("The bike frame is 6082 aluminium with carbon forks."),
            "The bike frame is sixty eighty two aluminium with carbon forks.");
  EXPECT_EQ(normalize_text("The wing skin is 2024-T3 alloy."), "The wing skin is twenty twenty four T three alloy.");
  EXPECT_EQ(normalize_text("Plates of grade 4140 steel were cut."), "Plates of grade forty one forty steel were cut.");
  EXPECT_EQ(normalize_text("A pot in 18/10 stainless costs more."), "A pot in eighteen ten stainless costs more.");
  EXPECT_EQ(normalize_text("Sinks of 304 stainless resist salt."), "Sinks of three oh four stainless resist salt.");
}

TEST(MaterialGrades, YearsAndCountsStayThemselves) {
  EXPECT_EQ(normalize_text("The 2019 steel tariffs hurt exports."), "The twenty nineteen steel tariffs hurt exports.");
  EXPECT_EQ(normalize_text("The plant cut 3500 steel jobs."), "The plant cut three thousand five hundred steel jobs.");
}

TEST(MaterialGrades, ByBetweenTwoNamedSizes) {
  EXPECT_EQ(normalize_text("The swatch was 20 sts x 28 rows."), "The swatch was twenty stitches by twenty eight rows.");
  EXPECT_EQ(normalize_text("We cut it 2 ft x 3 ft today."), "We cut it two feet by three feet today.");
  // Not between sizes: a letter.
  EXPECT_EQ(normalize_text("Vote for x or y."), "Vote for x or y.");
}

TEST(MaterialGrades, LetteredGradesAmongWordsOfSteel) {
  EXPECT_EQ(normalize_text("The boilermaker chose 304H tube for the hot header and welded it with care."),
            "The boilermaker chose three oh four H tube for the hot header and welded it with care.");
  EXPECT_EQ(normalize_text("Bracket welds on the 316Ti manifold passed the dye test."),
            "Bracket welds on the three sixteen T.I manifold passed the dye test.");
  EXPECT_EQ(normalize_text("The impeller shafts are 17-4PH, hardened after machining and polished for the welding jig."),
            "The impeller shafts are seventeen four P H, hardened after machining and polished for the welding jig.");
  // A round figure stays liters, and with no word of steel near a lettered figure is a volume.
  EXPECT_EQ(normalize_text("The brewer filled a 250L drum near the welding bay."),
            "The brewer filled a two-hundred-fifty-liter drum near the welding bay.");
  EXPECT_EQ(normalize_text("The van carried a 316L flask of juice."),
            "The van carried a three-hundred-sixteen-liter flask of juice.");
}

TEST(MaterialGrades, SteelSections) {
  EXPECT_EQ(normalize_text("Crews set W12x50 beams."), "Crews set W twelve by fifty beams.");
  EXPECT_EQ(normalize_text("The W12x50 code was wrong.").find(" by "), std::string::npos);
}

TEST(MaterialGrades, GradeBeforeAKindOfSteel) {
  EXPECT_EQ(normalize_text("The chisel is forged from 1084 carbon steel."),
            "The chisel is forged from ten eighty four carbon steel.");
  // A count of the trade's people stays a count.
  EXPECT_EQ(normalize_text("The mill shed 1084 carbon steel jobs.").find("ten eighty four"), std::string::npos);
}

TEST(MaterialGrades, StainlessFastenerClass) {
  EXPECT_NE(normalize_text("Use A2-80 bolts near the coast.").find("A-two-eighty bolts"), std::string::npos);
  EXPECT_NE(normalize_text("The stainless nuts are A4-70 grade.").find("A-four-seventy"), std::string::npos);
  // A second class late in a comparison is still one.
  EXPECT_NE(normalize_text("Marine bolts in A4-80 last longer in salt air than A2-70, tests show.")
                .find("A-two-seventy"),
            std::string::npos);
  // Without any word of fasteners the figures stay as they were.
  EXPECT_EQ(normalize_text("The A1-50 bus route was cut.").find("A-one-fifty"), std::string::npos);
}

}  // namespace briefcast
