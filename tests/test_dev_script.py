"""dev.sh, the newcomer's (and CI's) one command: it waits for another apt/dpkg instead of failing, and the
package metadata builds without setuptools' deprecation warnings."""
from __future__ import annotations

import os
import subprocess
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _fake(bin_dir: Path, name: str, script: str) -> None:
    path = bin_dir / name
    path.write_text("#!/bin/sh\n" + script)
    path.chmod(0o755)


def _apt_retry(tmp_path: Path, *, lock_held_for: int, apt_fails_for: int, then: int = 0) -> tuple[int, str, str]:
    """Run dev.sh's apt_retry with fakes: apt-get exits 100 (the lock) ``apt_fails_for`` times, then ``then``;
    the lock shows as held for the first ``lock_held_for`` looks. Returns (exit code, calls, output)."""
    bins = tmp_path / "bin"
    bins.mkdir()
    log = tmp_path / "calls"
    _fake(bins, "apt-get", f'echo "apt-get $*" >> {log}\n'
                           f'n=$(grep -c apt-get {log}); [ "$n" -le {apt_fails_for} ] && exit 100; exit {then}\n')
    _fake(bins, "fuser", f'echo fuser >> {log}\nn=$(grep -c fuser {log}); [ "$n" -le {lock_held_for} ] && exit 0; '
                         'exit 1\n')
    _fake(bins, "pgrep", "exit 1\n")
    _fake(bins, "sleep", f"echo sleep >> {log}\n")
    body = subprocess.run(["sed", "-n", "/^apt_retry()/,/^}/p", str(ROOT / "dev.sh")], capture_output=True,
                          text=True, check=True).stdout
    assert body.strip(), "dev.sh has no apt_retry"
    script = f'say() {{ echo "==> $*"; }}\n{body}\napt_retry update -qq\n'
    env = {**os.environ, "PATH": f"{bins}:{os.environ['PATH']}"}
    done = subprocess.run(["bash", "-c", script], capture_output=True, text=True, env=env, timeout=60)
    return done.returncode, log.read_text(), done.stdout


def test_dev_sh_waits_for_another_apt_instead_of_failing(tmp_path):
    code, calls, out = _apt_retry(tmp_path, lock_held_for=2, apt_fails_for=2)
    assert code == 0
    assert calls.count("apt-get") == 3 and calls.count("sleep") == 2
    assert "waiting for it to finish" in out and out.count("waiting") == 1


def test_dev_sh_reports_a_real_apt_failure_at_once(tmp_path):
    code, calls, _out = _apt_retry(tmp_path, lock_held_for=0, apt_fails_for=5)
    assert code == 100 and calls.count("apt-get") == 1 and "sleep" not in calls  # no lock: not a wait
    other = tmp_path / "other"
    other.mkdir()
    code, calls, _out = _apt_retry(other, lock_held_for=0, apt_fails_for=0, then=1)
    assert code == 1 and calls.count("apt-get") == 1


def test_the_license_is_an_spdx_expression_not_the_deprecated_table():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert isinstance(project["license"], str)
