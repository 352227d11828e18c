// The one error type of briefcast: it carries the stage that failed and the file it concerns,
// so the CLI can print "briefcast: FILE: problem" and batch runs can record it per article.
#pragma once

#include <stdexcept>
#include <string>

namespace briefcast {

enum class Stage { kInput, kClean, kSegment, kNormalize, kSynth, kAssemble, kOutput, kUsage };

const char* to_string(Stage stage);

class Error : public std::runtime_error {
 public:
  Error(Stage stage, std::string path, const std::string& message);

  // Named constructors for the common failures.
  static Error input(std::string path, const std::string& message) {
    return Error(Stage::kInput, std::move(path), message);
  }
  static Error no_article(std::string path) {
    return Error(Stage::kClean, std::move(path), "no article text found");
  }
  static Error output(std::string path, const std::string& message) {
    return Error(Stage::kOutput, std::move(path), message);
  }
  static Error synth(std::string path, const std::string& message) {
    return Error(Stage::kSynth, std::move(path), message);
  }
  static Error usage(const std::string& message) { return Error(Stage::kUsage, "", message); }

  Stage stage() const { return stage_; }
  const std::string& path() const { return path_; }
  const std::string& message() const { return message_; }

  // "PATH: message", or just "message" when no path applies.
  std::string one_line() const;

 private:
  Stage stage_;
  std::string path_;
  std::string message_;
};

}  // namespace briefcast
