// Fuzz target: the chapter writers. Lines of the input are chapter titles (any bytes, NULs
// included). Each writer's output must be well formed for its readers, whatever the titles
// hold: for the RIFF labels, "adtl", then one labl per chapter with ids 1..n and exact sizes,
// each text a NUL-free prefix of its title cut at a character boundary, a payload that is a
// multiple of 4 bytes and that fits libsndfile's 64 KiB header buffer, and that decodes back
// to the same labels; for the sidecars (CUE,
// FFMETADATA, Podcasting 2.0 JSON, WebVTT, SRT), one entry per chapter that no title can break
// into two or merge with the next.
#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string_view>

#include <nlohmann/json.hpp>

#include "chapters/cue_sheet.h"
#include "chapters/ffmetadata.h"
#include "chapters/podcast_json.h"
#include "chapters/riff_labels.h"
#include "chapters/srt.h"
#include "chapters/timed_text.h"
#include "chapters/webvtt.h"
#include "fuzz_check.h"

namespace {

using briefcast::fuzz::check;

std::uint32_t read_u32_le(const std::string& bytes, std::size_t pos) {
  std::uint32_t value = 0;
  for (std::size_t k = 0; k < 4; ++k) value |= static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[pos + k])) << (8 * k);
  return value;
}

// The reader's view of what the writer stored: every label, in order, with its text.
void check_decoded(const std::string& payload, const std::vector<briefcast::Chapter>& chapters) {
  const std::vector<briefcast::CueLabel> labels = briefcast::decode_adtl(payload);
  check(labels.size() == chapters.size(), "every label decodes");
  std::size_t pos = 4;
  for (std::size_t i = 0; i < labels.size(); ++i) {
    check(labels[i].cue_id == i + 1, "decoded labels keep their cue ids");
    const std::uint32_t size = read_u32_le(payload, pos + 4);
    check(labels[i].text == payload.substr(pos + 12, size - 5), "decoded text is the stored text");
    pos += 8 + size + (size % 2);
  }
  const std::int64_t total_frames = chapters.empty() ? 0 : chapters.back().start_frame + chapters.back().frame_count;
  const std::vector<briefcast::Chapter> back =
      briefcast::chapters_from_cues(briefcast::cue_points_for(chapters), labels, total_frames);
  check(back.size() == chapters.size(), "one chapter per cue point");
  for (std::size_t i = 0; i < back.size(); ++i) {
    check(back[i].start_frame == chapters[i].start_frame && back[i].frame_count == chapters[i].frame_count,
          "cue positions come back");
  }
}

void check_adtl(const std::vector<briefcast::Chapter>& chapters) {
  const std::string payload = briefcast::encode_adtl(chapters);
  check(payload.size() % 4 == 0, "the adtl payload is a multiple of 4 bytes");
  check(payload.size() <= 64 * 1024 - 1024, "the adtl payload fits libsndfile's header buffer");
  check(payload.compare(0, 4, "adtl") == 0, "the payload starts with adtl");
  std::size_t pos = 4;
  std::uint32_t next_id = 1;
  while (pos + 8 <= payload.size()) {
    const std::string id = payload.substr(pos, 4);
    const std::uint32_t size = read_u32_le(payload, pos + 4);
    check(pos + 8 + size <= payload.size(), "a sub-chunk fits in the payload");
    if (id == "labl") {
      check(size >= 5, "a labl holds an id and a NUL");
      check(read_u32_le(payload, pos + 8) == next_id, "labl ids are 1..n in order");
      const std::string text = payload.substr(pos + 12, size - 4);
      check(text.back() == '\0' && text.find('\0') == text.size() - 1, "a label is one NUL-terminated string");
      const std::string& title = chapters[next_id - 1].title;
      std::string title_without_nul;
      for (char c : title) {
        if (c != '\0') title_without_nul.push_back(c);
      }
      const std::string label = text.substr(0, text.size() - 1);
      check(title_without_nul.compare(0, label.size(), label) == 0, "a label is a prefix of its title");
      if (briefcast::fuzz::is_utf8(title)) check(briefcast::fuzz::is_utf8(label), "a cut never splits a character");
      ++next_id;
    } else {
      check(id == "JUNK", "only labl and the JUNK filler");
    }
    pos += 8 + size + (size % 2);
  }
  check(pos == payload.size(), "sub-chunks fill the payload exactly");
  check(next_id == chapters.size() + 1, "one labl per chapter");
  check_decoded(payload, chapters);
}

constexpr int kRate = 22050;

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

std::size_t count_lines_starting(const std::string& text, std::string_view prefix) {
  std::size_t count = 0;
  for (const std::string& line : lines_of(text)) count += line.starts_with(prefix) ? 1u : 0u;
  return count;
}

void check_cue_sheet(const std::vector<briefcast::Chapter>& chapters) {
  const std::string sheet = briefcast::make_cue_sheet(chapters, kRate, {"briefing.wav", "Briefing", "briefcast"});
  for (const std::string& line : lines_of(sheet)) {
    if (line.empty()) continue;
    const std::size_t indent = line.find_first_not_of(' ');
    check(indent != std::string::npos, "no CUE line is only spaces");
    const std::string_view word = std::string_view(line).substr(indent, line.find(' ', indent) - indent);
    check(word == "FILE" || word == "TITLE" || word == "PERFORMER" || word == "TRACK" || word == "INDEX" || word == "REM",
          "every CUE line starts with a CUE command");
    if (word == "TITLE" || word == "PERFORMER") {
      const std::size_t quotes = static_cast<std::size_t>(std::count(line.begin(), line.end(), '"'));
      check(quotes == 2 && line.back() == '"', "a CUE title is one quoted string");
    }
  }
  check(count_lines_starting(sheet, "  TRACK ") == std::min<std::size_t>(chapters.size(), 99), "one TRACK per chapter, up to 99");
}

void check_ffmetadata(const std::vector<briefcast::Chapter>& chapters) {
  const std::string text = briefcast::make_ffmetadata(chapters, kRate, {.title = "Briefing"});
  check(text.starts_with(";FFMETADATA1\n"), "FFMETADATA starts with its header");
  std::size_t sections = 0;
  for (const std::string& line : lines_of(text)) {
    if (line.empty() || line == ";FFMETADATA1") continue;
    if (line == "[CHAPTER]") {
      ++sections;
      continue;
    }
    const std::size_t equals = line.find('=');
    check(equals != std::string::npos, "every FFMETADATA line is a section or key=value");
    const std::string key = line.substr(0, equals);
    check(key == "title" || key == "TIMEBASE" || key == "START" || key == "END", "only known FFMETADATA keys");
  }
  check(sections == chapters.size(), "one [CHAPTER] per chapter");
}

void check_podcast_json(const std::vector<briefcast::Chapter>& chapters) {
  const nlohmann::json json = nlohmann::json::parse(briefcast::make_podcast_chapters_json(chapters, kRate), nullptr, false);
  check(!json.is_discarded(), "the chapters JSON parses");
  check(json.contains("chapters") && json["chapters"].size() == chapters.size(), "one JSON entry per chapter");
  double previous = -1;
  for (const auto& entry : json["chapters"]) {
    const double start = entry.value("startTime", -1.0);
    check(start >= previous, "JSON chapters in time order");
    previous = start;
  }
}

// WebVTT and SRT: a blank line ends a cue, so each cue must be exactly its block.
void check_timed_text(const std::vector<briefcast::Chapter>& chapters) {
  const std::vector<briefcast::TimedText> cues = briefcast::chapters_to_timed_text(chapters, kRate);
  const std::string vtt = briefcast::make_webvtt(cues);
  check(vtt.starts_with("WEBVTT\n"), "WebVTT starts with its header");
  std::size_t arrows = 0;
  for (const std::string& line : lines_of(vtt)) arrows += line.find("-->") != std::string::npos ? 1u : 0u;
  check(arrows == cues.size(), "no WebVTT cue text holds a timing arrow");
  const std::string srt = briefcast::make_srt(cues);
  const std::vector<std::string> lines = lines_of(srt);
  std::size_t blocks = 0;
  for (std::size_t i = 0; i + 2 < lines.size(); ++blocks) {
    check(lines[i] == std::to_string(blocks + 1), "SRT cues are numbered 1..n");
    check(lines[i + 1].find(" --> ") != std::string::npos, "an SRT number is followed by its timing");
    i += 3;
    if (i < lines.size() && lines[i].empty()) ++i;
  }
  check(blocks == cues.size(), "one SRT block per cue");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  std::vector<briefcast::Chapter> chapters;
  std::int64_t frame = 0;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    briefcast::Chapter chapter;
    chapter.title = std::string(text.substr(start, end - start));
    chapter.start_frame = frame;
    chapter.frame_count = 22050 + static_cast<std::int64_t>(chapter.title.size());
    frame += chapter.frame_count;
    chapters.push_back(std::move(chapter));
    start = end + 1;
  }
  // Thousands of chapters once overflowed the label budget (regressions/chapters/).
  check_adtl(chapters);
  // A briefing's chapters are articles, and an article always has a headline.
  std::vector<briefcast::Chapter> titled;
  for (const briefcast::Chapter& chapter : chapters) {
    if (briefcast::one_line(chapter.title).find_first_not_of(" \t") != std::string::npos) titled.push_back(chapter);
  }
  check_cue_sheet(titled);
  check_ffmetadata(titled);
  check_podcast_json(titled);
  check_timed_text(titled);
  return 0;
}
