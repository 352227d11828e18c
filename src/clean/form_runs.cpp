#include "clean/form_runs.h"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>

#include "clean/boilerplate_lexicon.h"
#include "clean/unicode_text.h"

namespace briefcast {

namespace {

// A form's line is a label or a message of a sentence or two; a story's paragraph that names a
// password and an account twice is longer.
constexpr std::size_t kMaxFormLineWords = 25;

// Words of a login or sign-up box's fields and messages ("Forgot your password?", "Log in with
// your account"): one of them makes a short line a member of a form's run, never a run on its own.
// A trailing '*' matches the start of a word ("Passwörter", "Registrierung").
constexpr std::array<std::string_view, 16> kFormWords = {
    "password*", "passwort*", "passwört*", "kennwort*", "username", "benutzername*", "log in",  "sign in",
    "sign up",   "einloggen", "anmelden",  "registr*",  "captcha",  "pflichtfeld*",  "mot de passe", "contraseña"};

bool holds_form_word(std::string_view text) {
  const std::string lower = to_lower(text);
  const auto tokens = word_tokens(lower);
  std::string joined = " ";
  for (const auto token : tokens) joined.append(token).push_back(' ');
  return std::any_of(kFormWords.begin(), kFormWords.end(), [&](std::string_view entry) {
    if (entry.back() != '*') return joined.find(" " + std::string(entry) + " ") != std::string::npos;
    const std::string_view stem = entry.substr(0, entry.size() - 1);
    return std::any_of(tokens.begin(), tokens.end(), [&](std::string_view t) { return t.starts_with(stem); });
  });
}

// A line of the site's notices (the lexicon's verdict), a form's line by its words, or neither.
enum class FormLine { kNone, kWord, kNotice };

FormLine form_line(const TextBlock& block) {
  if (block.word_count > kMaxFormLineWords) return FormLine::kNone;
  if (looks_like_site_notice(block.text)) return FormLine::kNotice;
  return holds_form_word(block.text) ? FormLine::kWord : FormLine::kNone;
}

}  // namespace

std::size_t account_form_start(const std::vector<TextBlock>& blocks, std::size_t first, std::size_t last,
                               std::size_t window, std::size_t min_notices) {
  last = std::min(last, blocks.size());
  std::vector<FormLine> lines(blocks.size(), FormLine::kNone);
  for (std::size_t i = first + 1; i < blocks.size(); ++i) lines[i] = form_line(blocks[i]);
  for (std::size_t i = first + 1; i < last; ++i) {
    if (lines[i] == FormLine::kNone) continue;
    // A story about passwords says the word in several paragraphs; a form also prints the site's
    // own notice (a field's message, "Wrong username or password").
    std::size_t members = 0;
    bool notice = false;
    for (std::size_t j = i; j < std::min(blocks.size(), i + window); ++j) {
      members += lines[j] != FormLine::kNone;
      notice = notice || lines[j] == FormLine::kNotice;
    }
    if (members >= min_notices && notice) return i;
  }
  return last;
}

}  // namespace briefcast
