#include "clean/text_headline.h"

#include <gtest/gtest.h>

#include "clean/text_cleaner.h"

namespace briefcast {

namespace {

const std::string kBody1 =
    "The county council voted on Tuesday to rebuild the old stone bridge over the river, which has been closed "
    "to traffic since a flood washed away one of its arches last winter.";
const std::string kBody2 =
    "Work on the bridge is due to start in the spring, and the council expects drivers to use it again before "
    "the end of next year if the stone can be found in the local quarries.";
const std::string kBody3 =
    "Shop owners in the village said that the closure had cost them many customers, and they welcomed the vote "
    "after months of meetings with the council's highways team.";

TextBlock block_of(const std::string& text) {
  std::vector<TextBlock> blocks = blocks_from_text(text);
  compute_block_features(blocks, "en");
  return blocks.front();
}

}  // namespace

TEST(TextHeadline, TitleLikeLinesHaveNoFinalFullStop) {
  EXPECT_TRUE(is_title_like(block_of("Council votes to rebuild the stone bridge")));
  EXPECT_TRUE(is_title_like(block_of("Will the stone bridge open again next year?")));
  EXPECT_FALSE(is_title_like(block_of("\"We will rebuild the bridge this year.\"")));
  EXPECT_FALSE(is_title_like(block_of("By Sam Rivers")));
  EXPECT_FALSE(is_title_like(block_of("News > Local > Bridges")));
}

TEST(TextHeadline, ALinkShownAsTextIsNoHeadline) {
  EXPECT_FALSE(is_title_like(block_of("https://example.org/news/council-backs-new-bridge-1234.html")));
  EXPECT_FALSE(is_title_like(block_of("www.example.org/council-backs-new-bridge")));
  auto blocks = blocks_from_text("https://example.org/local/council-backs-new-bridge-over-river\n"
                                 "Council backs new bridge over river\nMarch 4, 2025\n" + kBody1);
  compute_block_features(blocks, "en");
  const auto candidates = score_headlines(blocks, 3, "en");
  ASSERT_EQ(candidates.size(), 1u);
  EXPECT_EQ(candidates.front().index, 1u);
}

TEST(TextHeadline, AMenuItemSaidTwiceOrASourceLinkIsNoHeadline) {
  EXPECT_FALSE(is_title_like(block_of("gardens gardens")));
  EXPECT_FALSE(is_title_like(block_of("Valley Photo Club / Valley Photo Club")));
  EXPECT_FALSE(is_title_like(block_of("via Valley Gazette https://gazette.example.org/")));
  EXPECT_TRUE(is_title_like(block_of("Council backs new bridge after bridge inquiry")));
  // Above the article, the doubled menu items near its date lose to its headline.
  const std::string page = "travel travel\ngardens gardens\nfood food\nMarch 4, 2025\n"
                           "Council votes to rebuild bridge\n\n" + kBody1 + "\n\n" + kBody2 + "\n\n" + kBody3 + "\n";
  const Article article = clean_copied_text(page, "page.txt");
  EXPECT_EQ(article.title, "Council votes to rebuild bridge");
}

TEST(TextHeadline, AFurnitureWordAmongManyInAHeadlineIsJustAWord) {
  EXPECT_TRUE(is_title_like(block_of("How the old mill by the river found a new home at last")));
  EXPECT_FALSE(is_title_like(block_of("Back to the home page")));
  EXPECT_FALSE(is_title_like(block_of("Leave a comment")));
}

TEST(TextHeadline, TheSiteLoginMessageIsNoHeadline) {
  // The login box's error sits right above the byline, title-long and sharing the story's words.
  const std::string page = "Valley Gazette\n\nCouncil votes to rebuild bridge\n\nHome\nLocal\n\n"
                           "Wrong username or password for the council bridge portal\n\nBy Sam Rivers\nMarch 4, 2025\n\n" +
                           kBody1 + "\n\n" + kBody2 + "\n\n" + kBody3 + "\n";
  const Article article = clean_copied_text(page, "page.txt");
  EXPECT_EQ(article.title, "Council votes to rebuild bridge");
}

TEST(TextHeadline, SocialNetworkInAHeadlineIsItsSubject) {
  EXPECT_TRUE(is_title_like(block_of("Council fined over Twitter posts about the bridge")));
  EXPECT_FALSE(is_title_like(block_of("Share on Twitter")));
}

TEST(TextHeadline, HeadlineAboveItsDekWins) {
  // The dek is longer and nearer the body, but it sits under the headline.
  const std::string page = "Home\nLocal\n\nCouncil votes to rebuild the stone bridge\n\nMonths of detours for drivers and "
                           "shoppers are to end within two years\n\nBy Sam Rivers\nMarch 4, 2025\n\n" +
                           kBody1 + "\n\n" + kBody2 + "\n\n" + kBody3 + "\n";
  const Article article = clean_copied_text(page, "page.txt");
  EXPECT_EQ(article.title, "Council votes to rebuild the stone bridge");
}

TEST(TextHeadline, LineShownTwiceOnThePageWins) {
  auto blocks = blocks_from_text("Council backs new bridge - Valley Gazette\nHome\nLocal\nCouncil backs new bridge\n"
                                 "Rain expected across the valley this weekend\n" + kBody1);
  compute_block_features(blocks, "en");
  EXPECT_EQ(pick_headline(blocks, 5, "en"), 3u);
}

TEST(TextHeadline, SiteNameAfterASeparatorIsStripped) {
  const auto blocks = blocks_from_text("Council backs new bridge | Valley Gazette\nCouncil backs new bridge\n");
  EXPECT_EQ(strip_site_suffix("Council backs new bridge | Valley Gazette", blocks), "Council backs new bridge");
  EXPECT_EQ(strip_site_suffix("Bridge - the vote", blocks), "Bridge - the vote");
}

TEST(TextHeadline, APlaceNameBeforeASeparatorIsNoSiteNameToStrip) {
  // "Riverton" is a menu item of the page, but it is shorter than the words after the dash: the
  // line is a headline that opens with its place, not a headline followed by a site name.
  const auto blocks = blocks_from_text("Home\nRiverton\nRiverton - Cycling along the old harbour walls\n");
  EXPECT_EQ(strip_site_suffix("Riverton - Cycling along the old harbour walls", blocks),
            "Riverton - Cycling along the old harbour walls");
}

TEST(TextHeadline, RepeatedHeadlineIsNotTheFirstParagraph) {
  const std::string page = "Home\nLocal\nCouncil backs new bridge\nCouncil backs new bridge\nMarch 4, 2025\n" + kBody1 +
                           "\n" + kBody2 + "\n" + kBody3 + "\n";
  const Article article = clean_copied_text(page, "page.txt");
  EXPECT_EQ(article.title, "Council backs new bridge");
  EXPECT_EQ(article.paragraphs, (std::vector<std::string>{kBody1, kBody2, kBody3}));
}

TEST(TextHeadline, PostNavigationWithArrowsIsNoHeadline) {
  EXPECT_FALSE(is_title_like(block_of("\xE2\x86\x90 Library opens a second reading room")));
  EXPECT_FALSE(is_title_like(block_of("Ferry timetable changes for the winter \xE2\x86\x92")));
  EXPECT_FALSE(is_title_like(block_of("\xC2\xAB Older: Ferry timetable changes")));
  EXPECT_TRUE(is_title_like(block_of("Ferry timetable changes for the winter")));
}

TEST(TextHeadline, AShortLineEndingInAFullStopIsACandidateButNoTitleShape) {
  EXPECT_FALSE(is_title_like(block_of("The bridge is closed again.")));
  EXPECT_TRUE(is_headline_candidate(block_of("The bridge is closed again.")));
  EXPECT_TRUE(is_headline_candidate(block_of("Council votes to rebuild the stone bridge")));
  // A long sentence is text, whatever sits around it.
  EXPECT_FALSE(is_headline_candidate(block_of(kBody1)));
  const std::string page = "Home\nNews\nThe bridge is closed again.\nBy Sam Rivers\nMarch 4, 2025\n" + kBody1 + "\n" +
                           kBody2 + "\n" + kBody3 + "\n";
  EXPECT_EQ(clean_copied_text(page, "page.txt").title, "The bridge is closed again.");
}

TEST(TextHeadline, AWrittenDateOrAuthorLeadBelowIsMetadata) {
  for (const std::string meta : {"Stand: 04.03.2025, 10:15", "Published on the council's site", "2025-03-04 Sam Rivers"}) {
    auto blocks = blocks_from_text("Council votes to rebuild the stone bridge\nShare this story\n" + meta + "\n" + kBody1);
    compute_block_features(blocks, "en");
    const auto candidates = score_headlines(blocks, 3, "en");
    ASSERT_FALSE(candidates.empty()) << meta;
    EXPECT_EQ(candidates.front().index, 0u) << meta;
    EXPECT_EQ(candidates.front().features.metadata_below, 1.0) << meta;
  }
  auto blocks = blocks_from_text("Council votes to rebuild the stone bridge\nRoad works in the valley\n" + kBody1);
  compute_block_features(blocks, "en");
  EXPECT_EQ(score_headlines(blocks, 2, "en").front().features.metadata_below, 0.0);
}

TEST(TextHeadline, APhotoCreditBelowIsNoMetadataOfTheLineAboveIt) {
  // The credit closes a caption set between the share bar and the text; the caption is no headline.
  auto blocks = blocks_from_text("Council votes to rebuild the stone bridge\nMarch 4, 2025\nShare\nPrint\n"
                                 "Masons at work on the old arches of the river crossing\nPhoto: Jo Lake\n" + kBody1);
  compute_block_features(blocks, "en");
  const auto candidates = score_headlines(blocks, 6, "en");
  for (const auto& candidate : candidates) {
    if (candidate.index == 4) {
      EXPECT_EQ(candidate.features.metadata_below, 0.0);
    } else if (candidate.index == 0) {
      EXPECT_EQ(candidate.features.metadata_below, 1.0);
    }
  }
  EXPECT_EQ(pick_headline(blocks, 6, "en"), 0u);
}

TEST(TextHeadline, AnAttributionBelowIsNoMetadataOfTheQuoteAboveIt) {
  // An embedded post in the text: its words, then "— name, date". The headline sits above the byline.
  auto blocks = blocks_from_text("Ferry service to the island resumes after the storm\nBy Sam Rivers\n" + kBody1 +
                                 "\nBack on the water and glad of it today\n\xE2\x80\x94 Harbour Watch, March 4, 2025\n" + kBody2);
  compute_block_features(blocks, "en");
  const auto candidates = score_headlines(blocks, 5, "en");
  for (const auto& candidate : candidates) {
    if (candidate.index == 3) {
      EXPECT_EQ(candidate.features.metadata_below, 0.0);
    }
  }
  EXPECT_EQ(pick_headline(blocks, 5, "en"), 0u);
}

TEST(TextHeadline, ALineTheBodyOpeningSaysWithinASentenceIsNoTitle) {
  // The lead repeats the line above it inside a longer sentence: that line is the text's, the
  // title is the line the text does not say again.
  const std::string lead = "Drivers face two more years of detours around the valley, the county council said on Tuesday "
                           "after it voted to rebuild the old stone bridge that a flood closed last winter.";
  auto blocks = blocks_from_text("Home\nLocal\nCouncil votes on the stone bridge\n"
                                 "Drivers face two more years of detours around the valley\n" + lead + "\n" + kBody2);
  compute_block_features(blocks, "en");
  const auto candidates = score_headlines(blocks, 4, "en");
  bool seen = false;
  for (const auto& candidate : candidates) {
    if (candidate.index == 3) {
      seen = true;
      EXPECT_EQ(candidate.features.inside_body, 1.0);
    } else {
      EXPECT_EQ(candidate.features.inside_body, 0.0);
    }
  }
  EXPECT_TRUE(seen);
  EXPECT_EQ(pick_headline(blocks, 4, "en"), 2u);
}

TEST(TextHeadline, ALineQuotedInGuillemetsIsATitleNotAnArrow) {
  EXPECT_TRUE(is_title_like(block_of("\xC2\xBB" "Die Brücke bleibt offen" "\xC2\xAB")));
  EXPECT_TRUE(is_title_like(block_of("Mayor: \xC2\xAB" "The bridge will open in spring" "\xC2\xBB")));
  EXPECT_FALSE(is_title_like(block_of("\xC2\xAB Older post about the bridge")));
  EXPECT_FALSE(is_title_like(block_of("Next post about the bridge \xC2\xBB")));
}

TEST(TextHeadline, ALineHoldingADateOrEndingInAnEllipsisIsMarked) {
  auto blocks = blocks_from_text("Council votes to rebuild the stone bridge\nOpen day from 4 to 9 May 2025 at the quarry\n"
                                 "The bridge that the council will rebuild next\xE2\x80\xA6\n" + kBody1);
  compute_block_features(blocks, "en");
  const auto candidates = score_headlines(blocks, 3, "en");
  ASSERT_EQ(candidates.size(), 3u);
  EXPECT_EQ(candidates[0].features.self_metadata, 0.0);
  EXPECT_EQ(candidates[1].features.self_metadata, 1.0);
  EXPECT_EQ(candidates[2].features.ellipsis, 1.0);
  EXPECT_EQ(pick_headline(blocks, 3, "en"), 0u);
}

TEST(TextHeadline, OverlapReadsPastShortLinesOpeningTheBody) {
  // Five short lines open the body before its first paragraph names the bridge and the river.
  auto blocks = blocks_from_text("Stone bridge over the river to be rebuilt\nLocal news\nLocal news\n12 May 2025\n"
                                 "Photo: county archive\nListen to this story\n" + kBody1 + "\n" + kBody2);
  compute_block_features(blocks, "en");
  HeadlineConfig config;
  const auto candidates = score_headlines(blocks, 1, "en", config);
  ASSERT_EQ(candidates.size(), 1u);
  EXPECT_NEAR(candidates[0].features.overlap, 0.75, 1e-9);  // stone, bridge, river; not "rebuilt"
  config.body_min_words = 0;
  EXPECT_EQ(score_headlines(blocks, 1, "en", config)[0].features.overlap, 0.0);
}

TEST(TextHeadline, TheTitleInsideAShortLineElsewhereIsShownInAnotherForm) {
  // The comments under the text name the article they are about.
  const std::string text = kBody1 + "\n" + kBody2 + "\n" + kBody3 + "\n" + kBody1 + "\n" + kBody2 + "\n";
  auto blocks = blocks_from_text("Council backs new bridge\nMarch 4, 2025\n" + text +
                                 "12 comments on Council backs new bridge\nCouncil backs new bridge plan for the valley and "
                                 "the towns along the river, and the quarry reopens next spring as well\n");
  compute_block_features(blocks, "en");
  const auto candidates = score_headlines(blocks, 2, "en");
  ASSERT_EQ(candidates.size(), 1u);
  EXPECT_EQ(candidates.front().features.shown_in_form, 1.0);
  EXPECT_EQ(candidates.front().features.repeated, 0.0);
  // Inside a long line (a sentence of text) it is not shown as a title.
  auto alone = blocks_from_text("Council backs new bridge\nMarch 4, 2025\n" + kBody1 +
                                "\nCouncil backs new bridge plan for the valley and the towns along the river, and the "
                                "quarry reopens next spring as well\n");
  compute_block_features(alone, "en");
  EXPECT_EQ(score_headlines(alone, 2, "en").front().features.shown_in_form, 0.0);
}

TEST(TextHeadline, TheTitleInAShortLineOfTheTextsOpeningIsNoOtherForm) {
  // A link set between the first paragraphs ("See: TITLE") names another story, whatever its
  // label's language: the line is the text's, not the title shown again.
  auto blocks = blocks_from_text("Ferry fares rise again for islanders\nMarch 4, 2025\n" + kBody1 +
                                 "\nVea: Ferry fares rise again for islanders\n" + kBody2 + "\n");
  compute_block_features(blocks, "en");
  const auto candidates = score_headlines(blocks, 2, "en");
  ASSERT_EQ(candidates.size(), 1u);
  EXPECT_EQ(candidates.front().features.shown_in_form, 0.0);
  EXPECT_EQ(candidates.front().features.inside_body, 1.0);
}

TEST(TextHeadline, ATitleALinkLabelPointsToIsAnotherArticle) {
  // "Read more: TITLE" in the text names a related story: no other form of this page's title.
  auto blocks = blocks_from_text("Ferry fares rise again for islanders\nMarch 4, 2025\n" + kBody1 +
                                 "\nRead more: Ferry fares rise again for islanders\n" + kBody2 + "\n");
  compute_block_features(blocks, "en");
  const auto candidates = score_headlines(blocks, 2, "en");
  ASSERT_EQ(candidates.size(), 1u);
  EXPECT_EQ(candidates.front().features.linked_elsewhere, 1.0);
  EXPECT_EQ(candidates.front().features.shown_in_form, 0.0);
  // The same title with a comment count around it is this page's own.
  auto own = blocks_from_text("Ferry fares rise again for islanders\nMarch 4, 2025\n" + kBody1 +
                              "\n12 comments on Ferry fares rise again for islanders\n");
  compute_block_features(own, "en");
  EXPECT_EQ(score_headlines(own, 2, "en").front().features.linked_elsewhere, 0.0);
}

TEST(TextHeadline, TheHeadlineBeatsARelatedStoryTheTextLinksTo) {
  const std::string page = "Ferry fares rise again for islanders\nVillage school wins national science prize\n\nBy "
                           "Sam Rivers\nMarch 4, 2025\n\n" + kBody1 + "\n\nLee m\xC3\xA1s: Ferry fares rise again for islanders\n\n" +
                           kBody2 + "\n\n" + kBody3 + "\n";
  EXPECT_EQ(clean_copied_text(page, "page.txt").title, "Village school wins national science prize");
}

TEST(TextHeadline, ALineAmidOtherTitleLinesIsOneOfAListOfTeasers) {
  auto blocks = blocks_from_text("Latest\nHarbour trust names a new chair\nTram line to the coast opens in May\n"
                                 "Village fete raises money for the roof\nHome\nCouncil will rebuild the old stone bridge\n"
                                 "By Sam Rivers\n" + kBody1 + "\n" + kBody2 + "\n");
  compute_block_features(blocks, "en");
  const auto candidates = score_headlines(blocks, 7, "en");
  std::vector<double> run;
  for (const auto& candidate : candidates) run.push_back(candidate.features.teaser_run);
  // The three teasers each stand in the run; the headline between labels and its byline does not.
  ASSERT_EQ(candidates.size(), 4u);
  EXPECT_EQ(run, (std::vector<double>{1.0, 1.0, 1.0, 0.0}));
  EXPECT_EQ(blocks[pick_headline(blocks, 7, "en")].text, "Council will rebuild the old stone bridge");
}

TEST(TextHeadline, ALineGoingOnFromTheOneAboveIsNoTitle) {
  EXPECT_FALSE(is_title_like(block_of("& Robin Hale, Science Editor, The Valley Courier")));
  EXPECT_FALSE(is_title_like(block_of("and 14 more stories")));
  EXPECT_FALSE(is_title_like(block_of("und 3 weitere Termine")));
  EXPECT_TRUE(is_title_like(block_of("Andorra votes on a new road tunnel")));
  EXPECT_TRUE(is_title_like(block_of("Sun & rain for the weekend market")));
  // A second author's line under the first does not make the first a headline over its dek.
  const std::string page = "Opinion\nWhy the valley needs its night trains back\nAlex Moor, Policy Fellow, Rail Forum\n"
                           "& Robin Hale, Science Editor, The Valley Courier\nMarch 4, 2025\n\n" + kBody1 + "\n\n" +
                           kBody2 + "\n\n" + kBody3 + "\n";
  EXPECT_EQ(clean_copied_text(page, "page.txt").title, "Why the valley needs its night trains back");
}

TEST(TextHeadline, TheFieldsOfAFactBoxAreNoCandidates) {
  auto blocks = blocks_from_text("Garden shed kit review\nMaterial: Spruce\nLanguage: English\nWeight: 40 kg\n"
                                 "Avengers: Endgame\nMarch 4, 2025\n" + kBody1 + "\n");
  compute_block_features(blocks, "en");
  std::vector<std::string> texts;
  for (const auto& candidate : score_headlines(blocks, 6, "en")) texts.push_back(blocks[candidate.index].text);
  // A lone "Name: Value" line with no field beside it stays a candidate.
  EXPECT_EQ(texts, (std::vector<std::string>{"Garden shed kit review"}));
  auto lone = blocks_from_text("Avengers: Endgame\nMarch 4, 2025\n" + kBody1 + "\n");
  compute_block_features(lone, "en");
  ASSERT_EQ(score_headlines(lone, 2, "en").size(), 1u);
}

TEST(TextHeadline, MenuItemRepeatedInTheFooterLosesToTheHeadlineOverItsByline) {
  const std::string page = "Home\nLocal elections\nWeather\nSport\n\nVillage school wins national science prize\n\nBy "
                           "Sam Rivers\nMarch 4, 2025\n\n" + kBody1 + "\n\n" + kBody2 + "\n\n" + kBody3 +
                           "\n\nHome\nLocal elections\nWeather\nSport\n";
  EXPECT_EQ(clean_copied_text(page, "page.txt").title, "Village school wins national science prize");
}

TEST(TextHeadline, AFirstParagraphThatStartsWithTheHeadlineSaysItOnce) {
  const std::string page = "Home\nNews\nFerry returns to the island\nMarch 4, 2025\nFerry returns to the island " + kBody1 +
                           "\n" + kBody2 + "\n" + kBody3 + "\n";
  const Article article = clean_copied_text(page, "page.txt");
  ASSERT_EQ(article.title, "Ferry returns to the island");
  EXPECT_EQ(article.paragraphs, (std::vector<std::string>{kBody1, kBody2, kBody3}));
  // A sentence that merely begins with the same words keeps them.
  const std::string sentence = "Ferry returns to the island were cheered by the villagers who had waited all winter for them.";
  const Article kept = clean_copied_text("Ferry returns to the island\nMarch 4, 2025\n" + sentence + "\n" + kBody1 + "\n" +
                                             kBody2 + "\n",
                                         "page.txt");
  ASSERT_EQ(kept.title, "Ferry returns to the island");
  EXPECT_EQ(kept.paragraphs.front(), sentence);
}

TEST(TextHeadline, NoTitleLineMeansNoTitleRatherThanTheFirstParagraph) {
  const Article article = clean_copied_text(kBody1 + "\n" + kBody2 + "\n" + kBody3 + "\n", "page.txt");
  EXPECT_TRUE(article.title.empty());
}

TEST(TextHeadline, AQuestionOpeningTheRunIsTheHeadline) {
  // The question mark ends a sentence, but a title-like line opening the body's run is still a
  // heading: the headline, not a paragraph said before the text.
  const std::string question = "How does a stone bridge over a wide river survive a hundred years of floods?";
  const std::string lead =
      "Engineers say that most of the work done by a bridge happens under the water, but when does the stone "
      "start to fail? And what can be done about it? A new study looks at old bridges.";
  const std::string page = "NEWSLETTER\n" + question + "\n\n" + lead + "\n\nShare on Pinterest\n" +
                           "The old bridge has been closed to traffic since a flood last winter.\n\n" + kBody1 + "\n\n" +
                           kBody2 + "\n";
  const Article article = clean_copied_text(page, "page.txt");
  EXPECT_EQ(article.title, question);
  ASSERT_FALSE(article.paragraphs.empty());
  EXPECT_EQ(article.paragraphs.front(), lead);
}

TEST(TextHeadline, AQuestionOpeningTheBodyStaysWhenAnotherLineIsTheHeadline) {
  const std::string page = "Council votes to rebuild the stone bridge\n\nBy Sam Rivers\n\nWhy does the bridge matter?\n\n" +
                           kBody1 + "\n\n" + kBody2 + "\n\n" + kBody3 + "\n";
  const Article article = clean_copied_text(page, "page.txt");
  EXPECT_EQ(article.title, "Council votes to rebuild the stone bridge");
  ASSERT_FALSE(article.paragraphs.empty());
  EXPECT_EQ(article.paragraphs.back(), kBody3);
}

TEST(TextHeadline, TheLongerSecondLineOfALonePairOfTitlesIsMarkedAsTheDek) {
  auto blocks = blocks_from_text("Menu\nCouncil votes to rebuild the stone bridge\n"
                                 "Months of detours for drivers and shoppers in the village are to end within two years\n"
                                 "March 4, 2025\n" + kBody1 + "\n" + kBody2 + "\n");
  compute_block_features(blocks, "en");
  const auto candidates = score_headlines(blocks, 4, "en");
  ASSERT_EQ(candidates.size(), 2u);
  EXPECT_EQ(candidates[0].features.under_title, 0.0);
  EXPECT_EQ(candidates[1].features.under_title, 1.0);
}

TEST(TextHeadline, AShortHeadlineOverADekOfManyWordsIsTheHeadline) {
  // Three words over a dek of a sentence's length: the dek, not a headline under its kicker.
  auto blocks = blocks_from_text("Menu\nBridge to reopen\n"
                                 "Months of detours for drivers, shoppers and the school buses in the village are to end "
                                 "within two years, the council says\nBy Sam Rivers\n" + kBody1 + "\n" + kBody2 + "\n");
  compute_block_features(blocks, "en");
  const auto candidates = score_headlines(blocks, 4, "en");
  ASSERT_EQ(candidates.size(), 2u);
  EXPECT_EQ(candidates[1].features.under_title, 1.0);
  // A kicker over a headline of ordinary length marks no dek.
  auto kicker = blocks_from_text("Menu\nLocal news\nCouncil votes to rebuild the stone bridge over the river\nBy Sam Rivers\n" +
                                 kBody1 + "\n" + kBody2 + "\n");
  compute_block_features(kicker, "en");
  for (const auto& candidate : score_headlines(kicker, 4, "en")) EXPECT_EQ(candidate.features.under_title, 0.0);
}

TEST(TextHeadline, ARowOfTeasersHasNoDek) {
  // Three title lines in a row are a list of teasers: none of them is a dek under a headline.
  auto blocks = blocks_from_text("Council votes to rebuild the stone bridge\n"
                                 "Rain is expected across the whole valley this weekend\n"
                                 "The old mill reopens as a museum of local crafts and trades\n"
                                 "March 4, 2025\n" + kBody1 + "\n" + kBody2 + "\n");
  compute_block_features(blocks, "en");
  for (const auto& candidate : score_headlines(blocks, 4, "en")) EXPECT_EQ(candidate.features.under_title, 0.0);
}

TEST(TextHeadline, AQuotedSentenceIsMarkedButAQuotedTitleIsNot) {
  EXPECT_TRUE(opens_quoted_sentence("\"Every town on the coast will get a new harbour wall.\""));
  EXPECT_TRUE(opens_quoted_sentence("\u201CWe cannot keep the ferry running,\u201D the harbour master told the crew"));
  EXPECT_TRUE(opens_quoted_sentence("\u201EDie F\u00E4hre f\u00E4hrt nicht mehr.\u201C"));
  EXPECT_FALSE(opens_quoted_sentence("\u00BBDie F\u00E4hre bleibt\u00AB"));
  EXPECT_FALSE(opens_quoted_sentence("\u2018Nobody\u2019 could have saved the old ferry"));
  EXPECT_FALSE(opens_quoted_sentence("Harbour master: \"We cannot keep the ferry running.\""));
}

TEST(TextHeadline, AReportedQuoteUnderTheHeadlineIsNotTheHeadline) {
  // The dek reports what someone said; it shares more words with the body than the headline does.
  const std::string quote = "\u201CWe will rebuild the old stone bridge over the river,\u201D the county council said";
  const std::string page = "Menu\nSearch\nShops cheer a vote for the village\n\n" + quote +
                           "\n\nLOCAL NEWS /\nMarch 4, 2025\nBy Sam Rivers\n\n" + kBody1 + "\n\n" + kBody2 + "\n\n" +
                           kBody3 + "\n";
  EXPECT_EQ(clean_copied_text(page, "page.txt").title, "Shops cheer a vote for the village");
}

TEST(TextHeadline, AnAttributionOpensWithADash) {
  EXPECT_TRUE(is_attribution_line("\u2014 Pat Moss on Monday, March 3rd, 2025 in a speech"));
  EXPECT_TRUE(is_attribution_line("\u2013 Pat Moss, council member"));
  EXPECT_FALSE(is_attribution_line("- a list item about the bridge"));
  EXPECT_FALSE(is_attribution_line("Pat Moss \u2014 council member"));
  EXPECT_FALSE(is_title_like(block_of("\u2014 Pat Moss, council member")));
}

TEST(TextHeadline, TheHeadlineUnderAQuoteAndItsAttributionIsFound) {
  // A fact check shows the claim it checks, its attribution, then its own headline and byline.
  const std::string page = "Menu\nSearch\n\"Half of the bridges in the county will fall down within ten years.\"\n\n"
                           "\u2014 Pat Moss on Monday, March 3rd, 2025 in a speech to the members of the county council in the town hall\n\n"
                           "Are the county's old bridges about to fall down?\n\nBy Sam Rivers on Tuesday, March 4th, 2025 at 10:15 a.m.\n\n"
                           "The stone bridge over the river near the village (Photo agency)\n\n" +
                           kBody1 + "\n\n" + kBody2 + "\n\n" + kBody3 + "\n";
  const Article article = clean_copied_text(page, "page.txt");
  EXPECT_EQ(article.title, "Are the county's old bridges about to fall down?");
  ASSERT_FALSE(article.paragraphs.empty());
  EXPECT_EQ(article.paragraphs.front(), kBody1);
}

TEST(TextHeadline, TheHeadlineOverALongListIsFound) {
  // A recipe shows its title, its rating and a long list of ingredients and tools before its
  // first step: the title stands about a hundred lines above the text.
  std::string page = "Menu\nRecipes\nBreakfast\n\nPlum and walnut porridge with honey\n\nBy Sam Rivers\nMarch 4, 2025\n\n";
  for (int i = 1; i <= 48; ++i) page += std::to_string(i * 10) + " g\nitem " + std::to_string(i) + "\n";
  page += "\n" + kBody1 + "\n\n" + kBody2 + "\n\n" + kBody3 + "\n";
  const Article article = clean_copied_text(page, "page.txt");
  EXPECT_EQ(article.title, "Plum and walnut porridge with honey");
}

TEST(TextHeadline, AReadAloudButtonOverALongHeadlineMakesItNoDek) {
  // The button is no title line: the long headline under it is not the second line of a pair.
  const std::string headline =
      "County council votes to rebuild the old stone bridge over the river after a winter flood washed one of "
      "its arches away";
  auto blocks = blocks_from_text("Local news\nListen to this article\n" + headline + "\nBy Sam Rivers\n" + kBody1 +
                                 "\n" + kBody2 + "\n" + kBody3 + "\n");
  compute_block_features(blocks, "en");
  EXPECT_FALSE(is_title_like(blocks[1]));
  const auto scored = score_headline_at(blocks, 2, 4, "en");
  ASSERT_TRUE(scored.has_value());
  EXPECT_EQ(scored->features.under_title, 0.0);
  // A short title line over it still makes it the dek of a lone pair.
  auto pair = blocks_from_text("Bridge vote\n" + headline + "\nBy Sam Rivers\n" + kBody1 + "\n" + kBody2 + "\n");
  compute_block_features(pair, "en");
  const auto under = score_headline_at(pair, 1, 3, "en");
  ASSERT_TRUE(under.has_value());
  EXPECT_EQ(under->features.under_title, 1.0);
}

}  // namespace briefcast
