// The only file that calls FFmpeg, through assemble/libav.h (loaded when first needed).
#include "assemble/mp4_file.h"


#include <memory>
#include <string>

#include "assemble/libav.h"
#include "io/atomic_output.h"
#include "model/error.h"

namespace briefcast {

namespace {

// FFmpeg's functions; write_mp4_audio has loaded them (or thrown) before anything calls this.
const LibAv& ff() { return libav(""); }

struct FormatCloser {
  void operator()(AVFormatContext* context) const {
    if (context->pb != nullptr && (context->oformat->flags & AVFMT_NOFILE) == 0) ff().avio_closep(&context->pb);
    ff().avformat_free_context(context);
  }
};
struct CodecCloser {
  void operator()(AVCodecContext* context) const { ff().avcodec_free_context(&context); }
};
struct FrameCloser {
  void operator()(AVFrame* frame) const { ff().av_frame_free(&frame); }
};
struct PacketCloser {
  void operator()(AVPacket* packet) const { ff().av_packet_free(&packet); }
};
struct DictionaryCloser {
  void operator()(AVDictionary* dictionary) const { ff().av_dict_free(&dictionary); }
};

std::string av_error_text(int code) {
  char text[AV_ERROR_MAX_STRING_SIZE] = {};
  ff().av_strerror(code, text, sizeof text);
  return text;
}

class Mp4Writer {
 public:
  Mp4Writer(const std::string& temp_path, std::string shown_path, const AudioLayout& layout)
      : shown_path_(std::move(shown_path)), layout_(layout) {
    // Library code never prints: FFmpeg's own log (progress notes, warnings about the
    // temporary file's name) is silenced; failures come back as status codes instead.
    ff().av_log_set_level(AV_LOG_QUIET);
    AVFormatContext* raw = nullptr;
    // The "ipod" muxer is MP4 as Apple's players want .m4a and .m4b.
    int status = ff().avformat_alloc_output_context2(&raw, nullptr, "ipod", temp_path.c_str());
    if (status < 0 || raw == nullptr) throw fail("cannot set up the MP4 muxer", status);
    format_.reset(raw);

    const AVCodec* codec = ff().avcodec_find_encoder(AV_CODEC_ID_AAC);
    if (codec == nullptr) throw fail("this FFmpeg has no AAC encoder", 0);
    stream_ = ff().avformat_new_stream(format_.get(), nullptr);
    if (stream_ == nullptr) throw fail("cannot add an audio stream", AVERROR(ENOMEM));
    encoder_.reset(ff().avcodec_alloc_context3(codec));
    if (!encoder_) throw fail("cannot set up the AAC encoder", AVERROR(ENOMEM));
    encoder_->sample_fmt = AV_SAMPLE_FMT_FLTP;
    encoder_->sample_rate = layout.sample_rate_hz;
    ff().av_channel_layout_default(&encoder_->ch_layout, layout.channels);
    encoder_->bit_rate = static_cast<std::int64_t>(kAacBitsPerSecondPerChannel) * layout.channels;
    encoder_->time_base = AVRational{1, layout.sample_rate_hz};
    if ((format_->oformat->flags & AVFMT_GLOBALHEADER) != 0) encoder_->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
    // The default "twoloop" coder costs several times more CPU for no audible gain on speech.
    ff().av_opt_set(encoder_->priv_data, "aac_coder", "fast", 0);
    status = ff().avcodec_open2(encoder_.get(), codec, nullptr);
    if (status < 0) throw fail("cannot open the AAC encoder", status);
    status = ff().avcodec_parameters_from_context(stream_->codecpar, encoder_.get());
    if (status < 0) throw fail("cannot describe the AAC stream", status);
    stream_->time_base = encoder_->time_base;

    frame_.reset(ff().av_frame_alloc());
    packet_.reset(ff().av_packet_alloc());
    if (!frame_ || !packet_) throw fail("out of memory", AVERROR(ENOMEM));
    frame_samples_ = encoder_->frame_size > 0 ? encoder_->frame_size : 1024;
    pending_.assign(static_cast<std::size_t>(layout.channels), {});

    status = ff().avio_open(&format_->pb, temp_path.c_str(), AVIO_FLAG_WRITE);
    if (status < 0) throw fail("cannot open for writing", status);
  }

  void set_tags(const AudioTags& tags) {
    auto put = [this](const char* key, const std::string& value) {
      if (!value.empty()) ff().av_dict_set(&format_->metadata, key, value.c_str(), 0);
    };
    put("title", tags.title);
    put("album", tags.title);
    put("artist", tags.artist);
    put("date", tags.date);
    put("comment", tags.comment);
    put("genre", "Podcast");
  }

  // Chapters belong to the format context, which frees them; this mirrors how FFmpeg's own
  // tools copy chapters into an output.
  void set_chapters(const std::vector<Chapter>& chapters) {
    if (chapters.empty()) return;
    auto** list = static_cast<AVChapter**>(ff().av_calloc(chapters.size(), sizeof(AVChapter*)));
    if (list == nullptr) throw fail("out of memory", AVERROR(ENOMEM));
    format_->chapters = list;
    for (std::size_t i = 0; i < chapters.size(); ++i) {
      auto* chapter = static_cast<AVChapter*>(ff().av_mallocz(sizeof(AVChapter)));
      if (chapter == nullptr) throw fail("out of memory", AVERROR(ENOMEM));
      chapter->id = static_cast<std::int64_t>(i + 1);
      chapter->time_base = AVRational{1, layout_.sample_rate_hz};
      chapter->start = chapters[i].start_frame;
      chapter->end = chapters[i].start_frame + chapters[i].frame_count;
      ff().av_dict_set(&chapter->metadata, "title", chapters[i].title.c_str(), 0);
      list[i] = chapter;
      format_->nb_chapters = static_cast<unsigned>(i + 1);
    }
  }

  void start() {
    AVDictionary* raw = nullptr;
    ff().av_dict_set(&raw, "movflags", "+faststart", 0);
    std::unique_ptr<AVDictionary, DictionaryCloser> options(raw);
    int status = ff().avformat_write_header(format_.get(), &raw);
    options.release();
    options.reset(raw);
    if (status < 0) throw fail("cannot write the MP4 header", status);
  }

  void add(std::span<const float> interleaved) {
    const auto channels = static_cast<std::size_t>(layout_.channels);
    for (std::size_t i = 0; i < interleaved.size(); ++i) pending_[i % channels].push_back(interleaved[i]);
    while (pending_[0].size() >= static_cast<std::size_t>(frame_samples_)) encode_pending(frame_samples_);
  }

  void finish() {
    if (!pending_[0].empty()) encode_pending(static_cast<int>(pending_[0].size()));  // a short last frame
    send(nullptr);
    int status = ff().av_write_trailer(format_.get());
    if (status < 0) throw fail("cannot finish the MP4 file", status);
    status = ff().avio_closep(&format_->pb);
    if (status < 0) throw fail("cannot close the MP4 file", status);
  }

 private:
  Error fail(const std::string& what, int status) const {
    return Error::output(shown_path_, status < 0 ? what + ": " + av_error_text(status) : what);
  }

  void encode_pending(int samples) {
    AVFrame* frame = frame_.get();
    ff().av_frame_unref(frame);
    frame->nb_samples = samples;
    frame->format = AV_SAMPLE_FMT_FLTP;
    frame->sample_rate = layout_.sample_rate_hz;
    int status = ff().av_channel_layout_copy(&frame->ch_layout, &encoder_->ch_layout);
    if (status >= 0) status = ff().av_frame_get_buffer(frame, 0);
    if (status < 0) throw fail("cannot allocate an audio frame", status);
    const auto count = static_cast<std::size_t>(samples);
    for (std::size_t c = 0; c < pending_.size(); ++c) {
      auto* plane = reinterpret_cast<float*>(frame->extended_data[c]);
      std::copy(pending_[c].begin(), pending_[c].begin() + static_cast<std::ptrdiff_t>(count), plane);
      pending_[c].erase(pending_[c].begin(), pending_[c].begin() + static_cast<std::ptrdiff_t>(count));
    }
    frame->pts = next_pts_;
    next_pts_ += samples;
    send(frame);
  }

  void send(AVFrame* frame) {
    int status = ff().avcodec_send_frame(encoder_.get(), frame);
    if (status < 0) throw fail("AAC encoding failed", status);
    for (;;) {
      status = ff().avcodec_receive_packet(encoder_.get(), packet_.get());
      if (status == AVERROR(EAGAIN) || status == AVERROR_EOF) return;
      if (status < 0) throw fail("AAC encoding failed", status);
      ff().av_packet_rescale_ts(packet_.get(), encoder_->time_base, stream_->time_base);
      packet_->stream_index = stream_->index;
      status = ff().av_interleaved_write_frame(format_.get(), packet_.get());
      if (status < 0) throw fail("cannot write audio", status);
    }
  }

  std::string shown_path_;
  AudioLayout layout_;
  std::unique_ptr<AVFormatContext, FormatCloser> format_;
  std::unique_ptr<AVCodecContext, CodecCloser> encoder_;
  std::unique_ptr<AVFrame, FrameCloser> frame_;
  std::unique_ptr<AVPacket, PacketCloser> packet_;
  AVStream* stream_ = nullptr;
  int frame_samples_ = 1024;
  std::int64_t next_pts_ = 0;
  std::vector<std::vector<float>> pending_;  // per channel, samples not yet in a frame
};

}  // namespace

void write_mp4_audio(AtomicOutput& output, const AudioLayout& layout, const std::vector<Chapter>& chapters,
                     const AudioTags& tags, const FrameSource& source) {
  libav(output.final_path());  // throws, naming the file, when FFmpeg's libraries are missing
  Mp4Writer writer(output.temp_path(), output.final_path(), layout);
  writer.set_tags(tags);
  writer.set_chapters(chapters);
  writer.start();
  source([&writer](std::span<const float> block) { writer.add(block); });
  writer.finish();
}

}  // namespace briefcast
