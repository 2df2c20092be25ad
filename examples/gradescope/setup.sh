#!/usr/bin/env bash
# Gradescope runs this once when it builds the autograder image. Zip it with
# run_autograder (and, optionally, the course's judge.json and problems/):
#   zip -r autograder.zip setup.sh run_autograder [judge.json] [problems/]
# Gradescope unpacks the zip in /autograder/source.
set -euo pipefail
JUDGE_REPO="${JUDGE_REPO:-https://github.com/your-org/judge.git}"
JUDGE_REF="${JUDGE_REF:-main}"
apt-get update -qq
apt-get install -y -qq --no-install-recommends git ca-certificates
git clone --depth 1 --branch "$JUDGE_REF" "$JUDGE_REPO" /autograder/judge
# Installs the dependencies and builds now, so no submission waits for it.
/autograder/judge/scripts/judge doctor
