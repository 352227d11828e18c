#include "batch/join.h"

#include "assemble/pcm_spool.h"
#include "assemble/sndfile_writer.h"
#include "assemble/wav_reader.h"
#include "model/error.h"

namespace briefcast {

namespace {

std::string file_stem(const std::string& path) {
  std::size_t slash = path.find_last_of('/');
  std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
  std::size_t dot = name.find_last_of('.');
  return dot == std::string::npos || dot == 0 ? name : name.substr(0, dot);
}

}  // namespace

std::vector<JoinInput> inspect_join_inputs(const std::vector<std::string>& paths) {
  std::vector<JoinInput> inputs;
  for (const std::string& path : paths) {
    WavInfo info = read_wav_info(path);
    JoinInput input;
    input.path = path;
    input.frames = info.frames;
    input.sample_rate_hz = info.sample_rate_hz;
    if (!info.chapters.empty() && !info.chapters.front().title.empty()) {
      input.title = info.chapters.front().title;
    } else if (!info.title.empty()) {
      input.title = info.title;
    } else {
      input.title = file_stem(path);
    }
    if (!inputs.empty() && input.sample_rate_hz != inputs.front().sample_rate_hz) {
      throw Error::usage(path + ": sample rate " + std::to_string(input.sample_rate_hz) + " Hz differs from " +
                         inputs.front().path + " (" + std::to_string(inputs.front().sample_rate_hz) + " Hz)");
    }
    inputs.push_back(std::move(input));
  }
  return inputs;
}

std::vector<Chapter> plan_join(const std::vector<JoinInput>& inputs, std::int64_t pause_frames) {
  std::vector<Chapter> chapters;
  std::int64_t position = 0;
  for (const JoinInput& input : inputs) {
    if (!chapters.empty()) position += pause_frames;
    chapters.push_back(Chapter{input.title, position, input.frames});
    position += input.frames;
  }
  // A chapter runs to the next one's start, so the pause after it belongs to it.
  for (std::size_t i = 0; i + 1 < chapters.size(); ++i) {
    chapters[i].frame_count = chapters[i + 1].start_frame - chapters[i].start_frame;
  }
  return chapters;
}

std::vector<Chapter> join_wavs(const std::vector<JoinInput>& inputs, const std::string& output_path,
                               const JoinConfig& config) {
  if (inputs.empty()) throw Error::usage("nothing to join");
  const int rate = inputs.front().sample_rate_hz;
  const std::int64_t pause_frames = ms_to_frames(config.chapter_pause_ms, rate);
  PcmSpool spool;
  std::vector<Chapter> chapters;
  for (const JoinInput& input : inputs) {
    if (!chapters.empty()) spool.append_silence(pause_frames);
    // Start frames come from what was really copied, not from the headers' claims.
    chapters.push_back(Chapter{input.title, spool.frames(), 0});
    append_wav_samples(input.path, spool);
  }
  for (std::size_t i = 0; i < chapters.size(); ++i) {
    std::int64_t end = i + 1 < chapters.size() ? chapters[i + 1].start_frame : spool.frames();
    chapters[i].frame_count = end - chapters[i].start_frame;
  }
  AudioTags tags;
  tags.title = config.title;
  tags.artist = "briefcast";
  tags.date = config.date;
  tags.comment = config.comment;
  write_briefing_wav(output_path, rate, chapters, tags, spool);
  return chapters;
}

}  // namespace briefcast
