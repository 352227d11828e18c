#include "io/article_input.h"

#include <sys/stat.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

#include "model/error.h"

namespace briefcast {

namespace {

struct FileCloser {
  void operator()(std::FILE* f) const { std::fclose(f); }
};

std::string read_stream(std::FILE* stream, const std::string& path) {
  std::string bytes;
  char buffer[1 << 16];
  std::size_t n = 0;
  while ((n = std::fread(buffer, 1, sizeof buffer, stream)) > 0) {
    bytes.append(buffer, n);
    if (bytes.size() > kMaxArticleBytes) {
      throw Error::input(path, "article is larger than " + std::to_string(kMaxArticleBytes >> 20) + " MiB");
    }
  }
  if (std::ferror(stream)) throw Error::input(path, std::string("cannot read: ") + std::strerror(errno));
  return bytes;
}

}  // namespace

std::string read_article_bytes(const std::string& path) {
  std::string bytes;
  if (path == "-") {
    bytes = read_stream(stdin, path);
  } else {
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0) {
      throw Error::input(path, std::string("cannot open: ") + std::strerror(errno));
    }
    if (S_ISDIR(info.st_mode)) throw Error::input(path, "is a directory, not an article");
    std::unique_ptr<std::FILE, FileCloser> file(std::fopen(path.c_str(), "rb"));
    if (!file) throw Error::input(path, std::string("cannot open: ") + std::strerror(errno));
    bytes = read_stream(file.get(), path);
  }
  if (bytes.find_first_not_of(" \t\r\n\f\v") == std::string::npos) {
    throw Error::input(path, bytes.empty() ? "file is empty" : "file holds only whitespace");
  }
  // UTF-16 text carries NULs too; name it rather than calling it binary.
  if (bytes.size() >= 2 && ((bytes[0] == '\xff' && bytes[1] == '\xfe') || (bytes[0] == '\xfe' && bytes[1] == '\xff'))) {
    throw Error::input(path, "file is UTF-16; convert it to UTF-8 first");
  }
  if (std::size_t nul = bytes.find('\0'); nul != std::string::npos) {
    throw Error::input(path, "binary file (NUL byte at offset " + std::to_string(nul) + "), not article text");
  }
  return bytes;
}

}  // namespace briefcast
