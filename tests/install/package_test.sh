#!/usr/bin/env bash
# The Debian package: cpack -G DEB from the existing build (no rebuild), its control fields,
# lintian (no errors), then its files unpacked into a temporary root (dpkg-deb -x) and a
# briefing built with that binary.
# Usage: package_test.sh BUILD_DIR
set -euo pipefail
build_dir=$(cd "$1" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && cpack -G DEB --config "$build_dir/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1) ||
  { cat "$work/cpack.log" >&2; fail "cpack -G DEB failed"; }

version=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$build_dir/CPackConfig.cmake")
deb=$work/out/briefcast_${version}_$(dpkg --print-architecture).deb
[ -f "$deb" ] || fail "no $(basename "$deb"); cpack made: $(ls "$work/out")"

field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = briefcast ] || fail "Package: $(field Package)"
[ "$(field Section)" = sound ] || fail "Section: $(field Section)"
[ -n "$(field Maintainer)" ] || fail "no Maintainer"
for library in libespeak-ng1 libsndfile1 libc6; do
  grep -q "\b$library\b" <<<"$(field Depends)" || fail "Depends lacks $library: $(field Depends)"
done
[ "$(field Description | wc -l)" -ge 3 ] || fail "the Description has no long text"
contents=$(dpkg-deb -c "$deb" | awk '{print $6}')
for file in ./usr/bin/briefcast ./usr/share/man/man1/briefcast.1.gz ./usr/share/bash-completion/completions/briefcast \
    ./usr/share/zsh/vendor-completions/_briefcast     ./usr/share/briefcast/chime.wav ./usr/share/doc/briefcast/copyright ./usr/share/doc/briefcast/changelog.gz \
    ./usr/share/doc/briefcast/README.md; do
  grep -qx -- "$file" <<<"$contents" || fail "the package lacks $file"
done

if command -v lintian >/dev/null; then
  # Errors fail; the warnings that remain are listed, with their reasons, in the README.
  lintian --fail-on error --tag-display-limit 0 "$deb" >"$work/lintian.log" 2>&1 ||
    { cat "$work/lintian.log" >&2; fail "lintian reports errors"; }
  sed 's/^/lintian: /' "$work/lintian.log"
else
  fail "lintian is not installed (scripts/install-deps)"
fi

root=$work/root
dpkg-deb -x "$deb" "$root"
export HOME=$work/home XDG_DATA_HOME=$work/none XDG_DATA_DIRS=$work/none
check_version "$root/usr/bin/briefcast"
check_briefing_with_chime "$root/usr/bin/briefcast" "$work"
check_man_page "$root/usr/share/man/man1/briefcast.1.gz"
check_bash_completion "$root/usr" "$work"
check_zsh_completion "$root/usr" "$work"
echo "package $(basename "$deb"): ok"
