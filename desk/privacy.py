"""Residents' personal data: who sees a reporter's phone number in full, and the masked form."""
from __future__ import annotations

from typing import Any

MASK = "****"
#: Timeline fields (event ``changes``) that hold a reporter's phone number.
PHONE_FIELDS = ("reporter_phone",)
#: Timeline fields that name the reporter (hidden with the phone for a confidential, 保密, reporter).
REPORTER_FIELDS = ("reporter_name", "reporter_phone")
#: What a confidential reporter's name and phone read as for those who may not see them.
CONFIDENTIAL = "（保密）"
#: The roles that see a confidential reporter (the office's clerks and supervisors).
PRIVY_ROLES = frozenset({"clerk", "supervisor"})


#: Characters a platform masks a phone number's digits with (138****1234).
MASK_CHARACTERS = frozenset("*＊●•×xX")


def phone_digits(phone: str | None) -> str:
    """The digits of a phone number, which search and the repeat check match on (``ticket.phone_digits``). A
    masked number (``138****1234``, as 12345 exports may carry) has none: its digits are not the resident's
    number, and two residents' masked numbers read alike."""
    if not phone or any(c in MASK_CHARACTERS for c in phone):
        return ""
    return "".join(c for c in phone if c.isdigit())


def phone_last4(phone: str | None) -> str:
    """The last four digits (``ticket.phone_last4``): known of a masked number too, so search finds it by them."""
    digits = "".join(c for c in (phone or "") if c.isdigit())
    return digits[-4:] if (phone or "").rstrip()[-1:].isdigit() else ""


def mask_phone(phone: str | None) -> str:
    """``13812345678`` -> ``138****1234``. Shorter numbers keep at most their last four digits,
    and always at least four characters are hidden; an empty number stays empty."""
    if not phone:
        return phone or ""
    n = len(phone)
    if n >= 11:
        return phone[:3] + MASK + phone[-4:]
    if n >= 8:
        return MASK + phone[-4:]
    return MASK


def mask_changes(changes: dict[str, Any], *, confidential: bool = False) -> dict[str, Any]:
    """A timeline entry's ``changes`` with phone numbers masked (``confidential``: name and phone hidden)."""
    fields = REPORTER_FIELDS if confidential else PHONE_FIELDS
    if not any(k in changes for k in fields):
        return changes
    out = dict(changes)
    for k in fields:
        if k in out and isinstance(out[k], list | tuple):
            out[k] = [(CONFIDENTIAL if confidential else mask_phone(v)) if isinstance(v, str) and v else v
                      for v in out[k]]
    return out
