"""What a report reads from the vault: sessions, people and categories."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import String, func, select, type_coerce
from sqlalchemy.orm import Session

from vpi_groups.attendance.totals import (
    MonthAttributePresence,
    monthly_attribute_presence,
    months_table,
    session_presence,
    starts_in_month,
)
from vpi_groups.reports.periods import MonthClock, PeriodSpec, Span
from vpi_groups.reports.values import Breakdown
from vpi_groups.reports.wording import Label, _label, _plain
from vpi_groups.storage.models import (
    Action,
    ActionKind,
    AgeBand,
    Facilitator,
    Gender,
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
ATTRIBUTE_BREAKDOWNS = (Breakdown.REFERRAL_SOURCE, Breakdown.AGE_BAND, Breakdown.GENDER)
"""The breakdowns by a person's own attributes: each person is in one category of each."""


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
    # what its filters depend on (axis, action, group, sectors): one shared value for alike
    # sessions (see :class:`_FilterCache`)
    cohort: tuple[object, ...]


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
    # present counts per session, and per month (index) and attribute code (the latter
    # without the live lines of talk groups, counted with the distinct people)
    present: dict[int, int]
    present_by_age: dict[tuple[int, str], int]
    present_by_referral: dict[tuple[int, str], int]
    present_by_gender: dict[tuple[int, str], int]
    headcounts: dict[int, int]
    actions: dict[int, tuple[str, int, ActionKind]]  # id -> (title, year, kind)
    groups: dict[int, tuple[str, int]]  # id -> (name, action id)
    facilitator_sector: dict[int, str]


def _load(session: Session, spec: PeriodSpec, *, by_attributes: bool) -> _Material:
    """Read the period's sessions, registers and headcounts, once.

    Sessions come with their month and their team (placed in SQL, between the months'
    UTC bounds); present counts per month, age band, referral source and gender are read only
    when a table needs them.
    """
    begin, end = spec.instants()
    months = MonthClock(spec).months()
    bounds = months_table(months)
    owner = func.coalesce(TalkGroup.action_id, ProgrammeSession.action_id)
    team = (
        select(func.group_concat(SessionFacilitator.facilitator_id))
        .where(SessionFacilitator.session_id == ProgrammeSession.id)
        .scalar_subquery()
    )
    session.flush()
    connection = session.connection()
    rows = connection.execute(
        select(
            ProgrammeSession.id,
            bounds.c.month,
            type_coerce(ProgrammeSession.status, String),
            ProgrammeSession.group_id,
            owner,
            type_coerce(Action.kind, String),
            team,
        )
        .select_from(bounds)
        .join(ProgrammeSession, starts_in_month(bounds))
        .outerjoin(TalkGroup, TalkGroup.id == ProgrammeSession.group_id)
        .join(Action, Action.id == owner)
        # working groups' meetings are professionals' meetings, with tables of their own:
        # not sessions of the programme's actions, nor their facilitators' work
        .where(Action.kind != ActionKind.WORKING_GROUP)
    ).all()
    sector_of: dict[int, str] = dict(
        connection.execute(select(Facilitator.id, type_coerce(Facilitator.sector, String))).all()
    )
    # A period has many sessions but few distinct teams, statuses and axes: build
    # each of those values once.
    teams: dict[str | None, tuple[frozenset[int], frozenset[str]]] = {
        None: (frozenset(), frozenset())
    }
    statuses = {s.value: s for s in SessionStatus}
    axes = {k.value: k for k in ActionKind}
    booked: set[int] = set()
    cohorts: dict[tuple[object, ...], tuple[object, ...]] = {}
    sessions = {}
    for sid, month, status, gid, aid, kind, members in rows:
        found = teams.get(members)
        if found is None:
            people = frozenset(int(f) for f in members.split(","))
            found = teams[members] = (people, frozenset(sector_of[f] for f in people))
            booked |= people
        axis = axes[kind]
        cohort = (axis, aid, gid, found[1])
        sessions[sid] = _SessionRow(
            id=sid,
            month=month,
            status=statuses[status],
            group_id=gid,
            action_id=aid,
            axis=axis,
            sectors=found[1],
            facilitators=found[0],
            cohort=cohorts.setdefault(cohort, cohort),
        )
    headcounts = {
        sid: present
        for sid, present in connection.execute(
            select(SessionHeadcount.session_id, SessionHeadcount.present)
            .join(ProgrammeSession, ProgrammeSession.id == SessionHeadcount.session_id)
            .where(ProgrammeSession.starts_at >= begin, ProgrammeSession.starts_at < end)
        )
    }
    presence = session_presence(session, begin, end)
    # Talk groups' live lines by attribute come with the distinct people (people.py).
    by_month = (
        monthly_attribute_presence(session, months, live_talk_groups=False)
        if by_attributes
        else MonthAttributePresence({}, {}, {})
    )
    recorded = presence.recorded | set(headcounts)
    held = {
        sid
        for sid, row in sessions.items()
        if row.status is SessionStatus.HELD
        or (row.status is SessionStatus.PLANNED and sid in recorded)
    }
    action_ids = {row.action_id for row in sessions.values()}
    actions = {
        aid: (title, year, axes[kind])
        for aid, title, year, kind in connection.execute(
            select(Action.id, Action.title, Action.year, type_coerce(Action.kind, String)).where(
                Action.id.in_(action_ids)
            )
        )
    }
    group_ids = {row.group_id for row in sessions.values() if row.group_id is not None}
    groups = {
        gid: (name, aid)
        for gid, name, aid in connection.execute(
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
        present_by_age=by_month.by_age,
        present_by_referral=by_month.by_referral,
        present_by_gender=by_month.by_gender,
        headcounts=headcounts,
        actions=actions,
        groups=groups,
        facilitator_sector={fid: sector_of[fid] for fid in booked},
    )


# ---------------------------------------------------------------- categories of a breakdown


def _categories(
    material: _Material, breakdown: Breakdown, *, extra: Sequence[str] = ()
) -> list[_Category]:
    """The rows of a breakdown, in a stable order. ``extra``: "none", "headcount"."""
    out: list[_Category] = []
    if breakdown is Breakdown.AXIS:
        out = [
            _Category(k.value, _label(k.value, f"axis.{k.value}"))
            for k in ActionKind
            if k is not ActionKind.WORKING_GROUP  # no session of theirs is counted here
        ]
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
    elif breakdown is Breakdown.GENDER:
        out = [_Category(g.value, _label(g.value, f"gender.{g.value}")) for g in Gender]
    if "headcount" in extra and breakdown in ATTRIBUTE_BREAKDOWNS:
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


class _FilterCache:
    """:func:`_session_filters` for some breakdowns, made once per kind of session."""

    def __init__(self, breakdowns: Iterable[Breakdown]) -> None:
        self.breakdowns = tuple(breakdowns)
        self.made: dict[tuple[object, ...], list[Filter]] = {}

    def __call__(self, row: _SessionRow) -> list[Filter]:
        found = self.made.get(row.cohort)
        if found is None:
            found = self.made[row.cohort] = _session_filters(row, self.breakdowns)
        return found
