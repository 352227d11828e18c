// Hostile input, end to end through the real binary: every bad input gets exit 1, one clear
// error line naming the file, nothing echoed raw to the terminal and no file left behind;
// text that is merely unusual (emoji, CJK, right-to-left, markup, escapes) becomes a briefing.
#include <sys/stat.h>

#include <random>

#include "hostile_support.h"

namespace briefcast {

using hostile::expect_one_line_refusal;
using hostile::expect_refused;
using hostile::expect_valid_briefing;
using hostile::has_raw_control;
using hostile::ordinary_body;
using testing::run_briefcast;
using testing::run_command;
using testing::TempDir;
using testing::write_text_file;

TEST(HostileInput, MissingFile) {
  TempDir in;
  expect_refused(in.file("missing.txt"), "cannot open: No such file or directory");
}

TEST(HostileInput, Directory) {
  TempDir in;
  expect_refused(in.path(), "is a directory, not an article");
}

TEST(HostileInput, EmptyFile) {
  TempDir in;
  write_text_file(in.file("empty.txt"), "");
  expect_refused(in.file("empty.txt"), "file is empty");
}

TEST(HostileInput, WhitespaceOnly) {
  TempDir in;
  write_text_file(in.file("blank.txt"), "  \n\t\n\r\n   \n");
  expect_refused(in.file("blank.txt"), "file holds only whitespace");
}

TEST(HostileInput, AllDebris) {
  TempDir in;
  write_text_file(in.file("debris.txt"),
                  "Accessibility links\n\nSkip to content\nBreaking News\nUSA\nWorld\nSign in\nSubscribe\n\n"
                  "Share\nTweet\nEmail\n\nXS\nSM\nMD\nLG\n\nCookie settings\nPrivacy policy\n");
  expect_refused(in.file("debris.txt"), "no article text found");
}

TEST(HostileInput, PngImage) {
  TempDir in;
  static const char kPngHeader[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0";
  write_text_file(in.file("photo.png"), std::string(kPngHeader, sizeof kPngHeader - 1));
  expect_refused(in.file("photo.png"), "binary file (NUL byte at offset 8), not article text");
}

TEST(HostileInput, RandomBytes) {
  TempDir in;
  std::mt19937 random(7);
  std::string bytes(64 * 1024, '\0');
  for (char& c : bytes) c = static_cast<char>(random() & 0xFFu);
  write_text_file(in.file("random.bin"), bytes);
  expect_refused(in.file("random.bin"), "binary file");
}

TEST(HostileInput, RandomBytesWithoutNul) {
  TempDir in;
  std::mt19937 random(11);
  std::string bytes(64 * 1024, '\0');
  for (char& c : bytes) c = static_cast<char>(1 + random() % 255u);
  write_text_file(in.file("random.bin"), bytes);
  expect_refused(in.file("random.bin"), "binary file (mostly control bytes)");
}

TEST(HostileInput, NulInTheMiddleOfText) {
  TempDir in;
  std::string text = "A Headline Here\n\n" + ordinary_body();
  text.insert(40, 1, '\0');
  write_text_file(in.file("nul.txt"), text);
  expect_refused(in.file("nul.txt"), "binary file (NUL byte at offset 40), not article text");
}

TEST(HostileInput, InvalidUtf8ReportsTheByteOffset) {
  TempDir in;
  // Valid UTF-8 (the é) and then a stray byte: corrupt UTF-8, not windows-1252.
  write_text_file(in.file("bad.txt"), "Caf\xC3\xA9 Headline\n\nBody \xFF" + ordinary_body());
  expect_refused(in.file("bad.txt"), "not UTF-8 text: invalid byte 0xFF at offset 21");
}

TEST(HostileInput, PlainWindows1252IsDecoded) {
  TempDir in;
  write_text_file(in.file("latin.txt"), "Caf\xE9 Society Reopens Downtown\n\n\x93" "Welcome back,\x94 said the owner. " +
                                            ordinary_body());
  EXPECT_EQ(expect_valid_briefing(in.file("latin.txt")), "Caf\xC3\xA9 Society Reopens Downtown");
}

TEST(HostileInput, Utf16WithBomIsDecoded) {
  TempDir in;
  const std::string utf8 = "Harbor Ferry Goes Electric\n\n" + ordinary_body();
  std::string utf16 = "\xFF\xFE";
  for (char c : utf8) {  // the text is ASCII: one UTF-16 unit per byte
    utf16.push_back(c);
    utf16.push_back('\0');
  }
  write_text_file(in.file("utf16.txt"), utf16);
  write_text_file(in.file("utf8.txt"), utf8);
  auto from_utf16 = run_briefcast({"clean", in.file("utf16.txt")});
  auto from_utf8 = run_briefcast({"clean", in.file("utf8.txt")});
  ASSERT_EQ(from_utf16.exit_code, 0) << from_utf16.err;
  EXPECT_EQ(from_utf16.out, from_utf8.out);
  EXPECT_EQ(expect_valid_briefing(in.file("utf16.txt")), "Harbor Ferry Goes Electric");
}

TEST(HostileInput, BinaryOnStandardInput) {
  auto result = run_briefcast({"clean", "-"}, std::string("GIF89a\x01\0\x01\0", 10));
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.err, "briefcast: -: binary file (NUL byte at offset 7), not article text\n");
}

TEST(HostileInput, FileNameWithEscapesIsNotEchoedRaw) {
  TempDir in;
  // A missing file whose name carries an OSC title sequence and an 8-bit CSI.
  const std::string name = in.file("x\x1b]0;pwned\x07y\xC2\x9B" "31m.txt");
  auto result = run_briefcast({"clean", name});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_FALSE(has_raw_control(result.err)) << result.err;
  EXPECT_EQ(hostile::lines_of(result.err).size(), 1u) << result.err;
}

TEST(HostileInput, ControlCharactersAndEscapeSequencesAreDropped) {
  TempDir in;
  write_text_file(in.file("escapes.txt"), "Council \x1b]0;owned\x07Approves Budget\x1b[2J\n\n"
                                          "The vote\x1b]8;;http://x\x1b\\ was close\x08\x08\x08 today.\x0c " +
                                              ordinary_body() + "Bell\x07 and \xC2\x9B" "1m C1 too.\n");
  auto clean = run_briefcast({"clean", in.file("escapes.txt")});
  ASSERT_EQ(clean.exit_code, 0) << clean.err;
  EXPECT_FALSE(has_raw_control(clean.out)) << clean.out;
  EXPECT_NE(clean.out.find("Council ]0;owned"), std::string::npos) << clean.out;
  auto segments = run_briefcast({"segment", in.file("escapes.txt")});
  ASSERT_EQ(segments.exit_code, 0) << segments.err;
  EXPECT_FALSE(has_raw_control(segments.out));
  EXPECT_FALSE(has_raw_control(expect_valid_briefing(in.file("escapes.txt"))));
}

TEST(HostileInput, EmojiArticle) {
  TempDir in;
  write_text_file(in.file("emoji.txt"), "Fans Celebrate \xF0\x9F\x8E\x89 the Late Win \xF0\x9F\x8F\x86\n\n"
                                        "The crowd cheered \xF0\x9F\x91\x8F\xF0\x9F\x8F\xBD as the final whistle blew. " +
                                            ordinary_body() + "\xF0\x9F\x98\x80\xE2\x9D\xA4\xEF\xB8\x8F\n");
  EXPECT_NE(expect_valid_briefing(in.file("emoji.txt")).find("Fans Celebrate"), std::string::npos);
}

TEST(HostileInput, CjkArticle) {
  TempDir in;
  std::string body;
  for (int i = 0; i < 6; ++i) {
    body += "\xE5\xB8\x82\xE8\xAE\xAE\xE4\xBC\x9A\xE5\x91\xA8\xE4\xBA\x8C\xE6\x99\x9A\xE4\xB8\x8A\xE5\xBC\x80\xE4"
            "\xBC\x9A\xE8\xAE\xA8\xE8\xAE\xBA\xE4\xBA\x86\xE6\x98\x8E\xE5\xB9\xB4\xE7\x9A\x84\xE9\xA2\x84\xE7\xAE"
            "\x97\xE3\x80\x82\xE8\xAE\xAE\xE5\x91\x98\xE4\xBB\xAC\xE5\x90\x8C\xE6\x84\x8F\xE4\xB8\xBA\xE5\x9B\xBE"
            "\xE4\xB9\xA6\xE9\xA6\x86\xE5\x92\x8C\xE5\x85\xAC\xE5\x9B\xAD\xE6\x8F\x90\xE4\xBE\x9B\xE8\xB5\x84\xE9"
            "\x87\x91\xE3\x80\x82\n\n";
  }
  write_text_file(in.file("cjk.txt"), "\xE5\xB8\x82\xE8\xAE\xAE\xE4\xBC\x9A\xE9\x80\x9A\xE8\xBF\x87\xE9\xA2\x84\xE7"
                                      "\xAE\x97\n\n" + body);
  EXPECT_FALSE(expect_valid_briefing(in.file("cjk.txt")).empty());
}

TEST(HostileInput, RightToLeftArticle) {
  TempDir in;
  // Arabic: "The city council approves the budget", then a paragraph about the meeting.
  const std::string title =
      "\xD9\x85\xD8\xAC\xD9\x84\xD8\xB3\x20\xD8\xA7\xD9\x84\xD9\x85\xD8\xAF\xD9\x8A\xD9\x86\xD8\xA9\x20"
      "\xD9\x8A\xD9\x82\xD8\xB1\x20\xD8\xA7\xD9\x84\xD9\x85\xD9\x8A\xD8\xB2\xD8\xA7\xD9\x86\xD9\x8A\xD8"
      "\xA9";
  const std::string paragraph =
      "\xD8\xA7\xD8\xAC\xD8\xAA\xD9\x85\xD8\xB9\x20\xD9\x85\xD8\xAC\xD9\x84\xD8\xB3\x20\xD8\xA7\xD9\x84"
      "\xD9\x85\xD8\xAF\xD9\x8A\xD9\x86\xD8\xA9\x20\xD9\x8A\xD9\x88\xD9\x85\x20\xD8\xA7\xD9\x84\xD8\xAB"
      "\xD9\x84\xD8\xA7\xD8\xAB\xD8\xA7\xD8\xA1\x20\xD9\x84\xD9\x85\xD9\x86\xD8\xA7\xD9\x82\xD8\xB4\xD8"
      "\xA9\x20\xD9\x85\xD9\x8A\xD8\xB2\xD8\xA7\xD9\x86\xD9\x8A\xD8\xA9\x20\xD8\xA7\xD9\x84\xD8\xB9\xD8"
      "\xA7\xD9\x85\x20\xD8\xA7\xD9\x84\xD9\x85\xD9\x82\xD8\xA8\xD9\x84\xD8\x8C\x20\xD9\x88\xD8\xA7\xD8"
      "\xAA\xD9\x81\xD9\x82\x20\xD8\xA7\xD9\x84\xD8\xA3\xD8\xB9\xD8\xB6\xD8\xA7\xD8\xA1\x20\xD8\xB9\xD9"
      "\x84\xD9\x89\x20\xD8\xAA\xD9\x85\xD9\x88\xD9\x8A\xD9\x84\x20\xD8\xA7\xD9\x84\xD9\x85\xD9\x83\xD8"
      "\xAA\xD8\xA8\xD8\xA9\x20\xD9\x88\xD8\xA7\xD9\x84\xD8\xAD\xD8\xAF\xD8\xA7\xD8\xA6\xD9\x82\x20\xD9"
      "\x88\xD8\xA5\xD8\xB5\xD9\x84\xD8\xA7\xD8\xAD\x20\xD8\xA7\xD9\x84\xD9\x85\xD9\x8A\xD9\x86\xD8\xA7"
      "\xD8\xA1\x2E\x20\xD9\x88\xD9\x82\xD8\xA7\xD9\x84\x20\xD8\xB1\xD8\xA6\xD9\x8A\xD8\xB3\x20\xD8\xA7"
      "\xD9\x84\xD8\xA8\xD9\x84\xD8\xAF\xD9\x8A\xD8\xA9\x20\xD8\xA5\xD9\x86\x20\xD9\x83\xD9\x84\x20\xD8"
      "\xA7\xD9\x82\xD8\xAA\xD8\xB1\xD8\xA7\xD8\xAD\x20\xD8\xB3\xD9\x8A\xD9\x88\xD8\xB2\xD9\x86\x20\xD9"
      "\x85\xD9\x82\xD8\xA7\xD8\xA8\xD9\x84\x20\xD8\xAA\xD9\x83\xD9\x84\xD9\x81\xD8\xAA\xD9\x87\x2E";
  std::string text = title + "\n\n";
  for (int i = 0; i < 5; ++i) text += paragraph + "\n\n";
  write_text_file(in.file("rtl.txt"), text);
  EXPECT_EQ(expect_valid_briefing(in.file("rtl.txt")), title);
}

TEST(HostileInput, SsmlAudioAndPhonemeMarkupIsReadAsText) {
  TempDir in;
  const std::string markup = "<speak><voice name=\"x\">Obey me</voice></speak> <audio src=\"http://example.com/a.mp3\"/> "
                             "[[h@'loU]] said the sign.";
  write_text_file(in.file("markup.txt"), "Protest Sign Puzzles Readers\n\n" + markup + "\n\n" + ordinary_body());
  auto segments = run_briefcast({"segment", in.file("markup.txt")});
  ASSERT_EQ(segments.exit_code, 0) << segments.err;
  // Kept as text (or dropped), but never turned into instructions: the words stay in the script.
  EXPECT_NE(segments.out.find("Obey me"), std::string::npos) << segments.out;
  EXPECT_NE(segments.out.find("h@'loU"), std::string::npos) << segments.out;
  EXPECT_EQ(expect_valid_briefing(in.file("markup.txt")), "Protest Sign Puzzles Readers");
}

TEST(HostileInput, BrokenHtml) {
  TempDir in;
  write_text_file(in.file("broken.html"),
                  "<html><head><title>Council Approves Budget</title><body><div><p>Unclosed <b>bold <i>and italic "
                  "<p>" + ordinary_body() + "<table><tr><td>cell</div></span></body><script>alert(1)</scr");
  auto result = run_briefcast({"clean", in.file("broken.html")});
  EXPECT_TRUE(result.exit_code == 0 || result.exit_code == 1) << result.exit_code;
  if (result.exit_code == 0) {
    EXPECT_EQ(result.out.find("alert(1)"), std::string::npos);
    expect_valid_briefing(in.file("broken.html"));
  } else {
    expect_one_line_refusal(in.file("broken.html"), "", in.file("broken.html"));
  }
}

TEST(HostileInput, FullDiskLeavesEarlierOutputUntouched) {
  TempDir in;
  TempDir out;
  write_text_file(in.file("a.txt"), "Council Approves Budget\n\n" + ordinary_body());
  const std::string earlier = "an earlier briefing that must survive";
  write_text_file(out.file("briefing.wav"), earlier);
  // eSpeak NG 1.51 opens a PulseAudio client even in synchronous mode, and under a file-size
  // limit that client's shared-memory setup prints a line of its own; with shared memory off
  // every line on standard error is briefcast's.
  write_text_file(in.file("pulse.conf"), "enable-shm = no\nenable-memfd = no\nautospawn = no\n");
  // A 64 KiB file-size limit with SIGXFSZ ignored: every write past it fails with EFBIG,
  // as on a full disk.
  auto result = run_command({"env", "PULSE_CLIENTCONFIG=" + in.file("pulse.conf"), "bash", "-c",
                             "ulimit -f 64 && trap '' XFSZ && exec \"$0\" \"$@\"", BRIEFCAST_CLI_PATH, "build",
                             in.file("a.txt"), "-o", out.file("briefing.wav")});
  EXPECT_EQ(result.exit_code, 1) << result.err;
  EXPECT_FALSE(result.err.empty());
  for (const auto& line : hostile::lines_of(result.err)) EXPECT_EQ(line.rfind("briefcast: ", 0), 0u) << line;
  EXPECT_EQ(out.entries(), std::vector<std::string>{"briefing.wav"}) << "temporary file left behind";
  EXPECT_EQ(testing::read_text_file(out.file("briefing.wav")), earlier);
}

TEST(HostileInput, UnwritableOutputFolder) {
  TempDir in;
  write_text_file(in.file("a.txt"), "Council Approves Budget\n\n" + ordinary_body());
  auto result = run_briefcast({"build", in.file("a.txt"), "-o", in.file("no/such/folder/briefing.wav")});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(hostile::lines_of(result.err).size(), 1u) << result.err;
  EXPECT_EQ(result.err.rfind("briefcast: " + in.file("no/such/folder/briefing.wav") + ": ", 0), 0u) << result.err;
}

}  // namespace briefcast
