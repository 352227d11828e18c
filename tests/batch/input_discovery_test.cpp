#include "batch/input_discovery.h"

#include <gtest/gtest.h>

#include <sstream>

#include "batch_test_support.h"
#include "model/error.h"

namespace briefcast {
namespace {

using testing::ScratchDir;
using testing::write_file;

TEST(InputDiscovery, FoldersAreWalkedSortedAndFiltered) {
  ScratchDir dir;
  write_file(dir / "news/b.txt", "B");
  write_file(dir / "news/a.html", "<p>A</p>");
  write_file(dir / "news/deep/c.HTM", "C");
  write_file(dir / "news/page", "<!DOCTYPE html><html><body><p>Sniffed</p></body></html>");
  write_file(dir / "news/notes.md", "not an article");
  write_file(dir / "news/image.png", std::string("\x89PNG\r\n\x1a\n", 8));
  write_file(dir / "news/.hidden.txt", "hidden");
  write_file(dir / "news/.git/x.txt", "tool state");
  std::istringstream no_stdin;
  std::vector<std::string> found = discover_inputs({dir / "news"}, no_stdin);
  std::vector<std::string> expected = {dir / "news/a.html", dir / "news/b.txt", dir / "news/deep/c.HTM",
                                       dir / "news/page"};
  EXPECT_EQ(found, expected);
}

TEST(InputDiscovery, FilesKeepTheirOrderAndMissingOnesStay) {
  ScratchDir dir;
  write_file(dir / "z.txt", "Z");
  write_file(dir / "notes.md", "given by name, so taken");
  std::istringstream no_stdin;
  std::vector<std::string> found = discover_inputs({dir / "z.txt", dir / "missing.txt", dir / "notes.md"}, no_stdin);
  std::vector<std::string> expected = {dir / "z.txt", dir / "missing.txt", dir / "notes.md"};
  EXPECT_EQ(found, expected);
}

TEST(InputDiscovery, ListFilesAndStdin) {
  ScratchDir dir;
  write_file(dir / "a.txt", "A");
  write_file(dir / "b.txt", "B");
  write_file(dir / "c.txt", "C");
  write_file(dir / "list", "  " + (dir / "a.txt") + "\r\n\n" + (dir / "b.txt") + "\n");
  std::istringstream stdin_list(dir / "c.txt" + "\n" + (dir / "a.txt") + "\n");
  std::vector<std::string> found = discover_inputs({"@" + (dir / "list"), "@-"}, stdin_list);
  std::vector<std::string> expected = {dir / "a.txt", dir / "b.txt", dir / "c.txt"};
  EXPECT_EQ(found, expected);  // a.txt twice: the first occurrence wins
}

TEST(InputDiscovery, DuplicatesBySpellingAreDropped) {
  ScratchDir dir;
  write_file(dir / "a.txt", "A");
  std::istringstream no_stdin;
  std::vector<std::string> found = discover_inputs({dir / "a.txt", dir.path().string() + "/./a.txt", dir.path().string()}, no_stdin);
  EXPECT_EQ(found, std::vector<std::string>{dir / "a.txt"});
}

TEST(InputDiscovery, MissingListIsAnError) {
  std::istringstream no_stdin;
  EXPECT_THROW(discover_inputs({"@/nonexistent/briefcast/list"}, no_stdin), Error);
}

}  // namespace
}  // namespace briefcast
