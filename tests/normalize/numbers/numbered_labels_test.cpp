// A figure with capitals after a number sign is a label, never a scale or a unit.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(NumberedLabels, SpacedSignBeforeALetteredFigure) {
  EXPECT_EQ(normalize_text("The No. 47B tram was cancelled."), "The number forty seven B tram was cancelled.");
  EXPECT_EQ(normalize_text("Flat No 9C was empty."), "Flat number nine C was empty.");
}

TEST(NumberedLabels, GluedSignBeforeALetteredFigure) {
  EXPECT_EQ(normalize_text("Batch #516M was recalled."), "Batch number five hundred sixteen M was recalled.");
  EXPECT_EQ(normalize_text("Room No.3D is shut."), "Room number three D is shut.");
}

TEST(NumberedLabels, ScalesAndWordsElsewhereStay) {
  EXPECT_EQ(normalize_text("It raised $12B last year."), "It raised twelve billion dollars last year.");
  // A plain figure after "No" and a lower-case "no." are not this rule's.
  EXPECT_EQ(normalize_text("No 12 buses ran.").find("number"), std::string::npos);
  EXPECT_EQ(normalize_text("She said no. 4B was fine.").find("number"), std::string::npos);
  EXPECT_EQ(normalize_text("Seed #2 won."), "Seed number two won.");
}

}  // namespace briefcast

namespace briefcast {

TEST(NumberedLabels, ALetteredFigureAfterACategoryWord) {
  EXPECT_EQ(normalize_text("Her hair is type 3C."), "Her hair is type three C.");
  EXPECT_EQ(normalize_text("The dye comes in shades 7C, 5N or 9A."), "The dye comes in shades seven C, five N or nine A.");
  EXPECT_EQ(normalize_text("a size 36C bra"), "a size thirty six C bra");
  EXPECT_EQ(normalize_text("Stage 2C tumours were removed."), "Stage two C tumours were removed.");
  // Elsewhere a figure and "C" is a temperature.
  EXPECT_EQ(normalize_text("It was 7C at noon."), "It was seven degrees Celsius at noon.");
  EXPECT_EQ(normalize_text("a level 2C above the average"), "a level two degrees Celsius above the average");
}

TEST(NumberedLabels, RomanClassCodes) {
  EXPECT_EQ(normalize_text("The pump is a class IIb device."), "The pump is a class two B device.");
  EXPECT_EQ(normalize_text("Porcelain in group AIIa absorbs little."), "Porcelain in group A-two Eh absorbs little.");
  EXPECT_EQ(normalize_text("It was a type Ic supernova."), "It was a type one C supernova.");
  // A letter and "I" alone may be an initialism, and no cue word means no class code.
  EXPECT_EQ(normalize_text("The group AI team met."), "The group A.I team met.");
  EXPECT_EQ(normalize_text("We drank IIb today."), "We drank IIb today.");
}

TEST(NumberedLabels, TransitLineLabel) {
  EXPECT_EQ(normalize_text("Route 9X starts today."), "Route nine X starts today.");
  EXPECT_EQ(normalize_text("Take bus 22X home."), "Take bus twenty two X home.");
  // A zoom factor keeps its "times".
  EXPECT_NE(normalize_text("a 5X zoom").find("times"), std::string::npos);
}

TEST(NumberedLabels, AThreeFigureSizeIsSaidInPairs) {
  EXPECT_EQ(normalize_text("The clinic stocks size 675 cells."), "The clinic stocks size six seventy five cells.");
  EXPECT_EQ(normalize_text("He loads size 120 film."), "He loads size one twenty film.");
  // A round hundred and a size of two figures keep their counts.
  EXPECT_EQ(normalize_text("A size 100 tub."), "A size one hundred tub.");
  EXPECT_EQ(normalize_text("A size 14 dress."), "A size fourteen dress.");
  // A quantity: a unit after it, a noun of amounts before it.
  EXPECT_EQ(normalize_text("A serving size 150 g pot.").find("one fifty"), std::string::npos);
  EXPECT_EQ(normalize_text("The sample size 240 was small.").find("two forty"), std::string::npos);
}

TEST(NumberedLabels, SubGradeAfterARomanNumeral) {
  EXPECT_NE(normalize_text("The tumour was stage IIB at diagnosis.").find("stage two B"), std::string::npos);
  EXPECT_NE(normalize_text("a grade IC tear of the muscle").find("grade one C"), std::string::npos);
  // With no cue, or after "class", the capitals are not a grade.
  EXPECT_EQ(normalize_text("The class IC chip failed.").find("one C"), std::string::npos);
  EXPECT_EQ(normalize_text("The IIB campus opened.").find("two B"), std::string::npos);
}

TEST(NumberedLabels, CapitalSubGradeOnlyUpToFour) {
  EXPECT_NE(normalize_text("Her tumour was stage IVA when found.").find("stage four Eh"), std::string::npos);
  // Past four, the capitals after grade or stage are no sub-grade.
  EXPECT_EQ(normalize_text("The grade XB steel was used.").find("ten B"), std::string::npos);
  EXPECT_EQ(normalize_text("The lorry left stage VIC at noon.").find("six C"), std::string::npos);
  EXPECT_EQ(normalize_text("Fans at stage LA heard it.").find("fifty"), std::string::npos);
}

TEST(NumberedLabels, BothEndsOfASpanOfSubGrades) {
  EXPECT_NE(normalize_text("The trial took stage IB to IIIA cases.").find("stage one B to three Eh cases"),
            std::string::npos);
  EXPECT_NE(normalize_text("Only grade IIa or IIb lesions were cut.").find("two Eh or two B lesions"), std::string::npos);
  // A line whose writer put the article "A" after a figure keeps every such "A" the article.
  EXPECT_EQ(normalize_text("1995 A season to forget, and grade IA staff left.").find("Eh"), std::string::npos);
}

TEST(NumberedLabels, FlatFloorAndDoor) {
  EXPECT_NE(normalize_text("Police were called to Flat 2/1, 18 Byres Road.").find("Flat two stroke one,"),
            std::string::npos);
  EXPECT_NE(normalize_text("She lived in Flat 0/2, Hyndland Road, for years.").find("Flat zero stroke two"), std::string::npos);
  EXPECT_NE(normalize_text("Flat 1/3 42 Gibson Street was searched.").find("Flat one stroke three forty"),
            std::string::npos);
  EXPECT_NE(normalize_text("He rents Flat 3/1 Kelvin Drive.").find("Flat three stroke one Kelvin"), std::string::npos);
  // Lower case, the slash is a measure's fraction.
  EXPECT_EQ(normalize_text("Use a flat 1/2 inch bar.").find("stroke"), std::string::npos);
}

TEST(NumberedLabels, FlatRacingPriceIsNoAddress) {
  // After a determiner, or with no address after it, "Flat" is the racing season and the figures a price.
  EXPECT_EQ(normalize_text("She was the Flat 7/2 favourite at York.").find("stroke"), std::string::npos);
  EXPECT_EQ(normalize_text("The colt goes back to the Flat 5/1 with one firm.").find("stroke"), std::string::npos);
  EXPECT_EQ(normalize_text("The mare returns to Flat 13/8 in the spring.").find("stroke"), std::string::npos);
  EXPECT_EQ(normalize_text("his Flat 6/4 shot won").find("stroke"), std::string::npos);
}

// A bouldering grade after "Font" and a school form after "Year" are labels, never Celsius.
TEST(NumberedLabels, FontGradeAndSchoolYearAreNoTemperature) {
  EXPECT_NE(normalize_text("She topped a Font 7B problem in Albarracin.").find("Font seven B problem"),
            std::string::npos);
  EXPECT_NE(normalize_text("Pupils in Year 10C sat the mock paper.").find("Year ten C sat"), std::string::npos);
  EXPECT_EQ(normalize_text("Two Font 6C lines fell.").find("Celsius"), std::string::npos);
  // A temperature keeps its reading.
  EXPECT_NE(normalize_text("Highs of 27C are due in Leeds.").find("Celsius"), std::string::npos);
  EXPECT_NE(normalize_text("this year 2C warmer than last").find("Celsius"), std::string::npos);
}

}  // namespace briefcast
