"""Reception tallies: how many persons each partner received or informed, month by month.

Partners who receive victims (a victim support office, a women's rights centre, police
social workers, the CCAS) count the persons they met each month, by how they met them
(received in person, or informed and directed elsewhere) and by gender. It is the
programme's own measure of "lifting the silence". Only counts are kept, never a person.

A partner's month is written all at once (:func:`record_tally` replaces what was there),
so that the window saves the grid it shows. The counts are counts of people: the report
protects them like attendance (:mod:`vpi_groups.reports`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from vpi_groups import clock
from vpi_groups.language import alphabetical
from vpi_groups.storage.models import Gender, Organisation, ReceptionTally, TallyContact
from vpi_groups.validation import InvalidValueError, NotFoundError, OutOfRangeError

__all__ = [
    "MAX_PERSONS",
    "TallyCell",
    "TallyLine",
    "delete_tally",
    "month_tally",
    "record_tally",
    "tallies",
    "tally_months",
]

MAX_PERSONS = 9999

TallyCell = tuple[TallyContact, Gender]


@dataclass(frozen=True)
class TallyLine:
    """One partner's counts for one month.

    Attributes:
        month: the first day of the month.
        organisation_id: the partner, in the directory.
        organisation: its name.
        counts: persons per (contact, gender); only counts above zero.
    """

    month: dt.date
    organisation_id: int
    organisation: str
    counts: Mapping[TallyCell, int]

    @property
    def total(self) -> int:
        """All the persons counted that month."""
        return sum(self.counts.values())


def first_of_month(day: dt.date) -> dt.date:
    """The first day of ``day``'s month."""
    return day.replace(day=1)


def _check_month(month: dt.date, today: dt.date) -> dt.date:
    if not isinstance(month, dt.date) or isinstance(month, dt.datetime):
        raise InvalidValueError("month", "not-a-month")
    month = first_of_month(month)
    if month > first_of_month(today):
        raise InvalidValueError("month", "future-month")
    return month


def _organisation(session: Session, organisation_id: int) -> str:
    name = session.scalar(select(Organisation.name).where(Organisation.id == organisation_id))
    if name is None:
        raise NotFoundError("organisation", [organisation_id], field="organisation_id")
    return name


def record_tally(
    session: Session,
    month: dt.date,
    organisation_id: int,
    counts: Mapping[TallyCell, int],
    *,
    today: dt.date | None = None,
) -> TallyLine:
    """Replace one partner's counts for one month with ``counts``; return them as stored.

    ``month`` may be any day of the month. Counts of zero are dropped: all zeros (or an
    empty mapping) clear the month.

    Raises:
        NotFoundError: no such organisation in the directory.
        InvalidValueError: a month after the current one ("future-month").
        OutOfRangeError: a count outside 0-9999.
    """
    month = _check_month(month, today or clock.now().astimezone(clock.PROGRAMME_ZONE).date())
    name = _organisation(session, organisation_id)
    rows = []
    for (contact, gender), persons in sorted(counts.items()):
        contact, gender = TallyContact(contact), Gender(gender)
        if type(persons) is not int or not 0 <= persons <= MAX_PERSONS:
            raise OutOfRangeError("persons", int(persons), 0, MAX_PERSONS)
        if persons:
            rows.append(
                ReceptionTally(
                    month=month,
                    organisation_id=organisation_id,
                    contact=contact,
                    gender=gender,
                    persons=persons,
                )
            )
    session.execute(
        delete(ReceptionTally).where(
            ReceptionTally.month == month, ReceptionTally.organisation_id == organisation_id
        )
    )
    session.add_all(rows)
    session.flush()
    return TallyLine(month, organisation_id, name, {(r.contact, r.gender): r.persons for r in rows})


def delete_tally(session: Session, month: dt.date, organisation_id: int) -> int:
    """Forget one partner's counts for one month; return how many persons they held."""
    month = first_of_month(month)
    where = (ReceptionTally.month == month, ReceptionTally.organisation_id == organisation_id)
    held = session.scalar(select(func.coalesce(func.sum(ReceptionTally.persons), 0)).where(*where))
    session.execute(delete(ReceptionTally).where(*where))
    return int(held or 0)


def month_tally(session: Session, month: dt.date, organisation_id: int) -> TallyLine:
    """One partner's counts for one month (empty counts if none were recorded)."""
    month = first_of_month(month)
    name = _organisation(session, organisation_id)
    rows = session.execute(
        select(ReceptionTally.contact, ReceptionTally.gender, ReceptionTally.persons).where(
            ReceptionTally.month == month, ReceptionTally.organisation_id == organisation_id
        )
    ).all()
    return TallyLine(month, organisation_id, name, {(c, g): n for c, g, n in rows})


def tallies(
    session: Session, start: dt.date | None = None, end: dt.date | None = None
) -> list[TallyLine]:
    """Every partner's month between ``start`` and ``end`` (inclusive): months, then partners.

    Latest month first; partners in dictionary order.
    """
    query = select(
        ReceptionTally.month,
        ReceptionTally.organisation_id,
        Organisation.name,
        ReceptionTally.contact,
        ReceptionTally.gender,
        ReceptionTally.persons,
    ).join(Organisation, Organisation.id == ReceptionTally.organisation_id)
    if start is not None:
        query = query.where(ReceptionTally.month >= first_of_month(start))
    if end is not None:
        query = query.where(ReceptionTally.month <= end)
    lines: dict[tuple[dt.date, int], tuple[str, dict[TallyCell, int]]] = {}
    for month, oid, name, contact, gender, persons in session.execute(query):
        lines.setdefault((month, oid), (name, {}))[1][contact, gender] = persons
    ordered = sorted(lines.items(), key=lambda item: alphabetical(item[1][0]))
    ordered.sort(key=lambda item: item[0][0], reverse=True)
    return [TallyLine(month, oid, name, counts) for (month, oid), (name, counts) in ordered]


def tally_months(session: Session) -> list[dt.date]:
    """The months holding any count, latest first."""
    return list(
        session.scalars(
            select(ReceptionTally.month).distinct().order_by(ReceptionTally.month.desc())
        )
    )
