#!/usr/bin/env bash
# Smoke test of the Linux PyInstaller bundle: build it (or take the one in dist/), run the frozen
# `whistle-desk --version` and `whistle-desk selfcheck` (fresh database, main window rendered
# offscreen), time both (median of 3 runs) and print the bundle's size. Exits non-zero on failure.
#
#   bash installer/smoke_test.sh              # build with the venv's Python, then test
#   bash installer/smoke_test.sh --no-build   # test the existing dist/WhistleDesk
#
# PYTHON selects the Python that builds (default: .venv/bin/python, else python3). RUNS sets the
# number of timed runs (default 3).
set -euo pipefail
cd "$(dirname "$0")/.."

BUILD=1
for arg in "$@"; do
    case "$arg" in
        --no-build) BUILD=0 ;;
        -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
        *) echo "unknown option: $arg" >&2; exit 2 ;;
    esac
done

BUNDLE=dist/WhistleDesk
CLI="$BUNDLE/whistle-desk"
GUI="$BUNDLE/WhistleDesk"
RUNS="${RUNS:-3}"
if [ -z "${PYTHON:-}" ]; then
    if [ -x .venv/bin/python ]; then PYTHON=.venv/bin/python; else PYTHON=python3; fi
fi
export QT_QPA_PLATFORM=offscreen

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
fail() { printf '\033[31mFAILED: %s\033[0m\n' "$*" >&2; exit 1; }

if [ "$BUILD" = 1 ]; then
    say "building the bundle with $PYTHON"
    "$PYTHON" installer/build.py
fi
[ -x "$CLI" ] || fail "$CLI not found (build it first, or drop --no-build)"
[ -x "$GUI" ] || fail "$GUI not found"

# seconds (with milliseconds) that "$@" takes; its output goes to $OUT, failure stops the test
OUT=$(mktemp)
trap 'rm -f "$OUT"' EXIT
timed() {
    local t0 t1
    t0=$(date +%s%N)
    if ! "$@" >"$OUT" 2>&1; then
        cat "$OUT" >&2
        fail "$*"
    fi
    t1=$(date +%s%N)
    echo $(( (t1 - t0) / 1000000 ))
}
median_ms() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
secs() { awk -v ms="$1" 'BEGIN {printf "%.2f s", ms / 1000}'; }

say "whistle-desk --version"
"$CLI" --version | tee "$OUT"
grep -q "^whistle-desk [0-9]" "$OUT" || fail "unexpected --version output"
"$GUI" --version >/dev/null || fail "WhistleDesk --version"

say "whistle-desk selfcheck (first run, output below)"
"$CLI" selfcheck 2>&1 | tee "$OUT" || fail "selfcheck exited non-zero"
grep -q "(frozen bundle)" "$OUT" || fail "selfcheck did not run from the bundle"
grep -q "^result .*OK" "$OUT" || fail "selfcheck did not report OK"
grep -q "^font .*(shipped)" "$OUT" || fail "the shipped CJK font was not found in the bundle"
grep -q "^intake .*: OK" "$OUT" || fail "the intake libraries (python-calamine, rapidfuzz, Pillow, pillow-heif) do not work in the bundle"
grep -q "^qt zh_CN .*qtbase_zh_CN.qm" "$OUT" || fail "qtbase_zh_CN.qm missing from the bundle"
shot=$(sed -n 's/^screenshot *\([^ ]*\.png\).*/\1/p' "$OUT")
[ -s "$shot" ] || fail "no screenshot at '$shot'"

say "a CLI command on a new database (migrations from the bundle)"
tmpdb=$(mktemp -d)
"$CLI" --db "sqlite:///$tmpdb/smoke.db" db upgrade >/dev/null || fail "db upgrade"
"$CLI" --db "sqlite:///$tmpdb/smoke.db" calendar show 2026-10 | grep -q "国庆节" || fail "holiday calendar (holidays' zh_CN names)"

say "the GUI entry point starts and waits at the login dialog (stopped after 5 s)"
rc=0
timeout 5 "$GUI" --db "sqlite:///$tmpdb/smoke.db" >"$OUT" 2>&1 || rc=$?
if [ "$rc" != 124 ] || grep -qE "Traceback|错误|Error" "$OUT"; then
    cat "$OUT" >&2
    fail "WhistleDesk exited by itself (exit code $rc) instead of waiting for a login"
fi
rm -rf "$tmpdb"

say "timing ($RUNS runs each, warm file cache)"
v=(); s=()
for _ in $(seq "$RUNS"); do v+=("$(timed "$CLI" --version)"); done
for _ in $(seq "$RUNS"); do s+=("$(timed "$CLI" selfcheck)"); done
size=$(du -sh "$BUNDLE" | cut -f1)
files=$(find "$BUNDLE" -type f | wc -l)

echo
echo "bundle            $BUNDLE: $size on disk, $files files"
echo "--version         median $(secs "$(median_ms "${v[@]}")")  (runs: ${v[*]} ms)"
echo "selfcheck         median $(secs "$(median_ms "${s[@]}")")  (runs: ${s[*]} ms; start, migrate a new database, first page of the main window, screenshot, exit)"
echo "screenshot        $shot"
say "smoke test passed"
