// Roman numerals after names and model marks.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(ModelMark, MkIsMark) {
  EXPECT_EQ(normalize_text("a rare MkIV coupe"), "a rare Mark four coupe");
  EXPECT_EQ(normalize_text("the Mk 3 van"), "the Mark three van");
  EXPECT_EQ(normalize_text("the Mk. VI rifle"), "the Mark six rifle");
  EXPECT_EQ(normalize_text("the Mark III sedan"), "the Mark three sedan");
  EXPECT_EQ(normalize_text("Mkts rose"), "Mkts rose");
}

}  // namespace briefcast

namespace briefcast {

TEST(Roman, PossessiveCountingAbbreviationAndWars) {
  EXPECT_EQ(normalize_text("Edward VII's yacht"), "Edward the seventh's yacht");
  EXPECT_EQ(normalize_text("Vol. IV arrives"), "Volume four arrives");
  EXPECT_EQ(normalize_text("after World War I ended"), "after World War one ended");
  EXPECT_EQ(normalize_text("Act V opens"), "Act five opens");
  EXPECT_EQ(normalize_text("veterans of WWII"), "veterans of World War two");
  // A lone letter after a name stays a letter.
  EXPECT_EQ(normalize_text("Malcolm X spoke"), "Malcolm X spoke");
}

}  // namespace briefcast

namespace briefcast {

TEST(Roman, CenturyAndMillenniumAreOrdinals) {
  EXPECT_EQ(normalize_text("art of the XVII century"), "art of the seventeenth century");
  EXPECT_EQ(normalize_text("a XX-century idea"), "a twentieth-century idea");
  EXPECT_EQ(normalize_text("the III millennium"), "the third millennium");
  // Letters that are no numeral stay letters.
  EXPECT_EQ(normalize_text("a CD century"), "a C.D century");
}

TEST(Roman, GradeCounts) {
  EXPECT_EQ(normalize_text("a Grade I listed hall"), "a Grade one listed hall");
}

}  // namespace briefcast

namespace briefcast {

TEST(Roman, MissionsAndSequelsAreNumbered) {
  EXPECT_EQ(normalize_text("the Gemini IV crew returned"), "the Gemini four crew returned");
  EXPECT_EQ(normalize_text("a Titan II rocket"), "a Titan two rocket");
  EXPECT_EQ(normalize_text("the Kestrel III probe"), "the Kestrel three probe");  // a thing's noun after it
  EXPECT_EQ(normalize_text("Rocky IV opened in 1985"), "Rocky four opened in nineteen eighty five");
}

TEST(Roman, MonarchsStayOrdinalAndALoneLetterStays) {
  EXPECT_EQ(normalize_text("Charles III spoke"), "Charles the third spoke");
  EXPECT_EQ(normalize_text("the Generation X film"), "the Generation X film");
}

}  // namespace briefcast

namespace briefcast {

TEST(Roman, ListsAfterACountingWord) {
  EXPECT_EQ(normalize_text("Stage II, III and IV patients"), "Stage two, three and four patients");
  EXPECT_EQ(normalize_text("Parts VI or VII"), "Parts six or seven");
  EXPECT_EQ(normalize_text("Volumes II to V"), "Volumes two to five");
  // The pronoun after "and" stays a word.
  EXPECT_EQ(normalize_text("Stage I and I agreed"), "Stage one and I agreed");
}

TEST(Roman, AGovernmentNumberedAfterItsLeaderIsACount) {
  EXPECT_EQ(normalize_text("the Kohl III cabinet"), "the Kohl three cabinet");
  EXPECT_EQ(normalize_text("The Lubbers II Government fell."), "The Lubbers two Government fell.");
  EXPECT_EQ(normalize_text("Charles III visited."), "Charles the third visited.");
}

TEST(Roman, ProductionLotsAndTiers) {
  EXPECT_EQ(normalize_text("parts for Lot XII jets"), "parts for Lot twelve jets");
  EXPECT_EQ(normalize_text("Tier III suppliers"), "Tier three suppliers");
  EXPECT_EQ(normalize_text("from Production Lot I of the jets"), "from Production Lot one of the jets");
}

TEST(Roman, ANumeralAfterAProductNameThatFollowsAModelCode) {
  EXPECT_EQ(normalize_text("the F-22 Raptor II was shelved"), "the F twenty two Raptor two was shelved");
  // A name with no model code before it is a person's.
  EXPECT_EQ(normalize_text("under Frederick II of Prussia"), "under Frederick the second of Prussia");
}

TEST(Roman, ARocketsVersionInALaunchLine) {
  EXPECT_EQ(normalize_text("an Atlas V carrying a weather satellite will launch Friday"),
            "an Atlas five carrying a weather satellite will launch Friday");
  // Elsewhere a lone letter after a name stays a letter, and a monarch's numeral an ordinal.
  EXPECT_EQ(normalize_text("Malcolm X spoke"), "Malcolm X spoke");
  EXPECT_EQ(normalize_text("King Louis XIV built it"), "King Louis the fourteenth built it");
}

TEST(Roman, ALowerCaseCountingWordCountsToo) {
  EXPECT_EQ(normalize_text("the drug entered a phase III study"), "the drug entered a phase three study");
  EXPECT_EQ(normalize_text("patients with type II diabetes"), "patients with type two diabetes");
  EXPECT_EQ(normalize_text("a stage IV tumour"), "a stage four tumour");
  EXPECT_EQ(normalize_text("phases II and III ran late"), "phases two and three ran late");
  // A lone "I" there is the pronoun, and letters beyond I, V and X stay an initialism.
  EXPECT_EQ(normalize_text("at this stage I doubt it"), "at this stage I doubt it");
  EXPECT_EQ(normalize_text("a type DC plug"), "a type D.C plug");
}

TEST(Roman, CategoriesDivisionsAndRoundsCount) {
  EXPECT_EQ(normalize_text("a Category IV storm hit"), "a Category four storm hit");
  EXPECT_EQ(normalize_text("Division II schools"), "Division two schools");
  EXPECT_EQ(normalize_text("Round III of talks"), "Round three of talks");
}

// After an initialism a numeral numbers a sequel or a version; a monarch's name is no initialism.
TEST(Roman, SequelAfterAnInitialism) {
  EXPECT_EQ(normalize_text("fans queued for NBA III at midnight"), "fans queued for N.B.A three at midnight");
  EXPECT_EQ(normalize_text("the WRC IX update"), "the W.R.C nine update");
  EXPECT_EQ(normalize_text("Queen Margrethe II abdicated."), "Queen Margrethe the second abdicated.");
  EXPECT_EQ(normalize_text("a tribute to KING HAAKON VII from the crowd"), "a tribute to King Haakon the seventh from the crowd");
  EXPECT_EQ(normalize_text("signed by ROBERT JONES III on behalf of"), "signed by Robert Jones the third on behalf of");
}

TEST(Roman, RuleBookEditionsCount) {
  EXPECT_NE(normalize_text("Banks must meet Basel III rules.").find("Basel three"), std::string::npos);
  EXPECT_NE(normalize_text("Insurers report under Solvency II now.").find("Solvency two"), std::string::npos);
}

TEST(Roman, GradeReadOffAScale) {
  EXPECT_NE(normalize_text("Shaking reached VIII on the Mercalli scale.").find("eight on the"), std::string::npos);
  EXPECT_NE(normalize_text("Winds hit XI on the Beaufort scale").find("eleven on the"), std::string::npos);
}

TEST(Roman, NumeralWithTheLetterOfASubclass) {
  EXPECT_EQ(normalize_text("The tumour was Stage IIIc when found."), "The tumour was Stage three C when found.");
  EXPECT_EQ(normalize_text("Class IIb devices need a notified body."), "Class two B devices need a notified body.");
  EXPECT_EQ(normalize_text("Herring in area IVc are under quota."), "Herring in area four C are under quota.");
}

TEST(Roman, ClottingFactors) {
  EXPECT_EQ(normalize_text("Patients lacking factor VIII need regular infusions."),
            "Patients lacking factor eight need regular infusions.");
}

}  // namespace briefcast

namespace briefcast {

TEST(Roman, ALoneLetterOtherThanIVXLabelsAClass) {
  // "Category C" had been "Category one hundred", "Class D" "Class five hundred".
  EXPECT_EQ(normalize_text("The inmate moved to a Category C jail."), "The inmate moved to a Category C jail.");
  EXPECT_EQ(normalize_text("It is a Class D felony."), "It is a Class D felony.");
  EXPECT_EQ(normalize_text("See Parts C and D of the form."), "See Parts C and D of the form.");
  // I, V and X alone still count after a counting word.
  EXPECT_EQ(normalize_text("a Category V storm"), "a Category five storm");
  EXPECT_EQ(normalize_text("Phase II and III trials"), "Phase two and three trials");
}

// A name may begin with a capital beyond ASCII: its regnal number is still an ordinal.
TEST(Roman, RegnalNumberAfterANonAsciiCapital) {
  EXPECT_EQ(normalize_text("Ælfwald II ruled briefly."), "Ælfwald the second ruled briefly.");
  EXPECT_EQ(normalize_text("Érik III and Øyvind IV"), "Érik the third and Øyvind the fourth");
  EXPECT_EQ(normalize_text("Władysław II was crowned."), "Władysław the second was crowned.");
}

TEST(Roman, NumberedCampsAndSectorsAreCardinals) {
  EXPECT_EQ(normalize_text("They climbed above Camp III before the storm."), "They climbed above Camp three before the storm.");
  EXPECT_EQ(normalize_text("Fighting moved into Sector VII overnight."), "Fighting moved into Sector seven overnight.");
  // A person's name keeps the regnal reading.
  EXPECT_EQ(normalize_text("Edward III was crowned."), "Edward the third was crowned.");
}

TEST(Roman, ABoatsNameNumbersItsBoats) {
  EXPECT_EQ(normalize_text("The yacht Silver Gull III was towed in."), "The yacht Silver Gull three was towed in.");
  EXPECT_EQ(normalize_text("The ferry Spirit of Arran II sailed late."), "The ferry Spirit of Arran two sailed late.");
  // A king after the word "ship" on its own is still a king.
  EXPECT_EQ(normalize_text("The ship carried Charles II home."), "The ship carried Charles the second home.");
}

TEST(Roman, AShipNamedForAMonarchKeepsTheMonarch) {
  EXPECT_EQ(normalize_text("The liner Empress Matilda II left port."), "The liner Empress Matilda the second left port.");
  EXPECT_EQ(normalize_text("HMS Prince Rupert IV fired a salute."), "H.M.S Prince Rupert the fourth fired a salute.");
  // A name without a title is still a boat's number.
  EXPECT_EQ(normalize_text("The tug Harbour Star IV came alongside."), "The tug Harbour Star four came alongside.");
}

TEST(Roman, AnatomicalSegmentsAndNerves) {
  EXPECT_EQ(normalize_text("a cyst in segment IV of the liver"), "a cyst in segment four of the liver");
  EXPECT_EQ(normalize_text("palsy of cranial nerve VI"), "palsy of cranial nerve six");
}

}  // namespace briefcast

namespace briefcast {

// Two numerals joined by a dash after a counting word are a range of them.
TEST(Roman, RangeAfterACountingWord) {
  EXPECT_EQ(normalize_text("patients with stages II\u2013IV were enrolled"), "patients with stages two to four were enrolled");
  EXPECT_EQ(normalize_text("Read Books I-III first."), "Read Books one to three first.");
  // Without a counting word the letters are left to the other rules.
  EXPECT_EQ(normalize_text("the II-VI compound").find("two to six"), std::string::npos);
}

// Between "the" and a capitalised name a numeral numbers an edition, said as its ordinal.
TEST(Roman, EditionOfAnEvent) {
  EXPECT_EQ(normalize_text("She won gold at the XIV Biennale in June."), "She won gold at the fourteenth Biennale in June.");
  EXPECT_EQ(normalize_text("the XL Bully ban"), normalize_text("the XL Bully ban"));
  EXPECT_EQ(normalize_text("the XL Bully ban").find("fortieth"), std::string::npos);
  EXPECT_EQ(normalize_text("We met the VIP Guests.").find("sixth"), std::string::npos);
}

TEST(Roman, EmissionStandardAfterEuro) {
  EXPECT_EQ(normalize_text("The lorries meet Euro V limits."), "The lorries meet Euro five limits.");
  EXPECT_NE(normalize_text("Henry VIII spoke.").find("the eighth"), std::string::npos);
}

TEST(Roman, ANumeralAndItsPartAfterACountingWord) {
  EXPECT_EQ(normalize_text("The rules of Chapter III-2 apply to tankers."), "The rules of Chapter three dash two apply to tankers.");
  EXPECT_EQ(normalize_text("The code's Ch. IV-1 covers pumps."), "The code's Chapter four dash one covers pumps.");
  // After a name it stays a name's numeral: no part is read.
  EXPECT_EQ(normalize_text("Queen Anne II-1 sold.").find("dash"), std::string::npos);
}

TEST(Roman, FourStrokeFourAfterACountingWord) {
  EXPECT_NE(normalize_text("The shop sold Class IIII scales to farmers.").find("Class four scales"), std::string::npos);
  // Not after a name: the letters are no numeral there.
  EXPECT_EQ(normalize_text("Henry IIII was a typo.").find("four"), std::string::npos);
}

TEST(Roman, NumeralAfterANameInCapitals) {
  EXPECT_NE(normalize_text("Applicants for the KOTAN XII permit wait weeks.").find("twelve permit"), std::string::npos);
  EXPECT_EQ(normalize_text("Applicants for the KOTAN XII permit wait weeks.").find("twelfth"), std::string::npos);
  // A title before the name in capitals keeps the monarch's ordinal.
  EXPECT_NE(normalize_text("Crowds cheered King HAAKON VII on Sunday.").find("the seventh"), std::string::npos);
  EXPECT_NE(normalize_text("Louis XIV built a palace.").find("the fourteenth"), std::string::npos);
}

TEST(Roman, ClassOneInLowerCase) {
  EXPECT_NE(normalize_text("It is a class I device under the rules.").find("class one device"), std::string::npos);
  EXPECT_NE(normalize_text("Both type I and type II diabetes rose.").find("type one and type two"), std::string::npos);
  // The pronoun stays: after a counting word with no article, "I" is a speaker.
  EXPECT_NE(normalize_text("At this stage I think we won.").find("stage I think"), std::string::npos);
  EXPECT_NE(normalize_text("In that class I learned to cook.").find("class I learned"), std::string::npos);
  // After "a class" the pronoun's verb follows as often: only a noun such things are classed by
  // makes "I" the numeral.
  EXPECT_NE(normalize_text("It was a class I loved at school.").find("class I loved"), std::string::npos);
  EXPECT_NE(normalize_text("She called it a stage I would not wish on anyone.").find("stage I would"), std::string::npos);
  EXPECT_NE(normalize_text("A fire hit a grade I listed church.").find("grade one listed"), std::string::npos);
}

// A numbered works of a power field or a port counts, as a mission does.
TEST(Roman, NumberedWorksCount) {
  EXPECT_EQ(normalize_text("The Menengai III plant came online."), "The Menengai three plant came online.");
  EXPECT_EQ(normalize_text("Berth VI terminal was dredged."), "Berth six terminal was dredged.");
  // A ruler before a verb keeps the ordinal.
  EXPECT_EQ(normalize_text("Louis XIV built the palace."), "Louis the fourteenth built the palace.");
  // Works named for a ruler, and the adverb after a ruler, keep the ordinal.
  EXPECT_EQ(normalize_text("The Queen Elizabeth II terminal handles cruise ships."),
            "The Queen Elizabeth the second terminal handles cruise ships.");
  EXPECT_EQ(normalize_text("The Hassan II dam supplies the city."), "The Hassan the second dam supplies the city.");
  EXPECT_EQ(normalize_text("Henry VIII well understood the church."), "Henry the eighth well understood the church.");
}

// A numeral after the common noun of a division (a region, a ward, a schedule) counts it; only
// people take the regnal ordinal.
TEST(Roman, DivisionNounsCount) {
  EXPECT_EQ(normalize_text("Crews from Region IV arrived on Tuesday."), "Crews from Region four arrived on Tuesday.");
  EXPECT_EQ(normalize_text("Voters in Ward III backed the plan."), "Voters in Ward three backed the plan.");
  EXPECT_EQ(normalize_text("It is listed under Schedule II of the act."), "It is listed under Schedule two of the act.");
  EXPECT_EQ(normalize_text("The club was relegated to League II in May."), "The club was relegated to League two in May.");
  // People keep the ordinal; a lone "X" after the noun is a letter.
  EXPECT_EQ(normalize_text("Pope Leo XIV met Charles III in Rome."), "Pope Leo the fourteenth met Charles the third in Rome.");
  EXPECT_EQ(normalize_text("Staff at Unit X were moved."), "Staff at Unit X were moved.");
}

// After a division's noun only numerals of I, V and X count; "I" before a word is the pronoun of
// a title-case headline; after a given name or a title the noun is a surname, with the ordinal.
TEST(Roman, DivisionNounsNarrowed) {
  EXPECT_EQ(normalize_text("Staff moved to Wing CL after the fire."), "Staff moved to Wing C.L after the fire.");
  EXPECT_EQ(normalize_text("The figures appear in Table LX of the annex."), "The figures appear in Table L.X of the annex.");
  EXPECT_EQ(normalize_text("Shops in District XIV closed early."), "Shops in District fourteen closed early.");
  EXPECT_EQ(normalize_text("The Group I Joined Has Folded"), "The Group I Joined Has Folded");
  EXPECT_EQ(normalize_text("The Pool I Swim In Is Shut"), "The Pool I Swim In Is Shut");
  EXPECT_EQ(normalize_text("Schedule I, the strictest class, covers heroin."), "Schedule one, the strictest class, covers heroin.");
  EXPECT_EQ(normalize_text("Voters in Wards II and IV turned out."), "Voters in Wards two and four turned out.");
  EXPECT_EQ(normalize_text("Harold Wing IV, the mayor, spoke."), "Harold Wing the fourth, the mayor, spoke.");
  EXPECT_EQ(normalize_text("Sen. Pool II voted against."), "Senator Pool the second voted against.");
  // A noun no family bears counts after any capitalised word.
  EXPECT_EQ(normalize_text("Check Table IV and Figure II."), "Check Table four and Figure two.");
  EXPECT_EQ(normalize_text("New District VI lines were drawn."), "New District six lines were drawn.");
}

// A lone "I" after a division's noun before a lower-case word or "of" is the numeral: a class of
// drug, a hazard's group, a plant's unit. Only a capitalised word after it makes it the pronoun.
TEST(Roman, DivisionOneBeforeALowerCaseWordCounts) {
  EXPECT_EQ(normalize_text("Fentanyl analogues became a Schedule I class."), "Fentanyl analogues became a Schedule one class.");
  EXPECT_EQ(normalize_text("Diesel fumes are a Group I hazard."), "Diesel fumes are a Group one hazard.");
  EXPECT_EQ(normalize_text("Reactor Unit I of the station restarted."), "Reactor Unit one of the station restarted.");
  EXPECT_EQ(normalize_text("District I voters went to the polls."), "District one voters went to the polls.");
  EXPECT_EQ(normalize_text("The District I Grew Up In"), "The District I Grew Up In");
}

TEST(Roman, DynastyIsNumbered) {
  EXPECT_NE(normalize_text("The Dynasty XII temple was mapped.").find("Dynasty twelve temple"), std::string::npos);
  // A ruler keeps the ordinal.
  EXPECT_NE(normalize_text("Ramesses II built it.").find("the second"), std::string::npos);
}

TEST(Roman, LoneIAfterDynastyIsThePronoun) {
  EXPECT_EQ(normalize_text("Of the Tang Dynasty I have read a great deal."), "Of the Tang Dynasty I have read a great deal.");
  EXPECT_EQ(normalize_text("After the Song Dynasty I would say trade grew.").find("one"), std::string::npos);
  EXPECT_NE(normalize_text("The Dynasty III tombs were mapped.").find("Dynasty three"), std::string::npos);
}


// A pathogen's clade or lineage is numbered, and a classed noun after a lone "I" makes it the numeral.
TEST(Roman, CladesAndLineagesAreNumbered) {
  EXPECT_EQ(normalize_text("cases of the virus (clade II) rose"), "cases of the virus (clade two) rose");
  EXPECT_EQ(normalize_text("lineage III isolates spread"), "lineage three isolates spread");
  EXPECT_EQ(normalize_text("a clade Ib outbreak"), "a clade one B outbreak");
  EXPECT_EQ(normalize_text("the clade Ia strains"), "the clade one Eh strains");
  EXPECT_EQ(normalize_text("grade I tumours were removed"), "grade one tumours were removed");
}

TEST(Roman, PronounAfterACladeStaysThePronoun) {
  EXPECT_EQ(normalize_text("the clade I sequenced was new"), "the clade I sequenced was new");
  EXPECT_EQ(normalize_text("in the lineage I traced, two died"), "in the lineage I traced, two died");
}

// After a counting word in lower case, a classed noun that is also a verb of the present is the
// pronoun's verb, with or without the article; without the article only a plural makes "I" one.
TEST(Roman, PronounBeforeAVerbStaysThePronoun) {
  EXPECT_EQ(normalize_text("By that phase I recall feeling calm."), "By that phase I recall feeling calm.");
  EXPECT_EQ(normalize_text("In part I study why towns flood."), "In part I study why towns flood.");
  EXPECT_EQ(normalize_text("It was a level I recall from school."), "It was a level I recall from school.");
  EXPECT_EQ(normalize_text("At this point I permit no visitors."), "At this point I permit no visitors.");
  EXPECT_EQ(normalize_text("By the third stage I listed the flat."), "By the third stage I listed the flat.");
  EXPECT_EQ(normalize_text("In round two I trial a new lineup."), "In round two I trial a new lineup.");
  EXPECT_EQ(normalize_text("The clade I cases doubled"), "The clade one cases doubled");
  EXPECT_EQ(normalize_text("a class I laser was fitted"), "a class one laser was fitted");
  EXPECT_EQ(normalize_text("It was a stage I permit for life."), "It was a stage I permit for life.");
  EXPECT_NE(normalize_text("a phase I study of the vaccine").find("phase one study"), std::string::npos);
}

// After a plural noun a numeral labels one of the things named, and a list reads alike.
TEST(Roman, NumeralsAfterAPluralLabel) {
  EXPECT_EQ(normalize_text("Nests of Cohorts VII and XII were counted."), "Nests of Cohorts seven and twelve were counted.");
  EXPECT_EQ(normalize_text("Cohorts IX to XI will be tagged."), "Cohorts nine to eleven will be tagged.");
  EXPECT_EQ(normalize_text("Hank Williams III sang; the Friends I met stayed."),
            "Hank Williams the third sang; the Friends I met stayed.");
  // Plurals in "-es" and "-ies" count as their singulars do.
  EXPECT_EQ(normalize_text("Both Classes I and II shares rose."), "Both Classes one and two shares rose.");
  EXPECT_EQ(normalize_text("Categories IV and V hurricanes are rare."), "Categories four and five hurricanes are rare.");
  // Kings' names in the plural are no labels: the first numeral keeps its regnal reading.
  EXPECT_NE(normalize_text("The festival stages both Richards II and III.").find("Richards the second"), std::string::npos);
}

}  // namespace briefcast

