"""Notes the program writes into the record in its own words (a lockout, a suspension ended by itself, a step
closed by a reassignment, 命令行 or 演示数据 as the origin of a change).

Such a note is stored as a message key, a :class:`desk.errors.Message` (its literal Chinese template and its
parameters) behind a marker, so that each reader sees it in their language: :func:`text` gives the note in the
interface language (Chinese where no translator is installed, as on the command line). Notes that people
type are stored as typed and shown as they are.

    audit.record(..., note=notes.program(Message("连续 {count} 次密码错误", count=5)))
    notes.text(event.note)   # "5 wrong passwords in a row" in the English interface
"""
from __future__ import annotations

import json

from desk.errors import Message, Term

#: Starts a stored program note (U+2063 INVISIBLE SEPARATOR: no one types it).
MARKER = "\u2063msg:"


def program(message: Message) -> str:
    """``message`` as a stored note. Parameters must be plain values (numbers, texts, Terms, Messages)."""
    return MARKER + json.dumps({"t": message.template, "p": _plain(message.params)}, ensure_ascii=False,
                               separators=(",", ":"))


def _plain(params: dict[str, object]) -> dict[str, object]:
    out: dict[str, object] = {}
    for k, v in params.items():
        if isinstance(v, Message):
            out[k] = {"message": v.template, "p": _plain(v.params)}
        elif isinstance(v, Term):
            out[k] = {"term": str(v)}
        else:
            out[k] = v if isinstance(v, (int, float, bool)) or v is None else str(v)
    return out


def _params(raw: dict) -> dict[str, object]:
    out: dict[str, object] = {}
    for k, v in raw.items():
        if isinstance(v, dict) and "message" in v:
            out[k] = Message(v["message"], **_params(v.get("p") or {}))
        elif isinstance(v, dict) and "term" in v:
            out[k] = Term(v["term"])
        else:
            out[k] = v
    return out


def message(stored: str | None) -> Message | str:
    """The stored note as a Message (a program note) or as the text a person typed."""
    if not stored or not stored.startswith(MARKER):
        return stored or ""
    try:
        raw = json.loads(stored[len(MARKER):])
        return Message(str(raw["t"]), **_params(raw.get("p") or {}))
    except (ValueError, KeyError, TypeError):
        return stored[len(MARKER):]  # damaged: show what is there rather than nothing


def text(stored: str | None) -> str:
    """The note for the reader: a program note in the interface language, a typed note as typed."""
    m = message(stored)
    return m.message if isinstance(m, Message) else m


def chinese(stored: str | None) -> str:
    """The note in Chinese (exports, the command line, logs)."""
    return str(message(stored))


__all__ = ["MARKER", "chinese", "message", "program", "text"]
