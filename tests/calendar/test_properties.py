"""Random programmes: two independent readers see exactly the app's sessions in every export.

Each example builds, in the shared vault, up to three talk-group series (weekly or on
the nth weekday, at day or night times, across both DST changes, with holidays and
closures), then edits them as users do (moves, cancellations, reinstatements, other
facilitators or rooms, extra sessions, an action's sessions), then exports with random
filters and options. ``recurring-ical-events`` over ``icalendar`` and ``vobject`` with
dateutil must both read back the app's own list of sessions for those options: same
start and end instants, same titles, same status.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.calendar.programmes import NOW, expected
from tests.calendar.readers import (
    components,
    read_with_icalendar,
    read_with_vobject,
)
from tests.scheduling.conftest import Directory, empty_programme, make_directory
from vpi_groups.calendar import ics as ce
from vpi_groups.scheduling import records, series
from vpi_groups.scheduling import sessions as sch
from vpi_groups.scheduling.recurrence import Closure, Recurrence
from vpi_groups.storage import vault as vaults
from vpi_groups.storage.models import Frequency, HolidayCalendar, SessionStatus
from vpi_groups.validation import ValidationError

PARIS = ZoneInfo("Europe/Paris")
TIMES = [
    dt.time(h, m) for h, m in ((9, 30), (14, 0), (18, 0), (20, 30), (23, 30), (1, 30), (2, 30))
]


@st.composite
def rules(draw: st.DrawFn) -> Recurrence:
    frequency = draw(st.sampled_from(Frequency))
    start = draw(st.dates(dt.date(2026, 1, 1), dt.date(2027, 6, 30)))
    monthly = frequency is Frequency.MONTHLY_NTH
    by_count = draw(st.booleans())
    closures = draw(
        st.lists(
            st.builds(
                lambda offset, length: Closure(
                    start + dt.timedelta(days=offset), start + dt.timedelta(days=offset + length)
                ),
                st.integers(0, 200),
                st.integers(0, 20),
            ),
            max_size=1,
        )
    )
    return Recurrence(
        frequency=frequency,
        weekday=draw(st.integers(0, 6)),
        start_date=start,
        start_time=draw(st.sampled_from(TIMES)),
        duration_minutes=draw(st.sampled_from([45, 90, 120, 180])),
        end_date=None if by_count else start + dt.timedelta(days=draw(st.integers(20, 420))),
        count=draw(st.integers(1, 14 if monthly else 30)) if by_count else None,
        interval=draw(st.integers(1, 3)),
        nth=draw(st.sampled_from([1, 2, 3, 4, 5, -1])) if monthly else None,
        holidays=draw(st.sampled_from([HolidayCalendar.NONE, HolidayCalendar.METROPOLE])),
        closures=tuple(closures),
    )


@dataclass(frozen=True)
class Edit:
    """One user action on the n-th session of a group (n taken modulo their number)."""

    kind: str
    group: int
    index: int
    minutes: int
    length: int
    people: tuple[int, ...]


edits = st.builds(
    Edit,
    kind=st.sampled_from(
        ["move", "cancel", "reinstate", "people", "room", "extra", "action", "hold"]
    ),
    group=st.integers(0, 2),
    index=st.integers(0, 200),
    minutes=st.integers(-3 * 24 * 4, 3 * 24 * 4).map(lambda q: q * 15),
    length=st.sampled_from([30, 60, 90, 150]),
    people=st.sets(st.integers(0, 3), min_size=1, max_size=3).map(lambda s: tuple(sorted(s))),
)


@st.composite
def export_options(draw: st.DrawFn, groups: int) -> tuple[ce.ExportOptions, dict[str, int]]:
    """Options, with the filters as indexes (groups, facilitators) resolved later."""
    period = draw(
        st.one_of(
            st.none(),
            st.tuples(st.dates(dt.date(2026, 1, 1), dt.date(2028, 6, 30)), st.integers(1, 200)),
        )
    )
    start = end = None
    if period is not None:
        day, days = period
        start = dt.datetime.combine(day, dt.time(0, 0), tzinfo=PARIS)
        end = start + dt.timedelta(days=days)
        if draw(st.booleans()):
            start = None
    picks = {
        "groups": draw(st.integers(0, (1 << groups) - 1)) if groups else 0,
        "action": draw(st.sampled_from([-1, 0, 1])),
        "facilitator": draw(st.integers(-1, 3)),
    }
    options = ce.ExportOptions(
        start=start,
        end=end,
        privacy=draw(st.sampled_from(ce.Privacy)),
        facilitator_names=draw(st.booleans()),
        keep_cancelled=draw(st.booleans()),
    )
    return options, picks


def apply(vault: vaults.Vault, group_ids: list[int], edit: Edit, d: Directory) -> None:
    """Make one edit the way the window would; edits the app refuses are skipped."""
    if not group_ids:
        return
    group_id = group_ids[edit.group % len(group_ids)]
    people = [d.facilitators[i] for i in edit.people]
    with vault.session() as s:
        infos = records.list_sessions(s, group_id=group_id)
        target = infos[edit.index % len(infos)]
        shift = dt.timedelta(minutes=edit.minutes)
        length = dt.timedelta(minutes=edit.length)
        try:
            if edit.kind == "move" and target.status is SessionStatus.PLANNED:
                sch.move_session(s, target.id, target.start + shift, target.start + shift + length)
            elif edit.kind == "cancel":
                sch.cancel_session(s, target.id, "Raison privée")
            elif edit.kind == "reinstate":
                sch.reinstate_session(s, target.id)
            elif edit.kind == "people":
                sch.change_session_facilitators(s, target.id, people)
            elif edit.kind == "room":
                room = (None, d.room, d.small_room)[edit.index % 3]
                sch.change_session_room(s, target.id, room)
            elif edit.kind == "extra":
                sch.add_extra_session(
                    s, group_id, target.start + shift, target.start + shift + length
                )
            elif edit.kind == "action":
                sch.add_action_session(
                    s,
                    d.training,
                    target.start + shift,
                    target.start + shift + length,
                    facilitator_ids=people,
                )
            elif edit.kind == "hold":
                sch.mark_held(s, target.id, now=NOW + dt.timedelta(days=3 * 365))
        except ValidationError:
            pass


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(
    plans=st.lists(st.tuples(rules(), st.booleans()), min_size=1, max_size=3),
    changes=st.lists(edits, max_size=8),
    chosen=st.data(),
)
def test_both_readers_read_back_the_apps_sessions(
    shared_vault: vaults.Vault,
    plans: list[tuple[Recurrence, bool]],
    changes: list[Edit],
    chosen: st.DataObject,
) -> None:
    vault = shared_vault
    empty_programme(vault)
    d = make_directory(vault)
    group_ids = []
    for number, (rule, shared) in enumerate(plans):
        spec = records.GroupSpec(
            f"Groupe {number}, « n°{number} »; test",
            d.action,
            d.facilitators[number % 3 : number % 3 + 2],
            rule,
            room_id=d.room,
            location_shared=shared,
        )
        try:
            with vault.session() as s:
                group_ids.append(series.create_group(s, spec).group.id)
        except ValidationError:
            continue  # a rule whose every date is a holiday or closed
    for edit in changes:
        apply(vault, group_ids, edit, d)
    options, picks = chosen.draw(export_options(len(group_ids)))
    options = ce.ExportOptions(
        group_ids=tuple(g for i, g in enumerate(group_ids) if picks["groups"] >> i & 1),
        action_id={-1: None, 0: d.action, 1: d.training}[picks["action"]],
        facilitator_id=None if picks["facilitator"] < 0 else d.facilitators[picks["facilitator"]],
        start=options.start,
        end=options.end,
        privacy=options.privacy,
        facilitator_names=options.facilitator_names,
        keep_cancelled=options.keep_cancelled,
    )
    with vault.session() as s:
        data = ce.export_calendar(s, options, now=NOW)
        files = ce.export_per_group(s, options, now=NOW)
        want = expected(s, options)
    components(data)  # line endings, folding, structure
    assert read_with_icalendar(data) == want
    assert read_with_vobject(data) == want
    # One file per group holds the same occurrences, split.
    split = sorted(seen for blob in files.values() for seen in read_with_vobject(blob))
    assert split == want
