// Lengths in bases after a figure in a line about genomes; the same letters elsewhere keep
// their data and finance readings.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(GenomeUnits, BasesAmongGenomeWords) {
  EXPECT_EQ(normalize_text("The fern genome spans 148 Gb, the largest yet sequenced."),
            "The fern genome spans one hundred forty eight gigabases, the largest yet sequenced.");
  EXPECT_EQ(normalize_text("They found a 5-bp deletion in the gene."),
            "They found a five base pair deletion in the gene.");
  EXPECT_EQ(normalize_text("Each contig averaged 2.4 Mbp after sequencing."),
            "Each contig averaged two point four megabase pairs after sequencing.");
}

TEST(GenomeUnits, OtherLinesKeepTheirUnits) {
  EXPECT_EQ(normalize_text("Rates rose 25 bp on Tuesday."), "Rates rose twenty five basis points on Tuesday.");
  EXPECT_EQ(normalize_text("The drive holds 2 Tb of video."), normalize_text("The drive holds 2 Tb of video."));
  EXPECT_NE(normalize_text("The drive holds 2 Tb of video."), "The drive holds two terabases of video.");
}

}  // namespace briefcast
