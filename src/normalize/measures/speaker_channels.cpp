// A sound system's channel count: "5.1-ch", "7.1.4ch", "a 3.1.2-ch bar". The figures count the
// main speakers, the subwoofers and the height speakers, each said and joined by "point" as the
// trade says it ("seven point one point four channel"); "ch" alone had been spelled as letters
// and the count heard as a decimal.
#include "normalize/match.h"
#include "normalize/measures/measures.h"
#include "normalize/number_words.h"

namespace briefcast::rules {

namespace {

// "7.1.4": two or three groups of one or two digits parted by points, the first not zero.
std::optional<std::string> channel_groups(std::string_view count) {
  std::vector<std::string_view> groups = text::split(count, '.');
  if (groups.size() < 2 || groups.size() > 3 || count.empty() || count[0] == '0') return std::nullopt;
  std::vector<std::string> said;
  for (std::string_view group : groups) {
    if (group.empty() || group.size() > 2 || !text::all_digits(group)) return std::nullopt;
    said.push_back(cardinal_words(group));
  }
  return text::joined(said, " point ");
}

// "7.1.4ch" -> the count said with "channel"; none for any other word.
std::optional<std::string> channel_count_words(std::string_view core) {
  if (core.empty() || !text::is_digit(core[0])) return std::nullopt;
  std::string_view count;
  if (text::ends_with(core, "-ch")) {
    count = core.substr(0, core.size() - 3);
  } else if (text::ends_with(core, "ch")) {
    count = core.substr(0, core.size() - 2);
  } else {
    return std::nullopt;
  }
  auto said = channel_groups(count);
  if (!said) return std::nullopt;
  return *said + " channel";
}

// Words of sound gear: "5.1ch" counts channels only in a line about audio; elsewhere ("Team
// 7.1ch", "a 1.2-ch engine") the letters are a name or a slip, not channels.
bool tells_of_audio(const Words& words) {
  for (std::size_t k = 0; k < words.size(); ++k) {
    std::string_view w = words[k].core;
    if (text::is_one_of_lowered(w, {"speaker", "speakers", "soundbar", "soundbars", "audio", "surround", "dolby",
                                    "atmos", "receiver", "receivers", "amplifier", "amplifiers", "sound"}) ||
        w == "AV") {
      return true;
    }
    if (text::is_one_of_lowered(w, {"home"}) && k + 1 < words.size() &&
        text::is_one_of_lowered(words[k + 1].core, {"cinema", "theater", "theatre"})) {
      return true;
    }
  }
  return false;
}

}  // namespace

bool is_channel_count(std::string_view core) { return channel_count_words(core).has_value(); }

std::optional<Match> match_speaker_channels(const Words& words, std::size_t i) {
  if (!words[i].prefix.empty()) return std::nullopt;
  auto said = channel_count_words(words[i].core);
  if (!said || !tells_of_audio(words)) return std::nullopt;
  return Match{1, *said, false};
}

}  // namespace briefcast::rules
