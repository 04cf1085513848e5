"""The façade's verbs for the 12345 import, combined into ``desk.ActingUser`` (see desk/verbs.py)."""
from __future__ import annotations


class ImportVerbs:
    """Verbs of the 12345 import (a mixin of ``desk.ActingUser``)."""
