#!/usr/bin/env bash
# Scale out on a Slurm cluster: a job array with one task per article (`briefcast build`),
# then a join job that starts only when every task succeeded (--dependency=afterok).
#
#   scripts/scale-out/slurm.sh LIST OUTPUT.wav [WORKDIR]
#
# LIST holds one article path per line; LIST, the articles, WORKDIR (default: OUTPUT's folder
# plus ".parts") and OUTPUT must be on a filesystem every node sees. `briefcast` must be on
# the nodes' PATH (or set BRIEFCAST). MAX_RUNNING caps tasks running at once (default 200);
# SBATCH_OPTIONS adds options (partition, account, time) to both submissions. DRY_RUN=1
# prints the sbatch commands instead of submitting them.
# To get a briefing even when some articles fail, use afterany instead of afterok: the join
# then takes whatever WAVs exist.
set -euo pipefail

[[ $# -ge 2 ]] || { sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
list="$(realpath "$1")"
output="$(realpath -m "$2")"
work="$(realpath -m "${3:-${output%.*}.parts}")"
briefcast="${BRIEFCAST:-briefcast}"
count="$(grep -c . "$list" || true)"
[[ "$count" -gt 0 ]] || { echo "slurm.sh: $list lists no articles" >&2; exit 2; }
read -r -a extra <<< "${SBATCH_OPTIONS:-}"

submit() {
  if [[ "${DRY_RUN:-0}" == 1 ]]; then
    printf '%q ' sbatch "$@" >&2
    echo >&2
    echo "DRYRUN"
  else
    sbatch "$@"
  fi
}

mkdir -p "$work"
# Task N builds line N of the (non-blank) list into a zero-padded name, so that the join's
# sorted glob is the list's order.
task='n=$SLURM_ARRAY_TASK_ID; article="$(grep . '"$(printf %q "$list")"' | sed -n "${n}p")"; '
task+='exec '"$(printf %q "$briefcast")"' build "$article" -o '"$(printf %q "$work")"'/$(printf %06d "$n").wav --quiet'
array_id="$(submit --parsable "${extra[@]}" --job-name=briefcast-build --array="1-${count}%${MAX_RUNNING:-200}" \
  --output="$work/build-%a.log" --wrap="$task")"
array_id="${array_id%%;*}"

join='exec '"$(printf %q "$briefcast")"' join '"$(printf %q "$work")"'/*.wav -o '"$(printf %q "$output")"
join_id="$(submit --parsable "${extra[@]}" --job-name=briefcast-join --dependency="afterok:${array_id}" \
  --output="$work/join.log" --wrap="$join")"
echo "submitted build array ${array_id} (${count} tasks) and join job ${join_id%%;*} -> ${output}"
