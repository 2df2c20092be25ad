#!/usr/bin/env bash
# Runs the whole sandbox suite again as an unprivileged user (nobody): what a
# judge without root gets must still contain every hostile program.
# Exit 77 (CTest: skipped) when this cannot be done here, saying why.
set -euo pipefail
binary="$1"
programs="$2"
if [[ $EUID -ne 0 ]]; then
  echo "skipped: the suite already runs unprivileged here"
  exit 77
fi
if ! command -v setpriv >/dev/null; then
  echo "skipped: setpriv (util-linux) is not installed"
  exit 77
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$binary" "$work/sandbox_tests"
cp -r "$programs" "$work/programs"
chmod -R a+rX "$work"
chown 65534 "$work"  # the canary test writes here
cd "$work"
exec setpriv --reuid=65534 --regid=65534 --clear-groups \
  env -i PATH=/usr/bin:/bin HOME="$work" JUDGE_TEST_PROGRAMS="$work/programs" ./sandbox_tests
