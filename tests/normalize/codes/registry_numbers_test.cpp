// Identifiers after the word of their registry, said by their figures.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(RegistryNumbers, ChemicalNumbersInTheirGroups) {
  EXPECT_EQ(normalize_text("The tanker carried CAS 64-17-5 in bulk."),
            "The tanker carried C.A.S six four, one seven, five in bulk.");
  EXPECT_EQ(normalize_text("The solvent has EC number 200-578-6 on the drum."),
            "The solvent has E.C number two oh oh, five seven eight, six on the drum.");
}

TEST(RegistryNumbers, DangerousGoodsSerialsAndPapers) {
  EXPECT_EQ(normalize_text("Lorries marked UN 1830 were stopped."), "Lorries marked U.N one eight three oh were stopped.");
  // A year after "UN" stays a year.
  EXPECT_EQ(normalize_text("The UN 1945 charter was signed."), "The UN nineteen forty five charter was signed.");
  // A hazard division after the number is a second code: a pause parts them.
  EXPECT_EQ(normalize_text("Crates labelled UN0431 1.4G were held."),
            "Crates labelled U.N oh four three one, one point four G were held.");
  EXPECT_EQ(normalize_text("The tank held UN 1075 2.1 gas."), "The tank held U.N one oh seven five, two point one gas.");
  // Not a division: a count after the number, or a comma already there.
  EXPECT_EQ(normalize_text("It shipped UN1830, 2.5 tonnes."), "It shipped U.N one eight three oh, two point five tonnes.");
  EXPECT_EQ(normalize_text("See the library record ISSN 0261-3077 for details."),
            "See the library record I.S.S.N oh two six one, three oh seven seven for details.");
  EXPECT_EQ(normalize_text("Cite it as DOI 10.1016/cell2020 please."),
            "Cite it as D.O.I ten dot one oh one six slash cell two oh two oh please.");
}

TEST(RegistryNumbers, BracketedLongFirstGroup) {
  EXPECT_EQ(normalize_text("The resin (CAS 123456-78-9) was banned."),
            "The resin (C.A.S one two three four five six, seven eight, nine) was banned.");
  EXPECT_EQ(normalize_text("A solvent [CAS No. 67-64-1] evaporates."),
            "A solvent [C.A.S number six seven, six four, one] evaporates.");
}

TEST(RegistryNumbers, BuoyStationFigureByFigure) {
  EXPECT_NE(normalize_text("Buoy 51003 logged a 6 m swell.").find("Buoy five one oh oh three"), std::string::npos);
  // A count of buoys stays a count.
  EXPECT_EQ(normalize_text("The agency runs 1200 buoys worldwide.").find("one two oh oh"), std::string::npos);
  // A distance from a buoy and a year are no station numbers.
  EXPECT_NE(normalize_text("A buoy 2000 kilometres off the coast rolled.").find("two thousand kilometres"), std::string::npos);
  EXPECT_NE(normalize_text("A buoy 10000 miles away was lost.").find("ten thousand miles"), std::string::npos);
  EXPECT_NE(normalize_text("The buoy 2024 season opens in May.").find("twenty twenty four"), std::string::npos);
}

}  // namespace briefcast
