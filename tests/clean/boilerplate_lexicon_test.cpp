#include "clean/boilerplate_lexicon.h"

#include <gtest/gtest.h>

namespace briefcast {

TEST(BoilerplateLexicon, NamesTheKindOfFurniture) {
  EXPECT_EQ(boilerplate_kind("Share on Facebook"), BoilerplateKind::kShare);
  EXPECT_EQ(boilerplate_kind("Subscribe to our newsletter"), BoilerplateKind::kSubscribe);
  EXPECT_EQ(boilerplate_kind("© 2024 Example Media"), BoilerplateKind::kLegal);
  EXPECT_EQ(boilerplate_kind("Related"), BoilerplateKind::kRelated);
  EXPECT_EQ(boilerplate_kind("Read more"), BoilerplateKind::kRelated);
  EXPECT_EQ(boilerplate_kind("17 Comments"), BoilerplateKind::kComments);
  EXPECT_EQ(boilerplate_kind("Advertisement"), BoilerplateKind::kAdvert);
  EXPECT_EQ(boilerplate_kind("Skip to main content"), BoilerplateKind::kNavigation);
  EXPECT_EQ(boilerplate_kind("Leia também"), BoilerplateKind::kRelated);
  EXPECT_EQ(boilerplate_kind("Поделиться"), BoilerplateKind::kShare);
}

TEST(BoilerplateLexicon, TheLinkToAWholeGalleryOrListIsNavigation) {
  // A gallery set between paragraphs leaves its link with the count of its pictures.
  EXPECT_EQ(boilerplate_kind("View all (12)"), BoilerplateKind::kNavigation);
  EXPECT_EQ(boilerplate_kind("Show all 30"), BoilerplateKind::kNavigation);
  EXPECT_EQ(boilerplate_kind("Alle anzeigen"), BoilerplateKind::kNavigation);
  EXPECT_EQ(boilerplate_kind("Ver todos los videos"), BoilerplateKind::kNavigation);
  // Prose that says so in passing is longer than a link.
  EXPECT_EQ(boilerplate_kind("From the top of the old lighthouse visitors can see all the islands of the bay on a clear "
                             "day, the harbour master said."),
            BoilerplateKind::kNone);
}

TEST(BoilerplateLexicon, AFiguresLabelAndNumberOpenItsCaption) {
  EXPECT_EQ(boilerplate_kind("Figure 3: The old pier at low tide, with the rotten piles marked in red."),
            BoilerplateKind::kCredit);
  EXPECT_EQ(boilerplate_kind("Abbildung 4: Aufbau der Messstation am Hafen"), BoilerplateKind::kCredit);
  EXPECT_EQ(boilerplate_kind("Abb. 2 – Pegelstände im Winter"), BoilerplateKind::kCredit);
  EXPECT_EQ(boilerplate_kind("Fig. 1. Tide gauge readings for March"), BoilerplateKind::kCredit);
  // The text's own sentences name figures without a label's colon, and a picture's counter is
  // no caption.
  EXPECT_EQ(boilerplate_kind("Figure 3 shows how far the piles had rotted below the waterline by the spring."),
            BoilerplateKind::kNone);
  EXPECT_EQ(boilerplate_kind("Figures from the harbour office show fewer ferries this year."), BoilerplateKind::kNone);
}

TEST(BoilerplateLexicon, ACopyrightSignBeforeANameIsAPictureCredit) {
  EXPECT_EQ(boilerplate_kind("© Harbour Authority"), BoilerplateKind::kCredit);
  EXPECT_EQ(boilerplate_kind("©Sam Rivers"), BoilerplateKind::kCredit);
  EXPECT_EQ(boilerplate_kind("Fischerboote im Hafen © Lena Berg / Stadtarchiv"), BoilerplateKind::kCredit);
  EXPECT_EQ(boilerplate_kind("BILDER © KARL OST"), BoilerplateKind::kCredit);
  // The site's own notice names its year or its rights.
  EXPECT_EQ(boilerplate_kind("© 2021 Harbour Gazette"), BoilerplateKind::kLegal);
  EXPECT_EQ(boilerplate_kind("© Harbour Gazette. All rights reserved."), BoilerplateKind::kLegal);
  EXPECT_EQ(boilerplate_kind("Copyright © Harbour Gazette"), BoilerplateKind::kLegal);
  EXPECT_EQ(boilerplate_kind("©"), BoilerplateKind::kLegal);
  // A long line with the sign is no credit of a picture.
  EXPECT_EQ(boilerplate_kind("© Harbour Gazette Verlag und Druckerei GmbH, Hafenstraße 4, 12345 Neustadt an der See"),
            BoilerplateKind::kLegal);
}

TEST(BoilerplateLexicon, AGermanSourceLabelCreditsAPictureOrAChart) {
  EXPECT_EQ(boilerplate_kind("Quelle: Lena Berg / Stadtarchiv"), BoilerplateKind::kCredit);
  EXPECT_EQ(boilerplate_kind("Quellen: Hafenamt, eigene Berechnung"), BoilerplateKind::kCredit);
  EXPECT_EQ(boilerplate_kind("Der Hafen am Abend. (Quelle: Karl Ost/Bildagentur)"), BoilerplateKind::kCredit);
  // A compound that ends in the word is the text's own.
  EXPECT_EQ(boilerplate_kind("Die wichtigste Energiequelle: Wind vom Meer"), BoilerplateKind::kNone);
}

TEST(BoilerplateLexicon, RelatedLabelsInTheOtherLanguages) {
  EXPECT_EQ(boilerplate_kind("Ähnliche Beiträge"), BoilerplateKind::kRelated);
  EXPECT_EQ(boilerplate_kind("Das könnte Sie auch interessieren"), BoilerplateKind::kRelated);
  EXPECT_EQ(boilerplate_kind("Lea también: el puerto cierra por la tormenta"), BoilerplateKind::kRelated);
  EXPECT_EQ(boilerplate_kind("Otras noticias"), BoilerplateKind::kRelated);
  EXPECT_EQ(boilerplate_kind("À lire aussi"), BoilerplateKind::kRelated);
  EXPECT_EQ(boilerplate_kind("Articoli correlati"), BoilerplateKind::kRelated);
  EXPECT_EQ(boilerplate_kind("Veja também"), BoilerplateKind::kRelated);
  EXPECT_EQ(boilerplate_kind("Weiterlesen"), BoilerplateKind::kNavigation);
  EXPECT_EQ(boilerplate_kind("Schon gelesen?"), BoilerplateKind::kRelated);
  EXPECT_EQ(boilerplate_kind("Aktuellste Beiträge"), BoilerplateKind::kRelated);
  EXPECT_EQ(boilerplate_kind("Beliebte Beiträge"), BoilerplateKind::kRelated);
  EXPECT_EQ(boilerplate_kind("Nächster Artikel"), BoilerplateKind::kNavigation);
  EXPECT_EQ(boilerplate_kind("Vorheriger Beitrag"), BoilerplateKind::kNavigation);
  // A sentence that says such words in passing is prose.
  EXPECT_EQ(boilerplate_kind("Der Hafen bleibt geschlossen, sagte die Stadt, weitere Schiffe warten vor der Küste auf "
                             "bessere Sicht und auf ruhigere See am Abend."),
            BoilerplateKind::kNone);
}

TEST(BoilerplateLexicon, MatchesWholeWordsOnly) {
  EXPECT_EQ(boilerplate_kind("Shareholders meet"), BoilerplateKind::kNone);
  EXPECT_EQ(boilerplate_kind("Homeless shelter opens"), BoilerplateKind::kNone);
}

TEST(BoilerplateLexicon, LongProseMayMentionTheWords) {
  EXPECT_EQ(boilerplate_kind("The company said it would share the results of the study with regulators and "
                             "publish them on its website before the end of the month."),
            BoilerplateKind::kNone);
}

TEST(BoilerplateLexicon, ReportedNoCommentIsProse) {
  // A short sentence saying someone would not comment is the article's, not a comments label.
  EXPECT_EQ(boilerplate_kind("The ferry operator declined to comment."), BoilerplateKind::kNone);
  EXPECT_EQ(boilerplate_kind("The mayor’s office did not respond to a request for comment."), BoilerplateKind::kNone);
  EXPECT_EQ(boilerplate_kind("“We refused to comment,” she said, “until now.”"), BoilerplateKind::kNone);
  // Labels and prompts that name comments stay furniture.
  EXPECT_NE(boilerplate_kind("Log in to comment"), BoilerplateKind::kNone);
  EXPECT_EQ(boilerplate_kind("Leave a comment"), BoilerplateKind::kComments);
  EXPECT_EQ(boilerplate_kind("Ask us for comment"), BoilerplateKind::kComments);
}

TEST(BoilerplateLexicon, CallsToActionCountInPromotionSentences) {
  EXPECT_EQ(boilerplate_kind("Get the County News delivered to your door every week. Twelve issues for ten pounds. "
                             "Click here for more information."),
            BoilerplateKind::kSubscribe);
  EXPECT_EQ(boilerplate_kind("The magazine said more readers than ever had chosen to subscribe to its print edition "
                             "this year, reversing a decline that began a decade ago and surprised its owners."),
            BoilerplateKind::kNone);  // prose: too long for a promotion
  // The invitation to join the site's channel on a messenger.
  EXPECT_EQ(boilerplate_kind("Did you know that the County News has a channel on Telegram? Join our channel from your "
                             "phone with this link."),
            BoilerplateKind::kSubscribe);
  EXPECT_EQ(boilerplate_kind("¿Sabías que tenemos un canal de noticias del condado? Únete desde tu teléfono con este enlace."),
            BoilerplateKind::kSubscribe);
}

TEST(BoilerplateLexicon, InvitationsToWriteToTheEditorAreCallsToAction) {
  EXPECT_EQ(boilerplate_kind("Tell us what you think of this story. Send a letter to the editor using the form on our "
                             "contact page."),
            BoilerplateKind::kSubscribe);
  EXPECT_EQ(boilerplate_kind("Ihre Meinung ist uns wichtig: Schreiben Sie uns einen Leserbrief zu diesem Artikel."),
            BoilerplateKind::kSubscribe);
  EXPECT_EQ(boilerplate_kind("Write a letter to the editor"), BoilerplateKind::kSubscribe);
  EXPECT_EQ(boilerplate_kind("Envíe su carta al director"), BoilerplateKind::kSubscribe);
  EXPECT_EQ(boilerplate_kind("The mayor wrote a letter to the county council asking it to pay for the new bridge "
                             "before the end of the year."),
            BoilerplateKind::kNone);  // a letter of the story, not to the editor
}

TEST(BoilerplateLexicon, CookieNoticesCountAtAnyLength) {
  EXPECT_EQ(boilerplate_kind("This website uses cookies to improve your experience while you navigate through the "
                             "website, and you can opt out of them at any time in the settings."),
            BoilerplateKind::kLegal);
  // German says "Webseite": with "Cookies" in a long sentence it is the notice too.
  EXPECT_EQ(boilerplate_kind("Damit wir sehen, welche Seiten unserer Webseite gelesen werden, und dir passende Themen "
                             "zeigen können, setzen wir Cookies ein. Mehr dazu steht in den Einstellungen."),
            BoilerplateKind::kLegal);
  // A recipe that bakes cookies is no notice: one word of the list is not enough.
  EXPECT_EQ(boilerplate_kind("Die Cookies backen zwölf Minuten bei 180 Grad, bis die Ränder goldbraun sind und die "
                             "Mitte noch weich bleibt, dann kühlen sie auf dem Blech ab."),
            BoilerplateKind::kNone);
}

TEST(BoilerplateLexicon, VideoPlayerButtonsRunTogetherAreFurniture) {
  EXPECT_EQ(boilerplate_kind("Bookmarked! Removed from your list Rated! Rating removed Added to watchlist! Embed code "
                             "copied to the clipboard, paste it on your own page to show the film."),
            BoilerplateKind::kShare);
  EXPECT_EQ(boilerplate_kind("Auf die Merkliste gesetzt! Entfernt Bewertung gespeichert Embed-Code kopieren und den "
                             "Film auf der eigenen Seite zeigen, so oft du willst."),
            BoilerplateKind::kShare);
  // One such word in a sentence of the story is the story's.
  EXPECT_EQ(boilerplate_kind("The council asked residents to watch later sessions online, since the hall will be "
                             "closed for repairs until the end of the summer holidays."),
            BoilerplateKind::kNone);
}

TEST(BoilerplateLexicon, CaptionsWithCreditsAreCredits) {
  EXPECT_EQ(boilerplate_kind("Firefighters work through the night to contain the blaze near the old mill on the "
                             "river. (Photo: City Fire Service)"),
            BoilerplateKind::kCredit);
  // German credits name the picture with a compound: "Titelbild:", "Beitragsbild:", "Bildquelle:".
  EXPECT_EQ(boilerplate_kind("Titelbild: Hafen am Abend / Stadtarchiv"), BoilerplateKind::kCredit);
  EXPECT_EQ(boilerplate_kind("Bildquelle: Pressestelle der Stadtwerke"), BoilerplateKind::kCredit);
  // A credit line that opens with who took the picture; inside a sentence the words are prose.
  EXPECT_EQ(boilerplate_kind("PHOTOGRAPH BY SAM RIVERS, HARBOUR TRUST"), BoilerplateKind::kCredit);
  EXPECT_EQ(boilerplate_kind("Photos by Sam Rivers for the County News"), BoilerplateKind::kCredit);
  EXPECT_NE(boilerplate_kind("The trust printed a photograph by a local schoolgirl on the cover of its annual report."),
            BoilerplateKind::kCredit);
  EXPECT_EQ(boilerplate_kind("Das Bild zeigt die Brücke im Jahr 1910."), BoilerplateKind::kNone);
}

TEST(BoilerplateLexicon, CommentHeaders) {
  EXPECT_TRUE(looks_like_comment_header("riverfan22 says:"));
  EXPECT_TRUE(looks_like_comment_header("Alex on September 17, 2018 at 6:34 am said:"));
  EXPECT_TRUE(looks_like_comment_header("Marie a écrit :"));
  EXPECT_FALSE(looks_like_comment_header("The mayor says the bridge will reopen."));
  EXPECT_FALSE(looks_like_comment_header("Here is what the minister said:"  // a long introduction
                                         " the plan will go ahead whatever the cost, and the bridge will be finished by"
                                         " the end of next year as the council said:"));
}

TEST(BoilerplateLexicon, ALinkLabelBeforeAColonNamesAnotherArticle) {
  EXPECT_EQ(boilerplate_kind("Lea m\u00e1s: El puerto de la ciudad cerrar\u00e1 dos semanas por las obras del nuevo muelle"),
            BoilerplateKind::kRelated);
  EXPECT_EQ(boilerplate_kind("READ MORE: Harbour trust names a new chair after a year without one"),
            BoilerplateKind::kRelated);
  EXPECT_EQ(boilerplate_kind("Lire aussi : Le port de la ville fermera deux semaines pour les travaux du quai"),
            BoilerplateKind::kRelated);
  // The label words elsewhere, or a longer lead-in before the colon, are prose.
  EXPECT_EQ(boilerplate_kind("The mayor had one request for the crowd: read more about the plan before the vote on it"),
            BoilerplateKind::kNone);
  EXPECT_EQ(boilerplate_kind("Lea: Ich habe das Boot im Winter selbst gebaut und im Fr\u00fchjahr auf dem See getestet."),
            BoilerplateKind::kNone);
}

TEST(BoilerplateLexicon, OnlyTheRelatedPhrasesLabelALink) {
  // The lexicon's related phrases are the label in each language of the stop-word lists; one
  // site's own wording ("Read:", "Also:", "More:") is not the lexicon's, so such a line is left to
  // the layout rules (a label over a list of links, teasers under the text).
  EXPECT_EQ(boilerplate_kind("Read: The harbour that learned to live with the tide"), BoilerplateKind::kNone);
  EXPECT_EQ(boilerplate_kind("Also: See our guide to the county's best cycle paths"), BoilerplateKind::kNone);
  EXPECT_EQ(boilerplate_kind("MORE: Ferry timetable changes for the winter"), BoilerplateKind::kNone);
  // A speaker's name before the colon is an interview's, even when it reads like a label.
  EXPECT_EQ(boilerplate_kind("Lee: We built the boat ourselves over two winters and tried it out on the lake."),
            BoilerplateKind::kNone);
}

TEST(BoilerplateLexicon, ALinkLabelAloneOnItsLineIsRelated) {
  EXPECT_EQ(boilerplate_kind("Lee m\u00e1s"), BoilerplateKind::kRelated);
  EXPECT_EQ(boilerplate_kind("Mehr zum Thema"), BoilerplateKind::kRelated);
  EXPECT_EQ(boilerplate_kind("Read more"), BoilerplateKind::kRelated);
  EXPECT_EQ(boilerplate_kind("Read the whole report"), BoilerplateKind::kNone);
}

TEST(BoilerplateLexicon, NextAndPreviousArticleLinksAreNavigation) {
  EXPECT_EQ(boilerplate_kind("Previous articleHarbour trust names a new chair after a year without one"),
            BoilerplateKind::kNavigation);
  EXPECT_EQ(boilerplate_kind("N\u00e4chster Beitrag Der Hafen bekommt eine neue F\u00e4hre"), BoilerplateKind::kNavigation);
  EXPECT_EQ(boilerplate_kind("Article suivant Le port rouvre apr\u00e8s deux semaines de travaux sur le quai nord : "
                             "les p\u00eacheurs soulag\u00e9s retrouvent leurs places habituelles avant la saison"),
            BoilerplateKind::kNavigation);
  // The words inside a sentence are the story's.
  EXPECT_EQ(boilerplate_kind("In the next article of the series the harbour master explains how the tides are measured "
                             "and why the old gauges were kept."),
            BoilerplateKind::kNone);
}

TEST(BoilerplateLexicon, AReadAloudButtonIsFurniture) {
  EXPECT_EQ(boilerplate_kind("Listen to this article"), BoilerplateKind::kNavigation);
  EXPECT_EQ(boilerplate_kind("Artikel anh\u00f6ren"), BoilerplateKind::kNavigation);
  EXPECT_EQ(boilerplate_kind("Escuchar art\u00edculo"), BoilerplateKind::kNavigation);
  EXPECT_EQ(boilerplate_kind("\u00c9couter l'article"), BoilerplateKind::kNavigation);
  // A story about listening is the story's: the words alone, not the button's phrase.
  EXPECT_EQ(boilerplate_kind("Villagers listen to the choir at the old bridge"), BoilerplateKind::kNone);
  EXPECT_EQ(boilerplate_kind("The mayor asked the council to listen to articles written by pupils about the flood, "
                             "which the school had recorded."),
            BoilerplateKind::kNone);
}

TEST(BoilerplateLexicon, ReplyLinks) {
  EXPECT_TRUE(looks_like_reply_link("Reply"));
  EXPECT_TRUE(looks_like_reply_link("antworten \u2193"));
  EXPECT_TRUE(looks_like_reply_link("R\u00e9pondre"));
  EXPECT_FALSE(looks_like_reply_link("12 Antworten"));  // the thread's count
  EXPECT_FALSE(looks_like_reply_link("Reply to this thread"));  // a heading, more words
  EXPECT_FALSE(looks_like_reply_link("Antworten auf sieben Fragen zum neuen Hafen"));
  EXPECT_FALSE(looks_like_reply_link("Replying"));
  EXPECT_FALSE(looks_like_reply_link("Comments"));
}

TEST(BoilerplateLexicon, WordShare) {
  EXPECT_DOUBLE_EQ(boilerplate_word_share("Facebook Twitter Email"), 1.0);
  EXPECT_DOUBLE_EQ(boilerplate_word_share("quiet harbor"), 0.0);
}

TEST(BoilerplateLexicon, SiteNoticesOfLegalPagesAndForms) {
  EXPECT_TRUE(looks_like_site_notice("Datenschutzhinweise"));
  EXPECT_TRUE(looks_like_site_notice("Impressum"));
  EXPECT_TRUE(looks_like_site_notice("Kontakt & Anfahrt"));
  EXPECT_TRUE(looks_like_site_notice("Wrong username or password, try again"));
  EXPECT_TRUE(looks_like_site_notice("The username you entered does not match the password"));
  EXPECT_TRUE(looks_like_site_notice("Dieses Feld darf nicht leer bleiben"));
  EXPECT_TRUE(looks_like_site_notice("Please fill in this field"));
  EXPECT_TRUE(looks_like_site_notice("Which personal data do we collect from our readers?"));
  EXPECT_TRUE(looks_like_site_notice("Cookie settings and privacy"));
}

TEST(BoilerplateLexicon, ANoticeWordInAHeadlineIsJustAWord) {
  EXPECT_FALSE(looks_like_site_notice("Ferry operator loses contact with cargo ship off the coast"));
  EXPECT_FALSE(looks_like_site_notice("Contact tracing app"));
  EXPECT_FALSE(looks_like_site_notice("Neuer Streit um den Datenschutz bei der Bahn"));
  EXPECT_FALSE(looks_like_site_notice("Foreign policy"));
  EXPECT_FALSE(looks_like_site_notice("Harbour town opens a new ferry terminal"));
}

}  // namespace briefcast
