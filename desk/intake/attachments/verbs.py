"""The façade's verbs for attachments, combined into ``desk.ActingUser`` (see desk/verbs.py)."""
from __future__ import annotations


class AttachmentVerbs:
    """Verbs of attachments (a mixin of ``desk.ActingUser``)."""
