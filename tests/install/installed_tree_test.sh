#!/usr/bin/env bash
# `cmake --install` into a temporary prefix, then use what it installed as a user would: the
# program (with --chime found by name), the man page and the bash and zsh completions.
# Usage: installed_tree_test.sh BUILD_DIR
set -euo pipefail
build_dir=$1
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
prefix=$work/prefix
cmake --install "$build_dir" --prefix "$prefix" >/dev/null

for file in bin/briefcast share/man/man1/briefcast.1.gz share/bash-completion/completions/briefcast \
    share/zsh/vendor-completions/_briefcast     share/doc/briefcast/README.md share/doc/briefcast/LICENSE share/briefcast/chime.wav; do
  [ -f "$prefix/$file" ] || fail "not installed: $file"
done
[ -x "$prefix/bin/briefcast" ] || fail "bin/briefcast is not executable"

# No data folder but the installation's own: the chime must be found beside bin/.
export HOME=$work/home XDG_DATA_HOME=$work/none XDG_DATA_DIRS=$work/none
check_version "$prefix/bin/briefcast"
check_briefing_with_chime "$prefix/bin/briefcast" "$work"
check_man_page "$prefix/share/man/man1/briefcast.1.gz"
MANPATH=$prefix/share/man man -w briefcast | grep -qx "$prefix/share/man/man1/briefcast.1.gz" ||
  fail "man -w briefcast does not find the installed page through MANPATH"
check_bash_completion "$prefix" "$work"
check_zsh_completion "$prefix" "$work"
echo "installed tree: ok"
