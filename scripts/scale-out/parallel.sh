#!/usr/bin/env bash
# Scale out with GNU parallel: one `briefcast build` per article, spread over the machines in
# --sshlogin, then one `briefcast join` here that makes the chaptered briefing.
#
#   scripts/scale-out/parallel.sh -o briefing.wav [-S LOGINS] [-j JOBS] ARTICLE...
#
# LOGINS is GNU parallel's --sshlogin list, default ":" (this machine only), for example
# ":,8/alice@node1,8/alice@node2". Remote machines need `briefcast` on their PATH; articles
# are sent with --transferfile and each WAV comes back with --return. Set BRIEFCAST to use
# another binary, and pass voice or pause options after "--" to every build.
# Exit status: 0 when every article was built and joined, 1 when some failed (the briefing
# then holds the others), 2 on usage errors.
set -euo pipefail

usage() {
  sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
}

output=""
logins=":"
jobs=""
briefcast="${BRIEFCAST:-briefcast}"
while getopts "o:S:j:h" option; do
  case "$option" in
    o) output="$OPTARG" ;;
    S) logins="$OPTARG" ;;
    j) jobs="$OPTARG" ;;
    *) usage ;;
  esac
done
shift $((OPTIND - 1))
articles=()
while [[ $# -gt 0 && "$1" != "--" ]]; do articles+=("$1"); shift; done
[[ "${1:-}" == "--" ]] && shift
build_options=("$@")
[[ -n "$output" && ${#articles[@]} -gt 0 ]] || usage
command -v parallel >/dev/null || { echo "parallel.sh: GNU parallel is not installed" >&2; exit 2; }

# Per-article WAVs are named by input position, so names never collide and the join keeps
# the input order. The work folder sits beside the output, where there is room for audio.
work="$(mktemp -d "$(dirname "$output")/.briefcast-parallel.XXXXXX")"
trap 'rm -rf "$work"' EXIT
printf '%s\n' "${articles[@]}" > "$work/articles"

parallel_options=(--sshlogin "$logins" --halt never --keep-order)
[[ -n "$jobs" ]] && parallel_options+=(--jobs "$jobs")
if [[ "$logins" != ":" ]]; then
  # Remote hosts: ship the article, bring the WAV back, leave nothing behind.
  parallel_options+=(--transferfile {} --return "$work/{#}.wav" --cleanup)
fi

status=0
parallel "${parallel_options[@]}" -a "$work/articles" \
  "$briefcast" build {} -o "$work/{#}.wav" --quiet "${build_options[@]}" || status=1

# Join what was built, in input order.
wavs=()
for ((i = 1; i <= ${#articles[@]}; i++)); do
  if [[ -s "$work/$i.wav" ]]; then wavs+=("$work/$i.wav"); else echo "parallel.sh: ${articles[i-1]}: not built" >&2; fi
done
[[ ${#wavs[@]} -gt 0 ]] || { echo "parallel.sh: no article was built" >&2; exit 1; }
"$briefcast" join "${wavs[@]}" -o "$output" || exit 1
exit "$status"
