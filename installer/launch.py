"""Entry script of the PyInstaller bundle: the same ``main`` as the ``whistle-desk`` console script.

Both executables of the bundle run this file: ``WhistleDesk`` (windowed on Windows: the GUI,
for the Start menu) and ``whistle-desk`` (console: the command line, ``--version``, ``selfcheck``).
"""
from __future__ import annotations

import multiprocessing
import sys

if getattr(sys, "frozen", False):
    # Alembic imports the migration scripts from the install folder: never write __pycache__ there
    # (Program Files is read-only, and files the installer did not put there outlive an uninstall).
    sys.dont_write_bytecode = True

from desk.cli import main  # noqa: E402 - after the bytecode switch

if __name__ == "__main__":
    # A frozen Windows program that ever starts a child process must call this first.
    multiprocessing.freeze_support()
    sys.exit(main())
