#include "clean/text_cleaner.h"

#include <algorithm>

#include <gtest/gtest.h>

#include "clean/unicode_text.h"
#include "model/error.h"

namespace briefcast {

namespace {

const std::string kBody1 =
    "The regional water board said on Monday that reservoir levels had returned to normal after the wettest "
    "autumn in twenty years, and that the hosepipe ban would be lifted at the end of the week.";
const std::string kBody2 =
    "Officials had asked households to cut their use by a tenth during the summer, when two of the four "
    "reservoirs fell below a third of their capacity for the first time since the board was formed.";
const std::string kBody3 =
    "The board said it would still go ahead with plans to build a new pipeline to the north of the county, "
    "which it expects to finish within three years if the planning inquiry goes its way.";

}  // namespace

TEST(TextCleaner, BlocksAreNonEmptyCollapsedLines) {
  const auto blocks = blocks_from_text("  Home \n\n\tNews  now\r\n");
  ASSERT_EQ(blocks.size(), 2u);
  EXPECT_EQ(blocks[0].text, "Home");
  EXPECT_EQ(blocks[1].text, "News now");
}

TEST(TextCleaner, KeepsBodyDropsMenusAndFooter) {
  const std::string page = "Home\nNews\nSport\nWeather\n\nHosepipe ban to be lifted as reservoirs refill\n\n" + kBody1 +
                           "\n\n" + kBody2 + "\n\n" + kBody3 + "\n\nMost read\nTrains cancelled\nSchool closes\n" +
                           "© 2025 County News\n";
  const Article article = clean_copied_text(page, "page.txt");
  EXPECT_EQ(article.title, "Hosepipe ban to be lifted as reservoirs refill");
  EXPECT_EQ(article.paragraphs, (std::vector<std::string>{kBody1, kBody2, kBody3}));
  EXPECT_EQ(article.metadata.language, "en");
  EXPECT_EQ(article.metadata.input_kind, InputKind::kText);
}

TEST(TextCleaner, DropsTheAppealForSupportUnderTheText) {
  // The site's box asking for money is copied under the last paragraph, before its buttons.
  const std::string appeal = "Our reporting stays free for everyone. A gift of any size helps to support our journalism.";
  const std::string page = "Home\nNews\n\nHosepipe ban to be lifted as reservoirs refill\n\n" + kBody1 + "\n\n" + kBody2 +
                           "\n\n" + kBody3 + "\n\nLOCAL NEWS MATTERS\n" + appeal + "\n\n5 pounds\n10 pounds\nOther amount\n";
  const Article article = clean_copied_text(page, "page.txt");
  EXPECT_EQ(article.paragraphs, (std::vector<std::string>{kBody1, kBody2, kBody3}));
}

TEST(TextCleaner, DropsTheAuthorsNoteUnderHerNameAfterTheText) {
  // The name printed over the last paragraph, which opens with it: the author's box. The same
  // shape higher up (a picture's caption over a paragraph about the person) is the article's.
  const std::string about = "Ida Berg chairs the residents' group and has campaigned for the pipeline since 2019.";
  const std::string note =
      "Ida Berg writes about water, drought and planning for the County News and has covered the council since 2015.";
  const std::string page = "Home\n\nHosepipe ban to be lifted as reservoirs refill\n\n" + kBody1 + "\n\nIda Berg\n\n" +
                           about + "\n\n" + kBody2 + "\n\n" + kBody3 + "\n\nIda Berg\n\n" + note + "\n\nMost read\n";
  const Article article = clean_copied_text(page, "page.txt");
  EXPECT_EQ(article.paragraphs, (std::vector<std::string>{kBody1, "Ida Berg", about, kBody2, kBody3}));
}

TEST(TextCleaner, BylineAndDatelineBecomeMetadata) {
  const std::string page = "Reservoirs refill after wet autumn\nBy Sam Rivers\nNovember 3, 2025 at 9:15 a.m.\n" + kBody1 +
                           "\n" + kBody2 + "\n" + kBody3 + "\n";
  const Article article = clean_copied_text(page, "page.txt");
  EXPECT_EQ(article.title, "Reservoirs refill after wet autumn");
  EXPECT_EQ(article.metadata.byline, "Sam Rivers");
  EXPECT_EQ(article.metadata.date, "November 3, 2025 at 9:15 a.m.");
  EXPECT_EQ(article.paragraphs.size(), 3u);
}

TEST(TextCleaner, HeadingLinesOpeningTheRunAreCandidates) {
  // A long kicker and the headline sit inside the run of good lines, above the byline: the
  // headline is picked among them and the body starts under it.
  const std::string headline = "The hosepipe ban is to be lifted at the end of the week as the reservoirs refill";
  const std::string page = "Home\nNews\nSport\nWeather\n\nNews from the reservoirs and from the water board in and around "
                           "the county\n" + headline + "\nBy Sam Rivers\n" + kBody1 + "\n" + kBody2 + "\n";
  const Article article = clean_copied_text(page, "page.txt");
  EXPECT_EQ(article.title, headline);
  EXPECT_EQ(article.paragraphs, (std::vector<std::string>{kBody1, kBody2}));
}

TEST(TextCleaner, ATitleLikeLineHoldingTheHeadlineDoesNotOpenTheBody) {
  const std::string headline = "Council delays its vote on the reservoir plan after a long and heated debate";
  const std::string page = "Home\nNews\nSport\nWeather\n\n" + headline + "\nBy Sam Rivers\nVote day: " + headline +
                           " - what happens next?\n" + kBody1 + "\n" + kBody2 + "\n";
  const Article article = clean_copied_text(page, "page.txt");
  EXPECT_EQ(article.title, headline);
  EXPECT_EQ(article.paragraphs, (std::vector<std::string>{kBody1, kBody2}));
}

TEST(TextCleaner, WidgetTokensAndShareBarsAreDropped) {
  const std::string page = "Reservoirs refill after wet autumn\nShare\nFacebook\nTwitter\nEmail\n" + kBody1 + "\n" + kBody2 +
                           "\nA A A\n" + kBody3 + "\nXS\nSM\nMD\nLG\n";
  const Article article = clean_copied_text(page, "page.txt");
  EXPECT_EQ(article.paragraphs, (std::vector<std::string>{kBody1, kBody2, kBody3}));
}

TEST(TextCleaner, HeadlinePrefersTheTitleLikeLineNearestTheBody) {
  auto blocks = blocks_from_text("World\nTop Stories\nReservoirs refill after the wettest autumn in years\nBy Sam Rivers\n" +
                                 kBody1);
  compute_block_features(blocks, "en");
  EXPECT_EQ(pick_headline(blocks, 4, "en"), 2u);
}

TEST(TextCleaner, MenusAloneAreNoArticle) {
  EXPECT_THROW(clean_copied_text("Home\nNews\nSport\nWeather\nContact us\nPrivacy policy\n", "home.txt"), Error);
  EXPECT_THROW(clean_copied_text("", "empty.txt"), Error);
  try {
    clean_copied_text("404\nPage not found\nGo to the home page\n", "missing.txt");
    FAIL() << "no exception";
  } catch (const Error& e) {
    EXPECT_EQ(e.stage(), Stage::kClean);
    EXPECT_EQ(e.message(), "no article text found");
    EXPECT_EQ(e.path(), "missing.txt");
  }
}

TEST(TextCleaner, APageWithOneShortParagraphOfProseGivesIt) {
  // A paywall leaves one paragraph, shorter than a body usually is: it is still the text.
  const std::string lead =
      "The harbour authority said on Thursday that the old ferry pier would close for repairs in the spring.";
  const std::string page = "Home\nNews\nSport\nWeather\n\nPier to close for repairs\nBy Sam Rivers\n\n" + lead +
                           "\n\nSubscribe to keep reading\nLog in\n";
  const Article article = clean_copied_text(page, "pier.txt");
  EXPECT_EQ(article.paragraphs, std::vector<std::string>{lead});
  // A short line of a few words is no such paragraph.
  EXPECT_THROW(clean_copied_text("Home\nNews\nSport\n\nThe pier is closed for repairs today.\n\nLog in\n", "pier.txt"), Error);
}

TEST(TextCleaner, ReaderCommentsAreNotTheArticle) {
  const std::string comment =
      "I have lived in this county for forty years and I have never seen the reservoirs so full at this time of year, "
      "which makes me wonder why we were told to stop watering our gardens at all.";
  const std::string page = "Reservoirs refill after wet autumn\n" + kBody1 + "\n" + kBody2 + "\n" + kBody3 +
                           "\n12 Comments\nsam_k says:\n" + comment + "\nReply\nriverwatcher says:\n" + comment +
                           "\nReply\nmeadowlark says:\n" + comment + "\n" + comment + "\n";
  const Article article = clean_copied_text(page, "page.txt");
  EXPECT_EQ(article.paragraphs, (std::vector<std::string>{kBody1, kBody2, kBody3}));
}

TEST(TextCleaner, CommentsMarkedOnlyByReplyLinksAreNotTheArticle) {
  // Each comment: its author and time, its text, and a reply link; no "NAME says:" header. The
  // comments together are longer than the article.
  const std::string comment =
      "Ich wohne seit vierzig Jahren im Kreis und habe die Speicher noch nie so voll gesehen, und deshalb frage ich "
      "mich, warum wir im Sommer unsere G\u00e4rten nicht mehr gie\u00dfen durften.";
  const std::string body1 =
      "Der Wasserverband teilte am Montag mit, dass die Pegel der Speicher nach dem nassesten Herbst seit zwanzig "
      "Jahren wieder normal seien und das Verbot f\u00fcr Gartenschl\u00e4uche am Ende der Woche aufgehoben werde.";
  const std::string body2 =
      "Im Sommer waren die Haushalte gebeten worden, ein Zehntel weniger Wasser zu verbrauchen, als zwei der vier "
      "Speicher zum ersten Mal seit der Gr\u00fcndung des Verbands unter ein Drittel ihrer F\u00fcllung fielen.";
  std::string page = "Speicher nach nassem Herbst wieder voll\n\n" + body1 + "\n\n" + body2 +
                     "\n\nKommentar schreiben\nName\nE-Mail\nSenden\n";
  for (const char* name : {"Lotte 12.03.2021 // 09:14", "kalle_b 12.03.2021 // 10:02", "Mira 13.03.2021 // 18:40",
                           "Jens W. 14.03.2021 // 07:55"}) {
    page += std::string(name) + "\n\n" + comment + "\n\nAntworten\n\n";
  }
  const Article article = clean_copied_text(page, "page.txt");
  EXPECT_EQ(article.paragraphs, (std::vector<std::string>{body1, body2}));
}

TEST(TextCleaner, ARailOfCutTeasersIsNotTheArticle) {
  // Below the short article and the page's menus, teasers cut off mid-sentence that are longer
  // together than the article.
  const std::string teaser =
      "Parents at the village school have started a petition against the plan to merge it with the school in the "
      "next town, which they say would mean a journey of more than an hour for the";
  std::string page = "Reservoirs refill after wet autumn\n\n" + kBody1 + "\n\n" + kBody2 + "\n\n";
  for (const char* item : {"Home", "News", "Sport", "Weather", "Travel", "Food", "Books", "Contact", "More from the county"}) {
    page += std::string(item) + "\n";
  }
  for (const char* label : {"Schools", "Transport", "Housing", "Planning"}) {
    page += std::string(label) + "\n" + teaser + " " + label + "\n";
  }
  const Article article = clean_copied_text(page, "page.txt");
  EXPECT_EQ(article.paragraphs, (std::vector<std::string>{kBody1, kBody2}));
}

TEST(TextCleaner, PagesInScriptsWithoutListsUsePunctuation) {
  const std::string sentence = "東京都は二十日、老朽化した橋の架け替え工事を来年春から始めると発表した。工事期間中は近くに仮設の橋を設ける。";
  const std::string page = "ホーム\nニュース\nLogin\nNew橋の工事、来年春から\n" + sentence + "\n" + sentence + "\n" + sentence +
                           "\nTwitter\nFacebook\n";
  const Article article = clean_copied_text(page, "ja.txt");
  EXPECT_EQ(article.metadata.language, "");
  EXPECT_EQ(article.paragraphs, (std::vector<std::string>{sentence, sentence, sentence}));
}

TEST(TextCleaner, WorksInOtherLanguages) {
  const std::string page =
      "Accueil\nPolitique\nSport\n\nLe pont de la Loire rouvrira en mars\n\n"
      "Le conseil départemental a annoncé mardi que le vieux pont sur la Loire rouvrira à la circulation au début du "
      "mois de mars, après plus d'un an de travaux sur ses piles.\n\n"
      "Les ingénieurs avaient constaté que les crues des deux derniers hivers avaient fragilisé plusieurs appuis, et "
      "ils avaient demandé que le pont soit fermé pendant toute la durée du chantier.\n\n"
      "Partager\nFacebook\nTwitter\n";
  const Article article = clean_copied_text(page, "fr.txt");
  EXPECT_EQ(article.metadata.language, "fr");
  EXPECT_EQ(article.title, "Le pont de la Loire rouvrira en mars");
  ASSERT_EQ(article.paragraphs.size(), 2u);
}

}  // namespace briefcast

namespace briefcast {

namespace {

// Short news paragraphs: prose by their words, too short to be good on their own.
const std::string kShort1 = "Thousands of people walked along the quay on Saturday night to watch the boats go by.";
const std::string kShort2 = "It was the first time in ten years that the parade had come back to the old harbour.";
const std::string kShort3 = "The organisers said that they would like to hold it again next year if the weather is kind.";
const std::string kShort4 = "Most of the boats had been decorated by children from the schools in the town.";
const std::string kCaption = "Harbour Lantern Parade 2025 [Photo Gallery] Quayside Lights, Boats, Music - County Arts Trust";

}  // namespace

TEST(TextCleaner, ACaptionRepeatedBetweenParagraphsDoesNotSplitTheArticle) {
  const std::string page = "Home\nNews\nSport\n\nLanterns light up the harbour\n\n" + kShort1 + "\n\n" + kCaption +
                           "\n\n" + kShort2 + "\n\n" + kCaption + "\n\n" + kShort3 + "\n\n" + kCaption + "\n\n" +
                           kShort4 + "\n\nMost read\nTrains cancelled\nSchool closes\n";
  const Article article = clean_copied_text(page, "page.txt");
  EXPECT_EQ(article.paragraphs, (std::vector<std::string>{kShort1, kShort2, kShort3, kShort4}));
}

TEST(TextCleaner, AGalleryCaptionShownThreeTimesIsFurnitureHoweverLong) {
  // Under every picture the same long caption that reads as prose, once twice in a row: it
  // neither joins the body nor cuts off the paragraphs after it.
  const std::string caption =
      "Boats decorated with lanterns by children from the town schools sail past the old harbour wall on the "
      "night of the Lantern Parade";
  const std::string page = "Home\nNews\nSport\n\nLanterns light up the harbour\n\n" + kShort1 + "\n\n" + caption +
                           "\n\n" + kShort2 + "\n\n" + caption + "\n\n" + caption + "\n\n" + kShort3 + "\n\n" +
                           kShort4 + "\n\nMost read\nTrains cancelled\nSchool closes\n";
  const Article article = clean_copied_text(page, "page.txt");
  EXPECT_EQ(article.paragraphs, (std::vector<std::string>{kShort1, kShort2, kShort3, kShort4}));
}

TEST(TextCleaner, AQuestionPutToEveryGuestIsText) {
  // A series of short interviews asks each guest the same question: a sentence the page shows
  // three times is the article's, not a caption.
  const std::string question = "What do you like to cook on a weekday evening when there is little time?";
  const std::string page = "Home\nNews\nSport\n\nThree cooks of the harbour town\n\n" + kShort1 + "\n\n" + question +
                           "\n\n" + kShort2 + "\n\n" + question + "\n\n" + kShort3 + "\n\n" + question + "\n\n" +
                           kShort4 + "\n\nMost read\nTrains cancelled\nSchool closes\n";
  const Article article = clean_copied_text(page, "page.txt");
  EXPECT_EQ(article.paragraphs,
            (std::vector<std::string>{kShort1, question, kShort2, question, kShort3, question, kShort4}));
}

TEST(TextCleaner, AShortClosingSentenceEndsTheArticle) {
  const std::string closing = "The mayor said she was pleased.";
  const std::string page = "Home\nNews\nSport\n\nHosepipe ban to be lifted\n\n" + kBody1 + "\n\n" + kBody2 + "\n\n" +
                           kBody3 + "\n\n" + closing + "\n\nMost read\nTrains cancelled\nSchool closes\n";
  const Article article = clean_copied_text(page, "page.txt");
  EXPECT_EQ(article.paragraphs, (std::vector<std::string>{kBody1, kBody2, kBody3, closing}));
  // A label that ends in a colon introduces what follows; it is no closing line.
  const std::string labelled = "Home\nNews\n\nHosepipe ban to be lifted\n\n" + kBody1 + "\n\n" + kBody2 + "\n\n" +
                               kBody3 + "\n\nMore on this story from us:\n\nTrains cancelled\nSchool closes\n";
  EXPECT_EQ(clean_copied_text(labelled, "page.txt").paragraphs, (std::vector<std::string>{kBody1, kBody2, kBody3}));
}

TEST(TextCleaner, AShortSentenceStandingAsAParagraphInsideTheBodyStays) {
  // An interview: each guest's name and credit lines, then a short question set as a paragraph
  // of its own. The name and the credit are no prose, so the question's neighbours looked bad;
  // inside the body it is the article's.
  const std::string question = "What changed after the wet autumn?";
  const std::string page = "Home\nNews\nSport\n\nTwo keepers of the reservoirs\n\n" + kBody1 + "\n\n" + kBody2 +
                           "\n\nSam Rivers\nPhoto:\nCounty Archive\n\n" + question + "\n\n" + kBody3 + "\n\n" + kBody1 +
                           "\n\nMost read\nTrains cancelled\nSchool closes\n";
  const Article article = clean_copied_text(page, "page.txt");
  EXPECT_EQ(article.paragraphs, (std::vector<std::string>{kBody1, kBody2, question, kBody3, kBody1}));
}

TEST(TextCleaner, LabelsTeasersAndIntroductionsInsideTheBodyStillGo) {
  // Short lines that do not end a sentence, end in a colon (what follows may be links) or in an
  // ellipsis (a teaser cut short) are not paragraphs of the article, inside the body or not.
  for (const std::string line : {"Related stories from the water board", "Read the full report here:",
                                 "The pipeline that the county never built and why it..."}) {
    const std::string page = "Home\nNews\nSport\n\nTwo keepers of the reservoirs\n\n" + kBody1 + "\n\n" + kBody2 +
                             "\n\nSam Rivers\nPhoto:\nCounty Archive\n\n" + line + "\n\n" + kBody3 + "\n\n" + kBody1 +
                             "\n\nMost read\nTrains cancelled\nSchool closes\n";
    EXPECT_EQ(clean_copied_text(page, "page.txt").paragraphs, (std::vector<std::string>{kBody1, kBody2, kBody3, kBody1}))
        << line;
  }
}

TEST(TextCleaner, ReportedNoCommentBetweenParagraphsIsBody) {
  // A one-line paragraph that says someone would not comment names comments, but is the story's.
  const std::string line = "The water board declined to comment.";
  const std::string page = "Home\nNews\nSport\nWeather\n\nHosepipe ban to be lifted as reservoirs refill\n\n" + kBody1 +
                           "\n\n" + line + "\n\n" + kBody2 + "\n\n" + kBody3 + "\n\nMost read\nTrains cancelled\n";
  const Article article = clean_copied_text(page, "page.txt");
  EXPECT_EQ(article.paragraphs, (std::vector<std::string>{kBody1, line, kBody2, kBody3}));
}

TEST(TextCleaner, LabelledLinkListInsideTheBodyIsDropped) {
  // "Elsewhere:" heads its own group of story titles between two paragraphs: links to other stories.
  const std::string page = "Home\nNews\nSport\nWeather\n\nHosepipe ban to be lifted as reservoirs refill\n\n" + kBody1 +
                           "\n\nElsewhere:\nRiver levels fall in the east\nNew pipeline plan approved\nRainfall map for the week\n\n" +
                           kBody2 + "\n\n" + kBody3 + "\n\nMost read\nTrains cancelled\n";
  const Article article = clean_copied_text(page, "page.txt");
  EXPECT_EQ(article.paragraphs, (std::vector<std::string>{kBody1, kBody2, kBody3}));
}

TEST(TextCleaner, RelatedLabelHeadsTheLinksOfItsGroup) {
  // A related-stories label and the titles under it in one group (no blank line between), set
  // between paragraphs: links to other stories, a teaser cut short among them, in any language.
  for (const std::string label : {"Related articles", "Mehr zum Thema", "Lire aussi"}) {
    const std::string page = "Home\nNews\nSport\nWeather\n\nHosepipe ban to be lifted as reservoirs refill\n\n" + kBody1 +
                             "\n\n" + kBody2 + "\n\n" + label + "\nCanal towpath to close for repairs over the winter\n"
                             "Why the county's oldest reservoir may never be full again and what the board...\n\n" + kBody3 +
                             "\n\n" + kBody1 + "\n\nMost read\nTrains cancelled\n";
    const Article article = clean_copied_text(page, "page.txt");
    EXPECT_EQ(article.paragraphs, (std::vector<std::string>{kBody1, kBody2, kBody3, kBody1})) << label;
  }
}

TEST(TextCleaner, SentencesUnderARelatedLabelAreNoLinks) {
  // A line ending with a full stop is no story's title: the group is left to the classifier.
  const std::string page = "Home\nNews\nSport\nWeather\n\nHosepipe ban to be lifted as reservoirs refill\n\n" + kBody1 +
                           "\n\nRelated\n" + kBody2 + "\n\n" + kBody3 + "\n\nMost read\nTrains cancelled\n";
  const Article article = clean_copied_text(page, "page.txt");
  EXPECT_EQ(article.paragraphs, (std::vector<std::string>{kBody1, kBody2, kBody3}));
}

TEST(TextCleaner, ListOfSentencesUnderALabelStays) {
  // The article's own list reads as sentences: it is not a list of links.
  const std::vector<std::string> steps = {"Fill a bucket first.", "Water the roots only.", "Do it after dark."};
  const std::string page = "Home\nNews\nSport\nWeather\n\nHosepipe ban to be lifted as reservoirs refill\n\n" + kBody1 +
                           "\n\nTips:\n" + steps[0] + "\n" + steps[1] + "\n" + steps[2] + "\n\n" + kBody2 + "\n\n" + kBody3 +
                           "\n\nMost read\nTrains cancelled\n";
  const Article article = clean_copied_text(page, "page.txt");
  EXPECT_NE(std::find(article.paragraphs.begin(), article.paragraphs.end(), steps[1]), article.paragraphs.end());
}

TEST(TextCleaner, ALeadAboveAPictureStaysWithTheTextUnderIt) {
  // The lead, then the picture's counter and credit, then the paragraphs: the credit neither
  // splits the text nor joins the counter to it, and the headline stays the title line.
  const std::string page =
      "Home\n"
      "News\n"
      "Sport\n"
      "Weather\n"
      "\n"
      "Pier to close for repairs\n"
      "\n"
      "By Sam Rivers\n"
      "\n"
      "The old ferry pier will shut for four months while divers replace its rotten piles.\n"
      "\n"
      "1/3\n"
      "Photo: Harbour Authority\n"
      "\n"
      "The harbour authority said on Thursday that the old ferry pier would close for repairs in the spring, after divers found that several of its wooden piles had rotted through below the waterline.\n"
      "\n"
      "Ferries will use the cargo quay on the far side of the harbour while the work goes on, which the authority expects to take about four months if the weather allows the divers to keep working.\n"
      "\n"
      "Local traders said they were worried that fewer visitors would walk past their shops during the season, and asked the authority to put up signs pointing the way from the new landing.\n"
      "\n"
      "Share\n"
      "Tweet\n";
  const Article article = clean_copied_text(page, "pier.txt");
  EXPECT_EQ(article.title, "Pier to close for repairs");
  ASSERT_EQ(article.paragraphs.size(), 4u);
  EXPECT_EQ(article.paragraphs[0], "The old ferry pier will shut for four months while divers replace its rotten piles.");
  for (const auto& paragraph : article.paragraphs) {
    EXPECT_NE(paragraph, "1/3");
    EXPECT_EQ(paragraph.find("Photo:"), std::string::npos);
  }
}

TEST(TextCleaner, ALeadAboveAPictureCreditedWithACopyrightSignStays) {
  // The picture's credit is a copyright sign and a name; the lead above it is the article's.
  const std::string lead = "Divers found that the old ferry pier is rotting below the waterline, and it will shut in spring.";
  const std::string page = "Home\nNews\nSport\nWeather\n\nPier to close for repairs\nBy Sam Rivers\n12 March\n\n" + lead +
                           "\n\n1/2\n© Harbour Authority\n\n" + kBody1 + "\n\n" + kBody2 + "\n\n2/2\n© Lena Berg\n\n" + kBody3 +
                           "\n\n© 2021 Harbour Gazette\nImprint\nPrivacy\n";
  const Article article = clean_copied_text(page, "pier.txt");
  ASSERT_FALSE(article.paragraphs.empty());
  EXPECT_EQ(article.paragraphs.front(), lead);
  EXPECT_EQ(article.paragraphs.back(), kBody3);
  for (const auto& paragraph : article.paragraphs) EXPECT_EQ(paragraph.find("©"), std::string::npos);
}

TEST(TextCleaner, ASubheadingUnderALinkToAnotherStoryStays) {
  // A link to another story set into the text, then the subheading of the next section.
  const std::string more =
      "Farmers in the valley said the wet autumn had come too late for this year's harvest, but that they were "
      "glad the ban would not carry on into the spring, when the new crops need the most water.";
  const std::string page = "Home\nNews\nSport\nWeather\n\nReservoirs full again\n\n" + kBody1 + "\n\n" + kBody2 +
                           "\n\nRead more: Drought hits farms in the east\n\nA pipeline to the north\n\n" + kBody3 +
                           "\n\n" + more + "\n\nShare\nTweet\n";
  const Article article = clean_copied_text(page, "water.txt");
  EXPECT_EQ(article.paragraphs, (std::vector<std::string>{kBody1, kBody2, "A pipeline to the north", kBody3, more}));
}

TEST(TextCleaner, ATitleLineUnderALinkThatHeadsNoParagraphGoes) {
  // Under the link, a rail's heading over its list of story titles: it heads no paragraph.
  const std::string more =
      "Farmers in the valley said the wet autumn had come too late for this year's harvest, but that they were "
      "glad the ban would not carry on into the spring, when the new crops need the most water.";
  const std::string page = "Home\nNews\nSport\nWeather\n\nReservoirs full again\n\n" + kBody1 + "\n\n" + kBody2 +
                           "\n\nRead more: Drought hits farms in the east\n\nMost read stories\n\nTrains cancelled\nBridge "
                           "closed\nSchool wins quiz\nMarket hall reopens\n\n" + kBody3 + "\n\n" + more + "\n\nShare\nTweet\n";
  const Article article = clean_copied_text(page, "water.txt");
  EXPECT_EQ(std::find(article.paragraphs.begin(), article.paragraphs.end(), "Most read stories"), article.paragraphs.end());
}

TEST(TextCleaner, ALongLineOpeningTheRunIsNoKicker) {
  // Under the headline, a line without a full stop opens the run: a label of a word or two is
  // dropped, a line of a dozen words (a dek, a lead) stays.
  const std::string dek = "Divers found rotten piles below the waterline of the old ferry pier on the north shore";
  for (const std::string& line : {std::string("Harbour works"), dek}) {
    const std::string page = "Home\nNews\nSport\nWeather\n\nPier to close for repairs\nBy Sam Rivers\n12 March 2024\n\n" + line +
                             "\n" + kBody1 + "\n\n" +
                             kBody2 + "\n\n" + kBody3 + "\n\nShare\nTweet\n";
    const Article article = clean_copied_text(page, "pier.txt");
    EXPECT_EQ(article.title, "Pier to close for repairs");
    ASSERT_FALSE(article.paragraphs.empty());
    if (line == dek) {
      EXPECT_EQ(article.paragraphs.front(), dek);
    } else {
      EXPECT_EQ(article.paragraphs.front(), kBody1);
    }
  }
}

TEST(TextCleaner, ATableBetweenTheParagraphsStays) {
  // A browser copies a table's rows as lines of cells split by tabs; between two paragraphs of
  // the article they are its figures. Tabs are collapsed to spaces in the body.
  EXPECT_TRUE(blocks_from_text("Reservoir\tLevel\n")[0].table_row);
  EXPECT_FALSE(blocks_from_text("\tReservoir  level\t\n")[0].table_row);
  // Rows long enough to be classified on their own, with no stop words: bad as lines alone.
  const std::string kRow1 = "North Fell Reservoir (Cumbria)\t31 % May 2024\t88 % November 2024\t12.4 million m³ capacity";
  const std::string kRow2 = "High Moor Reservoir (Yorkshire)\t29 % May 2024\t91 % November 2024\t9.8 million m³ capacity";
  // A row of dates and figures reads as a dateline alone; in a table it is a row.
  const std::string kRow3 = "Measured\t01.05.2024\t01.11.2024";
  const std::string page = "Home\nNews\nSport\nWeather\n\nHosepipe ban to be lifted as reservoirs refill\n\n" + kBody1 +
                           "\n\n" + kRow1 + "\n" + kRow2 + "\n" + kRow3 + "\n\n" + kBody2 +
                           "\n\n" + kBody3 + "\n\nMost read\nTrains cancelled\nSchool closes\n";
  const Article article = clean_copied_text(page, "page.txt");
  EXPECT_EQ(article.paragraphs, (std::vector<std::string>{kBody1, collapse_whitespace(kRow1),
                                                          collapse_whitespace(kRow2), collapse_whitespace(kRow3), kBody2,
                                                          kBody3}));
}

}  // namespace briefcast
