"""``python -m desk``: the same as the ``whistle-desk`` command."""
import sys

from desk.cli import main

if __name__ == "__main__":
    sys.exit(main())
