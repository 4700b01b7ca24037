"""A referral source "not recorded": the honest default, stored, and counted on its own."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from sqlalchemy import text

from tests.attendance.conftest import make_group
from tests.scheduling.conftest import make_directory
from vpi_groups.attendance import registers as att
from vpi_groups.attendance import retention
from vpi_groups.attendance.registers import ParticipantAttributes
from vpi_groups.reports import indicators as reports
from vpi_groups.reports.indicators import Breakdown, PeriodSpec, Table
from vpi_groups.storage import vault as vaults
from vpi_groups.storage.models import AttendanceStatus, ReferralSource

START = dt.date(2026, 3, 2)  # the group meets on Tuesdays: 3, 10, 17 and 24 March


def test_nothing_said_is_recorded_as_not_recorded() -> None:
    """Left out, an attribute is "not recorded": never police, never other."""
    attrs = ParticipantAttributes()
    assert attrs.referral_source.value == "unknown"
    assert attrs.age_band.value == "unknown"
    assert attrs.gender.value == "unsaid"


def test_the_service_stores_not_recorded(vault: vaults.Vault) -> None:
    with vault.session() as s:
        left_out = att.create_participant(s, ParticipantAttributes()).id
        chosen = att.create_participant(
            s, ParticipantAttributes(referral_source=ReferralSource.UNKNOWN)
        ).id
        corrected = att.create_participant(
            s, ParticipantAttributes(referral_source=ReferralSource.POLICE)
        ).id
        # "Police" was picked by mistake: nobody knows who referred her.
        att.update_participant(s, corrected, ParticipantAttributes())
    with vault.engine.connect() as conn:
        stored: dict[int, str] = {
            pid: code
            for pid, code in conn.execute(text("SELECT id, referral_source FROM participant"))
        }
    assert stored == {left_out: "unknown", chosen: "unknown", corrected: "unknown"}
    with vault.session() as s:
        assert att.get_participant(s, left_out).referral_source is ReferralSource.UNKNOWN


def _total(table: Table, key: str) -> object:
    """The exact value of a row's total (its only cell in a one-column table)."""
    index = [label.key for label in table.rows].index(key)
    if table.row_totals is not None:
        return table.row_totals[index].exact
    return table.cells[index][0].exact


def test_not_recorded_has_its_own_row_in_the_report(vault: vaults.Vault) -> None:
    directory = make_directory(vault)
    group = make_group(vault, directory, start=START, count=4)
    sources = (
        [ReferralSource.UNKNOWN] * 5 + [ReferralSource.OTHER] * 4 + [ReferralSource.POLICE] * 3
    )
    # present at session j when (i + j) % 3 != 0, absent otherwise
    marks = {
        (i, j): AttendanceStatus.PRESENT if (i + j) % 3 else AttendanceStatus.ABSENT
        for i in range(len(sources))
        for j in range(len(group.session_ids))
    }
    with vault.session() as s:
        people = [
            att.create_participant(
                s,
                ParticipantAttributes(referral_source=source),
                now=dt.datetime(2026, 2, 1, tzinfo=dt.UTC),
            ).id
            for source in sources
        ]
        for pid in people:
            att.enrol(s, pid, group.group_id, START)
        for j, sid in enumerate(group.session_ids):
            att.record_attendance(s, sid, {pid: marks[i, j] for i, pid in enumerate(people)})
        retention.erase(s, people[0])  # a "not recorded" person erased: still counted
    # The truth, from the marks written above.
    lines: Counter[str] = Counter()
    came: dict[str, set[int]] = {}
    for (i, _j), status in marks.items():
        if status is AttendanceStatus.PRESENT:
            lines[sources[i].value] += 1
            came.setdefault(sources[i].value, set()).add(i)
    assert len(came["unknown"]) == 5  # the truth is not a vacuous zero

    with vault.session() as s:
        report = reports.build_report(
            s,
            PeriodSpec.year(2026),
            breakdowns=(Breakdown.REFERRAL_SOURCE,),
            k=3,
            now=dt.datetime(2027, 1, 15, 9, 30, tzinfo=dt.UTC),
        )
    distinct = report.table("participants-by-referral-source")
    attendances = report.table("attendances-by-referral-source")
    for source in ("unknown", "other", "police"):
        assert _total(distinct, source) == len(came[source]), source
        assert _total(attendances, source) == lines[source], source
    keys = [label.key for label in distinct.rows]
    assert keys.index("unknown") == keys.index("other") + 1  # last, right after "other"
    label = distinct.rows[keys.index("unknown")]
    assert (label.fr, label.en) == ("Non renseigné", "Not recorded")
