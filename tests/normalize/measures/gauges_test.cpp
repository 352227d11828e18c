// A figure and "G" or "g" read as a gauge beside what gauges size, and as grams elsewhere.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

namespace {
bool has(const std::string& said, const std::string& part) { return said.find(part) != std::string::npos; }
}  // namespace

TEST(Gauges, NeedleGauge) {
  EXPECT_TRUE(has(normalize_text("Use a 23G needle for the injection."), "twenty-three-gauge needle"));
  EXPECT_TRUE(has(normalize_text("A 18G cannula was placed."), "eighteen-gauge cannula"));
  EXPECT_TRUE(has(normalize_text("He kept a 20G shotgun in the shed."), "twenty-gauge shotgun"));
  // A network's generation is no gauge.
  EXPECT_FALSE(has(normalize_text("The 5G network covers the town."), "gauge"));
  EXPECT_FALSE(has(normalize_text("The 14G model costs more."), "gauge"));
}

TEST(Gauges, AGaugeInALineOfPiercingsOrWire) {
  EXPECT_EQ(normalize_text("She wears 14g barbells in both ears."), "She wears fourteen-gauge barbells in both ears.");
  EXPECT_EQ(normalize_text("His lobes are stretched to 000g, he said."),
            "His lobes are stretched to triple-oh gauge, he said.");
  EXPECT_EQ(normalize_text("Use 18G wire for the frame."), "Use eighteen-gauge wire for the frame.");
  // An amount of a thing, or a line of no gauges, keeps its grams.
  EXPECT_EQ(normalize_text("Tie 20g of herbs with wire."), "Tie twenty grams of herbs with wire.");
  EXPECT_EQ(normalize_text("Add 14g butter."), "Add fourteen grams of butter.");
}

TEST(Gauges, AGaugeSizesOnlyAThingMadeToOne) {
  EXPECT_EQ(normalize_text("The pierced singer bought 16g studs."), "The pierced singer bought sixteen-gauge studs.");
  EXPECT_EQ(normalize_text("Her tragus needle, 16g, broke."), "Her tragus needle, sixteen gauge, broke.");
  // A drug or food before a noun, or a gauge's word only after the figure, keeps the grams.
  EXPECT_EQ(normalize_text("Police found 3g cocaine and needles in the van."),
            "Police found three grams cocaine and needles in the van.");
  EXPECT_EQ(normalize_text("He kept 12g tissue from the lobes."), "He kept twelve grams tissue from the lobes.");
  EXPECT_EQ(normalize_text("Gangs moved 20g through tunnels."), "Gangs moved twenty grams through tunnels.");
  EXPECT_EQ(normalize_text("Silver wire costs 9g per metre of it."), "Silver wire costs nine grams per metre of it.");
}

}  // namespace briefcast
