"""Entry script of the PyInstaller bundle: the same ``main`` as the ``whistle-desk`` console script.

Both executables of the bundle run this file: ``WhistleDesk`` (windowed on Windows: the GUI,
for the Start menu) and ``whistle-desk`` (console: the command line, ``--version``, ``selfcheck``).
"""
from __future__ import annotations

import multiprocessing
import sys

from desk.cli import main

if __name__ == "__main__":
    # A frozen Windows program that ever starts a child process must call this first.
    multiprocessing.freeze_support()
    sys.exit(main())
