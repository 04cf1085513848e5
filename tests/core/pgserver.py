"""A throwaway PostgreSQL instance for tests that stop and restart the server.

Never restart the shared server: this starts its own cluster (initdb + pg_ctl from the installed
binaries) in a temporary directory, on a free port, with trust authentication, and removes it after.
initdb refuses to run as root, so as root every command runs as the ``postgres`` OS user.
"""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

PG_BIN = Path(os.environ.get("WHISTLE_PG_BIN", "/usr/lib/postgresql/15/bin"))
OS_USER = "postgres"


def available() -> str | None:
    """None if a throwaway server can be started here, else why not."""
    for tool in ("initdb", "pg_ctl", "postgres"):
        if not (PG_BIN / tool).exists():
            return f"{PG_BIN / tool} not found"
    if os.geteuid() == 0 and shutil.which("runuser") is None and shutil.which("su") is None:
        return "running as root without runuser/su"
    return None


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PgServer:
    """``with PgServer() as srv: srv.url("postgres")`` … ``srv.restart()`` … (removed on exit)."""

    def __init__(self, port: int | None = None, *, auth_host: str = "trust") -> None:
        """``auth_host`` is the authentication of TCP connections (``scram-sha-256`` to test passwords);
        connections over the instance's own Unix socket (used by :meth:`execute`) are always trusted."""
        self.port = port or free_port()
        self.root = Path(tempfile.mkdtemp(prefix="wd-pg-"))
        self.data = self.root / "data"
        self.log = self.root / "server.log"
        self.sockets = self.root / "sock"
        self.sockets.mkdir()
        if os.geteuid() == 0:
            shutil.chown(self.root, OS_USER, OS_USER)
            shutil.chown(self.sockets, OS_USER, OS_USER)
        self._run(PG_BIN / "initdb", "-D", self.data, "--auth-local=trust", f"--auth-host={auth_host}", "-U", "postgres", "-E", "UTF8",
                  "--locale=C", "--no-sync", "--no-instructions")
        with open(self.data / "postgresql.conf", "a", encoding="utf-8") as f:
            f.write(f"\nport = {self.port}\nlisten_addresses = '127.0.0.1'\n"
                    f"unix_socket_directories = '{self.sockets}'\nfsync = off\nsynchronous_commit = off\n"
                    "full_page_writes = off\nmax_connections = 60\nshared_buffers = 16MB\n")

    # -- commands ------------------------------------------------------------------------
    def _run(self, *args: object, check: bool = True, timeout: float = 60) -> subprocess.CompletedProcess:
        cmd = [str(a) for a in args]
        if os.geteuid() == 0:
            runuser = shutil.which("runuser")
            cmd = [runuser, "-u", OS_USER, "--", *cmd] if runuser else \
                ["su", OS_USER, "-s", "/bin/sh", "-c", " ".join(f"'{c}'" for c in cmd)]
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, cwd=self.root)
        if check and proc.returncode != 0:
            raise RuntimeError(f"{' '.join(cmd)} failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}\n"
                               f"{self._log_tail()}")
        return proc

    def _log_tail(self) -> str:
        try:
            return "server log:\n" + "".join(self.log.read_text(errors="replace").splitlines(True)[-20:])
        except OSError:
            return ""

    def start(self) -> None:
        self._run(PG_BIN / "pg_ctl", "-D", self.data, "-l", self.log, "-w", "-t", "30", "start")

    def stop(self, mode: str = "fast") -> None:
        """Stop the server (``fast`` ends every session, as an administrator's restart does)."""
        self._run(PG_BIN / "pg_ctl", "-D", self.data, "-m", mode, "-w", "-t", "30", "stop")

    def restart(self, mode: str = "fast") -> None:
        self.stop(mode)
        self.start()

    @property
    def running(self) -> bool:
        return self._run(PG_BIN / "pg_ctl", "-D", self.data, "status", check=False).returncode == 0

    def wait_ready(self, timeout: float = 15) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                    return
            except OSError:
                time.sleep(0.05)
        raise TimeoutError(f"server on port {self.port} not ready")

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def execute(self, sql: str, database: str = "postgres") -> None:
        """Run an administrative statement as the superuser (over the trusted Unix socket)."""
        import psycopg

        with psycopg.connect(host=str(self.sockets), port=self.port, user="postgres", dbname=database,
                             autocommit=True) as conn:
            conn.execute(sql)

    def create_database(self, name: str) -> str:
        self.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def cleanup(self) -> None:
        """Stop the server if it runs (immediately) and remove its directory."""
        try:
            if self.data.exists() and self.running:
                self.stop("immediate")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    def __enter__(self) -> PgServer:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.cleanup()
