// Notes named with their octave, alone and in ranges.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(NoteNames, ARangeOfNotesBesideAWordOfMusic) {
  EXPECT_EQ(normalize_text("The soprano's range runs E3\u2013G5 in the new song."),
            "The soprano's range runs E three to G five in the new song.");
  EXPECT_EQ(normalize_text("Its 61 keys span C2-C7."), "Its sixty one keys span C two to C seven.");
}

TEST(NoteNames, SignsMakeANoteWithoutACue) {
  EXPECT_EQ(normalize_text("The flutes rise from D4\u2013F\u266f6 here."), "The flutes rise from D four to F sharp six here.");
  EXPECT_EQ(normalize_text("a held B\u266d3"), "a held B flat three");
}

TEST(NoteNames, RangesElsewhereAreNotNotes) {
  // Roads and paper sizes share the shape; with no word of music they stay as they were.
  EXPECT_EQ(normalize_text("Traffic on the A1-A3 link was slow.").find(" to "), std::string::npos);
  EXPECT_EQ(normalize_text("Printers took A0\u2013A4 sheets.").find(" to "), std::string::npos);
}

TEST(NoteNames, AJointBetweenTwoPartsIsNoSpan) {
  // A spine's disc or a junction of roads lies between the two, even in a line about a singer.
  EXPECT_EQ(normalize_text("The tenor had a C4-C5 disc repaired before the tour.").find(" to "), std::string::npos);
  EXPECT_EQ(normalize_text("The vocal coach lives by the A3-A4 junction.").find(" to "), std::string::npos);
}

}  // namespace briefcast
