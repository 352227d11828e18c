// libav: FFmpeg's libraries (libavutil, libavcodec, libavformat), loaded with dlopen the first
// time an MP4 is written (or a foreign file probed) rather than linked. Linked, they bring about 150 shared libraries
// (every codec FFmpeg knows) into every briefcast process: 50 ms and 25 MiB at each start, for
// a feature most runs never use, and an instruction valgrind cannot emulate (libhwy).
// Only mp4_file.cpp and audio_probe.cpp use this. The headers still give the types, so the calls stay checked;
// the library versions are the ones the headers were built against (their sonames).
#pragma once

#include <string>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/channel_layout.h>
#include <libavutil/opt.h>
}

namespace briefcast {

// One pointer per FFmpeg function used, named as the function.
struct LibAv {
#define BRIEFCAST_LIBAV_FUNCTIONS(X)                                                                             \
  X(av_calloc) X(av_channel_layout_copy) X(av_channel_layout_default) X(av_dict_free) X(av_dict_set)             \
  X(av_frame_alloc) X(av_frame_free) X(av_frame_get_buffer) X(av_frame_unref) X(av_interleaved_write_frame)     \
  X(av_log_set_level) X(av_mallocz) X(av_opt_set) X(av_packet_alloc) X(av_packet_free) X(av_packet_rescale_ts)  \
  X(av_strerror) X(av_write_trailer) X(avcodec_alloc_context3) X(avcodec_find_encoder) X(avcodec_free_context) \
  X(avcodec_open2) X(avcodec_parameters_from_context) X(avcodec_receive_packet) X(avcodec_send_frame)           \
  X(avformat_alloc_output_context2) X(avformat_free_context) X(avformat_new_stream) X(avformat_write_header)    \
  X(avio_closep) X(avio_open)                                                                                    \
  X(avformat_open_input) X(avformat_find_stream_info) X(avformat_close_input) X(av_dict_get)
#define BRIEFCAST_LIBAV_MEMBER(name) decltype(&::name) name = nullptr;
  BRIEFCAST_LIBAV_FUNCTIONS(BRIEFCAST_LIBAV_MEMBER)
#undef BRIEFCAST_LIBAV_MEMBER
};

// The loaded functions; loads the libraries on first use (thread-safe). Throws Error
// (Stage::kOutput, naming `output_path`) when a library or a function is missing.
const LibAv& libav(const std::string& output_path);

}  // namespace briefcast
