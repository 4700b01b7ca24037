"""Revision counters and times of last change: what a calendar's SEQUENCE and LAST-MODIFIED say.

A calendar client keeps an event it already has unless the new copy carries a higher
SEQUENCE, so every change to what an exported event shows must raise one of the
counters below, and nothing else should. The calendar export adds them up:

- a series' master event: the group's ``revision`` (its name, rule, facilitators,
  room, whether the place is shared), plus ``cancellations_revision`` when cancelled
  occurrences are written as EXDATEs, or ``occurrences_revision`` in an export
  filtered by facilitator or period (any change to an occurrence can then add or
  remove an EXDATE);
- any other event of a group: the group's ``revision`` plus the session's;
- an action's session: the session's ``revision``.

Each counter has a time of last change; an event's LAST-MODIFIED is the latest of its
counters' times. A change made at ``now`` is stamped ``now`` in whole seconds (what
iCalendar writes), moved on to one second after the latest time among the stamps an
event of it adds up (see :func:`stamp`), so that LAST-MODIFIED grows with SEQUENCE
even for two changes within one second.

Renaming a room, a facilitator or an action changes the events that show it:
:func:`touch_events` raises their counters too.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vpi_groups.storage.models import (
    GroupFacilitator,
    ProgrammeSession,
    SessionFacilitator,
    TalkGroup,
)

__all__ = ["bump_group", "bump_session", "stamp", "touch_events"]

_SECOND = dt.timedelta(seconds=1)


def stamp(now: dt.datetime, *previous: dt.datetime | None) -> dt.datetime:
    """Return ``now`` in UTC whole seconds, or one second after the latest ``previous``.

    ``now`` must be aware; None among ``previous`` (unknown or never) is ignored.
    """
    moment = now.astimezone(dt.UTC).replace(microsecond=0)
    known = [p for p in previous if p is not None]
    if known and max(known) >= moment:
        return max(known) + _SECOND
    return moment


def _group_stamps(group: TalkGroup) -> tuple[dt.datetime | None, ...]:
    return (group.modified_at, group.cancellations_modified_at, group.occurrences_modified_at)


def _latest_session_change(session: Session, group_ids: Collection[int]) -> dt.datetime | None:
    if not group_ids:
        return None
    latest: dt.datetime | None = session.scalar(
        select(func.max(ProgrammeSession.modified_at)).where(
            ProgrammeSession.group_id.in_(list(group_ids))
        )
    )
    return latest


def bump_group(session: Session, group: TalkGroup, now: dt.datetime) -> dt.datetime:
    """Record a change to a series' own settings; return the time it was stamped with.

    The time is later than every stamp of the group and of its sessions, so every
    event of the group (whose LAST-MODIFIED takes the group's time into account) moves on.
    """
    session.flush()
    moment = stamp(now, *_group_stamps(group), _latest_session_change(session, [group.id]))
    group.revision += 1
    group.modified_at = moment
    return moment


def bump_session(
    row: ProgrammeSession,
    now: dt.datetime,
    *,
    group: TalkGroup | None = None,
    in_series: bool = False,
    cancellation: bool = False,
    moment: dt.datetime | None = None,
) -> dt.datetime:
    """Record a change to one session; return the time it was stamped with.

    Args:
        row: the session that changed.
        now: when.
        group: its talk group (None for an action's session).
        in_series: it stands for an instance of its group's current rule, so the
            master event of a filtered export may change.
        cancellation: it was cancelled or stopped being cancelled, so the master's
            EXDATEs change.
        moment: a stamp already taken for this change (several rows changed at once).
    """
    if moment is None:
        stamps = _group_stamps(group) if group is not None else ()
        moment = stamp(now, row.modified_at, *stamps)
    row.revision += 1
    row.modified_at = moment
    if group is not None and in_series:
        group.occurrences_revision += 1
        group.occurrences_modified_at = moment
        if cancellation:
            group.cancellations_revision += 1
            group.cancellations_modified_at = moment
    return moment


def touch_events(
    session: Session,
    now: dt.datetime,
    *,
    room_id: int | None = None,
    facilitator_id: int | None = None,
    action_id: int | None = None,
) -> None:
    """Raise the counters of every event that shows this room, facilitator or action.

    Groups meeting in the room or run by the facilitator, and sessions held in the
    room, booking the facilitator, or of the action (an action's title is the title
    of its own sessions; a talk group's events carry the group's name).
    """
    session.flush()
    groups: set[int] = set()
    sessions: set[int] = set()
    if room_id is not None:
        groups.update(session.scalars(select(TalkGroup.id).where(TalkGroup.room_id == room_id)))
        sessions.update(
            session.scalars(select(ProgrammeSession.id).where(ProgrammeSession.room_id == room_id))
        )
    if facilitator_id is not None:
        groups.update(
            session.scalars(
                select(GroupFacilitator.group_id).where(
                    GroupFacilitator.facilitator_id == facilitator_id
                )
            )
        )
        sessions.update(
            session.scalars(
                select(SessionFacilitator.session_id).where(
                    SessionFacilitator.facilitator_id == facilitator_id
                )
            )
        )
    if action_id is not None:
        sessions.update(
            session.scalars(
                select(ProgrammeSession.id).where(ProgrammeSession.action_id == action_id)
            )
        )
    if not groups and not sessions:
        return
    group_rows = session.scalars(select(TalkGroup).where(TalkGroup.id.in_(groups))).all()
    session_rows = session.scalars(
        select(ProgrammeSession).where(ProgrammeSession.id.in_(sessions))
    ).all()
    owners = {r.group_id for r in session_rows if r.group_id is not None}
    owner_rows = session.scalars(select(TalkGroup).where(TalkGroup.id.in_(owners))).all()
    moment = stamp(
        now,
        *(s for g in group_rows for s in _group_stamps(g)),
        *(g.modified_at for g in owner_rows),
        *(r.modified_at for r in session_rows),
        _latest_session_change(session, groups),
    )
    for group in group_rows:
        group.revision += 1
        group.modified_at = moment
    for row in session_rows:
        bump_session(row, now, moment=moment)
    session.flush()
