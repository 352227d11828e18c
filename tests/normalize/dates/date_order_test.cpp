// The order of an all-figure date: month first by default, day first where the piece or its
// article tells of a country that writes the day first.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(DateOrder, MonthFirstWithoutACue) {
  EXPECT_EQ(normalize_text("The board met on 04/09/2023 to vote."), "The board met on April ninth twenty twenty three to vote.");
}

TEST(DateOrder, ABritishPostcodePutsTheDayFirst) {
  EXPECT_NE(normalize_text("Homes in KT19 8PQ lost water on 5/3 for a day.").find("on the fifth of March"),
            std::string::npos);
  // Capitals and a figure that are no postcode leave the month first.
  EXPECT_NE(normalize_text("The F35 jets landed on 5/3 at dawn.").find("May third"), std::string::npos);
}

TEST(DateOrder, DatelineOfADayFirstCityPutsTheDayFirst) {
  EXPECT_EQ(normalize_text("MADRID, 05/02/2022 \u2014 The strike ended."),
            "Madrid, the fifth of February twenty twenty two \u2014 The strike ended.");
  EXPECT_EQ(normalize_text("NEW DELHI, 11/06/2021 \u2014 Rain fell."),
            "New Delhi, the eleventh of June twenty twenty one \u2014 Rain fell.");
  EXPECT_EQ(normalize_text("Melbourne, 09/10/2020 \u2014 Crowds returned."),
            "Melbourne, the ninth of October twenty twenty \u2014 Crowds returned.");
}

TEST(DateOrder, DatelineWithAnAgencysBracket) {
  EXPECT_EQ(normalize_text("ROME (Reuters) — Polls close 08/06/2025."),
            "Rome (Reuters) — Polls close the eighth of June twenty twenty five.");
}

TEST(DateOrder, DatelineOfAnAmericanCityKeepsTheMonthFirst) {
  EXPECT_EQ(normalize_text("CHICAGO, 05/02/2022 \u2014 The strike ended."),
            "CHICAGO, May second twenty twenty two \u2014 The strike ended.");
}

// A city named in prose is no dateline, but it still tells the page's place and its date order.
TEST(DateOrder, ACityNamedInProseTellsThePage) {
  EXPECT_EQ(normalize_text("Madrid, the host city, opened on 05/02/2022."),
            "Madrid, the host city, opened on the fifth of February twenty twenty two.");
  EXPECT_EQ(normalize_text("Chicago, the host city, opened on 05/02/2022."),
            "Chicago, the host city, opened on May second twenty twenty two.");
}

TEST(DateOrder, ADateThatReadsOneWayOnlySetsTheOthers) {
  EXPECT_EQ(normalize_text("Bids opened 19/08/2019 and closed 02/09/2019."),
            "Bids opened the nineteenth of August twenty nineteen and closed the second of September twenty nineteen.");
  EXPECT_EQ(normalize_text("Bids opened 8/19/2019 and closed 09/02/2019."),
            "Bids opened August nineteenth twenty nineteen and closed September second twenty nineteen.");
}

TEST(DateOrder, AWebAddressOfADayFirstCountry) {
  EXPECT_EQ(normalize_text("Posted 06/04/2018 on example.co.uk today."),
            "Posted the sixth of April twenty eighteen on example dot CO dot UK today.");
}

TEST(DateOrder, LanguageTagOfADayFirstRegion) {
  NormalizeConfig british;
  british.language = "en-GB";
  EXPECT_EQ(normalize_text("Filed on 06/04/2018.", british), "Filed on the sixth of April twenty eighteen.");
}

TEST(DateOrder, TheArticleDatelineReachesItsLaterSentences) {
  std::vector<Segment> script(3);
  script[0].kind = SegmentKind::kTitle;
  script[0].text = "Ferry strike ends";
  script[1].text = "DUBLIN, Feb. 3 (Reuters) - Crews returned to work.";
  script[2].text = "The next talks are set for 07/03/2024.";
  normalize_segments(script);
  EXPECT_EQ(script[2].spoken, "The next talks are set for the seventh of March twenty twenty four.");
  script[1].text = "BOSTON, Feb. 3 (Reuters) - Crews returned to work.";
  normalize_segments(script);
  EXPECT_EQ(script[2].spoken, "The next talks are set for July third twenty twenty four.");
}

TEST(DateOrder, BritishSentenceReadsTheDayFirst) {
  // A pound sign, a British spelling or a tooth in Palmer notation places the day first.
  EXPECT_EQ(normalize_text("The parish fete drew a crowd on 04/06/25, and the colour guard marched at noon."),
            "The parish fete drew a crowd on the fourth of June twenty twenty five, and the colour guard marched at noon.");
  EXPECT_EQ(normalize_text("Tickets cost \u00a38 for the show on 11/05/24 at the village hall."),
            "Tickets cost eight pounds for the show on the eleventh of May twenty twenty four at the village hall.");
  EXPECT_NE(normalize_text("A filling on UR4 was redone on 2/11 at the surgery.").find("the second of November"),
            std::string::npos);
}

TEST(DateOrder, NoCueKeepsTheMonthFirst) {
  EXPECT_EQ(normalize_text("The bridge was reopened on 03/09/24 after a survey."),
            "The bridge was reopened on March ninth twenty twenty four after a survey.");
  // "color" is no British cue.
  EXPECT_EQ(normalize_text("The color run is on 04/06/25."), "The color run is on April sixth twenty twenty five.");
  // A word both spellings share ("organism") tells nothing.
  EXPECT_EQ(normalize_text("The organism was found on 04/06/25."), "The organism was found on April sixth twenty twenty five.");
}

TEST(DateOrder, ANameBuiltOnABritishStemIsNoCue) {
  EXPECT_EQ(normalize_text("The Centreville library reopens on 04/09/25."),
            "The Centreville library reopens on April ninth twenty twenty five.");
  EXPECT_NE(normalize_text("The library's colours change on 04/09/25.").find("fourth of September"), std::string::npos);
}

TEST(DateOrder, BritishEndingsAndBodiesReadTheDayFirst) {
  // "-isation", "-ometre", a British body: copy from a country writing the day first.
  EXPECT_NE(normalize_text("The privatisation of the depot is due on 05/03/26.").find("the fifth of March"), std::string::npos);
  EXPECT_NE(normalize_text("Walkers covered twelve kilometres on 2/4 in the rain.").find("the second of April"),
            std::string::npos);
  EXPECT_NE(normalize_text("The NHS trust opened its new ward on 06/10/25.").find("the sixth of October"), std::string::npos);
  EXPECT_NE(normalize_text("Ofgem will publish the cap on 01/08/26.").find("the first of August"), std::string::npos);
  EXPECT_NE(normalize_text("New tyres were fitted to the bus on 09/02/25.").find("the ninth of February"), std::string::npos);
}

TEST(DateOrder, AmericanEndingsAndBodiesKeepTheMonthFirst) {
  EXPECT_EQ(normalize_text("The privatization of the depot is due on 05/03/26."),
            "The privatization of the depot is due on May third twenty twenty six.");
  EXPECT_EQ(normalize_text("The FDA will publish the rule on 01/08/26."),
            "The F.D.A will publish the rule on January eighth twenty twenty six.");
  EXPECT_EQ(normalize_text("Walkers covered twelve kilometers on 02/04/26."),
            "Walkers covered twelve kilometers on February fourth twenty twenty six.");
  // American copy names the European Union as often as British copy does: no cue.
  EXPECT_NE(normalize_text("The EU fined the bank in Chicago on 3/2, the Treasury said.").find("March second"),
            std::string::npos);
  EXPECT_NE(normalize_text("Brexit trade talks resumed in Boston on 4/6.").find("April sixth"), std::string::npos);
}

TEST(DateOrder, ADateWithAShortYearSetsTheOthers) {
  EXPECT_EQ(normalize_text("The offer ran from 05/08/26 until 21/08/26 in stores."),
            "The offer ran from the fifth of August twenty twenty six until the twenty first of August twenty twenty six in stores.");
  // A second figure over twelve puts the month first for the others.
  EXPECT_EQ(normalize_text("Tickets sold 03/04/26 and 03/18/26."),
            "Tickets sold March fourth twenty twenty six and March eighteenth twenty twenty six.");
}

}  // namespace briefcast

namespace briefcast {

// Dashes with a four-figure year follow the same order; euros and European clock zones tell
// it as a pound sign does, a bare dollar sign does not.
TEST(DateOrder, DashedDatesAndEuropeanCues) {
  EXPECT_EQ(normalize_text("The ferry costs \u20ac40 and sails on 06-05-2026."),
            "The ferry costs forty euros and sails on the sixth of May twenty twenty six.");
  EXPECT_EQ(normalize_text("Polls shut at 22:00 CET on 02-03-2026."),
            "Polls shut at ten PM C.E.T on the second of March twenty twenty six.");
  EXPECT_EQ(normalize_text("Tickets cost $40 and go on sale 06-05-2026."),
            "Tickets cost forty dollars and go on sale June fifth twenty twenty six.");
}

TEST(DateOrder, WeekEndingPlacesADay) {
  EXPECT_EQ(normalize_text("Admissions in the week ending 19/02 fell."),
            "Admissions in the week ending the nineteenth of February fell.");
  // "ending" after no span of the calendar places nothing.
  EXPECT_EQ(normalize_text("A bout ending 3/4 of the way in."), "A bout ending three quarters of the way in.");
}

// The writer's other dates tell the order: spelt day first ("9 March 2025"), the all-figure
// date is day first too; spelt month first ("March 9, 2025"), month first.
TEST(DateOrder, SpeltDatesTellTheWritersOrder) {
  EXPECT_EQ(normalize_text("The mill closed on 9 March 2025 and reopened on 03/11/2025."),
            "The mill closed on the ninth of March twenty twenty five and reopened on the third of November twenty twenty five.");
  EXPECT_EQ(normalize_text("The mill closed on March 9, 2025, and reopened on 03/11/2025."),
            "The mill closed on March ninth twenty twenty five, and reopened on March eleventh twenty twenty five.");
  EXPECT_EQ(normalize_text("Entries opened on the 2nd of June; the draw is on 05/07."),
            "Entries opened on the second of June; the draw is on the fifth of July.");
  // Both orders in one line tell nothing, and the rest decides (month first without a cue).
  EXPECT_EQ(normalize_text("From 9 March to April 2 the offer ran, ending 05/04/2025."),
            "From the ninth of March to April second the offer ran, ending May fourth twenty twenty five.");
}

// A clock parted by a point ("2.15pm") is written in Britain and Ireland, which put the day first.
TEST(DateOrder, DottedClocksTellDayFirst) {
  EXPECT_EQ(normalize_text("The final throws in at 2.15pm on 06/09."),
            "The final throws in at two fifteen PM on the sixth of September.");
  EXPECT_EQ(normalize_text("The final throws in at 2:15 p.m. on 06/09."),
            "The final throws in at two fifteen PM on June ninth.");
  // A decimal before a plain word is no clock.
  EXPECT_EQ(normalize_text("Shares rose 2.15 percent on 06/09."), "Shares rose two point one five percent on June ninth.");
}

// Figures set the continental or SI way (a decimal comma, thousands parted by spaces) are never
// American: the page's all-figure dates put the day first.
TEST(DateOrder, ContinentalFiguresTellDayFirst) {
  EXPECT_EQ(normalize_text("The barge left on 4/11 with 1\u202f850 t of grain."),
            "The barge left on the fourth of November with one thousand eight hundred fifty tonnes of grain.");
  EXPECT_EQ(normalize_text("Output rose 4,5 % on 3/10."), "Output rose four point five percent on the third of October.");
  EXPECT_EQ(normalize_text("The barge left on 4/11 with 1,850 t of grain."),
            "The barge left on April eleventh with one thousand eight hundred fifty tonnes of grain.");
}

// "24/7" before its noun is the phrase, even after a word that places a date.
TEST(DateOrder, RoundTheClockBeforeItsNoun) {
  EXPECT_EQ(normalize_text("The clinic relies on 24/7 nurse cover."), "The clinic relies on twenty four seven nurse cover.");
  EXPECT_EQ(normalize_text("The ballot closes on 24/7 at noon."), "The ballot closes on the twenty fourth of July at noon.");
}

}  // namespace briefcast

namespace briefcast {

// A clock zone, a body, a region or a country of Africa or Asia that writes the day first.
TEST(DateOrder, AfricanAndAsianCuesPutTheDayFirst) {
  EXPECT_NE(normalize_text("Load-shedding resumes at 06:00 SAST on Tue. 03/04.").find("the third of April"),
            std::string::npos);
  EXPECT_NE(normalize_text("Eskom said the unit returns on 09/10.").find("the ninth of October"), std::string::npos);
  EXPECT_NE(normalize_text("Floods hit Gauteng homes on 2/11.").find("the second of November"), std::string::npos);
  EXPECT_NE(normalize_text("Schools in Kenya reopen on 07/01.").find("the seventh of January"), std::string::npos);
  // Without a cue the month stays first.
  EXPECT_NE(normalize_text("The crew returns on 09/10.").find("September tenth"), std::string::npos);
}

// A padded day and month with no year that reads one way only tells the others' order.
TEST(DateOrder, APaddedDayMonthFixesTheLinesOrder) {
  EXPECT_NE(normalize_text("Entries open on 04/03 and close on 19/03.").find("the fourth of March"), std::string::npos);
  EXPECT_NE(normalize_text("Entries open on 04/03 and close on 03/19.").find("April third"), std::string::npos);
  // "24/7" is round the clock, no date: it proves nothing.
  EXPECT_NE(normalize_text("Staff work 24/7 until 05/06.").find("May sixth"), std::string::npos);
}

// A writer's spelling tells its own line only: a later sentence of the article keeps the month first.
TEST(DateOrder, TheArticlesSpellingStaysOnItsLine) {
  std::vector<Segment> script(2);
  script[0].text = "The council will organise a clean-up of the harbour.";
  script[1].text = "Volunteers meet on 08/09.";
  normalize_segments(script);
  EXPECT_EQ(script[1].spoken, "Volunteers meet on August ninth.");
  // A day-first place of Africa or Asia named earlier does not reach it either.
  std::vector<Segment> other(2);
  other[0].text = "The brewer expanded its plant near Kampala last year.";
  other[1].text = "Its board meets on 03/11/2025.";
  normalize_segments(other);
  EXPECT_NE(other[1].spoken.find("March eleventh"), std::string::npos);
}

// A cue of Africa or Asia loses to a cue of the United States on the same line.
TEST(DateOrder, AnAmericanCueOutweighsAFarCueOnItsLine) {
  EXPECT_NE(normalize_text("A Nigerian sprinter will compete in Houston on 4/8/2025.").find("April eighth"),
            std::string::npos);
  EXPECT_NE(normalize_text("Uganda's foreign minister met Pentagon officials on 2/9/2025.").find("February ninth"),
            std::string::npos);
  EXPECT_NE(normalize_text("The Zambia trade mission reaches the White House on 11/3/2025.").find("November third"),
            std::string::npos);
  EXPECT_NE(normalize_text("The Eskom bond trades on the NYSE from 6/2/2025.").find("June second"), std::string::npos);
  // A sergeant's rank is no zone of Singapore.
  EXPECT_NE(normalize_text("SGT Dana Whitfield retires on 8/5/2025.").find("August fifth"), std::string::npos);
}

// A people's name tells of a person, who may be anywhere; only the place names the line's order.
TEST(DateOrder, ANationalityAloneSetsNoOrder) {
  EXPECT_NE(normalize_text("Ugandan cyclist Amos Okello rides in Tulsa on 6/9.").find("June ninth"), std::string::npos);
  EXPECT_NE(normalize_text("Ghanaian boxer Kofi Mensah fights at the Staples Center on 3/11.").find("March eleventh"),
            std::string::npos);
}

TEST(DateOrder, ABritishCourtTellsTheDayFirst) {
  EXPECT_NE(normalize_text("Sentencing at Leeds Crown Court was set for 04/09/2025.").find("fourth of September"),
            std::string::npos);
  EXPECT_NE(normalize_text("The trial at the Old Bailey opens on 06/02/2026.").find("sixth of February"), std::string::npos);
  EXPECT_NE(normalize_text("He appears at Perth Sheriff Court on 02/12/2025.").find("second of December"), std::string::npos);
  // An American court keeps the month first.
  EXPECT_NE(normalize_text("The Ohio court set a hearing for 04/09/2025.").find("April ninth"), std::string::npos);
  EXPECT_NE(normalize_text("A Sheriff Court in Texas heard it on 04/09/2025.").find("April ninth"), std::string::npos);
  // A place of North America anywhere in the line, even inside a name, outweighs the court.
  EXPECT_NE(normalize_text("The Crown Court in Winnipeg sat on 03/08/2024.").find("March eighth"), std::string::npos);
  EXPECT_NE(normalize_text("Orange County Sheriff Court papers of 03/08/2024 were filed.").find("March eighth"),
            std::string::npos);
  EXPECT_NE(normalize_text("Nevada Crown Court minutes dated 03/08/2024 leaked.").find("March eighth"), std::string::npos);
  EXPECT_NE(normalize_text("Bristol Magistrates Court fined him on 03/08/2024.").find("third of August"), std::string::npos);
  // A British county's council or club, and a nationality, name no North American place.
  EXPECT_NE(normalize_text("Derby Crown Court heard Essex County Council paid on 03/08/2024.").find("third of August"),
            std::string::npos);
  EXPECT_NE(normalize_text("Truro Crown Court heard a Canadian student left on 03/08/2024.").find("third of August"),
            std::string::npos);
}

}  // namespace briefcast
