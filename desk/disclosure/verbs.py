"""The façade's verb of the 阳光工程 disclosure (a mixin combined into ``desk.ActingUser``, see desk/verbs.py)."""
from __future__ import annotations

from desk.verbs import permission


class DisclosureVerbs:
    """Verbs of the public disclosure (a mixin of ``desk.ActingUser``)."""

    @permission("disclosure")
    def disclosure(self, year: int | None = None):
        """What the 阳光工程 site publishes for ``year`` (default: this year): desk.disclosure.Disclosure."""
        from desk.disclosure import disclosure

        self._check()
        return disclosure(self.desk, year)
