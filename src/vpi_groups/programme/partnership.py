"""The partnership the programme rests on: its conventions, their signatories, its partners.

A convention is the multi-partner agreement of the programme: a title, an object, a
term, the organisations of the directory that signed it (and who signed for each),
what each of them commits (staff, rooms, money, in kind) and its amendments, any of
which may move its end. Its *effective end* is the last such move, or its own end.

Every function takes the unit of work's Session, flushes and never commits; it returns
frozen dataclasses, never ORM objects. Input is checked completely before anything is
written: a function that raises a :class:`~vpi_groups.validation.ValidationError` has
changed nothing. Organisations only: no amount of one person is ever recorded.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from vpi_groups.labels import MONTH_NAMES
from vpi_groups.language import alphabetical
from vpi_groups.programme.records import (
    NAME_MAX,
    _cents,
    _check_year,
    _euros,
    _get,
    _required_text,
)
from vpi_groups.storage.models import (
    CommitmentKind,
    Contribution,
    Convention,
    ConventionAmendment,
    ConventionCommitment,
    ConventionSignatory,
    Organisation,
    Sector,
)
from vpi_groups.validation import (
    EndBeforeStartError,
    InvalidValueError,
    NotFoundError,
    RequiredError,
    choice,
    clean_text,
)

__all__ = [
    "RENEWAL_NOTICE_DAYS",
    "AmendmentSpec",
    "CommitmentKind",
    "CommitmentSpec",
    "ConventionInfo",
    "ConventionSpec",
    "PartnerOfYear",
    "RenewalReminder",
    "SignatorySpec",
    "conventions_in_force",
    "create_convention",
    "delete_convention",
    "get_convention",
    "list_conventions",
    "partners_of_year",
    "reminder_text",
    "renewal_reminders",
    "update_convention",
]

RENEWAL_NOTICE_DAYS = 90
"""How long before (and after) a convention's end its renewal is recalled."""


# ---------------------------------------------------------------- conventions


@dataclass(frozen=True)
class SignatorySpec:
    """An organisation of the directory that signed the convention.

    Attributes:
        organisation_id: the organisation, in the directory.
        signed_by: who signed for it (a name and a role, free text).
        signed_on: when.
    """

    organisation_id: int
    signed_by: str | None = None
    signed_on: dt.date | None = None


@dataclass(frozen=True)
class CommitmentSpec:
    """What one signatory commits to the programme.

    Attributes:
        organisation_id: the organisation; one of the convention's signatories.
        kind: staff made available, rooms, money or other help in kind.
        description: what, in words (required).
        amount: the money, or the estimated value of the staff, rooms or help given,
            in euros (None: not valued).
    """

    organisation_id: int
    kind: CommitmentKind
    description: str
    amount: Decimal | None = None


@dataclass(frozen=True)
class AmendmentSpec:
    """An amendment (avenant) to the convention.

    Attributes:
        signed_on: when it was signed.
        text: what it changes (required).
        new_end: the convention's new end, if the amendment moves it (not before the
            convention's start); None: the end stays.
    """

    signed_on: dt.date
    text: str
    new_end: dt.date | None = None


@dataclass(frozen=True)
class ConventionSpec:
    """What the user enters for a convention.

    Attributes:
        title: its name.
        starts_on, ends_on: its term as signed (the end not before the start).
        object: what it is for (free text).
        signatories: the organisations that signed, in order, none twice.
        commitments: what the signatories commit, in order.
        amendments: its amendments, kept in the order they were signed.
    """

    title: str
    starts_on: dt.date
    ends_on: dt.date
    object: str | None = None
    signatories: tuple[SignatorySpec, ...] = ()
    commitments: tuple[CommitmentSpec, ...] = ()
    amendments: tuple[AmendmentSpec, ...] = ()


@dataclass(frozen=True)
class ConventionInfo:
    """A stored convention.

    Attributes:
        id: its number.
        spec: what it says, as stored.
        signatory_names: the signatories' names, in the signatories' order.
    """

    id: int
    spec: ConventionSpec
    signatory_names: tuple[str, ...]

    @property
    def effective_end(self) -> dt.date:
        """Its end once amended: the last moving amendment's new end, else its own end."""
        return _effective_end(self.spec)


def _effective_end(spec: ConventionSpec) -> dt.date:
    moved = [a for a in spec.amendments if a.new_end is not None]
    if not moved:
        return spec.ends_on
    last = max(enumerate(moved), key=lambda item: (item[1].signed_on, item[0]))[1]
    assert last.new_end is not None
    return last.new_end


def _required_date(value: object, field: str) -> dt.date:
    if value is None:
        raise RequiredError(field)
    if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
        raise InvalidValueError(field, "not-a-date")
    return value


def _clean_convention(session: Session, spec: ConventionSpec) -> ConventionSpec:
    title = _required_text(spec.title, "title")
    starts_on = _required_date(spec.starts_on, "starts_on")
    ends_on = _required_date(spec.ends_on, "ends_on")
    _check_year(starts_on.year, "starts_on")
    _check_year(ends_on.year, "ends_on")
    if ends_on < starts_on:
        raise EndBeforeStartError("ends_on", starts_on, ends_on)
    signatories: list[SignatorySpec] = []
    seen: set[int] = set()
    for signatory in spec.signatories:
        if signatory.organisation_id in seen:
            raise InvalidValueError("signatories", "duplicate-signatory")
        seen.add(signatory.organisation_id)
        signed_on = signatory.signed_on
        if signed_on is not None:
            _required_date(signed_on, "signed_on")
        signatories.append(
            SignatorySpec(
                signatory.organisation_id,
                clean_text(signatory.signed_by, "signed_by", maximum=NAME_MAX),
                signed_on,
            )
        )
    found = set(session.scalars(select(Organisation.id).where(Organisation.id.in_(seen))))
    if missing := seen - found:
        raise NotFoundError("organisation", missing, field="signatories")
    commitments: list[CommitmentSpec] = []
    for commitment in spec.commitments:
        if commitment.organisation_id not in seen:
            raise InvalidValueError("commitments", "not-a-signatory")
        kind = choice(CommitmentKind, commitment.kind, "commitment_kind")
        description = clean_text(commitment.description, "commitment", maximum=None)
        if description is None:
            raise RequiredError("commitment")
        amount = commitment.amount
        if amount is not None:
            amount = Decimal(_cents(amount, "commitment_amount")) / 100
        commitments.append(CommitmentSpec(commitment.organisation_id, kind, description, amount))
    amendments: list[AmendmentSpec] = []
    for amendment in spec.amendments:
        signed_on = _required_date(amendment.signed_on, "amendment_signed_on")
        text = clean_text(amendment.text, "amendment_text", maximum=None)
        if text is None:
            raise RequiredError("amendment_text")
        new_end = amendment.new_end
        if new_end is not None:
            _required_date(new_end, "new_end")
            _check_year(new_end.year, "new_end")
            if new_end < starts_on:
                raise EndBeforeStartError("new_end", starts_on, new_end)
        amendments.append(AmendmentSpec(signed_on, text, new_end))
    amendments.sort(key=lambda a: a.signed_on)  # stable: the same day keeps its order
    return ConventionSpec(
        title=title,
        starts_on=starts_on,
        ends_on=ends_on,
        object=clean_text(spec.object, "object", maximum=None),
        signatories=tuple(signatories),
        commitments=tuple(commitments),
        amendments=tuple(amendments),
    )


def _write_convention(session: Session, row: Convention, spec: ConventionSpec) -> None:
    row.title = spec.title
    row.object = spec.object
    row.starts_on = spec.starts_on
    row.ends_on = spec.ends_on
    session.flush()
    for model in (ConventionSignatory, ConventionCommitment, ConventionAmendment):
        session.execute(delete(model).where(model.convention_id == row.id))
    session.add_all(
        ConventionSignatory(
            convention_id=row.id,
            organisation_id=s.organisation_id,
            position=i,
            signed_by=s.signed_by,
            signed_on=s.signed_on,
        )
        for i, s in enumerate(spec.signatories)
    )
    session.add_all(
        ConventionCommitment(
            convention_id=row.id,
            organisation_id=c.organisation_id,
            position=i,
            kind=c.kind,
            description=c.description,
            amount_cents=None if c.amount is None else _cents(c.amount),
        )
        for i, c in enumerate(spec.commitments)
    )
    # added one by one, in the order signed: ids follow it among amendments of one day
    for a in spec.amendments:
        session.add(
            ConventionAmendment(
                convention_id=row.id, signed_on=a.signed_on, text=a.text, new_end=a.new_end
            )
        )
        session.flush()
    session.flush()


def _convention_infos(session: Session, rows: list[Convention]) -> list[ConventionInfo]:
    ids = [r.id for r in rows]
    signatories: dict[int, list[tuple[SignatorySpec, str]]] = {}
    for signed_row, name in session.execute(
        select(ConventionSignatory, Organisation.name)
        .join(Organisation, Organisation.id == ConventionSignatory.organisation_id)
        .where(ConventionSignatory.convention_id.in_(ids))
        .order_by(ConventionSignatory.convention_id, ConventionSignatory.position)
    ):
        signatories.setdefault(signed_row.convention_id, []).append(
            (
                SignatorySpec(
                    signed_row.organisation_id, signed_row.signed_by, signed_row.signed_on
                ),
                name,
            )
        )
    commitments: dict[int, list[CommitmentSpec]] = {}
    for c in session.scalars(
        select(ConventionCommitment)
        .where(ConventionCommitment.convention_id.in_(ids))
        .order_by(ConventionCommitment.convention_id, ConventionCommitment.position)
    ):
        commitments.setdefault(c.convention_id, []).append(
            CommitmentSpec(
                c.organisation_id, CommitmentKind(c.kind), c.description, _euros(c.amount_cents)
            )
        )
    amendments: dict[int, list[AmendmentSpec]] = {}
    for a in session.scalars(
        select(ConventionAmendment)
        .where(ConventionAmendment.convention_id.in_(ids))
        .order_by(
            ConventionAmendment.convention_id,
            ConventionAmendment.signed_on,
            ConventionAmendment.id,
        )
    ):
        amendments.setdefault(a.convention_id, []).append(
            AmendmentSpec(a.signed_on, a.text, a.new_end)
        )
    infos = []
    for row in rows:
        signed = signatories.get(row.id, [])
        infos.append(
            ConventionInfo(
                row.id,
                ConventionSpec(
                    title=row.title,
                    starts_on=row.starts_on,
                    ends_on=row.ends_on,
                    object=row.object,
                    signatories=tuple(s for s, _name in signed),
                    commitments=tuple(commitments.get(row.id, ())),
                    amendments=tuple(amendments.get(row.id, ())),
                ),
                tuple(name for _s, name in signed),
            )
        )
    return infos


def create_convention(session: Session, spec: ConventionSpec) -> ConventionInfo:
    """Record a convention with its signatories, commitments and amendments.

    Raises:
        RequiredError: no title, no start or end, a commitment or an amendment
            without words.
        EndBeforeStartError: it ends before it starts, or an amendment moves its end
            before its start ("new_end").
        InvalidValueError: an organisation signs twice ("duplicate-signatory"), a
            commitment of an organisation that did not sign ("not-a-signatory"), an
            amount that is not one.
        NotFoundError: a signatory that is not in the directory.
    """
    spec = _clean_convention(session, spec)
    row = Convention()
    session.add(row)
    _write_convention(session, row, spec)
    return _convention_infos(session, [row])[0]


def update_convention(session: Session, convention_id: int, spec: ConventionSpec) -> ConventionInfo:
    """Replace everything a convention says (its signatories and the rest too)."""
    row = _get(session, Convention, convention_id, "convention")
    spec = _clean_convention(session, spec)
    _write_convention(session, row, spec)
    return _convention_infos(session, [row])[0]


def delete_convention(session: Session, convention_id: int) -> None:
    """Forget a convention entered by mistake, with its signatories and amendments."""
    row = _get(session, Convention, convention_id, "convention")
    for model in (ConventionSignatory, ConventionCommitment, ConventionAmendment):
        session.execute(delete(model).where(model.convention_id == convention_id))
    session.delete(row)
    session.flush()


def get_convention(session: Session, convention_id: int) -> ConventionInfo:
    """Return one convention."""
    row = _get(session, Convention, convention_id, "convention")
    return _convention_infos(session, [row])[0]


def list_conventions(session: Session) -> tuple[ConventionInfo, ...]:
    """Return every convention, by start (then by number)."""
    rows = list(session.scalars(select(Convention).order_by(Convention.starts_on, Convention.id)))
    return tuple(_convention_infos(session, rows))


def conventions_in_force(
    session: Session, first: dt.date, last: dt.date
) -> tuple[ConventionInfo, ...]:
    """The conventions whose term, as amended, overlaps the days ``first`` to ``last``.

    Raises:
        EndBeforeStartError: ``last`` is before ``first``.
    """
    if last < first:
        raise EndBeforeStartError("last", first, last)
    return tuple(
        c
        for c in list_conventions(session)
        if c.spec.starts_on <= last and c.effective_end >= first
    )


# ---------------------------------------------------------------- renewal


@dataclass(frozen=True)
class RenewalReminder:
    """A convention to renew: it ends soon, or ended lately, and nothing follows it.

    Attributes:
        convention_id: its number.
        title: its title.
        ends_on: its effective end.
        days_left: days from today to its end; 0 on its last day, negative once ended.
    """

    convention_id: int
    title: str
    ends_on: dt.date
    days_left: int


def renewal_reminders(session: Session, today: dt.date) -> tuple[RenewalReminder, ...]:
    """The conventions whose renewal is due, soonest end first.

    A convention is due when its effective end is at most :data:`RENEWAL_NOTICE_DAYS`
    days ahead of ``today``, or passed less than that many days ago, and no later
    convention follows it (one that starts after it starts and ends after it ends).
    """
    conventions = list_conventions(session)
    due = []
    for c in conventions:
        end = c.effective_end
        days_left = (end - today).days
        if not -RENEWAL_NOTICE_DAYS < days_left <= RENEWAL_NOTICE_DAYS:
            continue
        followed = any(
            other.id != c.id
            and other.spec.starts_on > c.spec.starts_on
            and other.effective_end > end
            for other in conventions
        )
        if not followed:
            due.append(RenewalReminder(c.id, c.spec.title, end, days_left))
    due.sort(key=lambda r: (r.ends_on, alphabetical(r.title), r.convention_id))
    return tuple(due)


def _date_words(day: dt.date, lang: str) -> str:
    """A date in words: "1er décembre 2026", "31 décembre 2026"; "31 December 2026"."""
    if lang == "en":
        return f"{day.day} {MONTH_NAMES['en'][day.month - 1]} {day.year}"
    ordinal = "1er" if day.day == 1 else str(day.day)
    return f"{ordinal} {MONTH_NAMES['fr'][day.month - 1]} {day.year}"


def reminder_text(reminder: RenewalReminder, lang: str = "fr") -> str:
    """The reminder as a sentence, in French (or English for ``lang="en"``).

    "La convention « X » expire le 31 décembre 2026 (dans 45 jours)." once it is due,
    "… a expiré le 31 décembre 2026 (il y a 3 jours)." once it has ended.
    """
    day = _date_words(reminder.ends_on, lang)
    left = reminder.days_left
    if lang == "en":
        title = f"\u201c{reminder.title}\u201d"
        if left < 0:
            ago = "yesterday" if left == -1 else f"{-left} days ago"
            return f"The convention {title} expired on {day} ({ago})."
        when = {0: "today", 1: "tomorrow"}.get(left, f"in {left} days")
        return f"The convention {title} expires on {day} ({when})."
    title = f"\u00ab\u00a0{reminder.title}\u00a0\u00bb"
    if left < 0:
        ago = "hier" if left == -1 else f"il y a {-left} jours"
        return f"La convention {title} a expiré le {day} ({ago})."
    when = {0: "aujourd'hui", 1: "demain"}.get(left, f"dans {left} jours")
    return f"La convention {title} expire le {day} ({when})."


# ---------------------------------------------------------------- partners of a year


@dataclass(frozen=True)
class PartnerOfYear:
    """An organisation that was a partner during a year.

    Attributes:
        organisation_id: the organisation, in the directory.
        name: its name.
        sector: its sector.
        joined_on: the start of its partnership (``agreement_start``), if known.
        left_on: the end of its partnership (``agreement_end``), if known.
    """

    organisation_id: int
    name: str
    sector: Sector
    joined_on: dt.date | None
    left_on: dt.date | None


def partners_of_year(session: Session, year: int) -> tuple[PartnerOfYear, ...]:
    """The organisations that were partners during ``year``, by name.

    An organisation is a partner of the year when its partnership period (from
    ``agreement_start`` to ``agreement_end``, either end open) overlaps the year and
    it has a start of partnership, signed a convention in force that year, or
    contributed for that year. One with no dates at all counts only through a
    convention or a contribution of the year.
    """
    _check_year(year)
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    through: set[int] = {
        s.organisation_id
        for c in conventions_in_force(session, first, last)
        for s in c.spec.signatories
    }
    through.update(
        session.scalars(select(Contribution.organisation_id).where(Contribution.year == year))
    )
    found = []
    for row in session.scalars(select(Organisation).order_by(Organisation.id)):
        start, end = row.agreement_start, row.agreement_end
        if (start is not None and start > last) or (end is not None and end < first):
            continue
        if start is None and row.id not in through:
            continue
        found.append(PartnerOfYear(row.id, row.name, Sector(row.sector), start, end))
    found.sort(key=lambda p: alphabetical(p.name))
    return tuple(found)
