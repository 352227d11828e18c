// The only file that includes TagLib.
#include "assemble/chapter_tags.h"

#include <taglib/chapterframe.h>
#include <taglib/commentsframe.h>
#include <taglib/flacfile.h>
#include <taglib/id3v2tag.h>
#include <taglib/mpegfile.h>
#include <taglib/opusfile.h>
#include <taglib/tableofcontentsframe.h>
#include <taglib/textidentificationframe.h>
#include <taglib/vorbisfile.h>
#include <taglib/xiphcomment.h>

#include <cstdio>
#include <limits>

#include "chapters/timed_text.h"
#include "model/error.h"

namespace briefcast {

namespace {

TagLib::String utf8(const std::string& text) { return TagLib::String(text, TagLib::String::UTF8); }

void set_xiph(TagLib::Ogg::XiphComment& comment, const std::vector<Chapter>& chapters, int sample_rate_hz,
              const AudioTags& tags) {
  auto put = [&comment](const char* key, const std::string& value) {
    if (!value.empty()) comment.addField(key, utf8(value), true);
  };
  put("TITLE", tags.title);
  put("ARTIST", tags.artist);
  put("DATE", tags.date);
  put("COMMENT", tags.comment);
  std::vector<TimedText> entries = chapters_to_timed_text(chapters, sample_rate_hz);
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const std::string key = vorbis_chapter_key(i);
    comment.addField(key, format_clock_ms(entries[i].start_ms), true);
    comment.addField(key + "NAME", utf8(entries[i].text), true);
  }
}

TagLib::ID3v2::Frame* text_frame(const char* id, const std::string& value) {
  auto* frame = new TagLib::ID3v2::TextIdentificationFrame(id, TagLib::String::UTF8);
  frame->setText(utf8(value));
  return frame;
}

void set_id3(TagLib::ID3v2::Tag& tag, const std::vector<Chapter>& chapters, int sample_rate_hz, const AudioTags& tags) {
  if (!tags.title.empty()) tag.setTitle(utf8(tags.title));
  if (!tags.artist.empty()) tag.setArtist(utf8(tags.artist));
  if (!tags.comment.empty()) tag.setComment(utf8(tags.comment));
  if (!tags.date.empty()) {
    tag.removeFrames("TDRC");
    tag.addFrame(text_frame("TDRC", tags.date));
  }
  tag.removeFrames("CHAP");
  tag.removeFrames("CTOC");
  constexpr unsigned kNoOffset = std::numeric_limits<std::uint32_t>::max();  // times, not byte offsets
  TagLib::ByteVectorList children;
  std::vector<TimedText> entries = chapters_to_timed_text(chapters, sample_rate_hz);
  for (std::size_t i = 0; i < entries.size(); ++i) {
    TagLib::ByteVector id(("chp" + std::to_string(i)).c_str());
    TagLib::ID3v2::FrameList embedded;
    embedded.append(text_frame("TIT2", entries[i].text));
    // The frame takes ownership of the embedded frames; the tag takes ownership of the frame.
    tag.addFrame(new TagLib::ID3v2::ChapterFrame(id, static_cast<unsigned>(entries[i].start_ms),
                                                 static_cast<unsigned>(entries[i].end_ms), kNoOffset, kNoOffset,
                                                 embedded));
    children.append(id);
  }
  if (!entries.empty()) {
    TagLib::ID3v2::FrameList embedded;
    embedded.append(text_frame("TIT2", tags.title.empty() ? "Chapters" : tags.title));
    auto* toc = new TagLib::ID3v2::TableOfContentsFrame("toc", children, embedded);
    toc->setIsTopLevel(true);
    toc->setIsOrdered(true);
    tag.addFrame(toc);
  }
}

}  // namespace

std::string vorbis_chapter_key(std::size_t index) {
  char key[32];
  std::snprintf(key, sizeof key, "CHAPTER%03zu", index + 1);
  return key;
}

void write_chapter_tags(const std::string& path, const std::string& shown_path, AudioContainer container,
                        const std::vector<Chapter>& chapters, int sample_rate_hz, const AudioTags& tags) {
  auto fail = [&](const char* what) { return Error::output(shown_path, std::string("cannot write ") + what); };
  const char* file_name = path.c_str();
  switch (container) {
    case AudioContainer::kMp3: {
      TagLib::MPEG::File file(file_name, false);
      if (!file.isValid()) throw fail("ID3 tags: not a readable MP3");
      set_id3(*file.ID3v2Tag(true), chapters, sample_rate_hz, tags);
      // ID3v2.3 is what most podcast apps read; TagLib stores its text as UTF-16 there.
      if (!file.save(TagLib::MPEG::File::ID3v2, TagLib::File::StripOthers, TagLib::ID3v2::v3)) {
        throw fail("ID3 chapters");
      }
      return;
    }
    case AudioContainer::kFlac: {
      TagLib::FLAC::File file(file_name, false);
      if (!file.isValid()) throw fail("Vorbis comments: not a readable FLAC file");
      set_xiph(*file.xiphComment(true), chapters, sample_rate_hz, tags);
      if (!file.save()) throw fail("FLAC chapter comments");
      return;
    }
    case AudioContainer::kOggVorbis: {
      TagLib::Ogg::Vorbis::File file(file_name, false);
      if (!file.isValid()) throw fail("Vorbis comments: not a readable Ogg Vorbis file");
      set_xiph(*file.tag(), chapters, sample_rate_hz, tags);
      if (!file.save()) throw fail("Ogg chapter comments");
      return;
    }
    case AudioContainer::kOpus: {
      TagLib::Ogg::Opus::File file(file_name, false);
      if (!file.isValid()) throw fail("Vorbis comments: not a readable Opus file");
      set_xiph(*file.tag(), chapters, sample_rate_hz, tags);
      if (!file.save()) throw fail("Opus chapter comments");
      return;
    }
    case AudioContainer::kWav:
    case AudioContainer::kMp4Aac:
      return;
  }
}

}  // namespace briefcast
