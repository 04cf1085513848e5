"""The façade's verbs for category standards, combined into ``desk.ActingUser`` (see desk/verbs.py)."""
from __future__ import annotations


class StandardVerbs:
    """Verbs of category standards (a mixin of ``desk.ActingUser``)."""
