"""PDF rendering from plain data built by desk.stats (no SQL, no Qt)."""
