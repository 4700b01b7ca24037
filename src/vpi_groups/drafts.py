"""Drafts: an open editor's unsaved state, kept in the vault when the window locks.

Locking must never throw away what someone was typing. When the window locks, each
open editor with unsaved changes hands its state (plain JSON values) to :func:`keep`;
the state is written inside the encrypted vault like any record, never to a file of
its own. After the next unlock the window reads them (:func:`pending`) and reopens
each editor with its state, for the user to save or cancel. They stay in the vault until
the next lock replaces them (:func:`replace_all`): a crash right after unlocking loses
nothing either.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from vpi_groups.storage.models import Draft

KEY_LENGTH = 64


@dataclass(frozen=True)
class KeptDraft:
    """One editor's state, as kept at the last lock.

    Attributes:
        key: which editor and which record (``session:42``, ``directory:edit_facilitator:7``).
        saved_at: when the window locked.
        state: the editor's fields, as the editor gave them.
    """

    key: str
    saved_at: dt.datetime
    state: Mapping[str, Any]


def replace_all(
    session: Session, kept: Sequence[tuple[str, Mapping[str, Any]]], *, now: dt.datetime
) -> None:
    """Forget the drafts of the last lock and keep these (the editors open now)."""
    session.execute(delete(Draft))
    for key, state in kept:
        keep(session, key, state, now=now)


def keep(session: Session, key: str, state: Mapping[str, Any], *, now: dt.datetime) -> None:
    """Keep (or replace) the draft of one editor.

    Raises:
        ValueError: the key is too long, or the state is not made of JSON values.
    """
    if not key or len(key) > KEY_LENGTH:
        raise ValueError("draft key")
    payload = json.dumps(dict(state), sort_keys=True, ensure_ascii=False, allow_nan=False)
    row = session.get(Draft, key)
    if row is None:
        session.add(Draft(key=key, saved_at=now, payload=payload))
    else:
        row.saved_at, row.payload = now, payload


def pending(session: Session) -> tuple[KeptDraft, ...]:
    """Every draft kept at the last lock, oldest first (they stay until the next lock)."""
    rows = session.scalars(select(Draft).order_by(Draft.saved_at, Draft.key)).all()
    return tuple(KeptDraft(r.key, r.saved_at, json.loads(r.payload)) for r in rows)
