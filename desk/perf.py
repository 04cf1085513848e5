"""Helpers for bulk work: the period report's build and its documents (desk.stats, reports)."""
from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    """Python's cycle collector paused for a bulk computation.

    The weekly report makes a few hundred thousand short-lived tuples, datetimes and flowables; reference counting
    frees them. Every collection their allocation set off walked all the objects of the process: a third of the
    report's build, and up to half of a document's rendering, in a process that holds a few hundred thousand
    objects. Collection resumes after (unless it was off already); cycles made meanwhile are collected then.
    """
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()
