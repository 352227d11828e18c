# Checks shared by the install tests: each takes the installed program or file and fails the
# test with one line naming what is wrong.

fail() {
  echo "FAIL: $*" >&2
  exit 1
}

# --version: ours, the engine's and libsndfile's.
check_version() {
  local out
  out=$("$1" --version) || fail "--version exited with $?"
  grep -Eq '^briefcast [0-9]+\.[0-9]+\.[0-9]+' <<<"$out" || fail "--version: no briefcast version in: $out"
  grep -Eq '^eSpeak NG [0-9]+\.[0-9]+' <<<"$out" || fail "--version: no eSpeak NG version in: $out"
  grep -Eq '^libsndfile [0-9]+\.[0-9]+' <<<"$out" || fail "--version: no libsndfile version in: $out"
}

# seconds FILE: an audio file's duration.
seconds() {
  ffprobe -v error -show_entries format=duration -of csv=p=0 "$1"
}

# Three short articles, with and without the installed chime (by name): the chime adds itself
# to each of the two gaps between stories.
check_briefing_with_chime() {
  local program=$1 dir=$2 i
  for i in 1 2 3; do
    printf 'Story number %s\n\nThis is the only paragraph of story %s, and it is short.\n' "$i" "$i" >"$dir/story$i.txt"
  done
  "$program" build "$dir"/story{1,2,3}.txt -o "$dir/plain.wav" --no-intro -q || fail "build exited with $?"
  "$program" build "$dir"/story{1,2,3}.txt -o "$dir/chimed.wav" --no-intro -q --chime chime ||
    fail "build --chime chime exited with $?"
  local chapters
  chapters=$(ffprobe -v error -show_chapters -of csv=p=0 "$dir/chimed.wav" | wc -l)
  [ "$chapters" -eq 3 ] || fail "the briefing has $chapters chapters, not 3"
  local chime plain chimed
  chime=$(seconds "$(dirname "$program")/../share/briefcast/chime.wav")
  plain=$(seconds "$dir/plain.wav")
  chimed=$(seconds "$dir/chimed.wav")
  awk -v a="$plain" -v b="$chimed" -v c="$chime" 'BEGIN { d = b - a - 2 * c; exit !(d > -0.05 && d < 0.05) }' ||
    fail "with --chime chime the briefing is ${chimed}s, without ${plain}s: not two chimes of ${chime}s longer"
  if "$program" build "$dir/story1.txt" -o "$dir/x.wav" -q --chime nosuchsound 2>"$dir/err"; then
    fail "--chime nosuchsound succeeded"
  fi
  grep -q 'nosuchsound: no such file, and no sound of that name in' "$dir/err" ||
    fail "--chime nosuchsound: unexpected message: $(cat "$dir/err")"
}

# man --warnings is silent on the page, which renders with its sections.
check_man_page() {
  local page=$1 warnings rendered
  warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$page" 2>&1 >/dev/null) || fail "man -l $page failed"
  [ -z "$warnings" ] || fail "man --warnings on $page: $warnings"
  rendered=$(LC_ALL=C.UTF-8 MANWIDTH=80 man -l "$page" 2>/dev/null | col -b)
  local section
  for section in NAME SYNOPSIS DESCRIPTION COMMANDS OPTIONS "EXIT STATUS" FILES ENVIRONMENT EXAMPLES "SEE ALSO"; do
    grep -qx "$section" <<<"$rendered" || fail "man page has no $section section"
  done
  grep -q -- '--pause-sentence MS' <<<"$rendered" || fail "man page does not list build --pause-sentence MS"
}

# complete_words PREFIX_DIR BASH_COMPLETION(0|1) WORD...: what Tab offers after the words (the
# last word is the one being completed), one per line, sorted.
complete_words() {
  local prefix=$1 with_library=$2
  shift 2
  local words
  printf -v words '%q ' "$@"
  bash --norc --noprofile -c '
    prefix=$1 with_library=$2 words=($3)
    if [ "$with_library" = 1 ]; then . /usr/share/bash-completion/bash_completion; fi
    . "$prefix/share/bash-completion/completions/briefcast"
    COMP_WORDS=("${words[@]}")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMP_LINE="${words[*]}"
    COMP_POINT=${#COMP_LINE}
    _briefcast briefcast "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
    printf "%s\n" "${COMPREPLY[@]}" | LC_ALL=C sort' _ "$prefix" "$with_library" "$words"
}

# expect_offered EXPECTED COMPLETER PREFIX_DIR ARG WORD...: the completer (complete_words or
# zsh_complete_words) offers exactly EXPECTED (space-separated) after the words.
expect_offered() {
  local expected=$1 got
  shift
  got=$("$@" | paste -sd' ')
  [ "$got" = "$expected" ] || fail "$1 '${*:4}': got '$got', expected '$expected'"
}

expect_completion() { expect_offered "$1" complete_words "${@:2}"; }

expect_completion_has() {
  local expected=$1 got
  shift
  got=$(complete_words "$@")
  grep -qx -- "$expected" <<<"$got" || fail "completing '${*:3}': '$expected' not offered"
}

# The installed completion, alone and with the bash-completion library, and found by the
# library's on-demand loader as an interactive shell does.
check_bash_completion() {
  local prefix=$1 dir=$2 with
  mkdir -p "$dir/files/sub"
  touch "$dir/files/article.txt" "$dir/files/other.html"
  for with in 0 1; do
    [ "$with" = 0 ] || [ -f /usr/share/bash-completion/bash_completion ] || fail "bash-completion is not installed"
    expect_completion "batch build" "$prefix" "$with" "$prefix/bin/briefcast" b
    expect_completion "--channels --chapters --chime" "$prefix" "$with" "$prefix/bin/briefcast" build --ch
    expect_completion "1 2" "$prefix" "$with" "$prefix/bin/briefcast" build --channels ""
    expect_completion "bash zsh" "$prefix" "$with" "$prefix/bin/briefcast" completion ""
    expect_completion "" "$prefix" "$with" "$prefix/bin/briefcast" build --rate ""
    expect_completion_has "en-us" "$prefix" "$with" "$prefix/bin/briefcast" build --voice en-
    expect_completion_has "de" "$prefix" "$with" "$prefix/bin/briefcast" batch --voice d
    expect_completion_has "join" "$prefix" "$with" "$prefix/bin/briefcast" help ""
    expect_completion "$dir/files/article.txt" "$prefix" "$with" "$prefix/bin/briefcast" build "$dir/files/a"
    expect_completion "$dir/files/article.txt" "$prefix" "$with" "$prefix/bin/briefcast" build -q "$dir/files/ar"
    expect_completion "$dir/files/sub" "$prefix" "$with" "$prefix/bin/briefcast" batch x --out-dir "$dir/files/"
  done
  local spec
  spec=$(XDG_DATA_DIRS=$prefix/share bash --norc --noprofile -c \
    '. /usr/share/bash-completion/bash_completion; _completion_loader briefcast; complete -p briefcast')
  [ "$spec" = "complete -F _briefcast briefcast" ] || fail "bash-completion's loader gives: $spec"
}

# zsh_complete_words PREFIX_DIR FILES_DIR WORD...: what Tab offers in zsh after the words, run in
# FILES_DIR, one per line, sorted.
zsh_complete_words() {
  local prefix=$1 files=$2
  shift 2
  (cd "$files" && timeout 60 zsh -f "$here/zsh_complete.zsh" "$prefix/share/zsh/vendor-completions" "$@")
}

expect_zsh_completion() { expect_offered "$1" zsh_complete_words "${@:2}"; }

# The installed zsh completion, found through fpath by compinit as an interactive zsh does.
check_zsh_completion() {
  local prefix=$1 dir=$2/zsh-files program=$1/bin/briefcast
  command -v zsh >/dev/null || fail "zsh is not installed (scripts/install-deps)"
  mkdir -p "$dir/sub"
  touch "$dir/article.txt" "$dir/other.html"
  expect_zsh_completion "batch build" "$prefix" "$dir" "$program" b
  expect_zsh_completion "--channels --chapters --chime" "$prefix" "$dir" "$program" build --ch
  expect_zsh_completion "1 2" "$prefix" "$dir" "$program" build --channels ""
  expect_zsh_completion "bash zsh" "$prefix" "$dir" "$program" completion ""
  expect_zsh_completion "" "$prefix" "$dir" "$program" build --rate ""
  grep -qx "en-us" <<<"$(zsh_complete_words "$prefix" "$dir" "$program" build --voice en-)" ||
    fail "zsh completing 'build --voice en-': en-us not offered"
  expect_zsh_completion "article.txt" "$prefix" "$dir" "$program" build -q ar
  expect_zsh_completion "sub" "$prefix" "$dir" "$program" batch x --out-dir ""
}
