// The only file that includes libsndfile.
#include "assemble/wav_file.h"

#include <sndfile.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <memory>

#include "assemble/resampler.h"
#include "assemble/riff_layout.h"
#include "chapters/riff_labels.h"
#include "io/atomic_output.h"
#include "model/error.h"

namespace briefcast {

namespace {

struct SndfileCloser {
  void operator()(SNDFILE* f) const { sf_close(f); }
};
using SndfilePtr = std::unique_ptr<SNDFILE, SndfileCloser>;

// SF_CUES_VAR(n) for a run-time n: a u32 count followed by n packed SF_CUE_POINTs.
static_assert(sizeof(SF_CUE_POINT) % sizeof(std::uint32_t) == 0);
std::vector<std::uint32_t> make_cue_block(const std::vector<Chapter>& chapters) {
  std::vector<std::uint32_t> block(1 + chapters.size() * sizeof(SF_CUE_POINT) / sizeof(std::uint32_t), 0);
  block[0] = static_cast<std::uint32_t>(chapters.size());
  auto* points = reinterpret_cast<SF_CUE_POINT*>(block.data() + 1);
  for (std::size_t i = 0; i < chapters.size(); ++i) {
    SF_CUE_POINT& point = points[i];
    point.indx = static_cast<std::int32_t>(i + 1);
    // Readers differ in which field they take the position from; write the frame in both.
    point.position = static_cast<std::uint32_t>(chapters[i].start_frame);
    point.sample_offset = static_cast<std::uint32_t>(chapters[i].start_frame);
    std::memcpy(&point.fcc_chunk, "data", 4);
    point.chunk_start = 0;
    point.block_start = 0;
  }
  return block;
}

std::uint32_t read_u32_le(const unsigned char* p) {
  return std::uint32_t{p[0]} | std::uint32_t{p[1]} << 8 | std::uint32_t{p[2]} << 16 | std::uint32_t{p[3]} << 24;
}

// Parses "adtl" + sub-chunks into cue id -> label.
void parse_adtl(const std::vector<unsigned char>& data, std::vector<std::pair<std::uint32_t, std::string>>& labels) {
  if (data.size() < 4 || std::memcmp(data.data(), "adtl", 4) != 0) return;
  std::size_t pos = 4;
  while (pos + 8 <= data.size()) {
    const unsigned char* header = data.data() + pos;
    std::uint32_t size = read_u32_le(header + 4);
    if (size > data.size() - pos - 8) break;
    if (std::memcmp(header, "labl", 4) == 0 && size >= 4) {
      std::uint32_t id = read_u32_le(header + 8);
      const char* text = reinterpret_cast<const char*>(header + 12);
      std::size_t length = strnlen(text, size - 4);
      labels.emplace_back(id, std::string(text, length));
    }
    pos += 8 + size + (size & 1u);
  }
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

// Floats to 16-bit with rounding and clipping. Samples that came from 16-bit (x / 32768)
// come back bit for bit, so a WAV without loudness processing is the synthesized audio.
void to_pcm16(std::span<const float> in, std::vector<std::int16_t>& out) {
  out.resize(in.size());
  // Rounds half away from zero, as lround does, but inline: this runs for every sample written.
  for (std::size_t i = 0; i < in.size(); ++i) {
    const float scaled = std::clamp(in[i] * 32768.0f, -32768.0f, 32767.0f);
    out[i] = static_cast<std::int16_t>(scaled + (scaled >= 0.0f ? 0.5f : -0.5f));
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

namespace {

// Opens `output`'s temporary file for `container` with the cues, labels and tags in place
// (they must be, before the first sample is written).
SndfilePtr open_for_writing(AtomicOutput& output, AudioContainer container, const AudioLayout& layout,
                            const std::vector<Chapter>& chapters, const AudioTags& tags) {
  const std::string& path = output.final_path();
  SF_INFO info{};
  info.samplerate = layout.sample_rate_hz;
  info.channels = layout.channels;
  info.format = sndfile_format(container);
  if (!sndfile_can_write(container, layout)) {
    throw Error::output(path, std::string("this libsndfile cannot write ") + to_string(container) + " at " +
                                  std::to_string(layout.sample_rate_hz) + " Hz, " + std::to_string(layout.channels) +
                                  " channel(s)");
  }
  SndfilePtr file(sf_open_fd(output.fd(), SFM_WRITE, &info, SF_FALSE));
  if (!file) throw Error::output(path, std::string("cannot write ") + to_string(container) + ": " + sf_strerror(nullptr));
  auto fail = [&](const std::string& what) {
    return Error::output(path, what + ": " + sf_strerror(file.get()));
  };

  // Cues and labels must be in place before the first sample is written.
  std::vector<std::uint32_t> cues;
  std::string adtl;
  SF_CHUNK_INFO adtl_chunk{};
  if (container == AudioContainer::kWav && !chapters.empty()) {
    cues = make_cue_block(chapters);
    if (sf_command(file.get(), SFC_SET_CUE, cues.data(), static_cast<int>(cues.size() * sizeof(std::uint32_t))) !=
        SF_TRUE) {
      throw fail("cannot store chapter cue points");
    }
    adtl = make_adtl_payload(chapters);
    std::memcpy(adtl_chunk.id, "LIST", 4);
    adtl_chunk.id_size = 4;
    adtl_chunk.datalen = static_cast<unsigned>(adtl.size());
    adtl_chunk.data = adtl.data();
    if (sf_set_chunk(file.get(), &adtl_chunk) != SF_ERR_NO_ERROR) throw fail("cannot store chapter labels");
  }
  if (!tags.title.empty()) sf_set_string(file.get(), SF_STR_TITLE, tags.title.c_str());
  if (!tags.artist.empty()) sf_set_string(file.get(), SF_STR_ARTIST, tags.artist.c_str());
  if (!tags.date.empty()) sf_set_string(file.get(), SF_STR_DATE, tags.date.c_str());
  if (!tags.comment.empty()) sf_set_string(file.get(), SF_STR_COMMENT, tags.comment.c_str());
  if (!is_pcm(container)) {
    // Lossy encoders take floats; clip rather than wrap anything at full scale.
    sf_command(file.get(), SFC_SET_CLIPPING, nullptr, SF_TRUE);
    // 0 best .. 1 smallest. Speech needs little: these give about 64 kb/s MP3 and Vorbis
    // and about 48 kb/s Opus (whose scale runs from 256 kb/s down) for a mono voice.
    double quality = container == AudioContainer::kOpus ? 0.8 : 0.4;
    sf_command(file.get(), SFC_SET_COMPRESSION_LEVEL, &quality, sizeof quality);
  }

  return file;
}

void finish_writing(SndfilePtr file, const std::string& path, AudioContainer container) {
  int close_status = sf_close(file.release());
  if (close_status != 0) {
    throw Error::output(path, std::string("cannot finish ") + to_string(container) + ": " + sf_error_number(close_status));
  }
}

}  // namespace

void write_sndfile_audio(AtomicOutput& output, AudioContainer container, const AudioLayout& layout,
                         const std::vector<Chapter>& chapters, const AudioTags& tags, const FrameSource& source) {
  const std::string& path = output.final_path();
  SndfilePtr file = open_for_writing(output, container, layout, chapters, tags);
  const auto channels = static_cast<std::size_t>(layout.channels);
  std::vector<std::int16_t> pcm;
  source([&](std::span<const float> block) {
    auto frames = static_cast<sf_count_t>(block.size() / channels);
    sf_count_t written = 0;
    if (is_pcm(container)) {
      to_pcm16(block, pcm);
      written = sf_writef_short(file.get(), pcm.data(), frames);
    } else {
      written = sf_writef_float(file.get(), block.data(), frames);
    }
    if (written != frames) throw Error::output(path, std::string("cannot write audio: ") + sf_strerror(file.get()));
  });
  finish_writing(std::move(file), path, container);
}

void write_briefing_wav(const std::string& path, int sample_rate_hz, const std::vector<Chapter>& chapters,
                        const AudioTags& tags, const PcmSpool& audio) {
  AtomicOutput output(path);
  // No gain, limiter or resampling here: the 16-bit samples go to the file as they are,
  // without the float chain (one article's WAV in a batch is mostly this copy).
  SndfilePtr file = open_for_writing(output, AudioContainer::kWav, {sample_rate_hz, 1}, chapters, tags);
  audio.read_all([&](std::span<const std::int16_t> block) {
    const auto frames = static_cast<sf_count_t>(block.size());
    if (sf_writef_short(file.get(), block.data(), frames) != frames) {
      throw Error::output(path, std::string("cannot write audio: ") + sf_strerror(file.get()));
    }
  });
  finish_writing(std::move(file), path, AudioContainer::kWav);
  output.commit();
}

WavInfo read_wav_info(const std::string& path) {
  check_riff_wave_layout(path);
  SF_INFO info{};
  SndfilePtr file(sf_open(path.c_str(), SFM_READ, &info));
  if (!file) throw Error::input(path, std::string("cannot read audio: ") + sf_strerror(nullptr));
  WavInfo result;
  result.sample_rate_hz = info.samplerate;
  result.channels = info.channels;
  result.frames = info.frames;
  if (const char* title = sf_get_string(file.get(), SF_STR_TITLE)) result.title = title;
  if (const char* comment = sf_get_string(file.get(), SF_STR_COMMENT)) result.comment = comment;

  std::uint32_t cue_count = 0;
  if (sf_command(file.get(), SFC_GET_CUE_COUNT, &cue_count, sizeof cue_count) == SF_TRUE && cue_count > 0) {
    cue_count = std::min<std::uint32_t>(cue_count, 100000);
    std::vector<std::uint32_t> block(1 + cue_count * sizeof(SF_CUE_POINT) / sizeof(std::uint32_t), 0);
    if (sf_command(file.get(), SFC_GET_CUE, block.data(), static_cast<int>(block.size() * sizeof(std::uint32_t))) ==
        SF_TRUE) {
      std::vector<std::pair<std::uint32_t, std::string>> labels;
      SF_CHUNK_INFO wanted{};
      std::memcpy(wanted.id, "LIST", 4);
      wanted.id_size = 4;
      for (SF_CHUNK_ITERATOR* it = sf_get_chunk_iterator(file.get(), &wanted); it != nullptr;
           it = sf_next_chunk_iterator(it)) {
        SF_CHUNK_INFO chunk{};
        // Our label lists stay under kMaxAdtlBytes; a chunk claiming far more is not one of them,
        // and must not make us allocate what a hostile header claims.
        if (sf_get_chunk_size(it, &chunk) != SF_ERR_NO_ERROR || chunk.datalen == 0 ||
            chunk.datalen > 4 * kMaxAdtlBytes) {
          continue;
        }
        std::vector<unsigned char> data(chunk.datalen);
        chunk.data = data.data();
        if (sf_get_chunk_data(it, &chunk) == SF_ERR_NO_ERROR) parse_adtl(data, labels);
      }
      const auto* points = reinterpret_cast<const SF_CUE_POINT*>(block.data() + 1);
      std::uint32_t count = std::min(block[0], cue_count);
      for (std::uint32_t i = 0; i < count; ++i) {
        Chapter chapter;
        chapter.start_frame = points[i].sample_offset;
        for (const auto& [id, text] : labels) {
          if (id == static_cast<std::uint32_t>(points[i].indx)) chapter.title = text;
        }
        result.chapters.push_back(std::move(chapter));
      }
      std::sort(result.chapters.begin(), result.chapters.end(),
                [](const Chapter& a, const Chapter& b) { return a.start_frame < b.start_frame; });
      for (std::size_t i = 0; i < result.chapters.size(); ++i) {
        std::int64_t end = i + 1 < result.chapters.size() ? result.chapters[i + 1].start_frame : result.frames;
        result.chapters[i].frame_count = end - result.chapters[i].start_frame;
      }
    }
  }
  return result;
}

void append_wav_samples(const std::string& path, PcmSpool& spool) {
  check_riff_wave_layout(path);
  SF_INFO info{};
  SndfilePtr file(sf_open(path.c_str(), SFM_READ, &info));
  if (!file) throw Error::input(path, std::string("cannot read audio: ") + sf_strerror(nullptr));
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
  if (sf_error(file.get()) != SF_ERR_NO_ERROR) throw Error::input(path, std::string("cannot read audio: ") + sf_strerror(file.get()));
}

std::vector<std::int16_t> load_sound(const std::string& path, int sample_rate_hz) {
  if (starts_like_riff(path)) check_riff_wave_layout(path);
  SF_INFO info{};
  SndfilePtr file(sf_open(path.c_str(), SFM_READ, &info));
  if (!file) throw Error::input(path, std::string("cannot read sound: ") + sf_strerror(nullptr));
  if (info.channels < 1 || info.samplerate < 1) throw Error::input(path, "sound has no audio");
  if (info.frames > static_cast<sf_count_t>(kMaxSoundSeconds) * info.samplerate) {
    throw Error::input(path, "sound is longer than " + std::to_string(kMaxSoundSeconds) + " seconds");
  }
  const auto channels = static_cast<std::size_t>(info.channels);
  std::vector<float> interleaved(static_cast<std::size_t>(info.frames) * channels);
  sf_count_t got = sf_readf_float(file.get(), interleaved.data(), info.frames);
  if (got < 0) throw Error::input(path, std::string("cannot read sound: ") + sf_strerror(file.get()));
  std::vector<float> mono(static_cast<std::size_t>(got));
  for (std::size_t f = 0; f < mono.size(); ++f) {
    float sum = 0;
    for (std::size_t c = 0; c < channels; ++c) sum += interleaved[f * channels + c];
    mono[f] = sum / static_cast<float>(channels);
  }
  if (info.samplerate != sample_rate_hz) {
    Resampler resampler(info.samplerate, sample_rate_hz);
    std::vector<float> resampled;
    resampler.process(mono.data(), mono.size(), resampled);
    resampler.flush(resampled);
    mono = std::move(resampled);
  }
  std::vector<std::int16_t> samples;
  to_pcm16(mono, samples);
  return samples;
}

std::string sndfile_version() {
  // sf_version_string() reads "libsndfile-1.2.0".
  std::string version = sf_version_string();
  const std::string prefix = "libsndfile-";
  if (version.rfind(prefix, 0) == 0) version.erase(0, prefix.size());
  return version;
}

}  // namespace briefcast
