#!/usr/bin/env bash
# CI step: build the Linux bundle and smoke-test it when the last commit touches packaging
# (installer/, pyproject.toml, wage_remedy/buildinfo.py, rates/); otherwise say so and stop.
# A history of a single commit (or a shallow clone) builds. WR_FORCE_PACKAGING=1 always builds.
#
#   installer/ci_build_if_needed.sh            (from .ci/run, after the tests)
#
# Inside an active venv (as in .ci/run) the build reuses that venv's packages (--python);
# otherwise build_linux.sh makes its own build venv.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PATTERN='^(installer/|pyproject\.toml$|wage_remedy/buildinfo\.py$|rates/)'

if [ "${WR_FORCE_PACKAGING:-0}" = 1 ]; then
  echo "packaging: forced (WR_FORCE_PACKAGING=1)"
elif ! git rev-parse --verify --quiet HEAD~1 >/dev/null 2>&1; then
  echo "packaging: no parent commit (single-commit or shallow history): building"
else
  changed="$(git diff --name-only HEAD~1 HEAD)"
  touched="$(printf '%s\n' "$changed" | grep -E "$PATTERN" || true)"
  if [ -z "$touched" ]; then
    echo "packaging unchanged: skipped"
    exit 0
  fi
  echo "packaging: the last commit touches $(printf '%s\n' "$touched" | wc -l) packaging file(s):"
  printf '%s\n' "$touched" | head -20 | sed 's/^/  /'
fi

START=$(date +%s)
if [ -n "${VIRTUAL_ENV:-}" ] && [ -x "$VIRTUAL_ENV/bin/python" ]; then
  bash installer/build_linux.sh --python "$VIRTUAL_ENV/bin/python"
else
  bash installer/build_linux.sh
fi
BUILT=$(date +%s)
bash installer/smoke_test.sh dist/wage-remedy
END=$(date +%s)
echo "packaging: build $((BUILT - START)) s, smoke test $((END - BUILT)) s"
