// Joins per-article WAVs into one briefing with a chapter per input: the reduce step that lets
// synthesis run anywhere (worker processes, GNU parallel, a Slurm array). Samples stream
// through a disk spool, so memory does not grow with the briefing's length.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "model/article.h"

namespace briefcast {

struct JoinConfig {
  int chapter_pause_ms = 2000;  // silence between chapters
  std::string title;            // INFO title of the joined briefing
  std::string date;             // INFO date, "2026-11-27"; empty for none
  std::string comment;          // INFO comment (batch stores its content hash here)
};

// What join needs to know about one input before it copies any sample.
struct JoinInput {
  std::string path;
  std::string title;  // the input's first chapter label, else its INFO title, else its file name
  std::int64_t frames = 0;
  int sample_rate_hz = 0;
};

// Reads each input's header and title. Throws Error (Stage::kInput) naming the first input
// that cannot be read, and Error::usage when the inputs' sample rates differ.
std::vector<JoinInput> inspect_join_inputs(const std::vector<std::string>& paths);

// Where each input's chapter starts in the joined audio, with `pause_frames` between inputs.
std::vector<Chapter> plan_join(const std::vector<JoinInput>& inputs, std::int64_t pause_frames);

// Writes the joined briefing to `output_path` atomically and returns its chapters.
// Throws Error naming the input or output that failed; no output is left on failure.
std::vector<Chapter> join_wavs(const std::vector<JoinInput>& inputs, const std::string& output_path,
                               const JoinConfig& config);

}  // namespace briefcast
