"""Fixtures every Qt test folder uses (tests/ui through uitools, tests/journeys through journey): a settings file
of the test's own, and no modal exec() that could hang an offscreen run."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog


@pytest.fixture
def settings(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "whistle-desk.ini"), QSettings.Format.IniFormat)


@pytest.fixture(autouse=True)
def no_modal_exec(monkeypatch):
    """A modal exec() under offscreen would hang the run: make any un-mocked one fail loudly."""
    def refuse(self, *a, **k):
        raise AssertionError(f"un-mocked modal exec() of {type(self).__name__}")
    monkeypatch.setattr(QDialog, "exec", refuse)
