"""The import contracts about desk/'s own shape (pyproject.toml [tool.importlinter]) hold, and they would catch
what they are there for: the façade <-> statistics cycle coming back, a service using a domain's verbs, a verbs
module reaching the façade. ``lint-imports`` (dev.sh test) checks every contract; this checks that these break."""
from __future__ import annotations

import tomllib
from pathlib import Path

import grimp
import pytest
from importlinter import configuration
from importlinter.contracts.acyclic_siblings import AcyclicSiblingsContract
from importlinter.contracts.forbidden import ForbiddenContract
from importlinter.contracts.protected import ProtectedContract

configuration.configure()  # (what the lint-imports command does first: the contracts' timer, …)
ROOT = Path(__file__).resolve().parents[2]
CONFIG = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["importlinter"]
KINDS = {"acyclic_siblings": AcyclicSiblingsContract, "protected": ProtectedContract, "forbidden": ForbiddenContract}
CYCLES, VERBS_ON_TOP, VERBS_BELOW_FACADE = "acyclic_siblings", "protected", "forbidden"


def _contract(kind: str):
    """The contract of ``kind`` about desk/'s own modules (the one that names desk.*.verbs, or the cycles')."""
    found = [c for c in CONFIG["contracts"] if c["type"] == kind
             and (kind == CYCLES or "desk.*.verbs" in c.get("protected_modules", c.get("source_modules", [])))]
    assert len(found) == 1, kind
    options = {k: v for k, v in found[0].items() if k not in ("name", "type")}
    return KINDS[kind](name=found[0]["name"], session_options={"root_packages": CONFIG["root_packages"]},
                       contract_options=options)


@pytest.fixture
def graph():
    return grimp.build_graph(*CONFIG["root_packages"], include_external_packages=True)


@pytest.mark.parametrize("kind", [CYCLES, VERBS_ON_TOP, VERBS_BELOW_FACADE])
def test_the_contracts_hold(graph, kind):
    assert _contract(kind).check(graph, verbose=False).kept


@pytest.mark.parametrize(("kind", "importer", "imported"), [
    (CYCLES, "desk.stats", "desk.facade"),  # the façade imports the statistics (their verbs)
    (CYCLES, "desk.deadlines.clocks", "desk.escalation.service"),  # the ladder counts with the calendar
    (CYCLES, "desk.audit.service", "desk.tickets.service"),  # tickets record events
    (VERBS_ON_TOP, "desk.tickets.service", "desk.dispatch.verbs"),
    (VERBS_BELOW_FACADE, "desk.stats.verbs", "desk.facade"),
])
def test_they_break_when_an_import_would_close_a_loop(graph, kind, importer, imported):
    graph.add_import(importer=importer, imported=imported, line_number=1, line_contents=f"import {imported}")
    assert not _contract(kind).check(graph, verbose=False).kept
