"""Whistle Desk's PySide6 desktop UI. Talks to the core only through the ``desk`` façade."""
