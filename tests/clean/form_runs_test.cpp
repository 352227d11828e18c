#include "clean/form_runs.h"

#include <gtest/gtest.h>

#include <string>

#include "clean/text_cleaner.h"

namespace briefcast {

namespace {

std::vector<TextBlock> featured(const std::string& text, std::string_view language) {
  auto blocks = blocks_from_text(text);
  compute_block_features(blocks, language);
  return blocks;
}

}  // namespace

TEST(FormRuns, TheBodyEndsAtAnAccountForm) {
  const auto blocks = featured(
      "The library will open on Sundays from March, the council said on Tuesday.\n\n"
      "Volunteers will staff the reading room until a librarian is hired.\n\n"
      "Forgot your password?\n\n"
      "Please fill in this field.\n\n"
      "Continue\n\n"
      "Wrong username or password, please try again.\n\n"
      "Create an account to save your reading list.\n",
      "en");
  EXPECT_EQ(account_form_start(blocks, 0, blocks.size()), 2u);
}

TEST(FormRuns, KnowsAGermanSignUpForm) {
  const auto blocks = featured(
      "Die Fähre nach Helgoland fährt ab Mai wieder täglich, teilte die Reederei am Montag mit.\n\n"
      "Im Winter hatte das Schiff nur zweimal pro Woche abgelegt.\n\n"
      "Bitte füllen Sie alle Pflichtfelder aus.\n\n"
      "Passwort vergessen?\n\n"
      "Dieses Feld darf nicht leer bleiben.\n\n"
      "Das Passwort muss mindestens zehn Zeichen lang sein.\n",
      "de");
  EXPECT_EQ(account_form_start(blocks, 0, blocks.size()), 2u);
}

TEST(FormRuns, AStoryThatMentionsPasswordsIsNoForm) {
  // One line about a password, among the story's paragraphs, is the story's.
  const auto english = featured(
      "Hackers stole the customer database of a ferry operator last week, the company said.\n\n"
      "Customers should change their password and check their account for unknown bookings.\n\n"
      "The operator said no payment details were taken and that it had informed the police.\n\n"
      "Bookings for the summer season are open again since Friday.\n",
      "en");
  EXPECT_EQ(account_form_start(english, 0, english.size()), english.size());
  const auto german = featured(
      "Unbekannte haben die Kundendaten eines Fahrradverleihs erbeutet, teilte die Firma mit.\n\n"
      "Kunden sollten ihr Passwort ändern und ihr Konto auf fremde Buchungen prüfen.\n\n"
      "Die Polizei ermittelt, Zahlungsdaten seien nicht betroffen.\n",
      "de");
  EXPECT_EQ(account_form_start(german, 0, german.size()), german.size());
}

TEST(FormRuns, AFormAtTheOpeningIsLeftAlone) {
  const auto blocks = featured(
      "Forgot your password?\n\nPlease fill in this field.\n\nWrong username or password.\n", "en");
  EXPECT_EQ(account_form_start(blocks, 0, blocks.size()), blocks.size());
}

TEST(FormRuns, CleaningLeavesTheFormOut) {
  const std::string page =
      "Harbour town opens a new ferry terminal\n\n"
      "The new ferry terminal opened on Saturday after two years of building work, the harbour board said, "
      "and the first boats left for the islands on time despite strong winds along the coast.\n\n"
      "The old terminal will be turned into a market hall for local traders and fishermen, who have asked "
      "for a covered place to sell their catch during the winter months for many years.\n\n"
      "Log in with your account\n\n"
      "Please fill in this field.\n\n"
      "The password must be at least eight characters long and contain a number.\n\n"
      "Wrong username or password, please try again.\n\n"
      "Forgot your password?\n\n"
      "Your registration was successful. We have sent you an email with a link to confirm it.\n";
  const Article article = clean_copied_text(page, "page.txt");
  for (const auto& paragraph : article.paragraphs) {
    EXPECT_EQ(paragraph.find("password"), std::string::npos) << paragraph;
    EXPECT_EQ(paragraph.find("field"), std::string::npos) << paragraph;
  }
  ASSERT_FALSE(article.paragraphs.empty());
  EXPECT_NE(article.paragraphs.back().find("market hall"), std::string::npos);
}

}  // namespace briefcast
