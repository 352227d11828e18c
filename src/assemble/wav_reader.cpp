#include "assemble/wav_reader.h"

#include <algorithm>
#include <cstring>

#include "assemble/riff_layout.h"
#include "assemble/sndfile_handle.h"
#include "chapters/riff_labels.h"
#include "model/error.h"

namespace briefcast {

namespace {

// More cue points than any briefing has; a header counting more is not believed.
constexpr std::uint32_t kMaxCuePoints = 100000;

std::vector<CuePoint> read_cue_points(SNDFILE* file) {
  std::uint32_t count = 0;
  if (sf_command(file, SFC_GET_CUE_COUNT, &count, sizeof count) != SF_TRUE || count == 0) return {};
  count = std::min(count, kMaxCuePoints);
  // SF_CUES_VAR(count) for a run-time count: a u32 count followed by packed SF_CUE_POINTs.
  std::vector<std::uint32_t> block(1 + count * sizeof(SF_CUE_POINT) / sizeof(std::uint32_t), 0);
  if (sf_command(file, SFC_GET_CUE, block.data(), static_cast<int>(block.size() * sizeof(std::uint32_t))) != SF_TRUE) {
    return {};
  }
  const auto* points = reinterpret_cast<const SF_CUE_POINT*>(block.data() + 1);
  std::vector<CuePoint> cues;
  for (std::uint32_t i = 0; i < std::min(block[0], count); ++i) {
    cues.push_back({static_cast<std::uint32_t>(points[i].indx), points[i].sample_offset});
  }
  return cues;
}

// The labels of every LIST/adtl chunk in the file (LIST/INFO chunks decode to none).
std::vector<CueLabel> read_cue_labels(SNDFILE* file) {
  std::vector<CueLabel> labels;
  SF_CHUNK_INFO wanted{};
  std::memcpy(wanted.id, "LIST", 4);
  wanted.id_size = 4;
  for (SF_CHUNK_ITERATOR* it = sf_get_chunk_iterator(file, &wanted); it != nullptr; it = sf_next_chunk_iterator(it)) {
    SF_CHUNK_INFO chunk{};
    // Our label lists stay under kMaxAdtlBytes; a chunk claiming far more is not one of them,
    // and must not make us allocate what a hostile header claims.
    if (sf_get_chunk_size(it, &chunk) != SF_ERR_NO_ERROR || chunk.datalen == 0 || chunk.datalen > 4 * kMaxAdtlBytes) {
      continue;
    }
    std::string data(chunk.datalen, '\0');
    chunk.data = data.data();
    if (sf_get_chunk_data(it, &chunk) != SF_ERR_NO_ERROR) continue;
    std::vector<CueLabel> found = decode_adtl(data);
    labels.insert(labels.end(), std::make_move_iterator(found.begin()), std::make_move_iterator(found.end()));
  }
  return labels;
}

// libsndfile spins on some inconsistent chunk lists (see riff_layout.h): check first.
SndfilePtr open_checked_wav(const std::string& path, SF_INFO& info) {
  check_riff_wave_layout(path);
  return open_sndfile_for_reading(path, "audio", info);
}

}  // namespace

WavInfo read_wav_info(const std::string& path) {
  SF_INFO info{};
  SndfilePtr file = open_checked_wav(path, info);
  WavInfo result;
  result.sample_rate_hz = info.samplerate;
  result.channels = info.channels;
  result.frames = info.frames;
  if (const char* title = sf_get_string(file.get(), SF_STR_TITLE)) result.title = title;
  if (const char* comment = sf_get_string(file.get(), SF_STR_COMMENT)) result.comment = comment;
  std::vector<CuePoint> cues = read_cue_points(file.get());
  // Labels are looked for only when there are cues to name.
  if (!cues.empty()) result.chapters = chapters_from_cues(std::move(cues), read_cue_labels(file.get()), result.frames);
  return result;
}

void append_wav_samples(const std::string& path, PcmSpool& spool) {
  SF_INFO info{};
  SndfilePtr file = open_checked_wav(path, info);
  if (info.channels < 1) throw Error::input(path, "audio has no channels");
  const auto channels = static_cast<std::size_t>(info.channels);
  std::vector<std::int16_t> interleaved(PcmSpool::kBlockFrames * channels);
  std::vector<std::int16_t> mono(PcmSpool::kBlockFrames);
  sf_count_t got = 0;
  while ((got = sf_readf_short(file.get(), interleaved.data(), static_cast<sf_count_t>(PcmSpool::kBlockFrames))) > 0) {
    auto frames = static_cast<std::size_t>(got);
    for (std::size_t f = 0; f < frames; ++f) {
      int sum = 0;  // down-mix by averaging the channels
      for (std::size_t c = 0; c < channels; ++c) sum += interleaved[f * channels + c];
      mono[f] = static_cast<std::int16_t>(sum / info.channels);
    }
    spool.append(std::span<const std::int16_t>(mono.data(), frames));
  }
  if (sf_error(file.get()) != SF_ERR_NO_ERROR) {
    throw Error::input(path, std::string("cannot read audio: ") + sf_strerror(file.get()));
  }
}

}  // namespace briefcast
