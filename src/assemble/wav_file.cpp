// The only file that includes libsndfile.
#include "assemble/wav_file.h"

#include <sndfile.h>

#include <algorithm>
#include <cstring>
#include <memory>

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

}  // namespace

void write_briefing_wav(const std::string& path, int sample_rate_hz, const std::vector<Chapter>& chapters,
                        const WavTags& tags, const PcmSpool& audio) {
  write_briefing_wav(path, sample_rate_hz, chapters, tags, [&audio](const PcmSink& sink) { audio.read_all(sink); });
}

void write_briefing_wav(const std::string& path, int sample_rate_hz, const std::vector<Chapter>& chapters,
                        const WavTags& tags, const std::function<void(const PcmSink&)>& produce) {
  AtomicOutput output(path);
  SF_INFO info{};
  info.samplerate = sample_rate_hz;
  info.channels = 1;
  info.format = SF_FORMAT_WAV | SF_FORMAT_PCM_16;
  SndfilePtr file(sf_open_fd(output.fd(), SFM_WRITE, &info, SF_FALSE));
  if (!file) throw Error::output(path, std::string("cannot write WAV: ") + sf_strerror(nullptr));
  auto fail = [&](const std::string& what) {
    return Error::output(path, what + ": " + sf_strerror(file.get()));
  };

  // Cues and labels must be in place before the first sample is written.
  std::vector<std::uint32_t> cues;
  std::string adtl;
  SF_CHUNK_INFO adtl_chunk{};
  if (!chapters.empty()) {
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

  produce([&](std::span<const std::int16_t> block) {
    auto frames = static_cast<sf_count_t>(block.size());
    if (sf_writef_short(file.get(), block.data(), frames) != frames) throw fail("cannot write audio");
  });
  int close_status = sf_close(file.release());
  if (close_status != 0) throw Error::output(path, std::string("cannot finish WAV: ") + sf_error_number(close_status));
  output.commit();
}

WavInfo read_wav_info(const std::string& path) {
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
        if (sf_get_chunk_size(it, &chunk) != SF_ERR_NO_ERROR || chunk.datalen == 0) continue;
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

}  // namespace briefcast
