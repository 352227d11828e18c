// Abbreviations whose period eSpeak NG would take as a sentence end, state abbreviations,
// party labels, company suffixes, titles, and initialisms spelled with hyphens.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

namespace {

std::string say(std::string_view written) { return normalize_text(written); }

}  // namespace

TEST(Initials, NoPeriodInsideTheLine) {
  EXPECT_EQ(say("the U.K. Treasury said"), "the U.K Treasury said");
  EXPECT_EQ(say("coach T.J. Rivers"), "coach T.J Rivers");
  EXPECT_EQ(say("Harry S. Truman"), "Harry S Truman");
  EXPECT_EQ(say("moved to the U.S."), "moved to the U.S.");  // the line's end keeps it
  EXPECT_EQ(say("at 6 a.m. Thursday"), "at six AM Thursday");
  EXPECT_EQ(say("by 11p.m. Sunday"), "by eleven PM Sunday");
}

TEST(Initials, StatesInDatelinesAndLabels) {
  EXPECT_EQ(say("TRENTON, N.J. \u2014 Officials"), "TRENTON, New Jersey \u2014 Officials");
  EXPECT_EQ(say("in Tulsa, Okla., on"), "in Tulsa, Oklahoma, on");
  EXPECT_EQ(say("Peoria, Ill., police"), "Peoria, Illinois, police");
  EXPECT_EQ(say("he felt ill. Later"), "he felt ill. Later");  // a word, not a state
  EXPECT_EQ(say("Rep. Jane Doe (R-Ohio) said"), "Representative Jane Doe (Republican of Ohio) said");
  EXPECT_EQ(say("Sen. Ann Roe, D-Mass., said"), "Senator Ann Roe, Democrat of Massachusetts, said");
}

TEST(Abbreviations, CompaniesAndTitles) {
  EXPECT_EQ(say("Acme Co. and Globex Corp. and Initech Inc. rose"),
            "Acme Company and Globex Corporation and Initech Incorporated rose");
  EXPECT_EQ(say("Gov. Ray Lane met Lt. Col. Dana Park"), "Governor Ray Lane met Lieutenant Colonel Dana Park");
}

TEST(Acronyms, CapitalsAreSpelledWithHyphens) {
  EXPECT_EQ(say("The WHO warned"), "The W.H.O warned");
  EXPECT_EQ(say("IT staff and the FDIC"), "I.T staff and the F.D.I.C");
  EXPECT_EQ(say("an IV drip"), "an I.V drip");
  EXPECT_EQ(say("NATO allies"), "Nato allies");  // said as a word
  EXPECT_EQ(say("a super PAC"), "a super Pac");
  // A headline in capitals keeps its words.
  EXPECT_EQ(say("CITY COUNCIL VOTES NOW"), "City Council Votes Now");
  EXPECT_EQ(say("NEW YORK (AP) — The SEC said"), "New York (A.P) — The S.E.C said");
}

}  // namespace briefcast

namespace briefcast {

TEST(Acronyms, PluralsDegreesAndMoreTitles) {
  EXPECT_EQ(normalize_text("two NGOs and the UN's envoy"), "two N.G.O.'s and the U.N.'s envoy");
  EXPECT_EQ(normalize_text("an M.Sc. degree"), "an M.S.C degree");
  EXPECT_EQ(normalize_text("Det. Insp. Ray Moss"), "Detective Inspector Ray Moss");
  EXPECT_EQ(normalize_text("Rolf, a.k.a. the Fox"), "Rolf, also known as the Fox");
}

// Letters joined by periods: eSpeak NG says every letter's name there, the A included, where
// with hyphens it read the A as the article.
TEST(Initials, EveryLetterIsSpelledWithPeriods) {
  EXPECT_EQ(normalize_text("the AKP and the QAT said"), "the A.K.P and the Q.A.T said");
  EXPECT_EQ(normalize_text("a PBA rule"), "a P.B.A rule");
  EXPECT_EQ(normalize_text("the GKA's chief"), "the G.K.A.'s chief");
  EXPECT_EQ(normalize_text("R.A. Dunmore wrote"), "R.A Dunmore wrote");
}

// The currency and the scale belong to both figures of a range and are said once, at the end.
TEST(MoneyRange, CurrencyAndScaleAfterTheSecondFigure) {
  EXPECT_EQ(normalize_text("raised $70-80 million"), "raised seventy to eighty million dollars");
  EXPECT_EQ(normalize_text("tickets cost $3-6 each"), "tickets cost three to six dollars each");
  EXPECT_EQ(normalize_text("a \u20AC2-5 billion fund"), "a two to five billion euros fund");
  EXPECT_EQ(normalize_text("fell 15-20% overnight"), "fell fifteen to twenty percent overnight");
}

}  // namespace briefcast

namespace briefcast {

TEST(Abbreviations, OnlyBeforeAFigure) {
  EXPECT_EQ(normalize_text("see p. 17 of the report"), "see page seventeen of the report");
  EXPECT_EQ(normalize_text("built c. 1720 by"), "built circa seventeen twenty by");
  EXPECT_EQ(normalize_text("in Rm. 204 today"), "in Room two hundred four today");
  EXPECT_EQ(normalize_text("Dana C. Ortiz"), "Dana C Ortiz");  // an initial, not circa
}

// Before a short figure and its unit, "c." is an approximate quantity, said "about".
TEST(Abbreviations, CircaBeforeAQuantity) {
  EXPECT_EQ(normalize_text("a walk of c. 12 miles"), "a walk of about twelve miles");
  EXPECT_EQ(normalize_text("the film runs c. 2 hours"), "the film runs about two hours");
  EXPECT_EQ(normalize_text("Plan C. 12 people signed"), "Plan C. twelve people signed");
  EXPECT_EQ(normalize_text("in section c. 4 of it"), "in section c. four of it");
}

}  // namespace briefcast

namespace briefcast {

TEST(Abbreviation, LowercaseSaintAndProfessor) {
  EXPECT_EQ(normalize_text("st. brendan's day"), "saint brendan's day");
  EXPECT_EQ(normalize_text("the ferry to st. kitts"), "the ferry to saint kitts");
  // After another word, lowercase "st." is a street and stays written.
  EXPECT_EQ(normalize_text("on oak st. by noon"), "on oak st. by noon");
  EXPECT_EQ(normalize_text("prof. okafor spoke"), "professor okafor spoke");
}

}  // namespace briefcast

namespace briefcast {

TEST(Abbreviation, SaintAfterASentenceOpeningFunctionWord) {
  EXPECT_EQ(normalize_text("The St. Paul Saints won."), "The Saint Paul Saints won.");
  EXPECT_EQ(normalize_text("A St. Bernard barked."), "A Saint Bernard barked.");
  EXPECT_EQ(normalize_text("She lives on Oak St. in town."), "She lives on Oak Street in town.");
}

TEST(Abbreviation, StreetSuffixAfterAnOrdinal) {
  EXPECT_EQ(normalize_text("at 3rd Ave. and 14th St. downtown"), "at third Avenue and fourteenth Street downtown");
  EXPECT_EQ(normalize_text("on 8th Blvd near the park"), "on eighth Boulevard near the park");
}

TEST(Abbreviation, PossessiveOfAnAbbreviationKeepsItsPeriodInside) {
  EXPECT_EQ(normalize_text("Acme Corp.'s chief said"), "Acme Corporation's chief said");
  EXPECT_EQ(normalize_text("Widget Co.\u2019s plant"), "Widget Company's plant");
}

}  // namespace briefcast

namespace briefcast {

TEST(Abbreviation, DocketNumberIsSaidInGroupsNotAsARange) {
  EXPECT_EQ(normalize_text("filed as No. 19-4411 in May"), "filed as number nineteen, forty four eleven in May");
}

TEST(Abbreviation, CategoryByLetter) {
  EXPECT_EQ(normalize_text("He was held as a Cat. B prisoner."), "He was held as a Category B prisoner.");
  // A lowercase cat closing a sentence stays the animal.
  EXPECT_EQ(normalize_text("They fed the cat. A neighbour helped."), "They fed the cat. A neighbour helped.");
}

TEST(Abbreviation, CategoryAndPeriodChanges) {
  EXPECT_EQ(normalize_text("now a Cat. 3 storm"), "now a Category three storm");
  EXPECT_EQ(normalize_text("sales fell 2% y/y and 1% q/q"), "sales fell two percent year on year and one percent quarter on quarter");
  EXPECT_EQ(normalize_text("up 9% YoY"), "up nine percent year on year");
}

}  // namespace briefcast

namespace briefcast {

TEST(Abbreviation, ApartmentAbbreviation) {
  EXPECT_EQ(say("at 9 Oak Rd., Apt. 2 since May"), "at nine Oak Road, Apartment two since May");
}

}  // namespace briefcast

namespace briefcast {

TEST(Abbreviation, PropositionBeforeAFigure) {
  EXPECT_EQ(normalize_text("voters passed Prop. 12 easily"), "voters passed Proposition twelve easily");
}

}  // namespace briefcast

namespace briefcast {

TEST(Abbreviation, NumberOfInATable) {
  EXPECT_EQ(normalize_text("No. of votes cast"), "number of votes cast");
  EXPECT_EQ(normalize_text("No, of course not"), "No, of course not");  // the word, no period
}

TEST(Abbreviation, ChangeOverAPeriodWrittenWithAWordAndASlash) {
  EXPECT_EQ(normalize_text("sales rose 3% year/year"), "sales rose three percent year on year");
  EXPECT_EQ(normalize_text("down 1% quarter/quarter"), "down one percent quarter on quarter");
}


TEST(Abbreviation, APeriodChangeInBrackets) {
  EXPECT_EQ(normalize_text("exports fell 4% (m/m) in June"), "exports fell four percent (month on month) in June");
}

TEST(Abbreviation, ResultsListDefeated) {
  EXPECT_EQ(normalize_text("Anna Kovac d. Mia Lind; 6-2, 6-4"), "Anna Kovac defeated Mia Lind; six two, six four");
  EXPECT_EQ(normalize_text("Ivo Marek d. (12) Tom Berg"), "Ivo Marek defeated (twelve) Tom Berg");
  // A death date in brackets and a lone letter stay as they were.
  EXPECT_EQ(normalize_text("John Hale (d. 1871) wrote it").find("defeated"), std::string::npos);
  EXPECT_EQ(normalize_text("Press d. Then wait").find("defeated"), std::string::npos);
}

TEST(Abbreviation, HyphenedPeriodChange) {
  EXPECT_EQ(normalize_text("sales rose 4 per cent y-o-y"), "sales rose four per cent year on year");
  EXPECT_EQ(normalize_text("output fell 2% q-o-q"), "output fell two percent quarter on quarter");
}

TEST(Abbreviations, EstablishedOrEstimated) {
  EXPECT_EQ(normalize_text("a bakery, est. 1921, on the corner"), "a bakery, established nineteen twenty one, on the corner");
  EXPECT_EQ(normalize_text("the mill was est. in 1850 by"), "the mill was established in eighteen fifty by");
  EXPECT_EQ(normalize_text("an est. 40 boats sank"), "an estimated forty boats sank");
  EXPECT_EQ(normalize_text("Approx. 90 boats sank"), "Approximately ninety boats sank");
  EXPECT_EQ(normalize_text("the est. cost rose"), "the estimated cost rose");
  EXPECT_EQ(normalize_text("Est. 1904 on the sign"), "Established nineteen oh four on the sign");
  EXPECT_EQ(normalize_text("the Grand Est. The region"), "the Grand Est. The region");
}

TEST(Abbreviations, PeriodThatAlsoEndsTheSentence) {
  EXPECT_EQ(normalize_text("He left Widget Corp. In May he joined"), "He left Widget Corporation. In May he joined");
  EXPECT_EQ(normalize_text("pens, paper etc. The shop"), "pens, paper et cetera. The shop");
  EXPECT_EQ(normalize_text("at Widget Corp. Chief Engineer Ann"), "at Widget Corporation Chief Engineer Ann");
  EXPECT_EQ(normalize_text("Red vs. The World"), "Red versus The World");
  EXPECT_EQ(normalize_text("on Birch St. Later that day"), "on Birch Street. Later that day");
}

TEST(Abbreviations, RoadAfterItsName) {
  EXPECT_EQ(normalize_text("a cafe on Lake Ave. closed"), "a cafe on Lake Avenue closed");
  EXPECT_EQ(normalize_text("along Ocean Blvd. near"), "along Ocean Boulevard near");
}

TEST(Abbreviations, SlashShorthand) {
  EXPECT_EQ(normalize_text("tacos w/ salsa"), "tacos with salsa");
  EXPECT_EQ(normalize_text("homes w/o heat"), "homes without heat");
  EXPECT_EQ(normalize_text("write c/o the club"), "write care of the club");
  EXPECT_EQ(normalize_text("if s/he agrees"), "if she or he agrees");
}

TEST(Abbreviations, SaintFortMountInCapitals) {
  EXPECT_EQ(say("ST. PAUL, Minn. (AP) \u2014 A bus hit a pole on the old bridge."),
            "Saint Paul, Minnesota (A.P) \u2014 A bus hit a pole on the old bridge.");
  EXPECT_EQ(say("FT. MYERS \u2022 Two boats"), "Fort Myers \u2014 Two boats");
  EXPECT_EQ(say("(MT. SHASTA, Calif.) Snow fell"), "(Mount Shasta, California) Snow fell");
  // After a word in capitals it is a street.
  EXPECT_EQ(say("OAK ST. REOPENS").find("Street"), 4u);
}

TEST(Initials, PartyAndHomeTownOfALegislator) {
  EXPECT_EQ(say("Assemblyman Tom Vey (D-Santa Rosa) voted"), "Assemblyman Tom Vey (Democrat of Santa Rosa) voted");
  EXPECT_EQ(say("Sen. Ida Moon (R\u2013Tulare), who"), "Senator Ida Moon (Republican of Tulare), who");
  EXPECT_EQ(say("Rep. Al Orr (R\u2013Ariz.) said"), "Representative Al Orr (Republican of Arizona) said");
  EXPECT_EQ(say("landed in Normandy (D-Day) in June").find("Democrat"), std::string::npos);
}

}  // namespace briefcast

namespace briefcast {

TEST(Abbreviations, NoBeforeAYearNumberedCountStaysTheWord) {
  EXPECT_EQ(normalize_text("No 2021/22 budgets were balanced."), "No twenty twenty one to twenty two budgets were balanced.");
  EXPECT_EQ(normalize_text("Decision No 88/2015 sets the rate."), "Decision number eighty eight of twenty fifteen sets the rate.");
}

}  // namespace briefcast


namespace briefcast {

TEST(Abbreviations, CapitalsWithAPeriodAreNoMonth) {
  // "APR." ending a sentence is the rate, not April; "Apr." still is the month.
  EXPECT_EQ(normalize_text("a card at 22% APR."), "a card at twenty two percent A.P.R.");
  EXPECT_EQ(normalize_text("sales fell in Apr. and May"), "sales fell in April and May");
}

}  // namespace briefcast

namespace briefcast {

TEST(Abbreviations, YearWithoutAFigure) {
  EXPECT_EQ(normalize_text("up 4% on a yr ago"), "up four percent on a year ago");
  EXPECT_EQ(normalize_text("twice last yr"), "twice last year");
}

// A verb in "s" after the figure ("No 10 was", "No 1 has") is no plural noun: the sign stays "number".
TEST(Abbreviation, DottedWordsThatLeadIntoWhatFollows) {
  EXPECT_EQ(normalize_text("from £12 incl. postage"), "from twelve pounds including postage");
  EXPECT_EQ(normalize_text("a £30 hamper inc. delivery"), "a thirty-pound hamper including delivery");
  EXPECT_EQ(normalize_text("rent £900 exc. bills"), "rent nine hundred pounds excluding bills");
  EXPECT_EQ(normalize_text("rents excl. bills rose"), "rents excluding bills rose");
  // Before "of" the short form is the adjective: "inclusive of", never "including of".
  EXPECT_EQ(normalize_text("a fee of £80 incl. of VAT"), "a fee of eighty pounds inclusive of V.A.T");
  EXPECT_EQ(normalize_text("rent excl. of bills"), "rent exclusive of bills");
  EXPECT_EQ(normalize_text("a similar finding (cf. the Danish study)"), "a similar finding (compare the Danish study)");
  EXPECT_EQ(normalize_text("She came in s.t. with the favourites"), "She came in same time with the favourites");
}

TEST(Abbreviation, AMonthsPeriodBeforeASemicolonColonOrBracketAtTheLinesEnd) {
  EXPECT_EQ(normalize_text("Prices have eased since Sept.;"), "Prices have eased since September;");
  EXPECT_EQ(normalize_text("The figures cover Aug.:"), "The figures cover August:");
  EXPECT_EQ(normalize_text("(Rates were cut in Nov.)"), "(Rates were cut in November)");
  // A period alone at the end of the line still ends the sentence.
  EXPECT_EQ(normalize_text("Rates were cut in Nov."), "Rates were cut in November.");
}

TEST(Abbreviation, SpanOfTimeAfterAPeriodWord) {
  EXPECT_EQ(normalize_text("The vet calls every wk."), "The vet calls every week.");
  EXPECT_EQ(normalize_text("Feed two pellets per sec at most"), "Feed two pellets per second at most");
  EXPECT_EQ(normalize_text("The pump ran last wk and this wk"), "The pump ran last week and this week");
  EXPECT_EQ(normalize_text("Wait a min"), "Wait a minute");
  // After "the" a "min" may be a minimum, a "sec" the SEC.
  EXPECT_EQ(normalize_text("the min was low"), "the min was low");
}

}  // namespace briefcast

namespace briefcast {

TEST(Abbreviation, MarchShortenedBesideAnotherMonth) {
  EXPECT_EQ(normalize_text("Rates are frozen between Oct. and Mar."), "Rates are frozen between October and March.");
  EXPECT_EQ(normalize_text("from Mar. to June the path is shut"), "from March to June the path is shut");
  // Alone it may be a name's end or a word, and is left as written.
  EXPECT_EQ(normalize_text("We drove to Del Mar. Then we ate.").find("March"), std::string::npos);
}

TEST(Abbreviation, EstAfterADeterminerOrAnAmountIsAnEstimate) {
  EXPECT_EQ(normalize_text("The vase fetched twice its low est."), "The vase fetched twice its low estimate.");
  EXPECT_EQ(normalize_text("It beat the est. by far."), "It beat the estimate by far.");
  // Before a noun or a year: estimated, established; a time zone in capitals stays.
  EXPECT_EQ(normalize_text("The est. cost rose."), "The estimated cost rose.");
  EXPECT_EQ(normalize_text("A bakery est. in 1921."), "A bakery established in nineteen twenty one.");
}

TEST(Abbreviation, InclusionClosingItsPhraseIsTheParticiple) {
  EXPECT_EQ(normalize_text("The cabin costs €640 a week, linen incl., from May."),
            "The cabin costs six hundred forty euros a week, linen included, from May.");
  EXPECT_EQ(normalize_text("The drill sells for £89 (VAT excl.) at the depot."),
            "The drill sells for eighty nine pounds (V.A.T excluded) at the depot.");
  EXPECT_EQ(normalize_text("Dinner is served at seven, wine incl."), "Dinner is served at seven, wine included.");
  // Before the thing it includes, it is still "including".
  EXPECT_EQ(normalize_text("The fare is $30 incl. taxes."), "The fare is thirty dollars including taxes.");
}

TEST(Abbreviation, SpeciesAndHeightAboveTheSea) {
  EXPECT_EQ(normalize_text("The survey logged 14 spp. of bat in the valley."),
            "The survey logged fourteen species of bat in the valley.");
  EXPECT_EQ(normalize_text("The lake lies at 410 m a.s.l. in the hills."),
            "The lake lies at four hundred ten meters above sea level in the hills.");
}

TEST(Abbreviation, SaintAfterAClubInitialism) {
  EXPECT_EQ(normalize_text("The fans of FC St Gallen travelled."), "The fans of F.C Saint Gallen travelled.");
  EXPECT_EQ(normalize_text("Her flat on Elm St is for sale."), "Her flat on Elm Street is for sale.");
}

TEST(Abbreviation, StreetAfterAnInitialismWithNoNameAfter) {
  // A lowercase word, a figure, a period or the line's end after "St": the letters name a street.
  EXPECT_NE(normalize_text("A bus stalled on RFK St outside the school.").find("Street outside"), std::string::npos);
  EXPECT_NE(normalize_text("Detours ran along UCLA St. for a week.").find("Street for"), std::string::npos);
  EXPECT_NE(normalize_text("The cafe at 40 SW St 7 days a week.").find("Street seven"), std::string::npos);
  EXPECT_NE(normalize_text("Cyclists use the lane on YMCA St").find("Street"), std::string::npos);
  EXPECT_EQ(normalize_text("Buses leave from CBD St and the pier.").find("Saint"), std::string::npos);
}

TEST(Abbreviation, UndottedCatStaysAsWritten) {
  EXPECT_EQ(normalize_text("Fans waited while Cat C warmed up.").find("Category"), std::string::npos);
  EXPECT_EQ(normalize_text("He drove a Cat E digger to the site.").find("Category"), std::string::npos);
  EXPECT_NE(normalize_text("A Cat. C prisoner was moved.").find("Category C"), std::string::npos);
}

// A chart's, a rota's and an account's period named by the date it ends or starts on.
TEST(Abbreviation, DatedPeriodsBeforeADate) {
  EXPECT_EQ(normalize_text("Sales for w/e 9 March rose by a fifth."),
            "Sales for week ending the ninth of March rose by a fifth.");
  EXPECT_EQ(normalize_text("The rota for w/c 2 June is posted."), "The rota for week commencing the second of June is posted.");
  EXPECT_EQ(normalize_text("Results for y/e 30 Sept 2025 are due."),
            "Results for year ending the thirtieth of September twenty twenty five are due.");
  // With no date after it the shorthand is something else.
  EXPECT_EQ(normalize_text("Reply w/e you like.").find("ending"), std::string::npos);
}

}  // namespace briefcast
