// Sections of an act written "s." and "ss." before their numbers.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(LegalSections, OneSection) {
  EXPECT_EQ(normalize_text("an order under s.118B of the Housing Act"), "an order under section one eighteen B of the Housing Act");
  EXPECT_EQ(normalize_text("breaching s.7 twice"), "breaching section seven twice");
}

TEST(LegalSections, ABillsClauseHasSubsections) {
  EXPECT_EQ(normalize_text("peers amended clause 9(2)(a) on Tuesday"),
            "peers amended clause nine, subsection two, paragraph Eh on Tuesday");
}

TEST(LegalSections, ARangeOfSections) {
  EXPECT_EQ(normalize_text("read ss.31-33 together"), "read sections thirty one to thirty three together");
}

TEST(LegalSections, OtherWordsWithAnSAndAPeriod) {
  EXPECT_EQ(normalize_text("the s.xyz file").find("section"), std::string::npos);
}

}  // namespace briefcast

namespace briefcast {

TEST(LegalSectionLabels, LettersAfterASectionsFiguresAreItsLabel) {
  EXPECT_EQ(normalize_text("under section 52K of the Code"), "under section fifty two K of the Code");
  EXPECT_EQ(normalize_text("see clause 14W now"), "see clause fourteen W now");
  EXPECT_EQ(normalize_text("as section 240G(3)(b) requires"), "as section two forty G, subsection three, paragraph B requires");
  // Without a word that names a part, a figure and "W" is still watts.
  EXPECT_NE(normalize_text("a heater rated 14W").find("watts"), std::string::npos);
}

TEST(Jurisdictions, AustralianAbbreviationsSaidInFull) {
  EXPECT_EQ(normalize_text("the Land Act 1994 (Qld)"), "the Land Act nineteen ninety four (Queensland)");
  EXPECT_EQ(normalize_text("a Qld mine"), "a Queensland mine");
  EXPECT_EQ(normalize_text("the Tax Act (Cth) and (Tas)"), "the Tax Act (Commonwealth) and (Tasmania)");
  // Outside brackets "Vic" is a name.
  EXPECT_EQ(normalize_text("Vic said hello"), "Vic said hello");
}

TEST(LegalSections, ASpaceAfterTheSign) {
  EXPECT_EQ(normalize_text("charged under s. 20 of the Act"), "charged under section twenty of the Act");
  EXPECT_EQ(normalize_text("read with ss. 4-6 of the Code"), "read with sections four to six of the Code");
  // An initial in a name is no section.
  EXPECT_EQ(normalize_text("Harry S. 1945 memo").find("section"), std::string::npos);
}

TEST(LegalSectionLabels, BracketedSubClausesAreNamed) {
  EXPECT_EQ(normalize_text("The court applied Article 8(1) of the convention."),
            "The court applied Article eight, paragraph one of the convention.");
  EXPECT_EQ(normalize_text("He relied on section 21(4)(c) of the Act."),
            "He relied on section twenty one, subsection four, paragraph C of the Act.");
  EXPECT_EQ(normalize_text("under Regulation 12(3), the firm must report"),
            "under Regulation twelve, paragraph three, the firm must report");
  EXPECT_EQ(normalize_text("She saved in a 401(k) plan."), "She saved in a four oh one K plan.");
  EXPECT_EQ(normalize_text("Article 12 applies."), "Article twelve applies.");
}

TEST(LegalSections, RegulationsWrittenShort) {
  EXPECT_EQ(normalize_text("The landlord breached reg. 7 of the fire rules."),
            "The landlord breached regulation seven of the fire rules.");
  EXPECT_EQ(normalize_text("The inspector cited regs 9-11 in her report."),
            "The inspector cited regulations nine to eleven in her report.");
  // "Reg" in capitals is a name.
  EXPECT_EQ(normalize_text("Reg 5 wins").find("regulation"), std::string::npos);
}

TEST(LegalSections, SignGluedToItsNumber) {
  EXPECT_EQ(normalize_text("The borough may soon issue a s114 notice, its leader warned."),
            "The borough may soon issue a section one fourteen notice, its leader warned.");
  EXPECT_EQ(normalize_text("The money came under s106 of the planning deal."),
            "The money came under section one oh six of the planning deal.");
  EXPECT_EQ(normalize_text("He was held under s41 of the Terrorism Act."),
            "He was held under section forty one of the Terrorism Act.");
  // Capitals are a route or a model; an uncued one stays as it is.
  EXPECT_EQ(normalize_text("Take the S114 to the station.").find("section"), std::string::npos);
  EXPECT_EQ(normalize_text("Her s9 camera broke.").find("section"), std::string::npos);
  EXPECT_EQ(normalize_text("Logs sit in the s3 bucket.").find("section"), std::string::npos);
}

TEST(LegalSections, SpacedSignBeforeAClauseWithAPoint) {
  EXPECT_EQ(normalize_text("Pools are dosed under s. 7.3 of the guide."),
            "Pools are dosed under section seven point three of the guide.");
  // A dimension's figure after a capital "S." initial is no section.
  EXPECT_EQ(normalize_text("Agent J. S. 4.5 is a code name.").find("section"), std::string::npos);
}

// The spaced sign after a capital word or a comma, and with its number's brackets.
TEST(LegalSections, SpacedSignAfterAnyWordAndWithBrackets) {
  EXPECT_EQ(normalize_text("Under s. 41 the tribunal may act."), "Under section forty one the tribunal may act.");
  EXPECT_EQ(normalize_text("It breached the Housing Act 1996, s. 188(1), the judge found."),
            "It breached the Housing Act nineteen ninety six, section one eighty eight, subsection one, the judge found.");
  EXPECT_EQ(normalize_text("Claims fall under ss. 20(2) and 21."),
            "Claims fall under sections twenty, subsection two and twenty one.");
  // A person's initial stays a letter.
  EXPECT_EQ(normalize_text("Ulysses S. Grant led 12 divisions.").find("section"), std::string::npos);
}

// A chapter of a Commonwealth country's laws and a part of a text, written short.
TEST(LegalSections, ChapterAndPartWrittenShort) {
  EXPECT_EQ(normalize_text("The Road Traffic Act (Cap. 276) sets the fines."),
            "The Road Traffic Act (chapter two seventy six) sets the fines.");
  EXPECT_EQ(normalize_text("See the Companies Act, Cap. C20, for the rules."),
            "See the Companies Act, chapter C twenty, for the rules.");
  EXPECT_EQ(normalize_text("The rule is in Pt 3 of the code."), "The rule is in part three of the code.");
  // In lower case, or before no figure, they are other words.
  EXPECT_EQ(normalize_text("They reached the salary cap. 40 players left.").find("chapter"), std::string::npos);
  EXPECT_EQ(normalize_text("Drink 2 pt of water at Pt Reyes.").find("part"), std::string::npos);
  // Platinum's mark and a patient in a case report are no parts.
  EXPECT_EQ(normalize_text("She wore a Pt 950 platinum ring.").find("part"), std::string::npos);
  EXPECT_EQ(normalize_text("Pt 2 developed a fever after the dose.").find("part"), std::string::npos);
}

// A numeral in lower case inside the brackets numbers the item; it is said as its number.
TEST(LegalSections, LowerCaseNumeralsInBracketsAreNumbers) {
  EXPECT_EQ(normalize_text("fees are due under clause 12(iv) of the lease"),
            "fees are due under clause twelve, subsection four of the lease");
  EXPECT_EQ(normalize_text("a breach of section 8(2)(ix) was found"),
            "a breach of section eight, subsection two, paragraph nine was found");
  EXPECT_EQ(normalize_text("see paragraph 4(ii) below"), "see paragraph four, sub-paragraph two below");
  EXPECT_EQ(normalize_text("a term in clause 18(xxiv) of it"), "a term in clause eighteen, subsection twenty four of it");
  EXPECT_EQ(normalize_text("under rule 15(c) the stewards ruled"), "under rule fifteen, paragraph C the stewards ruled");
}

// A lone i, v or x at a level of letters is the letter ("the one after (h)"); under a level of
// letters, or beside a longer numeral, it is the numeral.
TEST(LegalSections, ALoneNumeralLetterAtALetteredLevelStaysALetter) {
  EXPECT_EQ(normalize_text("relief under section 17(i) of the code"), "relief under section seventeen, subsection I of the code");
  EXPECT_EQ(normalize_text("the duty in section 52(4)(v) applies"),
            "the duty in section fifty two, subsection four, paragraph V applies");
  EXPECT_EQ(normalize_text("see Article 9(x) on appeals"), "see Article nine, paragraph X on appeals");
  EXPECT_EQ(normalize_text("as clause 31(2)(i) says"), "as clause thirty one, subsection two, paragraph I says");
  EXPECT_EQ(normalize_text("a gap in section 63(2)(d)(i) remains"),
            "a gap in section sixty three, subsection two, paragraph D, sub-paragraph one remains");
  EXPECT_EQ(normalize_text("under paragraph 8(b)(v) of the schedule"),
            "under paragraph eight, sub-paragraph B, point five of the schedule");
  EXPECT_NE(normalize_text("see section 11(3)(i) and (ii) for both").find("subsection three, paragraph one and"),
            std::string::npos);
}

TEST(LegalSections, NoNumeralWithoutAPartWord) {
  EXPECT_EQ(normalize_text("the firm (iii) holds 7 sites").find("three"), std::string::npos);
  EXPECT_EQ(normalize_text("page 7(xl) was torn").find("forty"), std::string::npos);
}

TEST(LegalSections, ParagraphLetterAIsTheLetter) {
  EXPECT_NE(normalize_text("He was charged under s. 12(3)(a) of the Theft Act.").find("paragraph Eh of"), std::string::npos);
  EXPECT_NE(normalize_text("He was charged under s. 12(3)(b) of the Theft Act.").find("paragraph B of"), std::string::npos);
}


// A short part word with its point, a number with points, and a second number joined by "and":
// the brackets are named levels, never run into the number.
TEST(LegalSections, ShortPartWordsAndDottedNumbersNameTheirBrackets) {
  EXPECT_EQ(normalize_text("The ruling turned on Art. 56(3) of the treaty."),
            "The ruling turned on Article fifty six, paragraph three of the treaty.");
  EXPECT_EQ(normalize_text("a claim under para. 7(c) of the annex"),
            "a claim under paragraph seven, sub-paragraph C of the annex");
  EXPECT_EQ(normalize_text("under Rule 12.4(b), the player was warned"),
            "under Rule twelve point four, paragraph B, the player was warned");
  EXPECT_EQ(normalize_text("see rule 6.2(a) first"), "see rule six point two, paragraph Eh first");
  EXPECT_EQ(normalize_text("as s. 9.1(2) provides"), "as section nine point one, subsection two provides");
  EXPECT_EQ(normalize_text("under Articles 24(2) and 31(1) of the code"),
            "under Articles twenty four, paragraph two and thirty one, paragraph one of the code");
}

TEST(LegalSections, BracketsWithoutAPartWordAreLeft) {
  EXPECT_EQ(normalize_text("The index rose 3.7(b) points").find("paragraph"), std::string::npos);
  EXPECT_EQ(normalize_text("Table 4.2(a) lists the sites").find("paragraph"), std::string::npos);
  EXPECT_EQ(normalize_text("plot g(t) against time").find("paragraph"), std::string::npos);
  EXPECT_EQ(normalize_text("the art. fair and 5(2) more").find("paragraph"), std::string::npos);
  EXPECT_EQ(normalize_text("rules and 4(2) others").find("paragraph"), std::string::npos);
}

// Inside a paragraph the bracket is a sub-paragraph, whatever spelling names the paragraph; the
// short plural words are said whole; a number with points is said as the number rules say it.
TEST(LegalSections, ParagraphBracketsAreSubParagraphs) {
  EXPECT_EQ(normalize_text("Under para. 6(2), the landlord may enter"),
            "Under paragraph six, sub-paragraph two, the landlord may enter");
  EXPECT_EQ(normalize_text("see paragraphs 3(c) and 9(d) of it"),
            "see paragraphs three, sub-paragraph C and nine, sub-paragraph D of it");
  EXPECT_EQ(normalize_text("as Arts. 7(2) and 8(a) say"), "as Articles seven, paragraph two and eight, paragraph Eh say");
  EXPECT_EQ(normalize_text("under regs. 14(3) the fee rises"), "under regulations fourteen, paragraph three the fee rises");
  EXPECT_EQ(normalize_text("under Rule 5.12(c) the referee"), "under Rule five point twelve, paragraph C the referee");
  // Without its point a short word may be a name.
  EXPECT_EQ(normalize_text("the Para 3(2) squad won").find("sub-paragraph"), std::string::npos);
  EXPECT_EQ(normalize_text("the Arts 4(1) festival").find("paragraph"), std::string::npos);
}

// The part word written short with its point labels a figure with its capital: no Celsius.
TEST(LegalSections, ShortPartWordBeforeLetteredFigure) {
  EXPECT_NE(normalize_text("relief under Sec. 24B of the code").find("Section twenty four B"), std::string::npos);
  EXPECT_EQ(normalize_text("claimed under Sec. 35C this year").find("Celsius"), std::string::npos);
}

}  // namespace briefcast
