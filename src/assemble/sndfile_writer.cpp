#include "assemble/sndfile_writer.h"

#include <cstring>
#include <utility>

#include "assemble/pcm16.h"
#include "assemble/sndfile_handle.h"
#include "chapters/riff_labels.h"
#include "io/atomic_output.h"
#include "model/error.h"

namespace briefcast {

namespace {

// SF_CUES_VAR(n) for a run-time n: a u32 count followed by n packed SF_CUE_POINTs.
static_assert(sizeof(SF_CUE_POINT) % sizeof(std::uint32_t) == 0);
std::vector<std::uint32_t> make_cue_block(const std::vector<CuePoint>& cues) {
  std::vector<std::uint32_t> block(1 + cues.size() * sizeof(SF_CUE_POINT) / sizeof(std::uint32_t), 0);
  block[0] = static_cast<std::uint32_t>(cues.size());
  auto* points = reinterpret_cast<SF_CUE_POINT*>(block.data() + 1);
  for (std::size_t i = 0; i < cues.size(); ++i) {
    SF_CUE_POINT& point = points[i];
    point.indx = static_cast<std::int32_t>(cues[i].id);
    // Readers differ in which field they take the position from; write the frame in both.
    point.position = static_cast<std::uint32_t>(cues[i].frame);
    point.sample_offset = static_cast<std::uint32_t>(cues[i].frame);
    std::memcpy(&point.fcc_chunk, "data", 4);
    point.chunk_start = 0;
    point.block_start = 0;
  }
  return block;
}

int sndfile_format(AudioContainer container) {
  switch (container) {
    case AudioContainer::kWav: return SF_FORMAT_WAV | SF_FORMAT_PCM_16;
    case AudioContainer::kFlac: return SF_FORMAT_FLAC | SF_FORMAT_PCM_16;
    case AudioContainer::kOggVorbis: return SF_FORMAT_OGG | SF_FORMAT_VORBIS;
    case AudioContainer::kOpus: return SF_FORMAT_OGG | SF_FORMAT_OPUS;
    case AudioContainer::kMp3: return SF_FORMAT_MPEG | SF_FORMAT_MPEG_LAYER_III;
    case AudioContainer::kMp4Aac: return 0;
  }
  return 0;
}

bool is_pcm(AudioContainer container) { return container == AudioContainer::kWav || container == AudioContainer::kFlac; }

Error write_error(SNDFILE* file, const std::string& path, const std::string& what) {
  return Error::output(path, what + ": " + sf_strerror(file));
}

// The cue points and their labels (the adtl codec's bytes as a LIST chunk). Both must be in
// place before the first sample is written; libsndfile copies them.
void store_chapters(SNDFILE* file, const std::string& path, const std::vector<Chapter>& chapters) {
  std::vector<std::uint32_t> cues = make_cue_block(cue_points_for(chapters));
  if (sf_command(file, SFC_SET_CUE, cues.data(), static_cast<int>(cues.size() * sizeof(std::uint32_t))) != SF_TRUE) {
    throw write_error(file, path, "cannot store chapter cue points");
  }
  std::string adtl = encode_adtl(chapters);
  SF_CHUNK_INFO chunk{};
  std::memcpy(chunk.id, "LIST", 4);
  chunk.id_size = 4;
  chunk.datalen = static_cast<unsigned>(adtl.size());
  chunk.data = adtl.data();
  if (sf_set_chunk(file, &chunk) != SF_ERR_NO_ERROR) throw write_error(file, path, "cannot store chapter labels");
}

void store_tags(SNDFILE* file, const AudioTags& tags) {
  if (!tags.title.empty()) sf_set_string(file, SF_STR_TITLE, tags.title.c_str());
  if (!tags.artist.empty()) sf_set_string(file, SF_STR_ARTIST, tags.artist.c_str());
  if (!tags.date.empty()) sf_set_string(file, SF_STR_DATE, tags.date.c_str());
  if (!tags.comment.empty()) sf_set_string(file, SF_STR_COMMENT, tags.comment.c_str());
}

void set_lossy_quality(SNDFILE* file, AudioContainer container) {
  // Lossy encoders take floats; clip rather than wrap anything at full scale.
  sf_command(file, SFC_SET_CLIPPING, nullptr, SF_TRUE);
  // 0 best .. 1 smallest. Speech needs little: these give about 64 kb/s MP3 and Vorbis
  // and about 48 kb/s Opus (whose scale runs from 256 kb/s down) for a mono voice.
  double quality = container == AudioContainer::kOpus ? 0.8 : 0.4;
  sf_command(file, SFC_SET_COMPRESSION_LEVEL, &quality, sizeof quality);
}

// Opens `output`'s temporary file with everything that precedes the samples in place.
SndfilePtr open_for_writing(AtomicOutput& output, AudioContainer container, const AudioLayout& layout,
                            const std::vector<Chapter>& chapters, const AudioTags& tags) {
  const std::string& path = output.final_path();
  if (!sndfile_can_write(container, layout)) {
    throw Error::output(path, std::string("this libsndfile cannot write ") + to_string(container) + " at " +
                                  std::to_string(layout.sample_rate_hz) + " Hz, " + std::to_string(layout.channels) +
                                  " channel(s)");
  }
  SF_INFO info{};
  info.samplerate = layout.sample_rate_hz;
  info.channels = layout.channels;
  info.format = sndfile_format(container);
  SndfilePtr file(sf_open_fd(output.fd(), SFM_WRITE, &info, SF_FALSE));
  if (!file) throw write_error(nullptr, path, std::string("cannot write ") + to_string(container));
  if (container == AudioContainer::kWav && !chapters.empty()) store_chapters(file.get(), path, chapters);
  store_tags(file.get(), tags);
  if (!is_pcm(container)) set_lossy_quality(file.get(), container);
  return file;
}

void finish_writing(SndfilePtr file, const std::string& path, AudioContainer container) {
  int close_status = sf_close(file.release());
  if (close_status != 0) {
    throw Error::output(path, std::string("cannot finish ") + to_string(container) + ": " + sf_error_number(close_status));
  }
}

}  // namespace

bool sndfile_can_write(AudioContainer container, const AudioLayout& layout) {
  SF_INFO info{};
  info.samplerate = layout.sample_rate_hz;
  info.channels = layout.channels;
  info.format = sndfile_format(container);
  return info.format != 0 && sf_format_check(&info) == SF_TRUE;
}

void write_sndfile_audio(AtomicOutput& output, AudioContainer container, const AudioLayout& layout,
                         const std::vector<Chapter>& chapters, const AudioTags& tags, const FrameSource& source) {
  const std::string& path = output.final_path();
  SndfilePtr owned = open_for_writing(output, container, layout, chapters, tags);
  SNDFILE* file = owned.get();
  const auto channels = static_cast<std::size_t>(layout.channels);
  std::vector<std::int16_t> pcm;
  source([&](std::span<const float> block) {
    auto frames = static_cast<sf_count_t>(block.size() / channels);
    sf_count_t written = 0;
    if (is_pcm(container)) {
      to_pcm16(block, pcm);
      written = sf_writef_short(file, pcm.data(), frames);
    } else {
      written = sf_writef_float(file, block.data(), frames);
    }
    if (written != frames) throw write_error(file, path, "cannot write audio");
  });
  finish_writing(std::move(owned), path, container);
}

void write_briefing_wav(const std::string& path, int sample_rate_hz, const std::vector<Chapter>& chapters,
                        const AudioTags& tags, const PcmSpool& audio) {
  AtomicOutput output(path);
  // No gain, limiter or resampling here: the 16-bit samples go to the file as they are,
  // without the float chain (one article's WAV in a batch is mostly this copy).
  SndfilePtr owned = open_for_writing(output, AudioContainer::kWav, {sample_rate_hz, 1}, chapters, tags);
  SNDFILE* file = owned.get();
  audio.read_all([&](std::span<const std::int16_t> block) {
    const auto frames = static_cast<sf_count_t>(block.size());
    if (sf_writef_short(file, block.data(), frames) != frames) throw write_error(file, path, "cannot write audio");
  });
  finish_writing(std::move(owned), path, AudioContainer::kWav);
  output.commit();
}

}  // namespace briefcast
