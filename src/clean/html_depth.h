// html_depth: a linear pre-check of how deeply a page nests its elements. The HTML5 tree
// builder's cost grows with the square of the nesting depth; real pages stay in the tens, so a
// page nested thousands deep is refused before it is parsed.
#pragma once

#include <cstddef>
#include <string_view>

namespace briefcast {

// An upper bound on the element nesting depth of `html`, from one scan of its tags: every start
// tag that is not void or self-closed opens a level, every end tag closes one. Unclosed tags
// count as open, which is what makes a parser's tree deep.
std::size_t estimated_nesting_depth(std::string_view html);

}  // namespace briefcast
