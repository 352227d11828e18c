#include "clean/stopwords.h"

#include <gtest/gtest.h>

namespace briefcast {

TEST(Stopwords, HasTheListsEspeakSpeaksBest) {
  for (const char* code : {"en", "es", "fr", "de", "it", "pt", "ru"}) {
    EXPECT_NE(std::find(stopword_languages().begin(), stopword_languages().end(), code), stopword_languages().end())
        << code;
  }
}

TEST(Stopwords, ProseIsDenseAndMenusAreNot) {
  EXPECT_GT(stopword_density("The mayor said that the bridge would be closed for the rest of the year.", "en"), 0.4);
  EXPECT_EQ(stopword_density("Sports Weather Politics Business", "en"), 0.0);
  EXPECT_EQ(stopword_density("", "en"), 0.0);
  EXPECT_EQ(stopword_density("the of and", "xx"), 0.0);
}

TEST(Stopwords, GuessesLanguageFromFunctionWords) {
  EXPECT_EQ(guess_language_by_stopwords("El alcalde dijo que el puente estará cerrado durante el resto del año."), "es");
  EXPECT_EQ(guess_language_by_stopwords("Le maire a dit que le pont sera fermé pendant le reste de l'année."), "fr");
  EXPECT_EQ(guess_language_by_stopwords("Der Bürgermeister sagte, dass die Brücke für den Rest des Jahres gesperrt wird."), "de");
  EXPECT_EQ(guess_language_by_stopwords("Il sindaco ha detto che il ponte sarà chiuso per il resto dell'anno."), "it");
  EXPECT_EQ(guess_language_by_stopwords("O prefeito disse que a ponte ficará fechada durante o resto do ano."), "pt");
  EXPECT_EQ(guess_language_by_stopwords("Мэр сказал, что мост будет закрыт до конца года, и это уже решено."), "ru");
  EXPECT_EQ(guess_language_by_stopwords("東京都は新しい橋の建設を発表した。"), "");
}

}  // namespace briefcast
