#include "segment/segmenter.h"

#include <gtest/gtest.h>

namespace briefcast {

namespace {

using Sentences = std::vector<std::string>;

}  // namespace

TEST(Segmenter, SplitsPlainSentences) {
  EXPECT_EQ(split_sentences("One fish. Two fish! Red fish?"), (Sentences{"One fish.", "Two fish!", "Red fish?"}));
}

TEST(Segmenter, KeepsTitlesWithTheirNames) {
  EXPECT_EQ(split_sentences("Mr. Smith met Dr. Jones and Gen. Patton. Sen. Warren and Mrs. Brown were late."),
            (Sentences{"Mr. Smith met Dr. Jones and Gen. Patton.", "Sen. Warren and Mrs. Brown were late."}));
}

TEST(Segmenter, DoesNotBreakAfterUsBeforeANoun) {
  EXPECT_EQ(split_sentences("U.S. Defense Secretary Robert Gates met U.S. officials. They talked."),
            (Sentences{"U.S. Defense Secretary Robert Gates met U.S. officials.", "They talked."}));
}

TEST(Segmenter, BreaksAfterUsAtTheEndOfASentence) {
  EXPECT_EQ(split_sentences("He flew to the U.S. The trip was long."),
            (Sentences{"He flew to the U.S.", "The trip was long."}));
}

TEST(Segmenter, KeepsMonthsWithTheirDays) {
  EXPECT_EQ(split_sentences("The deal closed on Jan. 5, 2010. Shares rose."),
            (Sentences{"The deal closed on Jan. 5, 2010.", "Shares rose."}));
}

TEST(Segmenter, KeepsInitials) {
  EXPECT_EQ(split_sentences("J. R. R. Tolkien wrote it. George W. Bush read it."),
            (Sentences{"J. R. R. Tolkien wrote it.", "George W. Bush read it."}));
}

TEST(Segmenter, KeepsDecimalsAndTimes) {
  EXPECT_EQ(split_sentences("Growth was 2.5 percent at 3 p.m. Eastern time. Prices fell 0.3 percent."),
            (Sentences{"Growth was 2.5 percent at 3 p.m. Eastern time.", "Prices fell 0.3 percent."}));
}

TEST(Segmenter, BreaksAfterPmBeforeAnOpener) {
  EXPECT_EQ(split_sentences("It ended at 5 p.m. The crowd left."), (Sentences{"It ended at 5 p.m.", "The crowd left."}));
}

TEST(Segmenter, KeepsQuotesWhole) {
  EXPECT_EQ(split_sentences("\"We are ready. We will win,\" he said. She agreed."),
            (Sentences{"\"We are ready. We will win,\" he said.", "She agreed."}));
  EXPECT_EQ(split_sentences("He said, \u201cStop. Now.\u201d Then he left."),
            (Sentences{"He said, \u201cStop. Now.\u201d", "Then he left."}));
}

TEST(Segmenter, BreaksAfterAClosingQuote) {
  EXPECT_EQ(split_sentences("She said \"Go home.\" He went."), (Sentences{"She said \"Go home.\"", "He went."}));
}

TEST(Segmenter, KeepsBracketsWhole) {
  EXPECT_EQ(split_sentences("The firm (Acme Inc. of Ohio. Not Utah.) grew. It hired."),
            (Sentences{"The firm (Acme Inc. of Ohio. Not Utah.) grew.", "It hired."}));
}

TEST(Segmenter, HandlesEllipses) {
  EXPECT_EQ(split_sentences("He paused... and went on. Then... Nothing."),
            (Sentences{"He paused... and went on.", "Then...", "Nothing."}));
  EXPECT_EQ(split_sentences("Wait\u2026 It worked."), (Sentences{"Wait\u2026", "It worked."}));
}

TEST(Segmenter, EtcMidSentenceRunsOn) {
  EXPECT_EQ(split_sentences("Apples, pears, etc. were sold. Buyers came, e.g. Smith."),
            (Sentences{"Apples, pears, etc. were sold.", "Buyers came, e.g. Smith."}));
}

TEST(Segmenter, CompaniesAndStreets) {
  EXPECT_EQ(split_sentences("Acme Inc. said profits rose. It lives on Elm St. He visits St. Louis."),
            (Sentences{"Acme Inc. said profits rose.", "It lives on Elm St.", "He visits St. Louis."}));
}

TEST(Segmenter, LineWithoutPunctuationEndsASentence) {
  EXPECT_EQ(split_sentences("Key points\n- prices rose\n- wages fell\nThe rest was\nwrapped."),
            (Sentences{"Key points", "- prices rose", "- wages fell", "The rest was", "wrapped."}));
  EXPECT_EQ(split_sentences("A sentence that is wrapped,\nacross two lines."),
            (Sentences{"A sentence that is wrapped, across two lines."}));
}

TEST(Segmenter, LowercaseAfterPunctuationRunsOn) {
  EXPECT_EQ(split_sentences("Yahoo! shares rose. Why? because."), (Sentences{"Yahoo! shares rose.", "Why? because."}));
}

TEST(Segmenter, StrayQuoteDoesNotSwallowTheParagraph) {
  EXPECT_EQ(split_sentences("He said \"no. She left. They stayed."),
            (Sentences{"He said \"no.", "She left.", "They stayed."}));
}

TEST(Segmenter, EmptyAndBlank) {
  EXPECT_TRUE(split_sentences("").empty());
  EXPECT_TRUE(split_sentences("  \n \n").empty());
}

TEST(Segmenter, SegmentsAnArticle) {
  Article article;
  article.title = "Headline";
  article.paragraphs = {"One. Two.", "Three."};
  std::vector<Segment> segments = segment_article(article);
  ASSERT_EQ(segments.size(), 6u);
  EXPECT_EQ(segments[0].kind, SegmentKind::kTitle);
  EXPECT_EQ(segments[2].text, "Two.");
  EXPECT_EQ(segments[3].kind, SegmentKind::kParagraphEnd);
  EXPECT_EQ(segments[4].paragraph_index, 1u);
}

TEST(Segmenter, HugeParagraphIsLinear) {
  std::string big;
  for (int k = 0; k < 100000; ++k) big += "Mr. A. B. ";
  std::vector<std::string> sentences = split_sentences(big);
  EXPECT_EQ(sentences.size(), 1u);
}


TEST(SegmenterLanguage, GermanOrdinalDotIsNoBreak) {
  EXPECT_EQ(split_sentences("Die Wahl findet am 5. Mai statt. Der 3. Platz ging an Berlin.", "de"),
            (Sentences{"Die Wahl findet am 5. Mai statt.", "Der 3. Platz ging an Berlin."}));
}

TEST(SegmenterLanguage, GermanAbbreviationsBeforeNouns) {
  EXPECT_EQ(split_sentences("Der Umsatz stieg auf 3,5 Mrd. Euro. Das Ziel waren 4 Mio. Kunden, z.B. in Bayern.", "de-AT"),
            (Sentences{"Der Umsatz stieg auf 3,5 Mrd. Euro.", "Das Ziel waren 4 Mio. Kunden, z.B. in Bayern."}));
}

TEST(SegmenterLanguage, GermanNumberBeforeOpenerStillBreaks) {
  EXPECT_EQ(split_sentences("Es steht 2:1. Die Fans jubeln. Er kam auf Platz 12. Er war froh.", "de"),
            (Sentences{"Es steht 2:1.", "Die Fans jubeln.", "Er kam auf Platz 12.", "Er war froh."}));
}

TEST(SegmenterLanguage, EnglishKeepsBreakAfterNumber) {
  EXPECT_EQ(split_sentences("The score was 5. Fans cheered."), (Sentences{"The score was 5.", "Fans cheered."}));
}

TEST(SegmenterLanguage, FrenchSpanishItalianPortugueseTitles) {
  EXPECT_EQ(split_sentences("Mme Dupont et Mlle. Martin sont venues. Elles sont parties.", "fr"),
            (Sentences{"Mme Dupont et Mlle. Martin sont venues.", "Elles sont parties."}));
  EXPECT_EQ(split_sentences("La Sra. García habló con el Dr. Pérez. Después se fue.", "es"),
            (Sentences{"La Sra. García habló con el Dr. Pérez.", "Después se fue."}));
  EXPECT_EQ(split_sentences("Il Sig. Rossi e il Dott. Bianchi sono arrivati. Poi sono partiti.", "it"),
            (Sentences{"Il Sig. Rossi e il Dott. Bianchi sono arrivati.", "Poi sono partiti."}));
  EXPECT_EQ(split_sentences("O Sr. Silva falou com a Dra. Costa. Depois saiu.", "pt-BR"),
            (Sentences{"O Sr. Silva falou com a Dra. Costa.", "Depois saiu."}));
}

TEST(SegmenterLanguage, OtherOrdinalDotLanguages) {
  EXPECT_EQ(split_sentences("Mødet er den 5. Maj. Det blev udsat.", "da"),
            (Sentences{"Mødet er den 5. Maj.", "Det blev udsat."}));
}

TEST(SegmenterLanguage, ArticleMetadataPicksTheLanguage) {
  Article article;
  article.title = "Titel";
  article.paragraphs = {"Am 1. Januar beginnt es. Alle sind da."};
  article.metadata.language = "de";
  auto segments = segment_article(article);
  ASSERT_EQ(segments.size(), 4u);
  EXPECT_EQ(segments[1].text, "Am 1. Januar beginnt es.");
}

}  // namespace briefcast
