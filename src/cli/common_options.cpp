#include "cli/common_options.h"

#include <chrono>
#include <cstdlib>
#include <ctime>
#include <iostream>

#include "cli/cli_model.h"
#include "pipeline/announcements.h"

namespace briefcast::cli {

void add_voice_options(CLI::App& command, VoiceConfig& voice) {
  command.add_option("--voice", voice.voice, "eSpeak NG voice (see 'briefcast voices'); without it, each article is spoken by the voice of its language")
      ->type_name(kVoiceValue)
      ->capture_default_str();
  command.add_option("--rate", voice.rate_wpm, "Speaking rate in words per minute")
      ->type_name("WPM")
      ->check(CLI::Range(80, 450))
      ->capture_default_str();
  command.add_option("--pitch", voice.pitch, "Base pitch, 0 to 100")->type_name("N")->check(CLI::Range(0, 100))->capture_default_str();
}

void add_pause_options(CLI::App& command, PauseConfig& pauses) {
  auto ms = CLI::Range(0, 60000);
  command.add_option("--pause-title", pauses.after_title_ms, "Pause after a headline, ms")->type_name("MS")->check(ms)->capture_default_str();
  command.add_option("--pause-sentence", pauses.sentence_ms, "Pause between sentences, ms")->type_name("MS")->check(ms)->capture_default_str();
  command.add_option("--pause-paragraph", pauses.paragraph_ms, "Pause between paragraphs, ms")->type_name("MS")->check(ms)->capture_default_str();
  command.add_option("--pause-chapter", pauses.chapter_ms, "Pause between articles, ms")->type_name("MS")->check(ms)->capture_default_str();
}

void add_input_kind_options(CLI::App& command, CleanConfig& clean) {
  auto* text = command.add_flag("--text", clean.force_text, "Treat input as copied page text, do not sniff");
  command.add_flag("--html", clean.force_html, "Treat input as HTML, do not sniff")->excludes(text);
}

void add_budget_options(CLI::App& command, TimeBudget& budget) {
  auto minutes = CLI::Range(0.01, 10000.0);
  command.add_option("--max-minutes", budget.max_minutes,
                     "Fit the whole briefing, intro and outro included, in this many minutes: stories are cut "
                     "after whole sentences, each keeping its headline and lead")
      ->type_name("M")
      ->check(minutes);
  command.add_option("--max-story-minutes", budget.max_story_minutes,
                     "Cut each story to at most this many minutes, keeping its headline and lead")
      ->type_name("M")
      ->check(minutes);
  command.add_flag("--headlines", budget.headlines_only, "Each story's headline and lead sentence only");
}

std::string printable(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    auto byte = static_cast<unsigned char>(text[i]);
    // U+0080-U+009F in UTF-8 (C2 80-9F) are the C1 controls: some terminals obey an 8-bit
    // CSI or OSC as readily as ESC [ or ESC ].
    if (byte == 0xc2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
        static_cast<unsigned char>(text[i + 1]) <= 0x9f) {
      out.push_back(' ');
      ++i;
      continue;
    }
    out.push_back(byte < 0x20 || byte == 0x7f ? ' ' : text[i]);
  }
  return out;
}

Lexicon load_lexicon(const std::string& path) {
  LexiconParseResult parsed = load_lexicon_file(path);
  for (const std::string& problem : parsed.errors) report_error(path + ": " + problem);
  return parsed.lexicon;
}

std::string today_iso() {
  std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  char buffer[16];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%d", &local);
  return buffer;
}

std::string today_spoken() {
  std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return spoken_date(local.tm_year + 1900, static_cast<unsigned>(local.tm_mon + 1), static_cast<unsigned>(local.tm_mday));
}

void report_error(const std::string& message) { std::cerr << "briefcast: " << printable(message) << '\n'; }

void report_error(const Error& error) { report_error(error.one_line()); }

}  // namespace briefcast::cli
