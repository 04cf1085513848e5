"""The façade's verbs for repeat complaints, combined into ``desk.ActingUser`` (see desk/verbs.py)."""
from __future__ import annotations


class RepeatVerbs:
    """Verbs of repeat complaints (a mixin of ``desk.ActingUser``)."""
