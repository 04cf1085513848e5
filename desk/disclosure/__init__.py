"""阳光工程 disclosure (issue 16 §4): what the office publishes about its key livelihood works and its 接诉即办
figures, as plain data for ``reports.disclosure`` to write as a static site.

Public by construction: each field is chosen here, one by one (:class:`PublicProject`), never copied wholesale
from a row. No resident's name, phone or address, and no free text a clerk typed except a project's name (its
description is not published).
"""
from __future__ import annotations

from typing import Any

__all__ = ["MARKER", "Disclosure", "MonthFigures", "PublicProject", "RatesRow", "check_site_folder", "disclosure"]


def __getattr__(name: str) -> Any:
    """The names above, from desk.disclosure.service when first asked for: the façade imports this package (for
    its verbs) at every start, and the service brings the statistics and the project bulletin with it (some 120 ms
    before the login dialog could show; issue 14's cold start)."""
    if name in __all__:
        from desk.disclosure import service

        return getattr(service, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
