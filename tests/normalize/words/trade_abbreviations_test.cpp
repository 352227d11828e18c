#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {}  // namespace briefcast
