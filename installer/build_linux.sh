#!/usr/bin/env bash
# Build the Linux release from this checkout, in one command:
#
#   installer/build_linux.sh [--python PY]
#
# Result: dist/wage-remedy/ (the one-folder program: run dist/wage-remedy/wage-remedy) and
#         dist/wage-remedy-<version>-linux-<arch>.tar.gz (the same folder, archived).
#
# Without --python it creates (or reuses) a private build venv in build/venv from python3 (3.11+;
# another interpreter: WR_PYTHON=python3.12). With --python PY it installs into and builds with
# that interpreter (CI passes its own venv's python to reuse the installed packages).
# Either way it installs the project's dependencies and its `build` extra (PyInstaller) as
# declared in pyproject.toml; the program's own code, rates, demo case, fonts and translations
# are taken from this checkout by installer/wage_remedy.spec.
#
# As root on Debian/Ubuntu it also installs the few X11/Wayland client libraries that Qt's
# platform plugins need and that PyInstaller must find to bundle them (skip: WR_NO_APT=1).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
START=$(date +%s)

PY=""
while [ $# -gt 0 ]; do
  case "$1" in
    --python) PY="$2"; shift 2 ;;
    -h|--help) sed -n '2,18p' "$0"; exit 0 ;;
    *) echo "build_linux.sh: unknown argument $1 (allowed: --python PY)" >&2; exit 2 ;;
  esac
done

# ---------------------------------------------------------------- system libraries for Qt
# Libraries that Qt's xcb/wayland plugins link to and that a minimal machine may lack; PyInstaller
# bundles them when it finds them, so the archive runs on desktops that lack them too.
QT_SYSTEM_LIBS="libxcb-icccm.so.4:libxcb-icccm4 libxcb-keysyms.so.1:libxcb-keysyms1
libxcb-cursor.so.0:libxcb-cursor0 libxcb-image.so.0:libxcb-image0 libxcb-render-util.so.0:libxcb-render-util0
libxcb-shape.so.0:libxcb-shape0 libxcb-randr.so.0:libxcb-randr0 libxcb-xkb.so.1:libxcb-xkb1
libxkbcommon-x11.so.0:libxkbcommon-x11-0 libxkbcommon.so.0:libxkbcommon0 libfontconfig.so.1:libfontconfig1
libdbus-1.so.3:libdbus-1-3 libEGL.so.1:libegl1 libGL.so.1:libgl1
libwayland-cursor.so.0:libwayland-cursor0 libwayland-egl.so.1:libwayland-egl1"
missing=""
for pair in $QT_SYSTEM_LIBS; do
  ldconfig -p 2>/dev/null | grep -q "${pair%%:*}" || missing="$missing ${pair##*:}"
done
if [ -n "$missing" ]; then
  if [ "${WR_NO_APT:-0}" != 1 ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "== installing Qt's system libraries:$missing"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    # shellcheck disable=SC2086
    apt-get install -y -qq $missing >/dev/null
  else
    echo "warning: not found, so not bundled (the desktop app may not start where they are missing):$missing" >&2
  fi
fi

# ---------------------------------------------------------------- Python and packages
if [ -z "$PY" ]; then
  BASE="${WR_PYTHON:-python3}"
  "$BASE" -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
    || { echo "build_linux.sh: $BASE is older than 3.11 (set WR_PYTHON)" >&2; exit 2; }
  if [ ! -x build/venv/bin/python ]; then
    echo "== creating build/venv with $BASE"
    "$BASE" -m venv build/venv
  fi
  PY="$ROOT/build/venv/bin/python"
fi
echo "== python: $PY ($("$PY" --version 2>&1))"
"$PY" -m pip install -q --upgrade pip
mapfile -t REQS < <("$PY" - <<'EOF'
import tomllib
project = tomllib.load(open("pyproject.toml", "rb"))["project"]
for req in project["dependencies"] + project["optional-dependencies"]["build"]:
    print(req)
EOF
)
echo "== installing: ${REQS[*]}"
"$PY" -m pip install -q "${REQS[@]}"

# ---------------------------------------------------------------- PyInstaller
VERSION=$("$PY" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
ARCH=$(uname -m)
echo "== building wage-remedy $VERSION"
rm -rf dist/wage-remedy
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller installer/wage_remedy.spec
BUILT=$(date +%s)

ARCHIVE="dist/wage-remedy-$VERSION-linux-$ARCH.tar.gz"
rm -f "$ARCHIVE"
tar -C dist -czf "$ARCHIVE" wage-remedy
END=$(date +%s)

echo "== done in $((END - START)) s (PyInstaller $((BUILT - START)) s incl. installs, archive $((END - BUILT)) s)"
echo "bundle:  dist/wage-remedy/  $(du -sh dist/wage-remedy | cut -f1) unpacked, $(find dist/wage-remedy -type f | wc -l) files"
echo "archive: $ARCHIVE  $(du -h "$ARCHIVE" | cut -f1)"
"dist/wage-remedy/wage-remedy" --version
