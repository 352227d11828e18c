// Removes temporary files that a killed worker or an interrupted run left beside an output.
// AtomicOutput removes its own temporary file, but not when its process dies by a signal; the
// batch parent survives its workers and cleans up after them.
#pragma once

#include <string>
#include <vector>

namespace briefcast {

// Removes the "<folder>/.<name>.XXXXXX.tmp" files that AtomicOutput makes (same naming rule)
// for any of `file_names`, in one pass over the folder. Returns how many were removed; errors
// are ignored, as nothing more could be done about them.
int remove_stale_temp_files(const std::string& folder, const std::vector<std::string>& file_names);

// The same for one output path.
int remove_stale_temp_files(const std::string& final_path);

}  // namespace briefcast
