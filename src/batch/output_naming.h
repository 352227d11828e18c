// Names of per-article outputs in the output folder. A name comes from the input's file name
// but can never escape the folder or surprise a shell: ASCII letters, digits, '-', '_' and '.'
// only, no leading dot or dash, bounded length, and unique (case-insensitively, for
// filesystems that fold case) so that two inputs never overwrite each other.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace briefcast {

// Longest stem kept, in bytes, before the uniqueness suffix and extension are added.
inline constexpr std::size_t kMaxOutputStemBytes = 96;

// The safe stem for `input_path`'s file name without its extension; "article" when nothing
// usable remains.
std::string sanitize_output_stem(std::string_view input_path);

// One unique "<stem>.wav" (or "<stem>-2.wav", ...) per input, in input order. Names in
// `reserved` (such as a combined briefing in the same folder) are never handed out.
std::vector<std::string> assign_output_names(const std::vector<std::string>& input_paths,
                                             const std::vector<std::string>& reserved = {});

}  // namespace briefcast
