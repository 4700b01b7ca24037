"""The audit log: what was exported, purged, erased, backed up, restored, re-keyed.

An entry holds a time, a kind and counts. Never a code, a memo, a note or a name:
``record`` only accepts integers.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from vpi_groups import clock
from vpi_groups.storage.models import AuditEvent, AuditKind


@dataclass(frozen=True)
class AuditEntry:
    """One line of the audit log."""

    at: dt.datetime
    kind: AuditKind
    counts: Mapping[str, int]


def record(
    session: Session,
    kind: AuditKind,
    counts: Mapping[str, int] | None = None,
    *,
    at: dt.datetime | None = None,
) -> None:
    """Append an entry. Counts are names to integers; anything else is refused."""
    clean = dict(counts or {})
    for name, value in clean.items():
        if not name.isidentifier() or type(value) is not int:
            raise TypeError("audit counts are identifiers mapped to integers")
    session.add(
        AuditEvent(
            at=at or clock.now(),
            kind=AuditKind(kind),
            counts=json.dumps(clean, sort_keys=True),
        )
    )


def entries(session: Session) -> tuple[AuditEntry, ...]:
    """Every entry, oldest first."""
    return tuple(
        AuditEntry(at=row.at, kind=AuditKind(row.kind), counts=json.loads(row.counts))
        for row in session.scalars(select(AuditEvent).order_by(AuditEvent.at, AuditEvent.id))
    )
