"""A small programme with every kind of event, and the app's own list of what to expect."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from tests.calendar.readers import Seen
from tests.scheduling.conftest import Directory, make_directory, weekly
from vpi_groups.calendar import ics as ce
from vpi_groups.programme import records as programme
from vpi_groups.scheduling import records, series
from vpi_groups.scheduling import sessions as sch
from vpi_groups.scheduling.recurrence import Recurrence
from vpi_groups.storage import vault as vaults
from vpi_groups.storage.models import Frequency, HolidayCalendar, SessionStatus

PARIS = ZoneInfo("Europe/Paris")
NOW = dt.datetime(2026, 12, 1, 8, 0, tzinfo=dt.UTC)
TUESDAY_NAME = "Groupe du mardi, salle 1; étage \\ 2 — « Écoute » et échanges entre pairs"
THURSDAY_NAME = "Jeudis"
BASTILLE_DAY = dt.datetime(2026, 7, 14, 18, 0, tzinfo=PARIS)  # a Tuesday: skipped, an EXDATE


def paris(year: int, month: int, day: int, hour: int = 18, minute: int = 0) -> dt.datetime:
    return dt.datetime(year, month, day, hour, minute, tzinfo=PARIS)


@dataclass(frozen=True)
class Programme:
    """Ids of what :func:`build` made."""

    directory: Directory
    tuesday: int
    thursday: int
    moved: int
    cancelled: int
    other_room: int
    other_people: int
    extra: int
    extra_cancelled: int
    training: int


def tuesday_rule() -> Recurrence:
    """Tuesdays at 18:00, 24 February to 17 November 2026, skipping public holidays.

    Across both DST changes; 14 July 2026 is a Tuesday.
    """
    return weekly(
        dt.date(2026, 2, 24), end=dt.date(2026, 11, 17), holidays=HolidayCalendar.METROPOLE
    )


def thursday_rule() -> Recurrence:
    """The second Thursday of each month at 14:00, eight sessions (BYDAY=2TH)."""
    return Recurrence(
        Frequency.MONTHLY_NTH, 3, dt.date(2026, 1, 1), dt.time(14, 0), 120, count=8, nth=2
    )


def build(vault: vaults.Vault) -> Programme:
    """Two groups, one action; moved, cancelled, re-roomed, re-staffed, extra sessions."""
    d = make_directory(vault)
    a, b, c, _ = d.facilitators
    with vault.session() as s:
        programme.update_room(
            s, d.room, programme.RoomSpec("Salle Jaurès", "12, rue de la Paix; Bât. B", 12)
        )
        tuesday = series.create_group(
            s,
            records.GroupSpec(
                TUESDAY_NAME, d.action, (a, b), tuesday_rule(), room_id=d.room, location_shared=True
            ),
        ).group.id
        thursday = series.create_group(
            s,
            records.GroupSpec(
                THURSDAY_NAME, d.action, (b, c), thursday_rule(), room_id=d.small_room
            ),
        ).group.id
        infos = records.list_sessions(s, group_id=tuesday)
        moved = sch.move_session(s, infos[3].id, paris(2026, 3, 18), paris(2026, 3, 18, 19, 30))
        cancelled = sch.cancel_session(s, infos[4].id, "Animatrice absente")
        other_room = sch.change_session_room(s, infos[5].id, d.small_room)
        other_people = sch.change_session_facilitators(s, infos[6].id, [a, c])
        sch.mark_held(s, infos[0].id, now=NOW)
        extra = sch.add_extra_session(s, tuesday, paris(2026, 4, 4, 10), paris(2026, 4, 4, 12))
        extra_cancelled = sch.add_extra_session(
            s, tuesday, paris(2026, 4, 11, 10), paris(2026, 4, 11, 12)
        )
        sch.cancel_session(s, extra_cancelled.id, "Salle prise")
        training = sch.add_action_session(
            s, d.training, paris(2026, 10, 27, 9), paris(2026, 10, 27, 17), facilitator_ids=[c]
        )
    return Programme(
        d,
        tuesday,
        thursday,
        moved.id,
        cancelled.id,
        other_room.id,
        other_people.id,
        extra.id,
        extra_cancelled.id,
        training.id,
    )


def expected(session: Session, options: ce.ExportOptions) -> list[Seen]:
    """What the app itself says the file should hold: its sessions, filtered, titled."""
    titles: dict[int | None, str] = {g.id: g.spec.name for g in records.list_groups(session)}
    actions = {a.id: a.spec for a in programme.list_actions(session)}
    if options.group_ids:
        infos = [
            i
            for g in options.group_ids
            for i in records.list_sessions(
                session,
                start=options.start,
                end=options.end,
                group_id=g,
                action_id=options.action_id,
                facilitator_id=options.facilitator_id,
            )
        ]
    else:
        infos = list(
            records.list_sessions(
                session,
                start=options.start,
                end=options.end,
                action_id=options.action_id,
                facilitator_id=options.facilitator_id,
            )
        )
    seen = []
    for info in infos:
        cancelled = info.status is SessionStatus.CANCELLED
        if cancelled and not options.keep_cancelled:
            continue
        if options.privacy is ce.Privacy.BUSY:
            title = (options.busy_title or "").strip() or ce.BUSY_TITLE
        elif info.group_id is not None:
            title = titles[info.group_id]
        else:
            title = actions[info.action_id].title
        seen.append(
            Seen(
                info.start,
                info.end,
                ce.CANCELLED_PREFIX + title if cancelled else title,
                "CANCELLED" if cancelled else "CONFIRMED",
            )
        )
    return sorted(seen)
