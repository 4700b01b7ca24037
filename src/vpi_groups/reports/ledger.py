"""The release ledger: every report file that left the machine, and what it showed.

Each export (window or command line) is recorded in the same unit of work as its
audit event: period, columns, breakdowns, threshold, file name and SHA-256, and every
count of people the file showed or hid with its true value at the time. A new report
is protected jointly with the releases whose period overlaps its own (see
:mod:`vpi_groups.reports.audit`): a count published earlier stays published, a count
hidden earlier stays hidden, and nothing new lets an earlier hidden count be worked
out. The ledger is listed in the window and by ``vpi-groups releases``; nothing
resets it (an erasure or a purge changes the records, not what was published).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from vpi_groups import clock
from vpi_groups.reports.periods import Span
from vpi_groups.reports.values import ReleasedCount, Report
from vpi_groups.storage.models import Release


@dataclass(frozen=True)
class ReleaseInfo:
    """One line of the ledger, as listed to the user."""

    id: int
    at: dt.datetime
    file_name: str
    file_format: str
    sha256: str
    period: Span
    columns: str
    breakdowns: tuple[str, ...]
    k: int
    published: int
    hidden: int


@dataclass(frozen=True)
class EarlierRelease:
    """A release of the ledger with its counts, for the joint audit."""

    info: ReleaseInfo
    counts: tuple[ReleasedCount, ...]


def record(session: Session, report: Report, file_format: str, data: bytes, path: Path) -> int:
    """Add the release of ``report`` written as ``data`` to ``path``; return its id."""
    counts = [
        [
            c.indicator,
            c.breakdown,
            c.category,
            c.start.isoformat(),
            c.end.isoformat(),
            c.value,
            c.published,
        ]
        for c in report.released
    ]
    return _add(
        session,
        path,
        file_format,
        data,
        (report.period.start, report.period.end),
        columns=report.period.by.value,
        breakdowns=json.dumps([b.value for b in report.breakdowns]),
        k=report.k,
        published=sum(1 for c in report.released if c.published),
        hidden=sum(1 for c in report.released if not c.published),
        counts=json.dumps(counts, separators=(",", ":")),
    )


def record_sealed(
    session: Session, file_format: str, data: bytes, path: Path, span: Span, k: int
) -> int:
    """Add a file sealed for one reader (a bundle for the coordinator): it publishes nothing."""
    return _add(
        session,
        path,
        file_format,
        data,
        span,
        columns="month",
        breakdowns="[]",
        k=k,
        published=0,
        hidden=0,
        counts="[]",
    )


def _add(
    session: Session,
    path: Path,
    file_format: str,
    data: bytes,
    span: Span,
    *,
    columns: str,
    breakdowns: str,
    k: int,
    published: int,
    hidden: int,
    counts: str,
) -> int:
    row = Release(
        at=clock.now(),
        file_name=path.name,
        file_format=file_format,
        sha256=hashlib.sha256(data).hexdigest(),
        period_start=span[0],
        period_end=span[1],
        columns=columns,
        breakdowns=breakdowns,
        k=k,
        published=published,
        hidden=hidden,
        counts=counts,
    )
    session.add(row)
    session.flush()
    return row.id


def _info(row: Release) -> ReleaseInfo:
    return ReleaseInfo(
        id=row.id,
        at=row.at,
        file_name=row.file_name,
        file_format=row.file_format,
        sha256=row.sha256,
        period=(row.period_start, row.period_end),
        columns=row.columns,
        breakdowns=tuple(json.loads(row.breakdowns)),
        k=row.k,
        published=row.published,
        hidden=row.hidden,
    )


def listing(session: Session) -> list[ReleaseInfo]:
    """Every release, newest first."""
    rows = session.scalars(select(Release).order_by(Release.at.desc(), Release.id.desc()))
    return [_info(row) for row in rows]


def overlapping(session: Session, span: Span) -> list[EarlierRelease]:
    """The releases whose period shares at least a day with ``span``, oldest first."""
    rows = session.scalars(
        select(Release)
        .where(Release.period_start <= span[1], Release.period_end >= span[0])
        .order_by(Release.id)
    )
    out = []
    for row in rows:
        counts = tuple(
            ReleasedCount(
                indicator=str(ind),
                breakdown=str(name),
                category=str(category),
                start=dt.date.fromisoformat(str(start)),
                end=dt.date.fromisoformat(str(end)),
                value=int(value),
                published=bool(published),
            )
            for ind, name, category, start, end, value, published in json.loads(row.counts)
        )
        out.append(EarlierRelease(_info(row), counts))
    return out


def hull(span: Span, releases: Sequence[EarlierRelease]) -> Span:
    """The smallest span holding ``span`` and every release's period."""
    start = min([span[0], *(r.info.period[0] for r in releases)])
    end = max([span[1], *(r.info.period[1] for r in releases)])
    return (start, end)
