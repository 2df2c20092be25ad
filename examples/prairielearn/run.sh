#!/bin/sh
# A PrairieLearn external grader entrypoint: the student's files are in
# /grade/student, results go to /grade/results/results.json. Exits 0
# whenever results were written (PrairieLearn reads the file, not the code).
set -u
root="${GRADE_ROOT:-/grade}"
judge="${JUDGE:-/opt/judge/scripts/judge}"
mkdir -p "$root/results"
rm -f "$root/results/results.json"
"$judge" grade "$root/student" --format "prairielearn:$root/results/results.json"
status=$?
[ -s "$root/results/results.json" ] && exit 0
exit "$status"
