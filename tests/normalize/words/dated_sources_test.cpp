// A spaced slash between a story's source and its age is a pause, not "slash" or a fraction.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(DatedSource, SlashBeforeAnAgeIsAPause) {
  EXPECT_EQ(normalize_text("Harbour Gazette / 3 hours ago"), "Harbour Gazette, three hours ago");
  EXPECT_EQ(normalize_text("Valley Post / 11 days ago"), "Valley Post, eleven days ago");
  EXPECT_EQ(normalize_text("Metro Wire / an hour ago"), "Metro Wire, an hour ago");
  EXPECT_EQ(normalize_text("Coast Radio / Updated 40 minutes ago"), "Coast Radio, Updated forty minutes ago");
  // A source in capitals is still spelt, not taken for a dateline's place.
  EXPECT_EQ(normalize_text("KLM / 5h ago"), "K.L.M, five hours ago");
}

TEST(DatedSource, OtherSlashesStay) {
  // Between figures the slash is a rating or a fraction, and no age follows here.
  EXPECT_EQ(normalize_text("rated 7 / 10 ago").find(','), std::string::npos);
  EXPECT_EQ(normalize_text("Harbour Gazette / 3 hours of talks").find(','), std::string::npos);
}

}  // namespace briefcast
