// A camera's settings as photography copy writes them: the aperture "f/2.8" -> "f two point
// eight" (never "f slash"), the shutter speed "1/250s" or "1/250 sec" -> "one two hundred
// fiftieth of a second" (never a fraction or a plural), and a video frame rate "30p" ->
// "thirty p" beside words of video (elsewhere "30p" is pence), and its chroma subsampling
// "4:2:2" -> "four-two-two" (no ratio); a lens's focal length before its aperture qualifies it
// ("the 50mm f/1.8" -> "the fifty-millimeter f one point eight"); a sensor's optical format,
// one over a figure with a point ("1/1.3\"", "1/2.3-inch"), is said "one over one point three
// inch" (a fraction has no point in its bottom; the mark was lost).
// A resolution at its frame rate ("4K/60fps") is a video mode (video_modes.cpp).
#include "normalize/match.h"
#include "normalize/measures/measures.h"
#include "normalize/number_words.h"
#include "normalize/numbers/numbers.h"

namespace briefcast::rules {

namespace {

// An f-number of up to f/64: "2.8", "16".
std::optional<std::string> f_number(std::string_view written) {
  auto number = text::parse_number(written);
  if (!number || number->negative || number->grouped || number->integer.size() > 2) return std::nullopt;
  return number_words(*number, false);
}

// "f/2.8", "F/4", "f/1.8": an aperture of up to f/64; a zoom's, which narrows as it zooms,
// as a range ("f/4.5-5.6" -> "f four point five to five point six").
std::optional<Match> aperture(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (core.size() < 3 || (core[0] != 'f' && core[0] != 'F') || core[1] != '/') return std::nullopt;
  std::string_view value = core.substr(2);
  std::size_t dash = value.find('-');
  auto wide = f_number(value.substr(0, dash));
  if (!wide) return std::nullopt;
  if (dash == std::string_view::npos) return Match{1, "f " + *wide, false};
  auto narrow = f_number(value.substr(dash + 1));
  if (!narrow) return std::nullopt;
  return Match{1, "f " + *wide + " to " + *narrow, false};
}

bool is_second_word(std::string_view w) { return text::is_one_of(w, {"s", "sec", "secs", "second"}); }

// "1/250s", "1/250 sec", "1/8000 s": a shutter speed, one over a whole figure of seconds.
std::optional<Match> shutter_speed(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (!text::starts_with(core, "1/")) return std::nullopt;
  std::string_view rest = core.substr(2);
  std::size_t digits = text::digit_run_end(rest, 0);
  if (digits < 2 || digits > 5 || rest[0] == '0') return std::nullopt;
  std::string_view tail = rest.substr(digits);
  std::size_t count = 1;
  if (tail.empty() && words[i].suffix.empty() && i + 1 < words.size() && words[i + 1].prefix.empty() &&
      is_second_word(words[i + 1].core)) {
    count = 2;
  } else if (!is_second_word(tail) && tail != "th") {
    return std::nullopt;
  }
  return Match{count, "one " + ordinal_words(rest.substr(0, digits)) + " of a second", false};
}

// Words of moving pictures and the cameras and formats that record them.
bool is_video_word(std::string_view w) {
  return text::is_one_of_lowered(w, {"video", "videos", "footage", "4k", "8k", "6k", "fps", "shoots", "records",
                                     "recording", "uhd", "hd", "1080p", "720p", "film", "filming", "frame", "frames",
                                     "camera", "cameras", "camcorder", "camcorders", "codec", "codecs", "chroma",
                                     "prores", "10-bit", "12-bit", "bitrate", "slow-motion", "hdr"});
}

bool is_money_sign(std::string_view w) {
  return w.find("\xc2\xa3") != std::string_view::npos || w.find('$') != std::string_view::npos ||
         w.find("\xe2\x82\xac") != std::string_view::npos;
}

// Words of video a frame rate is said among; not "camera", which a still camera and its
// batteries share with the shops ("50p more for camera batteries").
bool is_frame_rate_cue(std::string_view w) { return is_video_word(w) && !text::is_one_of_lowered(w, {"camera", "cameras"}); }

// Words of paying: nearer a "50p" than a word of video, it is pence.
bool is_money_word(std::string_view w) {
  return is_money_sign(w) || text::is_one_of_lowered(w, {"pay", "pays", "paid", "paying", "cost", "costs", "price",
                                                         "prices", "priced", "cheaper", "dearer", "pence", "penny"});
}

// How far from position i, within `span` words, the nearest word passing `cue` is; span + 1 if none.
std::size_t distance_to(const Words& words, std::size_t i, std::size_t span, bool (*cue)(std::string_view)) {
  for (std::size_t d = 0; d <= span; ++d) {
    if ((i >= d && cue(words[i - d].core)) || (i + d < words.size() && cue(words[i + d].core))) return d;
  }
  return span + 1;
}

// "8K video at 30p", "4K/60p", "up to 120p": a progressive frame rate beside words of video,
// a figure of three said in pairs as camera people say it ("one twenty p").
std::optional<Match> frame_rate(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (core.size() < 3 || core.back() != 'p') return std::nullopt;
  std::string_view figure = core.substr(0, core.size() - 1);
  if (!text::is_one_of(figure, {"24", "25", "30", "48", "50", "60", "100", "120", "240"})) return std::nullopt;
  std::size_t video = distance_to(words, i, 8, is_frame_rate_cue);
  if (video > 8 || distance_to(words, i, 8, is_money_word) < video || text::any_word_near(words, i, 5, is_money_sign)) {
    return std::nullopt;
  }
  std::string said = figure.size() == 3 && figure != "100" ? paired_digit_words(figure) : cardinal_words(figure);
  return Match{1, said + " p", false};
}

// "10-bit 4:2:2", "4:2:0 chroma": a video's chroma subsampling, the samples of brightness to
// those of colour, said figure by figure as the format is named ("four-two-two"); read as a
// ratio it was "four to two to two". Only the four-based forms, beside words of video.
std::optional<Match> chroma_subsampling(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if ((core.size() != 5 && core.size() != 7) || core[0] != '4') return std::nullopt;
  std::string said = "four";
  for (std::size_t k = 1; k < core.size(); k += 2) {
    if (core[k] != ':' || !text::is_one_of(core.substr(k + 1, 1), {"0", "1", "2", "4"})) return std::nullopt;
    said += "-" + std::string(digit_word(core[k + 1]));
  }
  if (!text::any_word_near(words, i, 8, is_video_word)) return std::nullopt;
  return Match{1, said, false};
}

// "the 50mm f/1.8", "a 24-70mm f/2.8 zoom": a lens named by its focal length and widest
// aperture; the length qualifies the lens ("fifty-millimeter"), as before any noun.
std::optional<Match> focal_length(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (!text::ends_with(core, "mm") || !words[i].suffix.empty() || i + 1 >= words.size() ||
      !words[i + 1].prefix.empty() || !aperture(words, i + 1)) {
    return std::nullopt;
  }
  // "70-200mm", "70\u2013200mm": a zoom's range, "seventy-to-two-hundred-millimeter".
  auto spoken = speak_measure_adjective(core);
  if (!spoken) return std::nullopt;
  return Match{1, *spoken, false};
}

// "1/1.3\"", "1/2.3-inch", "1/1.7 inch": a sensor's optical format.
std::optional<Match> sensor_format(const Words& words, std::size_t i) {
  std::string_view core = words[i].core;
  if (!text::starts_with(core, "1/") || core.size() > 16) return std::nullopt;
  std::string_view rest = core.substr(2);
  std::size_t inch = rest.find("-inch");
  if (inch != std::string_view::npos && inch + 5 != rest.size()) return std::nullopt;
  auto bottom = text::parse_number(rest.substr(0, inch));
  if (!bottom || !bottom->has_point || bottom->negative || bottom->grouped || bottom->integer.size() > 1) {
    return std::nullopt;
  }
  std::string said = "one over " + number_words(*bottom, false);
  if (inch != std::string_view::npos) return Match{1, text::hyphenated(said + " inch"), false};
  if (text::starts_with(words[i].suffix, "\"")) return Match{1, said + " inch", false};
  bool inch_follows = words[i].suffix.empty() && i + 1 < words.size() && words[i + 1].prefix.empty() &&
                      text::is_one_of(words[i + 1].core, {"inch", "in", "type"});
  return inch_follows ? std::optional<Match>(Match{1, said, false}) : std::nullopt;
}

}  // namespace

std::optional<Match> match_exposure(const Words& words, std::size_t i) {
  if (words[i].core.empty()) return std::nullopt;
  if (auto m = focal_length(words, i)) return m;
  if (auto m = aperture(words, i)) return m;
  if (auto m = shutter_speed(words, i)) return m;
  if (auto m = sensor_format(words, i)) return m;
  if (auto m = chroma_subsampling(words, i)) return m;
  return frame_rate(words, i);
}

}  // namespace briefcast::rules
