// Naming abbreviations said in full where their cue stands.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(NamingAbbreviations, TaxaFormationsAndVessels) {
  EXPECT_NE(normalize_text("They named it Aus bus sp. nov. in May.").find("Aus bus new species in May"), std::string::npos);
  EXPECT_NE(normalize_text("a dinosaur skull from the Two Medicine Fm. of Montana").find("Two Medicine Formation of"),
            std::string::npos);
  EXPECT_NE(normalize_text("the crew of the M/V Northern Star").find("motor vessel Northern Star"), std::string::npos);
  EXPECT_NE(normalize_text("Zus alba gen. et sp. nov., a moth").find("Zus alba new genus and species,"), std::string::npos);
  EXPECT_NE(normalize_text("erected as gen. nov. here").find("new genus here"), std::string::npos);
}

TEST(NamingAbbreviations, APeriodThatEndsTheSentenceStays) {
  EXPECT_NE(normalize_text("They called it Xus minor sp. nov. It is tiny.").find("new species. It"), std::string::npos);
  EXPECT_NE(normalize_text("The fossils came from the Kayenta Fm. They are old.").find("Kayenta Formation. They"),
            std::string::npos);
  std::string end = normalize_text("The specimen was found in the Judith River Fm.");
  EXPECT_EQ(end.substr(end.size() - 10), "Formation.");
}

TEST(NamingAbbreviations, WithoutTheCueItStays) {
  EXPECT_EQ(normalize_text("the fm. radio band").find("Formation"), std::string::npos);
  EXPECT_EQ(normalize_text("shares of S/V Ltd. rose").find("vessel"), std::string::npos);
  EXPECT_EQ(normalize_text("a ratio of m/v in the lab").find("motor vessel"), std::string::npos);
  // A farm in an address, with no rocks or fossils on the line.
  EXPECT_EQ(normalize_text("A tractor was stolen from Church Fm. near Diss.").find("Formation"), std::string::npos);
  // Face value and market value in share notices; a vessel word elsewhere on the line is no help
  // before a price.
  EXPECT_EQ(normalize_text("Debentures of F/V Rs 100 each were issued.").find("vessel"), std::string::npos);
  EXPECT_EQ(normalize_text("Holdings at M/V Rs 40 lakh rose.").find("vessel"), std::string::npos);
  EXPECT_EQ(normalize_text("The ship maker's F/V Rs 5 shares rose.").find("vessel"), std::string::npos);
  EXPECT_EQ(normalize_text("The lab's S/V Index fell.").find("vessel"), std::string::npos);
  EXPECT_EQ(normalize_text("The M/V Chart shows the split.").find("vessel"), std::string::npos);
}

// "blood vessel" is anatomy, no cue of the sea for "F/V", "M/V", "S/V".
TEST(NamingAbbreviations, BloodVesselIsNoSeaCue) {
  EXPECT_EQ(normalize_text("The M/V Index, a marker of blood vessel stiffness, fell 8%.").find("motor vessel"), std::string::npos);
  EXPECT_NE(normalize_text("The F/V Ocean Star sank off Kodiak, the crew said.").find("fishing vessel Ocean Star"), std::string::npos);
}

TEST(NamingAbbreviations, EverydayWordsOfTheEarthNameNoFormation) {
  // "rock", "species", "dating" stand beside a farm's address as often as beside a formation.
  EXPECT_EQ(normalize_text("A rock band played at Ash Fm. on Sunday.").find("Formation"), std::string::npos);
  EXPECT_EQ(normalize_text("New species of moth were seen at Glebe Fm. this summer.").find("Formation"), std::string::npos);
  EXPECT_NE(normalize_text("Fossils from the Kayenta Fm. were described.").find("Kayenta Formation"), std::string::npos);
}

}  // namespace briefcast
