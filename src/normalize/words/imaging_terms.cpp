// Names of imaging that radiologists say partly as a word, where eSpeak NG spelled them:
//  - the reporting scales of the American College of Radiology, "BI-RADS", "LI-RADS",
//    "PI-RADS", "TI-RADS", "O-RADS": said "bye-rads", "lie-rads", "pie-rads", "tie-rads",
//    "oh-rads" (they had been "B I rads");
//  - a hybrid scan with positron emission, "PET-CT", "PET/CT", "PET-MRI", "PET-MR": "pet" is a
//    word, the other machine spelled ("pet C T"); the capitals had all been spelled.
#include "normalize/words/words.h"

namespace briefcast::rules {

namespace {

constexpr text::Said kScales[] = {
    {"BI-RADS", "Bye-rads"}, {"LI-RADS", "Lie-rads"}, {"PI-RADS", "Pie-rads"},
    {"TI-RADS", "Tie-rads"}, {"O-RADS", "Oh-rads"},   {"Lung-RADS", "Lung-rads"},
};

}  // namespace

std::optional<std::string> speak_imaging_term(std::string_view core) {
  if (auto scale = text::said_for(kScales, core)) return std::string(*scale);
  if (core.size() < 6 || !text::starts_with(core, "PET") || (core[3] != '-' && core[3] != '/')) return std::nullopt;
  std::string_view other = core.substr(4);
  if (!text::is_one_of(other, {"CT", "MR", "MRI"})) return std::nullopt;
  return "pet " + spelled_letters(other);
}

}  // namespace briefcast::rules
