#!/bin/sh
# An Exercism test runner: run.sh SLUG INPUT_DIR OUTPUT_DIR writes
# OUTPUT_DIR/results.json (version 3) and exits 0 whatever the tests say;
# only a runner that could not produce results exits otherwise.
# The solution's file name names the problem (two_sum.py -> two-sum).
set -u
if [ $# -ne 3 ]; then
  echo "usage: run.sh SLUG INPUT_DIR OUTPUT_DIR" >&2
  exit 2
fi
input="$2"
output="$3"
judge="${JUDGE:-/opt/judge/scripts/judge}"
mkdir -p "$output"
rm -f "$output/results.json"
"$judge" grade "$input" --format "exercism:$output/results.json"
status=$?
[ -s "$output/results.json" ] && exit 0
exit "$status"
