#include "clean/appeal_lines.h"

#include <gtest/gtest.h>

namespace briefcast {

TEST(AppealLines, KnowsAppealsForSupport) {
  EXPECT_TRUE(looks_like_support_appeal("Please support our journalism with a gift of any size."));
  EXPECT_TRUE(looks_like_support_appeal("Mit fünf Euro im Monat kannst du unsere Arbeit unterstützen."));
  EXPECT_TRUE(looks_like_support_appeal("Unterstütze das Stadtblatt schon ab 3 Euro!"));
  EXPECT_TRUE(looks_like_support_appeal("APOYA EL PERIODISMO LIBRE"));
  EXPECT_TRUE(looks_like_support_appeal("Hazte miembro y recibe nuestro boletín"));
  EXPECT_TRUE(looks_like_support_appeal("Soutenez-nous : faites un don à la rédaction."));
}

TEST(AppealLines, KnowsTheNewslettersSignUpBox) {
  EXPECT_TRUE(looks_like_support_appeal("Liked this story? Enter your email below and get the harbour news every Friday."));
  EXPECT_TRUE(looks_like_support_appeal("Verpassen Sie nichts: Geben Sie hier Ihre E-Mail-Adresse an, und wir schreiben "
                                        "Ihnen jeden Freitag."));
  EXPECT_TRUE(looks_like_support_appeal("Ich bin damit einverstanden, den Newsletter des Stadtblatts per E-Mail zu erhalten."));
  // A story about a newsletter is the article's.
  EXPECT_FALSE(looks_like_support_appeal("The council's newsletter will be sent to every household in the county from May."));
}

TEST(AppealLines, LeavesTheArticlesOwnWordsAboutSupport) {
  EXPECT_FALSE(looks_like_support_appeal("Support for the new bridge grew after the flood of 2019."));
  EXPECT_FALSE(looks_like_support_appeal("Der Verein sagte, er unterstütze die Pläne des Bürgermeisters."));
  EXPECT_FALSE(looks_like_support_appeal("El partido apoya a su candidata en la segunda vuelta."));
  // An appeal the article reports is the article's.
  EXPECT_FALSE(looks_like_support_appeal("\u201CPlease support us through the winter,\u201D the lifeboat crew said."));
  EXPECT_FALSE(looks_like_support_appeal("Anyone can become a member of the rowing club for ten pounds a year."));
  EXPECT_FALSE(looks_like_support_appeal(""));
}

namespace {

TextBlock block(std::string text, BlockClass final_class, std::size_t group_size = 1) {
  TextBlock b;
  b.text = std::move(text);
  b.final_class = final_class;
  b.group_size = group_size;
  return b;
}

}  // namespace

TEST(AppealLines, TheBoxUnderTheTextStartsAtItsGroup) {
  const std::vector<TextBlock> blocks = {
      block("The harbour reopened on Monday after three weeks of repairs to the old sea wall.", BlockClass::kGood),
      block("Fishing boats were the first to return, followed by the ferry to the islands.", BlockClass::kGood),
      block("INDEPENDENT NEWS", BlockClass::kGood, 2),
      block("Support us from two pounds a month!", BlockClass::kGood, 2),
      block("Every gift keeps our reporting free to read for everyone in the county.", BlockClass::kGood),
  };
  EXPECT_EQ(support_appeal_start(blocks, 0, blocks.size()), 2u);
}

TEST(AppealLines, NoBoxLeavesTheBodyWhole) {
  const std::vector<TextBlock> blocks = {
      block("The harbour reopened on Monday after three weeks of repairs to the old sea wall.", BlockClass::kGood),
      block("Fishing boats were the first to return, followed by the ferry to the islands.", BlockClass::kGood),
  };
  EXPECT_EQ(support_appeal_start(blocks, 0, blocks.size()), blocks.size());
  // An appeal that would be all of the body is left to the other rules.
  const std::vector<TextBlock> only = {block("Support us from two pounds a month!", BlockClass::kGood)};
  EXPECT_EQ(support_appeal_start(only, 0, only.size()), only.size());
}

}  // namespace briefcast
