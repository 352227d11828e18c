// Fuzz target for the pure text stages: any bytes through split_sentences and normalize_text
// must come back without a crash, a line break in the spoken form, or unbounded growth.
// Built with -DBRIEFCAST_FUZZ=ON under clang it is a libFuzzer target:
//     build-fuzz/tests/normalize/normalize_fuzz -max_total_time=60
// Otherwise it is a plain program that replays the files named on its command line (or a
// built-in set of hard cases), which ctest runs.
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <string_view>

#include "normalize/normalizer.h"
#include "segment/segmenter.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  std::string spoken = briefcast::normalize_text(text);
  // The widest expansion is a symbol run ("%" -> " percent"): well under 16 bytes per byte.
  if (spoken.size() > text.size() * 16 + 64) std::abort();
  if (spoken.find('\n') != std::string::npos) std::abort();
  // English and the language-aware rules (German ordinal dots, French titles) alike.
  for (std::string_view language : {"en", "de", "fr"}) {
    std::size_t total = 0;
    for (const std::string& sentence : briefcast::split_sentences(text, language)) total += sentence.size();
    if (total > text.size()) std::abort();
  }
  return 0;
}

#ifndef BRIEFCAST_LIBFUZZER
int main(int argc, char** argv) {
  auto run = [](const std::string& bytes) {
    LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
  };
  if (argc > 1) {
    for (int k = 1; k < argc; ++k) {
      std::ifstream in(argv[k], std::ios::binary);
      std::ostringstream bytes;
      bytes << in.rdbuf();
      run(bytes.str());
    }
    return 0;
  }
  const char* seeds[] = {
      "", "$", "$.", "-", "--1", "1-", "/", "1/", "/1", "1/0", "0/0", "$1/", "1:", ":1", "1:60", "25:00 pm",
      "Jan.", "Jan. 32, 2010", "31/31/2020", "+", "+1", "+1 (", "+1 (123", "(((1", "1)))", "@", "#", "a@",
      "@b.c", "http://", "www.", "..", "...", "\xe2\x80\xa6", "\xc2\xbd", "1\xc2\xbd\xc2\xbd", "\xff\xfe",
      "\xe2\x82", "St.", "St", "Dr. ", "II", "I II III", "X", "1980 s", "s", "mid-", "-80s", "1e10",
      "1,,000", "1,000,00", ",5", "5,", "\"7\"\"", "0x", "2x", "x2", "1.2.3.4.5", "999.999.999.999",
      "9999999999999999999999999999999", "99999999999999999999-1", "1-99999999999999999999",
      // Long figures in the shapes of rules that convert figures to int (scores out of a whole,
      // lap times, records, clocks, file numbers, sections, halves of a year, aircraft).
      "rated 99999999999.5/10", "scored 99999999999/5 in the innings", "1m 99999999999.5s", "the team is 99999999999-5",
      "at 99999999999:00 GMT", "FHC/99999999999/2018", "s.99999999999", "in H1 99999999999", "the 99999999999-800",
      "This year 99999999999 houses", "on 99.99.99", "Sept'99999999999", "an 99999999999c hike",
  };
  for (const char* seed : seeds) run(seed);
  return 0;
}
#endif
