#include "output/player_page.h"

#include <cctype>
#include <cstdio>
#include <filesystem>

#include "chapters/timed_text.h"

namespace briefcast {

namespace {

std::string seconds(std::int64_t ms) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.3f", static_cast<double>(ms) / 1000.0);
  return buffer;
}

constexpr const char* kStyle = R"(
body { font: 17px/1.5 system-ui, sans-serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; color: #222; }
audio { width: 100%; margin: 1rem 0; }
nav ol { padding-left: 1.4rem; }
nav button { font: inherit; text-align: left; background: none; border: 0; padding: .2rem .3rem; cursor: pointer;
             color: #0645ad; }
nav button.current { font-weight: 600; color: #222; }
.time { color: #777; font-variant-numeric: tabular-nums; margin-right: .4rem; }
.transcript span { cursor: pointer; border-radius: 3px; transition: background .2s; }
.transcript span.speaking { background: #ffe98a; }
.transcript h2 { font-size: 1.1rem; margin-top: 1.6rem; }
)";

constexpr const char* kScript = R"(
(() => {
  const audio = document.getElementById('player');
  const chapters = [...document.querySelectorAll('nav button[data-start]')];
  const lines = [...document.querySelectorAll('.transcript [data-start]')];
  const seek = (t) => { audio.currentTime = t; audio.play().catch(() => {}); };
  for (const el of [...chapters, ...lines]) el.addEventListener('click', () => seek(+el.dataset.start));
  // The latest item that has started, so a line stays lit through the pause after it.
  const latest = (items, t) => {
    let found = null;
    for (const el of items) if (+el.dataset.start <= t + 0.01) found = el;
    return found;
  };
  let lit = null, current = null;
  const update = () => {
    const t = audio.currentTime;
    const line = latest(lines, t);
    if (line !== lit) {
      if (lit) { lit.classList.remove('speaking'); lit.removeAttribute('aria-current'); }
      if (line) {
        line.classList.add('speaking');
        line.setAttribute('aria-current', 'true');
        line.scrollIntoView({block: 'nearest'});
      }
      lit = line;
    }
    const chapter = latest(chapters, t);
    if (chapter !== current) {
      if (current) current.classList.remove('current');
      if (chapter) chapter.classList.add('current');
      current = chapter;
    }
  };
  for (const type of ['timeupdate', 'seeked', 'play']) audio.addEventListener(type, update);
  update();
})();
)";

}  // namespace

std::string escape_html(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out.push_back(c);
    }
  }
  return out;
}

std::string relative_audio_url(const std::string& page_path, const std::string& audio_path) {
  namespace fs = std::filesystem;
  fs::path page_dir = fs::absolute(fs::path(page_path)).lexically_normal().parent_path();
  fs::path relative = fs::absolute(fs::path(audio_path)).lexically_normal().lexically_relative(page_dir);
  std::string url;
  for (char ch : relative.generic_string()) {
    const auto c = static_cast<unsigned char>(ch);
    if (std::isalnum(c) != 0 || ch == '/' || ch == '.' || ch == '-' || ch == '_' || ch == '~') {
      url.push_back(ch);
    } else {
      char hex[4];
      std::snprintf(hex, sizeof hex, "%%%02X", c);
      url += hex;
    }
  }
  return url;
}

std::string make_player_page(const RenderedBriefing& briefing, int sample_rate_hz, const PlayerPageConfig& config) {
  const std::string title = config.tags.title.empty() ? "Briefing" : config.tags.title;
  std::string html = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
  html += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  // No network: nothing but this file and the audio beside it may load.
  html += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; media-src 'self' file:; "
          "style-src 'unsafe-inline'; script-src 'unsafe-inline'\">\n";
  html += "<title>" + escape_html(title) + "</title>\n<style>" + std::string(kStyle) + "</style>\n</head>\n<body>\n";
  html += "<h1>" + escape_html(title) + "</h1>\n";
  if (!config.tags.date.empty()) html += "<p class=\"date\">" + escape_html(config.tags.date) + "</p>\n";
  html += "<audio id=\"player\" controls preload=\"metadata\" src=\"" + escape_html(config.audio_url) + "\"></audio>\n";

  html += "<nav aria-label=\"Chapters\">\n<ol>\n";
  for (const TimedText& chapter : chapters_to_timed_text(briefing.chapters, sample_rate_hz)) {
    html += "<li><button type=\"button\" data-start=\"" + seconds(chapter.start_ms) + "\"><span class=\"time\">" +
            format_clock_ms(chapter.start_ms).substr(0, 8) + "</span>" + escape_html(chapter.text) + "</button></li>\n";
  }
  html += "</ol>\n</nav>\n<div class=\"transcript\">\n";
  std::size_t open_chapter = kNoChapter;
  bool paragraph_open = false;
  for (const SpokenSegment& segment : briefing.segments) {
    if (segment.chapter_index != open_chapter || segment.kind == SegmentKind::kTitle) {
      if (paragraph_open) html += "</p>\n";
      paragraph_open = false;
      open_chapter = segment.chapter_index;
    }
    std::string attributes = " data-start=\"" + seconds(frames_to_ms(segment.start_frame, sample_rate_hz)) +
                             "\" data-end=\"" + seconds(frames_to_ms(segment.end_frame, sample_rate_hz)) + "\"";
    if (segment.kind == SegmentKind::kTitle) {
      html += "<h2><span" + attributes + ">" + escape_html(one_line(segment.text)) + "</span></h2>\n";
      continue;
    }
    if (!paragraph_open) html += "<p>";
    else html += " ";
    paragraph_open = true;
    html += "<span" + attributes + ">" + escape_html(one_line(segment.text)) + "</span>";
  }
  if (paragraph_open) html += "</p>\n";
  html += "</div>\n<script>" + std::string(kScript) + "</script>\n</body>\n</html>\n";
  return html;
}

}  // namespace briefcast
