#!/usr/bin/env bash
# Smoke test of a built bundle, run the way a user runs it: from a copy outside the checkout,
# headless (QT_QPA_PLATFORM=offscreen), with a fresh HOME and no PYTHONPATH.
#
#   installer/smoke_test.sh DIST_DIR        (e.g. installer/smoke_test.sh dist/wage-remedy)
#
# Checks, each must exit 0:
#   1. `wage-remedy --version`  prints the program version (= pyproject.toml), the rates version
#      and a build date (not "development": the build's _build.json is inside).
#   2. `wage-remedy rates check` validates the bundled rates, read from inside the copy.
#   3. `wage-remedy demo --out OUT` computes the demo case and writes its statement and JSON
#      result (and its PDFs once wage_remedy/documents/issue.py exists; each PDF then passes
#      `wage-remedy verify`).
#   4. `wage-remedy compute` of the demo case gives the same JSON as the demo's result file.
#   5. Once ui/wage_remedy_ui/app.py exists: the desktop app opens its window (WAGE_REMEDY_STARTUP_PROBE=1),
#      and the time to the window is printed.
# Keep the copy for inspection: WR_KEEP_SMOKE=1.
set -euo pipefail

[ $# -eq 1 ] || { echo "usage: $0 DIST_DIR" >&2; exit 2; }
[ -d "$1" ] || { echo "smoke_test.sh: $1 is not a folder" >&2; exit 2; }
DIST="$(cd "$1" && pwd)"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

TMP="$(mktemp -d "${TMPDIR:-/tmp}/wage-remedy-smoke.XXXXXX")"
case "$TMP/" in "$ROOT"/*) echo "smoke_test.sh: temp folder $TMP is inside the checkout" >&2; exit 2 ;; esac
if [ "${WR_KEEP_SMOKE:-0}" = 1 ]; then echo "(keeping $TMP)"; else trap 'rm -rf "$TMP"' EXIT; fi

cp -a "$DIST" "$TMP/app"
EXE="$TMP/app/wage-remedy"
[ -x "$EXE" ] || EXE="$TMP/app/wage-remedy-cli.exe"
[ -x "$EXE" ] || { echo "smoke_test.sh: no wage-remedy executable in $DIST" >&2; exit 2; }
mkdir -p "$TMP/home"
cd "$TMP"
export QT_QPA_PLATFORM=offscreen HOME="$TMP/home" XDG_CONFIG_HOME="$TMP/home/.config" \
  XDG_DATA_HOME="$TMP/home/.local/share" XDG_RUNTIME_DIR="$TMP/home/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
unset PYTHONPATH PYTHONHOME VIRTUAL_ENV

FAILED=0
fail() { echo "FAIL: $*" >&2; FAILED=1; }
run() {  # run NAME CMD... : run, keep stdout in $TMP/NAME.out, stderr in $TMP/NAME.err
  local name="$1"; shift
  local t0 t1 rc=0
  t0=$(date +%s%N)
  "$@" >"$TMP/$name.out" 2>"$TMP/$name.err" || rc=$?
  t1=$(date +%s%N)
  printf '%-10s exit %s  %d ms\n' "$name" "$rc" "$(( (t1 - t0) / 1000000 ))"
  if [ "$rc" != 0 ]; then
    fail "$name exited $rc"; sed 's/^/    /' "$TMP/$name.err" "$TMP/$name.out" | tail -30 >&2
  fi
  return 0
}

# 1. version
run version "$EXE" --version
sed 's/^/    /' "$TMP/version.out"
WANT=$(sed -n 's/^version *= *"\(.*\)"/\1/p' "$ROOT/pyproject.toml" | head -1)
grep -qx "wage-remedy $WANT" "$TMP/version.out" || fail "--version does not say 'wage-remedy $WANT'"
grep -q '^rates [0-9]\{4\}-[0-9][0-9]-[0-9][0-9] ([0-9a-f]\{12\})$' "$TMP/version.out" \
  || fail "--version shows no rates version (rates not found in the bundle?)"
grep -q '^built [0-9]\{4\}-[0-9][0-9]-[0-9][0-9]$' "$TMP/version.out" \
  || fail "--version shows no build date (wage_remedy/_build.json missing from the bundle?)"

# 2. bundled rates
run rates "$EXE" rates check
sed 's/^/    /' "$TMP/rates.out"
grep -q "^OK: .* in $TMP/app/" "$TMP/rates.out" || fail "rates check did not read the bundled rates"

# 3. demo
run demo "$EXE" demo --out "$TMP/out"
for f in demo-result.json demo-statement.txt; do
  [ -s "$TMP/out/$f" ] || fail "demo did not write $f"
done
grep -q '"verification_code"\|"inputs_digest"' "$TMP/out/demo-result.json" 2>/dev/null \
  || fail "demo-result.json has no digest"
if [ -f "$ROOT/wage_remedy/documents/issue.py" ]; then
  shopt -s nullglob
  pdfs=("$TMP"/out/*.pdf "$TMP"/out/*/*.pdf)
  shopt -u nullglob
  [ ${#pdfs[@]} -gt 0 ] || fail "demo wrote no PDF although the documents module exists"
  for pdf in "${pdfs[@]}"; do
    [ "$(head -c 5 "$pdf")" = "%PDF-" ] || fail "$pdf is not a PDF"
  done
  echo "    ${#pdfs[@]} PDF(s): $(for p in "${pdfs[@]}"; do basename "$p"; done | tr '\n' ' ')"
  if [ -f "$ROOT/wage_remedy/documents/verify.py" ] && [ -f "$TMP/out/demo-case.json" ]; then
    for pdf in "${pdfs[@]}"; do
      run verify "$EXE" verify "$TMP/out/demo-case.json" "$pdf"
    done
  fi
fi

# 4. compute gives the demo's result
DEMO_CASE="$TMP/app/_internal/wage_remedy/demo/brasserie-de-kaai.json"
if [ -f "$DEMO_CASE" ]; then
  run compute "$EXE" compute "$DEMO_CASE" --format json
  cmp -s "$TMP/compute.out" "$TMP/out/demo-result.json" \
    || fail "compute --format json of the demo case differs from the demo's demo-result.json"
fi

# 5. desktop app window
if [ -f "$ROOT/ui/wage_remedy_ui/app.py" ]; then
  run window env WAGE_REMEDY_STARTUP_PROBE=1 WAGE_REMEDY_STARTUP_PROBE_TIMEOUT=60 "$EXE"
  grep -h 'startup-probe' "$TMP/window.out" | sed 's/^/    /'
  grep -q 'startup-probe: window shown' "$TMP/window.out" || fail "the desktop app showed no window"
else
  echo "window     skipped (no ui/wage_remedy_ui/app.py in this checkout yet)"
fi

if [ "$FAILED" = 0 ]; then
  echo "smoke test passed: $DIST ($(du -sh "$TMP/app" | cut -f1) unpacked), run from $TMP"
else
  echo "smoke test FAILED: $DIST" >&2
  exit 1
fi
