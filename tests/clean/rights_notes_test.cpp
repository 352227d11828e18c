#include "clean/rights_notes.h"

#include <gtest/gtest.h>

#include <string>

#include "clean/text_cleaner.h"

namespace briefcast {

TEST(RightsNotes, KnowsTheLicenceOfTheText) {
  EXPECT_TRUE(looks_like_rights_note("This work is licensed under a Creative Commons Attribution 4.0 licence."));
  EXPECT_TRUE(looks_like_rights_note("Dieser Beitrag steht unter der Lizenz CC BY-SA 4.0, die Bilder ausgenommen."));
  EXPECT_TRUE(looks_like_rights_note("Este texto se publica bajo una licencia CC BY-NC."));
  EXPECT_TRUE(looks_like_rights_note("Cet article est publié sous licence Creative Commons."));
}

TEST(RightsNotes, KnowsTheDisclaimerOfOpinions) {
  EXPECT_TRUE(looks_like_rights_note("The views expressed in this column are those of the author alone."));
  EXPECT_TRUE(looks_like_rights_note("Les opinions exprimées dans ces pages n'engagent que leurs auteurs."));
  EXPECT_TRUE(looks_like_rights_note("Gastbeiträge geben nicht notwendigerweise die Meinung der Redaktion, "
                                     "sondern die des Autors wieder."));
}

TEST(RightsNotes, LeavesTheArticlesOwnWords) {
  // About licences, or about an author's opinion, but not a note on this text.
  EXPECT_FALSE(looks_like_rights_note("The town renewed the licence of the ferry operator for another ten years."));
  EXPECT_FALSE(looks_like_rights_note("Die Autorin hat ihre Meinung zum Hafen im Stadtrat deutlich gemacht."));
  EXPECT_FALSE(looks_like_rights_note("\u201CThis work is licensed to the harbour board,\u201D the mayor said."));
}

TEST(RightsNotes, TheBodyEndsAtTheNote) {
  auto blocks = blocks_from_text(
      "The pier will close for repairs in May, the harbour board said on Tuesday.\n\n"
      "Ferries will use the cargo quay until the work is done.\n\n"
      "This text is published under the licence CC BY 4.0.\n\nShare\n");
  for (auto& block : blocks) block.final_class = BlockClass::kGood;
  EXPECT_EQ(rights_note_start(blocks, 0, blocks.size()), 2u);
  // With no article above it, the note ends nothing.
  EXPECT_EQ(rights_note_start(blocks, 2, blocks.size()), blocks.size());
}

}  // namespace briefcast
