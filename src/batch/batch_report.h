// The --report FILE.json of a batch: every article's input, status, error, output, duration
// and chapter start in the combined briefing, so a nightly job can act on failures.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "batch/batch_result.h"

namespace briefcast {

nlohmann::json batch_report_json(const BatchResult& result);

// Writes the report atomically. Throws Error (Stage::kOutput).
void write_batch_report(const std::string& path, const BatchResult& result);

}  // namespace briefcast
