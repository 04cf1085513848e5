"""Build the PyInstaller bundle (``dist/WhistleDesk/``) with the Python that runs this script.

    python installer/build.py [--clean] [--version-only]

- Installs PyInstaller into the current environment with pip when it is missing (a build tool,
  not a dependency of the app), checks that whistle-desk itself is installed there (the bundle
  needs its entry-point metadata), runs ``installer/whistle-desk.spec`` and prints the bundle's
  size and where the executables are.
- ``--version-only`` prints the package version and exits (build_windows.ps1 passes it to ISCC
  as ``/DAppVersion=…``).

Works on Linux and Windows (PyInstaller cannot cross-build: a Windows bundle is built on Windows).
"""
from __future__ import annotations

import argparse
import importlib.metadata
import importlib.util
import os
import subprocess
import sys
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "installer" / "whistle-desk.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
BUNDLE = DIST / "WhistleDesk"
#: PyInstaller 6 (onedir with _internal/, copy_metadata); tested with 6.22.
PYINSTALLER = "pyinstaller>=6.10,<7"


def package_version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def ensure_pyinstaller() -> None:
    if importlib.util.find_spec("PyInstaller") is None:
        print(f"==> installing {PYINSTALLER} into {sys.prefix}", flush=True)
        subprocess.run([sys.executable, "-m", "pip", "install", "--disable-pip-version-check", PYINSTALLER],
                       check=True)


def ensure_installed() -> None:
    """whistle-desk must be installed in this environment (pip install -e . or pip install .)."""
    try:
        eps = importlib.metadata.distribution("whistle-desk").entry_points
    except importlib.metadata.PackageNotFoundError:
        eps = []
    if not any(ep.group == "whistle_desk.gui" and ep.name == "selfcheck" for ep in eps):
        print("==> installing whistle-desk into this environment (pip install -e .)", flush=True)
        subprocess.run([sys.executable, "-m", "pip", "install", "--disable-pip-version-check", "-e", str(ROOT)],
                       check=True)


def size_of(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def human(n: float) -> str:
    for unit in ("B", "KiB", "MiB", "GiB"):
        if n < 1024 or unit == "GiB":
            return f"{n:.1f} {unit}" if unit != "B" else f"{int(n)} B"
        n /= 1024
    return f"{n:.1f} GiB"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's cache and build folder first")
    parser.add_argument("--version-only", action="store_true", help="print the package version and exit")
    args = parser.parse_args(argv)
    if args.version_only:
        print(package_version())
        return 0
    ensure_pyinstaller()
    ensure_installed()
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
           "--distpath", str(DIST), "--workpath", str(WORK), str(SPEC)]
    if args.clean:
        cmd.insert(3, "--clean")
    print("==> " + " ".join(cmd), flush=True)
    started = time.perf_counter()
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    subprocess.run(cmd, check=True, cwd=ROOT, env=env)
    exe = ".exe" if sys.platform == "win32" else ""
    print(f"==> built {BUNDLE} in {time.perf_counter() - started:.0f} s")
    print(f"    version {package_version()}, size {human(size_of(BUNDLE))}")
    print(f"    GUI {BUNDLE / ('WhistleDesk' + exe)}")
    print(f"    CLI {BUNDLE / ('whistle-desk' + exe)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
