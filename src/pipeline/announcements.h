// What the briefing's host says around the stories: the spoken intro ("Briefing for Friday,
// November 27. Three stories: ...") and outro. Pure text builders, English only.
#pragma once

#include <string>
#include <vector>

namespace briefcast {

// "Friday, November 27" for 2026-11-27. Returns an empty string for an impossible date.
std::string spoken_date(int year, unsigned month, unsigned day);

// "Briefing for Friday, November 27." then "Three stories: A; B; and C." Lists every headline
// up to kMaxIntroTitles, otherwise the first few and how many more follow. With
// `about_minutes` > 0 (stories were shortened to fit a time budget) it says how long the
// briefing is instead of listing headlines each story opens with anyway: "Six stories, about
// ten minutes."
std::vector<std::string> make_intro_sentences(const std::vector<std::string>& titles, const std::string& date,
                                              int about_minutes = 0);

inline constexpr std::size_t kMaxIntroTitles = 5;

// "That was the briefing for Friday, November 27." (without a date: "That was the briefing.")
std::vector<std::string> make_outro_sentences(const std::string& date);

}  // namespace briefcast
