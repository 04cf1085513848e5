#!/usr/bin/env bash
# One script for a newcomer and for CI:
#   bash dev.sh app   - install what is missing, fill the embedded database with demo data
#                       the first time, and open the app
#   bash dev.sh test  - install what is missing and run the whole test suite headless
# Debian packages are installed with apt-get when run as root; otherwise the missing
# ones are listed so that you can install them yourself.
set -euo pipefail
cd "$(dirname "$0")"

MODE="${1:-}"
shift || true
VENV="${WHISTLE_VENV:-.venv}"
PY="${PYTHON:-python3}"

# Qt's xcb/offscreen plugins, a CJK font so Chinese is not drawn as boxes, PDF tools.
APP_DEBS=(libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libglib2.0-0
          libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 fonts-wqy-microhei)
TEST_DEBS=(poppler-utils)

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

missing_debs() {
    local p
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || echo "$p"
    done
}

apt_retry() {
    local tries=0 code
    while true; do
        code=0
        apt-get -o DPkg::Lock::Timeout=600 "$@" || code=$?
        [ "$code" = 100 ] && [ "$tries" -lt 60 ] || return "$code"
        if fuser /var/lib/dpkg/lock-frontend /var/lib/dpkg/lock /var/lib/apt/lists/lock >/dev/null 2>&1 \
                || pgrep -x 'apt|apt-get|dpkg|unattended-upgr' >/dev/null 2>&1; then
            [ "$tries" = 0 ] && say "another apt or dpkg is running: waiting for it to finish (up to 10 minutes)"
            tries=$((tries + 1))
            sleep 10
        else
            return "$code"  # a real failure, not a lock
        fi
    done
}

install_debs() {
    command -v dpkg-query >/dev/null || { say "not a Debian system: skipping system packages"; return; }
    local missing
    missing=$(missing_debs "$@")
    [ -z "$missing" ] && return
    if [ "$(id -u)" = 0 ]; then
        say "installing Debian packages: $(echo $missing)"
        export DEBIAN_FRONTEND=noninteractive
        # Another apt/dpkg (an unattended upgrade, a second terminal) may hold the lock: wait for it, up to
        # 10 minutes, instead of failing with exit code 100.
        apt_retry update -qq
        # shellcheck disable=SC2086
        apt_retry install -y -qq --no-install-recommends $missing >/dev/null
    else
        say "please install these Debian packages first (as root): apt-get install $(echo $missing)"
        exit 1
    fi
}

ensure_venv() {
    if ! "$PY" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
        say "Python 3.11 or newer is needed ($PY is $("$PY" --version 2>&1))"; exit 1
    fi
    if [ ! -x "$VENV/bin/python" ]; then
        if ! "$PY" -m venv "$VENV" 2>/dev/null; then
            install_debs python3-venv
            rm -rf "$VENV"; "$PY" -m venv "$VENV"
        fi
    fi
    local stamp="$VENV/.whistle-installed"
    local want
    want=$(sha256sum pyproject.toml | cut -d' ' -f1)
    if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
        say "installing Python packages into $VENV"
        "$VENV/bin/python" -m pip install -q --upgrade pip
        "$VENV/bin/python" -m pip install -q -e ".[test,build]"
        echo "$want" > "$stamp"
    fi
}

pg_reachable() {
    "$VENV/bin/python" - "$1" <<'PYEOF'
import sys, psycopg
try:
    psycopg.connect(sys.argv[1].replace("postgresql+psycopg", "postgresql"), connect_timeout=3).close()
except Exception as exc:
    print(f"    ({type(exc).__name__}: {str(exc).strip().splitlines()[0] if str(exc).strip() else ''})")
    sys.exit(1)
PYEOF
}

ensure_postgres() {
    local url="${WHISTLE_TEST_PG:-postgresql+psycopg://postgres@127.0.0.1:5432/test}"
    if pg_reachable "$url"; then export WHISTLE_TEST_PG="$url"; return; fi
    if [ "$(id -u)" != 0 ]; then
        say "PostgreSQL is not reachable at $url; the PostgreSQL tests will fail in CI and skip elsewhere"
        return
    fi
    # No usable server: start a private, throwaway one with trust authentication.
    install_debs postgresql
    local bin; bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
    local dir=/tmp/whistle-pg port=55432
    if [ ! -f "$dir/PG_VERSION" ]; then
        say "starting a throwaway PostgreSQL in $dir on port $port"
        rm -rf "$dir"; mkdir -p "$dir"; chown postgres "$dir"
        su postgres -s /bin/sh -c "$bin/initdb -D $dir -U postgres --auth=trust -E UTF8 >/dev/null"
    fi
    su postgres -s /bin/sh -c "$bin/pg_ctl -D $dir -o '-p $port -k /tmp -c listen_addresses=127.0.0.1' -l $dir/log -w start >/dev/null" || true
    export WHISTLE_TEST_PG="postgresql+psycopg://postgres@127.0.0.1:$port/postgres"
    pg_reachable "$WHISTLE_TEST_PG" || say "PostgreSQL still not reachable"
}

case "$MODE" in
    app)
        install_debs "${APP_DEBS[@]}"
        ensure_venv
        "$VENV/bin/whistle-desk" "$@" demo --if-empty
        exec "$VENV/bin/whistle-desk" "$@"
        ;;
    test)
        install_debs "${APP_DEBS[@]}" "${TEST_DEBS[@]}"
        ensure_venv
        ensure_postgres
        export QT_QPA_PLATFORM=offscreen
        say "checking the layer contracts"
        "$VENV/bin/lint-imports"
        if [ "${WHISTLE_SKIP_BUNDLE:-}" != 1 ]; then
            say "building and smoke-testing the Linux bundle (WHISTLE_SKIP_BUNDLE=1 skips this)"
            PYTHON="$VENV/bin/python" bash installer/smoke_test.sh
        fi
        say "running the test suite"
        # One worker per core (at most 4), each test file on one worker (its module fixtures are built once).
        exec "$VENV/bin/python" -m pytest -n auto --maxprocesses 4 --dist loadfile "$@"
        ;;
    *)
        echo "usage: bash dev.sh app [--db URL]   |   bash dev.sh test [pytest args]" >&2
        exit 2
        ;;
esac
