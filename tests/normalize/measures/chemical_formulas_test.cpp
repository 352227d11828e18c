// Chemical formulas read as element symbols and counts, the letters spelt.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(ChemicalFormulas, SymbolsSideBySideAreSpeltBetweenCounts) {
  EXPECT_EQ(normalize_text("A tanker leaked H2SO4 near the port."), "A tanker leaked H two S.O four near the port.");
  EXPECT_EQ(normalize_text("Farmers spread NH4NO3 in spring."), "Farmers spread N.H four N.O three in spring.");
  EXPECT_EQ(normalize_text("The ethanol, C2H5OH, burned."), "The ethanol, C two H five O.H, burned.");
}

TEST(ChemicalFormulas, TwoLetterSymbolsAreSpelt) {
  EXPECT_EQ(normalize_text("Limestone is mostly CaCO3 by weight."), "Limestone is mostly C.A.C.O three by weight.");
  EXPECT_EQ(normalize_text("Rust, or Fe2O3, spread over the hull."), "Rust, or F.E two O three, spread over the hull.");
  EXPECT_EQ(normalize_text("They mixed NaHCO3 with vinegar."), "They mixed N.A.H.C.O three with vinegar.");
  EXPECT_EQ(normalize_text("a vat of KMnO4 and MgCl2"), "a vat of K.M.N.O four and M.G.C.L two");
}

TEST(ChemicalFormulas, ABracketedGroupAndItsCount) {
  EXPECT_EQ(normalize_text("Antacids hold Mg(OH)2 as a rule."), "Antacids hold M.G O.H two as a rule.");
  EXPECT_EQ(normalize_text("a sack of Al2(SO4)3 for the pool"), "a sack of Eh L two S.O four, three for the pool");
  // Unbalanced or lower-case brackets are no formula.
  EXPECT_EQ(normalize_text("Na(Cl spilled").find("N.A"), std::string::npos);
}

TEST(ChemicalFormulas, SingleLetterFormulasReadAsBefore) {
  EXPECT_EQ(normalize_text("We drink H2O and exhale CO2."), "We drink H two O and exhale CO two.");
  EXPECT_EQ(normalize_text("cows emit CH4 daily"), "cows emit CH four daily");
  EXPECT_EQ(normalize_text("a dose of C6H12O6"), "a dose of C six H twelve O six");
}

TEST(ChemicalFormulas, OtherWordsAreNoFormula) {
  // No count: a name, perhaps.
  EXPECT_EQ(normalize_text("NaCl and NaOH were listed"), "NaCl and NaOH were listed");
  // A letter that is no element, codes of one run, one symbol with a count.
  EXPECT_EQ(normalize_text("the H5N1 strain on the HS2 line"), "the H five N one strain on the HS two line");
  EXPECT_EQ(normalize_text("The A320 and the MP3 file"), "The A-three twenty and the MP three file");
  EXPECT_EQ(normalize_text("Li3 parts"), "Li three parts");
}

TEST(ChemicalFormulas, CapitalsThatMakeAWordAreSpelt) {
  EXPECT_EQ(normalize_text("NO2 levels fell"), "N.O two levels fell");
  EXPECT_EQ(normalize_text("the smelter's SO2 output"), "the smelter's S.O two output");
}

TEST(ChemicalFormulas, GasMixesNameTheirNobleGases) {
  EXPECT_EQ(normalize_text("The dive shop blends Ar/He for cave divers."),
            "The dive shop blends argon helium for cave divers.");
  EXPECT_EQ(normalize_text("The argon was swapped for an Ar/O2 mix on the MIG set."),
            "The argon was swapped for an argon O two mix on the Mig set.");
  EXPECT_EQ(normalize_text("Purge the tube with pure Ar before the root run."),
            "Purge the tube with pure argon before the root run.");
  // Away from gases "Ar" is a name.
  EXPECT_EQ(normalize_text("Ar and Ko went to the market."), "Ar and Ko went to the market.");
}

}  // namespace briefcast

namespace briefcast {

TEST(ChemicalFormulas, CompoundSemiconductorsAmongWordsOfChipsAreSpelt) {
  EXPECT_EQ(normalize_text("The plant will make SiC wafers for inverters."),
            "The plant will make S.I.C wafers for inverters.");
  EXPECT_EQ(normalize_text("Its GaN chargers ship next month."), "Its G.A.N chargers ship next month.");
  // Away from chips and chemistry such a word may be a name, and stays.
  EXPECT_EQ(normalize_text("We met at the GaN cafe."), "We met at the GaN cafe.");
  // Capitals with a plural "s" are an initialism's plural, not a formula ending in Cs or Ts.
  EXPECT_EQ(normalize_text("The chip fab cut its PFCs by half.").find("P.F.C.S"), std::string::npos);
}

}  // namespace briefcast
