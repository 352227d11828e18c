// Every output file is written to a temporary file in its own folder and renamed into place
// only when complete (after fsync), so a reader never sees a half-written file and an earlier
// output survives a failed run.
#pragma once

#include <string>

namespace briefcast {

class AtomicOutput {
 public:
  // Creates "<dir>/.<name>.XXXXXX.tmp" beside `final_path`. Throws Error (Stage::kOutput).
  explicit AtomicOutput(std::string final_path);
  // Removes the temporary file unless commit() succeeded.
  ~AtomicOutput();
  AtomicOutput(const AtomicOutput&) = delete;
  AtomicOutput& operator=(const AtomicOutput&) = delete;

  int fd() const { return fd_; }
  const std::string& temp_path() const { return temp_path_; }
  const std::string& final_path() const { return final_path_; }

  // Appends bytes to the temporary file. Throws Error (Stage::kOutput) on a short write.
  void write(const void* data, std::size_t size);
  void write(const std::string& text) { write(text.data(), text.size()); }

  // fsync, close and rename over the final path. Throws Error (Stage::kOutput).
  void commit();

 private:
  std::string final_path_;
  std::string temp_path_;
  int fd_ = -1;
  int pending_slot_ = -1;  // where the signal handler finds temp_path_
  bool committed_ = false;
};

// Removes the temporary files of every AtomicOutput not yet committed. Async-signal-safe:
// meant for a SIGINT/SIGTERM handler, so an interrupted run leaves no partial file.
void remove_pending_outputs() noexcept;

// Installs SIGINT, SIGTERM and SIGHUP handlers that remove pending outputs and then let the
// signal end the process as it would have. For programs (the CLI), never called by the library.
void install_interrupt_cleanup();

// Writes `contents` to `path` atomically.
void write_file_atomically(const std::string& path, const std::string& contents);

}  // namespace briefcast
