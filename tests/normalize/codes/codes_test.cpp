// Numbers to dial or text, said figure by figure, and British postcodes spelt.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(Codes, ShortCodesToTextAreSaidFigureByFigure) {
  EXPECT_EQ(normalize_text("Text VOTE to 60012 now."), "Text Vote to six zero zero one two now.");
  EXPECT_EQ(normalize_text("texting HELP to 4455 for advice"), "texting HELP to four four five five for advice");
  EXPECT_EQ(normalize_text("you can text 741 anytime"), "you can text seven four one anytime");
}

TEST(Codes, ServiceNumbersToDialOrCall) {
  EXPECT_EQ(normalize_text("Dial 112 from any phone"), "Dial one one two from any phone");
  EXPECT_EQ(normalize_text("please call 999 at once"), "please call nine nine nine at once");
}

TEST(Codes, CountsAfterTheSameVerbsStayNumbers) {
  EXPECT_EQ(normalize_text("they will text a link to 5000 members"), "they will text a link to five thousand members");
  EXPECT_EQ(normalize_text("she called 300 voters"), "she called three hundred voters");
}

TEST(Codes, BritishPostcodesAreSpeltAsPeopleSayThem) {
  EXPECT_EQ(normalize_text("at 4 High St, Bath BA1 5AW, police said"), "at four High Street, Bath B.A one, five A.W, police said");
  EXPECT_EQ(normalize_text("near Glasgow G12 8QQ on Monday"), "near Glasgow G twelve, eight Q.Q on Monday");
  EXPECT_EQ(normalize_text("The depot at LS11 5EW closed."), "The depot at L.S eleven, five E.W closed.");
  EXPECT_EQ(normalize_text("Send entries to WC2H 7LT by noon."), "Send entries to W.C two H, seven L.T by noon.");
  EXPECT_EQ(normalize_text("a flat in E14 9GE, east London"), "a flat in E fourteen, nine G.E, east London");
  EXPECT_EQ(normalize_text("the clinic (NW3 2QG) reopened"), "the clinic (N.W three, two Q.G) reopened");
}

TEST(Codes, ModelNamesAndWordsAreNoPostcodes) {
  // No postal area is "X", "A" or "F"; an inward part never holds C, I, K, M, O or V, nor a unit.
  EXPECT_EQ(normalize_text("the X5 4WD model").find("X."), std::string::npos);
  EXPECT_EQ(normalize_text("on A4 2HB paper").find("two H.B"), std::string::npos);
  EXPECT_EQ(normalize_text("an F1 3AM start").find("A.M"), std::string::npos);
  EXPECT_EQ(normalize_text("the M2 8GB laptop").find("G.B"), std::string::npos);
  EXPECT_EQ(normalize_text("a new GT3 RS car").find(","), std::string::npos);
  EXPECT_EQ(normalize_text("she owns a BMW M3 and a 4X4").find(","), std::string::npos);
}

TEST(Codes, ServiceNumbersAfterOnOrNumber) {
  EXPECT_EQ(normalize_text("Witnesses can phone the station on 101 today."), "Witnesses can phone the station on one oh one today.");
  EXPECT_EQ(normalize_text("use the advice number 111 tonight"), "use the advice number one one one tonight");
  EXPECT_EQ(normalize_text("in Perth, ring 000 at once"), "in Perth, ring triple zero at once");
  // "called on" right after the verb urges; the figure is a count.
  EXPECT_EQ(normalize_text("she called on 101 nations to act").find("one oh one"), std::string::npos);
  // Without a calling verb or "number", a figure after "on" is a quantity.
  EXPECT_EQ(normalize_text("it fell on 105 days last year").find("oh"), std::string::npos);
}

}  // namespace briefcast

namespace briefcast {

TEST(Codes, SpacedNumberAfterACapitalisedVerb) {
  // Taken with the verb, as "Dial 999" is, before a name rule pairs "Phone" with the first group.
  EXPECT_EQ(normalize_text("Phone 1300 360 211 today"), "Phone one three zero zero, three six zero, two one one today");
}

}  // namespace briefcast

namespace briefcast {

TEST(Codes, EveryFormOfCallingOrTextingTakesTheNumber) {
  EXPECT_EQ(normalize_text("The driver rang 999 at once."), "The driver rang nine nine nine at once.");
  EXPECT_EQ(normalize_text("a neighbour phoned 112 for help"), "a neighbour phoned one one two for help");
  EXPECT_EQ(normalize_text("She texts 70070 each week."), "She texts seven zero zero seven zero each week.");
  EXPECT_EQ(normalize_text("Anyone struggling can call 1737 for free."), "Anyone struggling can call one seven three seven for free.");
  EXPECT_EQ(normalize_text("To report a leak, ring 0345 now."), "To report a leak, ring zero three four five now.");
}

TEST(Codes, ShortNumbersInSpacedGroupsAfterADiallingWord) {
  EXPECT_EQ(normalize_text("Parents can phone 131 114 any day."), "Parents can phone one three one, one one four any day.");
  EXPECT_EQ(normalize_text("Call 13 22 81 for roadside help."), "Call thirteen twenty two eighty one for roadside help.");
  // A short word after the number ends in "s" but counts nothing.
  EXPECT_EQ(normalize_text("Ring 13 44 90 as soon as you land."), "Ring thirteen forty four ninety as soon as you land.");
  EXPECT_EQ(normalize_text("Young people can dial 0808 8002 free."), "Young people can dial zero eight zero eight, eight zero zero two free.");
  // A whole telephone number is still read by the telephone rule.
  EXPECT_EQ(normalize_text("call 0161 496 0000 today"), "call zero one six one, four nine six, zero zero zero zero today");
}

TEST(Codes, NamesAndCountsAfterCallingWordsStayNumbers) {
  EXPECT_EQ(normalize_text("a novel called 1984."), "a novel called nineteen eighty four.");
  EXPECT_EQ(normalize_text("They plan to call 4000 voters."), "They plan to call four thousand voters.");
  EXPECT_EQ(normalize_text("She called 2023 her best year.").find("two zero two three"), std::string::npos);
  EXPECT_EQ(normalize_text("They rang 240 bells at noon."), "They rang two hundred forty bells at noon.");
  EXPECT_EQ(normalize_text("we will ring 2030 in style").find("two zero three zero"), std::string::npos);
}

}  // namespace briefcast

namespace briefcast {

TEST(Codes, ASecondNumberJoinedToADialledOne) {
  EXPECT_EQ(normalize_text("Walkers should dial 999 or 112 in the hills."),
            "Walkers should dial nine nine nine or one one two in the hills.");
  EXPECT_EQ(normalize_text("please call 101 or 111 instead"), "please call one oh one or one one one instead");
  // After a count the joined figure stays a count.
  EXPECT_EQ(normalize_text("they called 300 or 400 donors"), "they called three hundred or four hundred donors");
}

}  // namespace briefcast

namespace briefcast {

TEST(Codes, AnyFigureAfterAHelplineIsDialled) {
  EXPECT_EQ(normalize_text("The free helpline 1737 takes texts too."), "The free helpline one seven three seven takes texts too.");
  EXPECT_EQ(normalize_text("the crisis hotline 24365 opened"), "the crisis hotline two four three six five opened");
  // "line" alone numbers many things; only service numbers after it are dialled.
  EXPECT_EQ(normalize_text("on line 2150 of the file").find("two one five zero"), std::string::npos);
}

TEST(Codes, ServiceNumberAfterOnInALineAboutPoliceOrHealth) {
  EXPECT_EQ(normalize_text("Anyone with information should contact police on 101."),
            "Anyone with information should contact police on one oh one.");
  EXPECT_NE(normalize_text("If symptoms worsen, speak to the NHS on 111.").find("on one one one."), std::string::npos);
  EXPECT_EQ(normalize_text("Paramedics can be reached on 999 at any hour."),
            "Paramedics can be reached on nine nine nine at any hour.");
  EXPECT_EQ(normalize_text("Officers said the van was travelling on 101 occasions.").find("one oh one"), std::string::npos);
  EXPECT_EQ(normalize_text("The shares fell on 111 days last year.").find("one one one"), std::string::npos);
  EXPECT_EQ(normalize_text("Police arrested a man on 101 High Street.").find("one oh one"), std::string::npos);
}

// A long figure after a word that names a record is a reference, said figure by figure.
TEST(Codes, RecordNumbersFigureByFigure) {
  EXPECT_EQ(normalize_text("the bulk carrier (IMO 9550123) ran aground"),
            "the bulk carrier (I.M.O nine five five zero one two three) ran aground");
  EXPECT_EQ(normalize_text("Give incident number 20456 to officers."),
            "Give incident number two zero four five six to officers.");
  EXPECT_EQ(normalize_text("its registration is 50871234"), "its registration is five zero eight seven one two three four");
  // Without "number" a count may follow a weaker word.
  EXPECT_EQ(normalize_text("just in case 20000 fans arrive"), "just in case twenty thousand fans arrive");
}

TEST(Codes, RecordNumberWithItsYearAfterASlash) {
  EXPECT_EQ(normalize_text("The claim, case number 3304561/2022, was dismissed."),
            "The claim, case number three three zero four five six one of twenty twenty two, was dismissed.");
  EXPECT_EQ(normalize_text("under Claim No. 60021/2019"), "under Claim number six zero zero two one of twenty nineteen");
  // No record word before it: a plain fraction stays as the fraction rules read it.
  EXPECT_EQ(normalize_text("about 12345/2022 of them").find(" of twenty"), std::string::npos);
}

// Six figures or more without separators right after a label or a catalogue's capitals name an
// entry; a counted noun after them, or a currency's code before, keeps a count or an amount.
TEST(Codes, LabelledEntriesFigureByFigure) {
  EXPECT_EQ(normalize_text("The crash was filed as bug 7730215 last week."),
            "The crash was filed as bug seven seven three zero two one five last week.");
  EXPECT_EQ(normalize_text("Funding came from project 418206."), "Funding came from project four one eight two zero six.");
  EXPECT_EQ(normalize_text("Astronomers timed the pulsar PSR 193721 again."),
            "Astronomers timed the pulsar P.S.R one nine three seven two one again.");
  EXPECT_EQ(normalize_text("She quoted ticket 550913 in her complaint."),
            "She quoted ticket five five zero nine one three in her complaint.");
  EXPECT_EQ(normalize_text("the project 250000 homes need"), "the project two hundred fifty thousand homes need");
  // A unit after the figure measures it.
  EXPECT_EQ(normalize_text("the lot 120000 square feet of it"), "the lot one hundred twenty thousand square feet of it");
  EXPECT_EQ(normalize_text("the grant 500000 km of roads"), "the grant five hundred thousand kilometers of roads");
  EXPECT_NE(normalize_text("a budget of USD 250000").find("two hundred fifty thousand"), std::string::npos);
  EXPECT_NE(normalize_text("CROWDS TOP 250000 IN CAPITAL").find("two hundred fifty thousand"), std::string::npos);
  // Five figures after a bare label may be a count ("case 12345 people"); they stay one.
  EXPECT_NE(normalize_text("bug 12345 reported").find("twelve thousand"), std::string::npos);
}

}  // namespace briefcast

namespace briefcast {

// A reference in hyphened groups after a word that names it: figure by figure, group by group.
TEST(Codes, GroupedRecordNumbers) {
  EXPECT_EQ(normalize_text("The novel (ISBN 978-1-4028-9462-6) is out."),
            "The novel (I.S.B.N nine seven eight, one, four zero two eight, nine four six two, six) is out.");
  EXPECT_EQ(normalize_text("ISBN 0-19-852663-X"), "I.S.B.N zero, one nine, eight five two six six three, X");
  // A range or a score after such a word is no reference: too few figures.
  EXPECT_EQ(normalize_text("patent 12-4").find("one two"), std::string::npos);
}

}  // namespace briefcast

namespace briefcast {

TEST(Codes, AServiceNumberBeforeOneCallOfIt) {
  EXPECT_EQ(normalize_text("She made a 999 call at dawn."), "She made a nine nine nine call at dawn.");
  EXPECT_EQ(normalize_text("the 112 operator answered"), "the one one two operator answered");
  EXPECT_EQ(normalize_text("Staff took 999 calls that day.").find("nine nine nine"), std::string::npos);
}

TEST(Codes, ARangeOfPostcodeDistrictsIsSaidTo) {
  EXPECT_EQ(normalize_text("Bins in the LS6-LS9 districts are collected on Monday."),
            "Bins in the LS six to LS nine districts are collected on Monday.");
  EXPECT_EQ(normalize_text("Homes in postcodes S3-S11 lost water."), "Homes in postcodes S three to S eleven lost water.");
  // A one-letter area needs postcodes named: motorways and vitamins stay.
  EXPECT_EQ(normalize_text("The M1-M6 link was shut.").find(" to "), std::string::npos);
  // Two areas are no range.
  EXPECT_EQ(normalize_text("Homes in LS6-BD9 were hit.").find(" to "), std::string::npos);
}

// A code keyed in is said figure by figure; a law's code before its section is not such a code.
TEST(Codes, KeyedCodeFigureByFigure) {
  EXPECT_EQ(normalize_text("Quote code 5180 at the desk."), "Quote code five one eight zero at the desk.");
  EXPECT_EQ(normalize_text("Enter PIN 2207 to unlock it."), "Enter PIN two two zero seven to unlock it.");
  EXPECT_EQ(normalize_text("Under the penal code 1203 applies.").find("one two zero three"), std::string::npos);
  // A code named in capitals is a law, and its figure the year.
  EXPECT_EQ(normalize_text("The Insolvency and Bankruptcy Code 2016 changed how firms fail.").find("two zero one six"),
            std::string::npos);
}

// A paper's index number in a reference list is said figure by figure.
TEST(Codes, PaperIndexNumber) {
  EXPECT_EQ(normalize_text("Lancet. 2019. [PMID: 30712345]"), "Lancet. twenty nineteen. [P.M.I.D: three zero seven one two three four five]");
}

}  // namespace briefcast
