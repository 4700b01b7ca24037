"""What a report reads from the vault: sessions, people and categories."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vpi_groups.attendance.totals import (
    session_presence,
)
from vpi_groups.reports.periods import MonthClock, PeriodSpec, Span
from vpi_groups.reports.values import Breakdown
from vpi_groups.reports.wording import Label, _label, _plain
from vpi_groups.storage.models import (
    Action,
    ActionKind,
    AgeBand,
    Facilitator,
    ProgrammeSession,
    ReferralSource,
    Sector,
    SessionFacilitator,
    SessionHeadcount,
    SessionStatus,
    TalkGroup,
)

# ---------------------------------------------------------------- raw material


Filter = tuple[str, str]
"""Which records a count covers: ("*", "") for all, else (breakdown, category key)."""
ALL: Filter = ("*", "")
Key = tuple[Filter, Span]


@dataclass(frozen=True)
class _SessionRow:
    id: int
    month: int  # month index (year * 12 + month - 1) of its local start day
    status: SessionStatus
    group_id: int | None
    action_id: int
    axis: ActionKind
    sectors: frozenset[str]
    facilitators: frozenset[int]


@dataclass(frozen=True)
class _Category:
    key: str
    label: Label


@dataclass
class _Material:
    """What the indicators are computed from, read once per report."""

    spec: PeriodSpec
    sessions: dict[int, _SessionRow]
    held: set[int]
    # present counts per session, and per session and attribute
    present: dict[int, int]
    present_by_age: dict[tuple[int, str], int]
    present_by_referral: dict[tuple[int, str], int]
    headcounts: dict[int, int]
    actions: dict[int, tuple[str, int, ActionKind]]  # id -> (title, year, kind)
    groups: dict[int, tuple[str, int]]  # id -> (name, action id)
    facilitator_sector: dict[int, str]


def _load(session: Session, spec: PeriodSpec, *, by_attributes: bool) -> _Material:
    """Read the period's sessions, registers and headcounts, once.

    Present counts per age band and referral source are kept only when a table needs them.
    """
    begin, end = spec.instants()
    owner = func.coalesce(TalkGroup.action_id, ProgrammeSession.action_id)
    rows = (
        session.connection()
        .execute(
            select(
                ProgrammeSession.id,
                ProgrammeSession.starts_at,
                ProgrammeSession.status,
                ProgrammeSession.group_id,
                owner,
                Action.kind,
            )
            .outerjoin(TalkGroup, TalkGroup.id == ProgrammeSession.group_id)
            .join(Action, Action.id == owner)
            .where(ProgrammeSession.starts_at >= begin, ProgrammeSession.starts_at < end)
        )
        .all()
    )
    clock = MonthClock(spec)
    booked: dict[int, set[int]] = defaultdict(set)
    sector_of: dict[int, str] = {}
    for sid, fid, sector in session.execute(
        select(SessionFacilitator.session_id, Facilitator.id, Facilitator.sector)
        .join(Facilitator, Facilitator.id == SessionFacilitator.facilitator_id)
        .join(ProgrammeSession, ProgrammeSession.id == SessionFacilitator.session_id)
        .where(ProgrammeSession.starts_at >= begin, ProgrammeSession.starts_at < end)
    ):
        booked[sid].add(fid)
        sector_of[fid] = sector
    # A period has many sessions but few distinct teams, statuses and axes: build
    # each of those values once.
    teams: dict[frozenset[int], tuple[frozenset[int], frozenset[str]]] = {}
    nobody: frozenset[int] = frozenset()
    statuses = {s.value: s for s in SessionStatus}
    axes = {k.value: k for k in ActionKind}
    sessions = {}
    for sid, starts, status, gid, aid, kind in rows:
        people = frozenset(booked.get(sid, nobody))
        team = teams.get(people)
        if team is None:
            team = teams[people] = (people, frozenset(sector_of[f] for f in people))
        sessions[sid] = _SessionRow(
            id=sid,
            month=clock.month(starts),
            status=statuses[status],
            group_id=gid,
            action_id=aid,
            axis=axes[kind],
            sectors=team[1],
            facilitators=team[0],
        )
    headcounts = {
        sid: present
        for sid, present in session.execute(
            select(SessionHeadcount.session_id, SessionHeadcount.present)
            .join(ProgrammeSession, ProgrammeSession.id == SessionHeadcount.session_id)
            .where(ProgrammeSession.starts_at >= begin, ProgrammeSession.starts_at < end)
        )
    }
    presence = session_presence(session, begin, end, by_attributes=by_attributes)
    recorded = presence.recorded | set(headcounts)
    held = {
        sid
        for sid, row in sessions.items()
        if row.status is SessionStatus.HELD
        or (row.status is SessionStatus.PLANNED and sid in recorded)
    }
    action_ids = {row.action_id for row in sessions.values()}
    actions = {
        aid: (title, year, ActionKind(kind))
        for aid, title, year, kind in session.execute(
            select(Action.id, Action.title, Action.year, Action.kind).where(
                Action.id.in_(action_ids)
            )
        )
    }
    group_ids = {row.group_id for row in sessions.values() if row.group_id is not None}
    groups = {
        gid: (name, aid)
        for gid, name, aid in session.execute(
            select(TalkGroup.id, TalkGroup.name, TalkGroup.action_id).where(
                TalkGroup.id.in_(group_ids)
            )
        )
    }
    return _Material(
        spec=spec,
        sessions=sessions,
        held=held,
        present=presence.present,
        present_by_age=presence.present_by_age,
        present_by_referral=presence.present_by_referral,
        headcounts=headcounts,
        actions=actions,
        groups=groups,
        facilitator_sector=sector_of,
    )


# ---------------------------------------------------------------- categories of a breakdown


def _categories(
    material: _Material, breakdown: Breakdown, *, extra: Sequence[str] = ()
) -> list[_Category]:
    """The rows of a breakdown, in a stable order. ``extra``: "none", "headcount"."""
    out: list[_Category] = []
    if breakdown is Breakdown.AXIS:
        out = [_Category(k.value, _label(k.value, f"axis.{k.value}")) for k in ActionKind]
    elif breakdown is Breakdown.ACTION:
        ordered = sorted(
            material.actions.items(), key=lambda item: (item[1][1], item[1][0], item[0])
        )
        out = [
            _Category(str(aid), _plain(str(aid), f"{title} ({year})"))
            for aid, (title, year, _kind) in ordered
        ]
    elif breakdown is Breakdown.GROUP:
        ordered_groups = sorted(material.groups.items(), key=lambda item: (item[1][0], item[0]))
        out = [_Category(str(gid), _plain(str(gid), name)) for gid, (name, _a) in ordered_groups]
        if "none" in extra and any(r.group_id is None for r in material.sessions.values()):
            out.append(_Category("none", _label("none", "group.none")))
    elif breakdown is Breakdown.FACILITATOR_SECTOR:
        out = [_Category(s.value, _label(s.value, f"sector.{s.value}")) for s in Sector]
        out.append(_Category("none", _label("none", "sector.none")))
    elif breakdown is Breakdown.REFERRAL_SOURCE:
        out = [_Category(r.value, _label(r.value, f"referral.{r.value}")) for r in ReferralSource]
    elif breakdown is Breakdown.AGE_BAND:
        out = [_Category(a.value, _label(a.value, f"age.{a.value}")) for a in AgeBand]
    if "headcount" in extra and breakdown in (Breakdown.REFERRAL_SOURCE, Breakdown.AGE_BAND):
        out.append(_Category("headcount", _label("headcount")))
    return out


def _session_filters(row: _SessionRow, breakdowns: Iterable[Breakdown]) -> list[Filter]:
    """The session-level filters a session belongs to (attributes excluded)."""
    out = [ALL]
    for breakdown in breakdowns:
        if breakdown is Breakdown.AXIS:
            out.append((breakdown.value, row.axis.value))
        elif breakdown is Breakdown.ACTION:
            out.append((breakdown.value, str(row.action_id)))
        elif breakdown is Breakdown.GROUP:
            out.append((breakdown.value, "none" if row.group_id is None else str(row.group_id)))
        elif breakdown is Breakdown.FACILITATOR_SECTOR:
            sectors = row.sectors or frozenset({"none"})
            out += [(breakdown.value, s) for s in sorted(sectors)]
    return out
