#include "normalize/language.h"

#include <gtest/gtest.h>

namespace briefcast {

TEST(Language, DetectsCommonLanguages) {
  EXPECT_EQ(detect_language("The defense secretary said on Monday that the two countries would expand military "
                            "cooperation and renew talks on missile defense next year."),
            "en");
  EXPECT_EQ(detect_language("Der Verteidigungsminister sagte am Montag, dass die beiden L\u00e4nder ihre "
                            "Zusammenarbeit im n\u00e4chsten Jahr ausbauen wollen."),
            "de");
  EXPECT_EQ(detect_language("Le ministre de la D\u00e9fense a d\u00e9clar\u00e9 lundi que les deux pays allaient "
                            "renforcer leur coop\u00e9ration militaire l'ann\u00e9e prochaine."),
            "fr");
}

TEST(Language, ShortOrMissingDataGivesNoAnswer) {
  EXPECT_EQ(detect_language("ok"), "");
  LanguageDetectConfig missing;
  missing.conf_file = "/nonexistent/fpdb.conf";
  EXPECT_EQ(detect_language("The defense secretary said on Monday that talks would go on.", missing), "");
}

}  // namespace briefcast
