// Held-out-style check: written -> spoken cases in the reference suite's conventions, written
// for this project (not copied from the dev corpus), one section per semiotic class. The test
// compares as the corpus scorer does (case, punctuation and letter spacing do not count; the
// loose score also ignores "and" and spaces), prints the pass rate per class, and fails when
// the overall rate drops below the floor the rules have reached, so a regression shows.
#include <gtest/gtest.h>

#include <fstream>
#include <iostream>
#include <map>
#include <string>
#include <vector>

#include "normalize/normalizer.h"

namespace briefcast {

namespace {

// Floors reached by the current rules; raise them as the rules improve.
constexpr double kExactFloor = 0.98;
constexpr double kLooseFloor = 0.99;

struct Case {
  std::string category;
  std::string written;
  std::vector<std::string> spoken;
};

std::vector<Case> load_cases(const std::string& path) {
  std::ifstream in(path);
  std::vector<Case> cases;
  std::string category;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    if (line.rfind("# ", 0) == 0) {
      category = line.substr(2);
      continue;
    }
    std::vector<std::string> fields;
    std::size_t start = 0;
    for (std::size_t tab = line.find('\t'); tab != std::string::npos; tab = line.find('\t', start)) {
      fields.push_back(line.substr(start, tab - start));
      start = tab + 1;
    }
    fields.push_back(line.substr(start));
    if (fields.size() < 2) continue;
    cases.push_back({category, fields[0], {fields.begin() + 1, fields.end()}});
  }
  return cases;
}

// The corpus scorer's canonical form, for the ASCII-centred text these cases use: lowercase,
// apostrophes dropped, other punctuation as spaces, runs of single letters joined ("p m" ->
// "pm"). `loose` also drops "and" and every space.
std::string canonical(const std::string& s, bool loose) {
  std::string spaced;
  for (char c : s) {
    auto u = static_cast<unsigned char>(c);
    if (c == '\'' || c == '`') continue;
    if (u >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z')) {
      spaced.push_back(c);
    } else if (c >= 'A' && c <= 'Z') {
      spaced.push_back(static_cast<char>(c - 'A' + 'a'));
    } else {
      spaced.push_back(' ');
    }
  }
  std::vector<std::string> tokens;
  std::string run;
  std::size_t i = 0;
  auto flush_run = [&] {
    if (!run.empty()) tokens.push_back(run);
    run.clear();
  };
  while (i < spaced.size()) {
    while (i < spaced.size() && spaced[i] == ' ') ++i;
    std::size_t start = i;
    while (i < spaced.size() && spaced[i] != ' ') ++i;
    if (i == start) break;
    std::string token = spaced.substr(start, i - start);
    if (token.size() == 1 && token[0] >= 'a' && token[0] <= 'z') {
      run += token;
    } else {
      flush_run();
      tokens.push_back(token);
    }
  }
  flush_run();
  std::string out;
  for (const auto& token : tokens) {
    if (loose && token == "and") continue;
    if (!loose && !out.empty()) out.push_back(' ');
    out += token;
  }
  return out;
}

bool matches(const std::string& predicted, const std::vector<std::string>& spoken, bool loose) {
  std::string p = canonical(predicted, loose);
  for (const auto& s : spoken) {
    if (canonical(s, loose) == p) return true;
  }
  return false;
}

}  // namespace

TEST(NormalizeGeneralization, PassRatePerClass) {
  auto cases = load_cases(std::string(BRIEFCAST_NORMALIZE_DATA_DIR) + "/generalization.tsv");
  ASSERT_GT(cases.size(), 200u);
  struct Tally {
    int total = 0;
    int exact = 0;
    int loose = 0;
  };
  std::map<std::string, Tally> per_class;
  Tally all;
  for (const auto& c : cases) {
    std::string predicted = normalize_text(c.written);
    bool exact = matches(predicted, c.spoken, false);
    bool loose = matches(predicted, c.spoken, true);
    for (Tally* t : {&per_class[c.category], &all}) {
      ++t->total;
      t->exact += exact ? 1 : 0;
      t->loose += loose ? 1 : 0;
    }
    if (!loose) std::cout << "  miss [" << c.category << "] " << c.written << " -> " << predicted << "\n";
  }
  for (const auto& [name, t] : per_class) {
    std::cout << "  " << name << ": " << t.exact << "/" << t.total << " exact, " << t.loose << "/" << t.total
              << " loose\n";
  }
  double exact_rate = static_cast<double>(all.exact) / all.total;
  double loose_rate = static_cast<double>(all.loose) / all.total;
  std::cout << "  overall: exact " << exact_rate << ", loose " << loose_rate << " over " << all.total << " cases\n";
  EXPECT_GE(exact_rate, kExactFloor);
  EXPECT_GE(loose_rate, kLooseFloor);
}

}  // namespace briefcast
