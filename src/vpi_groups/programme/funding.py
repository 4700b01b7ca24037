"""The programme's money: funders, the grants of each year, the budget, and the year's sums.

Funders are organisations (never a person): the State through its prefecture, the
département, the town, the family allowance fund... each with the programmes or funds
grants are asked under (FIPD, REAAP). A grant is asked for one year, for one action of
that year or for the whole programme; it is granted (or refused: granted 0) and paid
in one or several payments. The budget lines of a year set what was planned against
what was spent, by the account classes of a subsidy's financial report (60 to 65).

Amounts are :class:`~decimal.Decimal` euros here and whole cents in the vault, never
floats. Every function takes the unit of work's Session, flushes and never commits;
input is checked completely before anything is written.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from vpi_groups.language import alphabetical
from vpi_groups.programme.records import (
    NAME_MAX,
    _cents,
    _check_action_year,
    _check_year,
    _euros,
    _existing,
    _get,
    _required_text,
)
from vpi_groups.storage.models import (
    Action,
    BudgetCategory,
    BudgetLine,
    Contribution,
    Funder,
    FunderKind,
    FunderProgramme,
    Grant,
    GrantPayment,
    Organisation,
)
from vpi_groups.validation import (
    DuplicateError,
    EndBeforeStartError,
    InUseError,
    InvalidValueError,
    NotApplicableError,
    NotFoundError,
    RequiredError,
    choice,
    clean_text,
)

__all__ = [
    "PARTNERS_SERIES",
    "PROGRAMME_WIDE",
    "TOTAL",
    "BudgetCategory",
    "BudgetLineInfo",
    "BudgetLineSpec",
    "FunderInfo",
    "FunderKind",
    "FunderSpec",
    "FundingHistory",
    "FundingYear",
    "GrantInfo",
    "GrantSpec",
    "InKindRow",
    "MoneyRow",
    "PaymentSpec",
    "create_budget_line",
    "create_funder",
    "create_grant",
    "delete_budget_line",
    "delete_funder",
    "delete_grant",
    "funding_history",
    "funding_year",
    "get_budget_line",
    "get_funder",
    "get_grant",
    "list_budget_lines",
    "list_funders",
    "list_grants",
    "update_budget_line",
    "update_funder",
    "update_grant",
]

PROGRAMME_WIDE = "Programme (ensemble)"
"""The label of the grants asked for the whole programme, not one action."""
TOTAL = "Total"
PARTNERS_SERIES = "Partenaires (contributions)"
"""The label of the partners' money contributions in :func:`funding_history`."""

_ZERO = Decimal(0)


def _sum(values: Iterable[Decimal]) -> Decimal:
    return sum(values, _ZERO)


def _money(value: Decimal | None, field: str) -> Decimal:
    """A required amount, as euros of whole cents."""
    if value is None:
        raise RequiredError(field)
    return Decimal(_cents(value, field)) / 100


def _maybe_money(value: Decimal | None, field: str) -> Decimal | None:
    return None if value is None else _money(value, field)


def _cents_of(value: Decimal | None) -> int | None:
    return None if value is None else _cents(value)


# ---------------------------------------------------------------- funders


@dataclass(frozen=True)
class FunderSpec:
    """What the user enters for a funder.

    Attributes:
        name: its name (unique, ignoring case).
        kind: who it is (the State, the region, the town, a social fund...), as the
            resources of a financial report group them.
        organisation_id: the same organisation in the directory, when it is a partner too.
        programmes: the names of its programmes or funds (FIPD, REAAP...), none twice;
            kept in dictionary order.
    """

    name: str
    kind: FunderKind
    organisation_id: int | None = None
    programmes: tuple[str, ...] = ()


@dataclass(frozen=True)
class FunderInfo:
    """A stored funder; ``programme_ids`` in the order of ``spec.programmes``."""

    id: int
    spec: FunderSpec
    programme_ids: tuple[int, ...]


def _clean_funder(session: Session, spec: FunderSpec, funder_id: int | None) -> FunderSpec:
    name = _required_text(spec.name, "name")
    kind = choice(FunderKind, spec.kind, "funder_kind")
    if spec.organisation_id is not None:
        _existing(session, Organisation.id, {spec.organisation_id}, "organisation")
    same = session.scalars(
        select(Funder.id).where(
            func.lower(Funder.name) == name.lower(), Funder.id != (funder_id or -1)
        )
    ).first()
    if same is not None:
        raise DuplicateError("funder", "name", same)
    programmes: dict[str, str] = {}
    for given in spec.programmes:
        programme = clean_text(given, "programmes", maximum=NAME_MAX, required=True)
        assert programme is not None
        if programme.casefold() in programmes:
            raise InvalidValueError("programmes", "duplicate-programme")
        programmes[programme.casefold()] = programme
    ordered = tuple(sorted(programmes.values(), key=alphabetical))
    return FunderSpec(name, kind, spec.organisation_id, ordered)


def _funder_info(session: Session, row: Funder) -> FunderInfo:
    programmes = sorted(
        session.scalars(select(FunderProgramme).where(FunderProgramme.funder_id == row.id)),
        key=lambda p: alphabetical(p.name),
    )
    return FunderInfo(
        row.id,
        FunderSpec(
            row.name, FunderKind(row.kind), row.organisation_id, tuple(p.name for p in programmes)
        ),
        tuple(p.id for p in programmes),
    )


def create_funder(session: Session, spec: FunderSpec) -> FunderInfo:
    """Add a funder with its programmes.

    Raises:
        RequiredError: no name, or a programme without a name.
        DuplicateError: another funder has this name.
        InvalidValueError: a programme given twice ("duplicate-programme").
    """
    spec = _clean_funder(session, spec, None)
    row = Funder(name=spec.name, kind=spec.kind, organisation_id=spec.organisation_id)
    session.add(row)
    session.flush()
    session.add_all(FunderProgramme(funder_id=row.id, name=name) for name in spec.programmes)
    session.flush()
    return _funder_info(session, row)


def update_funder(session: Session, funder_id: int, spec: FunderSpec) -> FunderInfo:
    """Change a funder; its programmes whose names stay (ignoring case) keep their numbers.

    Raises:
        InUseError: a programme removed while a grant is asked under it.
    """
    row = _get(session, Funder, funder_id, "funder")
    spec = _clean_funder(session, spec, funder_id)
    wanted = {name.casefold(): name for name in spec.programmes}
    current = list(
        session.scalars(select(FunderProgramme).where(FunderProgramme.funder_id == funder_id))
    )
    removed = [p for p in current if p.name.casefold() not in wanted]
    for programme in removed:
        used = session.scalars(
            select(Grant.id).where(Grant.programme_id == programme.id).limit(1)
        ).first()
        if used is not None:
            raise InUseError("funder_programme", programme.id, "programmes", "grant")
    row.name, row.kind, row.organisation_id = spec.name, spec.kind, spec.organisation_id
    for programme in removed:
        session.delete(programme)
    session.flush()
    kept = {p.name.casefold(): p for p in current if p.name.casefold() in wanted}
    for key, name in wanted.items():
        if key in kept:
            kept[key].name = name
        else:
            session.add(FunderProgramme(funder_id=funder_id, name=name))
    session.flush()
    return _funder_info(session, row)


def delete_funder(session: Session, funder_id: int) -> None:
    """Forget a funder entered by mistake, with its programmes.

    Raises:
        InUseError: grants were asked of it ("grant"): delete them first.
    """
    row = _get(session, Funder, funder_id, "funder")
    used = session.scalars(select(Grant.id).where(Grant.funder_id == funder_id).limit(1)).first()
    if used is not None:
        raise InUseError("funder", funder_id, "id", "grant")
    session.execute(delete(FunderProgramme).where(FunderProgramme.funder_id == funder_id))
    session.delete(row)
    session.flush()


def get_funder(session: Session, funder_id: int) -> FunderInfo:
    """Return one funder."""
    return _funder_info(session, _get(session, Funder, funder_id, "funder"))


def list_funders(session: Session) -> tuple[FunderInfo, ...]:
    """Return every funder, by name."""
    rows = sorted(session.scalars(select(Funder)), key=lambda r: alphabetical(r.name))
    return tuple(_funder_info(session, r) for r in rows)


# ---------------------------------------------------------------- grants


@dataclass(frozen=True)
class PaymentSpec:
    """A payment received on a grant (more than 0 €)."""

    paid_on: dt.date
    amount: Decimal


@dataclass(frozen=True)
class GrantSpec:
    """A grant asked of a funder for one year.

    Attributes:
        funder_id: who it is asked of.
        year: the programme year it is for.
        requested: the amount asked, in euros.
        action_id: the action of that year it funds (None: the whole programme).
        programme_id: the funder's programme it is asked under, if any.
        requested_on: when it was asked.
        granted: the amount granted (None: not decided yet; 0: refused).
        granted_on: when it was granted (only once an amount is granted).
        payments: the payments received, only once granted; together not more than
            granted. Kept in the order paid.
    """

    funder_id: int
    year: int
    requested: Decimal
    action_id: int | None = None
    programme_id: int | None = None
    requested_on: dt.date | None = None
    granted: Decimal | None = None
    granted_on: dt.date | None = None
    payments: tuple[PaymentSpec, ...] = ()


@dataclass(frozen=True)
class GrantInfo:
    """A stored grant, with the names it points at."""

    id: int
    spec: GrantSpec
    funder_name: str
    programme_name: str | None
    action_title: str | None

    @property
    def paid(self) -> Decimal:
        """What was paid so far."""
        return _sum(p.amount for p in self.spec.payments)

    @property
    def remaining(self) -> Decimal:
        """What is still to be paid of the amount granted (0 when nothing is granted)."""
        if self.spec.granted is None:
            return _ZERO
        return self.spec.granted - self.paid


def _clean_grant(session: Session, spec: GrantSpec) -> GrantSpec:
    funder = session.get(Funder, spec.funder_id)
    if funder is None:
        raise NotFoundError("funder", {spec.funder_id}, field="funder_id")
    _check_year(spec.year)
    requested = _money(spec.requested, "requested")
    _check_action_year(session, spec.action_id, spec.year)
    if spec.programme_id is not None:
        owner = session.scalar(
            select(FunderProgramme.funder_id).where(FunderProgramme.id == spec.programme_id)
        )
        if owner is None:
            raise NotFoundError("funder_programme", {spec.programme_id}, field="programme_id")
        if owner != spec.funder_id:
            raise InvalidValueError("programme_id", "other-funder")
    granted = _maybe_money(spec.granted, "granted")
    if granted is None and spec.granted_on is not None:
        raise NotApplicableError("granted_on")
    if (
        spec.requested_on is not None
        and spec.granted_on is not None
        and spec.granted_on < spec.requested_on
    ):
        raise EndBeforeStartError("granted_on", spec.requested_on, spec.granted_on)
    if spec.payments and granted is None:
        raise NotApplicableError("payments")
    payments = []
    for payment in spec.payments:
        if payment.paid_on is None:
            raise RequiredError("paid_on")
        amount = _money(payment.amount, "payments")
        if amount == 0:
            raise InvalidValueError("payments", "zero-payment")
        payments.append(PaymentSpec(payment.paid_on, amount))
    if granted is not None and _sum(p.amount for p in payments) > granted:
        raise InvalidValueError("payments", "paid-over-granted")
    payments.sort(key=lambda p: p.paid_on)
    return GrantSpec(
        funder_id=spec.funder_id,
        year=spec.year,
        requested=requested,
        action_id=spec.action_id,
        programme_id=spec.programme_id,
        requested_on=spec.requested_on,
        granted=granted,
        granted_on=spec.granted_on,
        payments=tuple(payments),
    )


def _write_grant(session: Session, row: Grant, spec: GrantSpec) -> None:
    row.funder_id = spec.funder_id
    row.year = spec.year
    row.requested_cents = _cents(spec.requested)
    row.action_id = spec.action_id
    row.programme_id = spec.programme_id
    row.requested_on = spec.requested_on
    row.granted_cents = _cents_of(spec.granted)
    row.granted_on = spec.granted_on
    session.flush()
    session.execute(delete(GrantPayment).where(GrantPayment.grant_id == row.id))
    for payment in spec.payments:  # one by one: ids follow the order paid
        session.add(
            GrantPayment(
                grant_id=row.id, paid_on=payment.paid_on, amount_cents=_cents(payment.amount)
            )
        )
        session.flush()
    session.flush()


def _grant_infos(session: Session, rows: list[Grant]) -> list[GrantInfo]:
    ids = [r.id for r in rows]
    payments: dict[int, list[PaymentSpec]] = {}
    for p in session.scalars(
        select(GrantPayment)
        .where(GrantPayment.grant_id.in_(ids))
        .order_by(GrantPayment.grant_id, GrantPayment.paid_on, GrantPayment.id)
    ):
        payments.setdefault(p.grant_id, []).append(
            PaymentSpec(p.paid_on, Decimal(p.amount_cents) / 100)
        )
    funders = dict(
        session.execute(
            select(Funder.id, Funder.name).where(Funder.id.in_({r.funder_id for r in rows}))
        ).all()
    )
    programmes = dict(
        session.execute(
            select(FunderProgramme.id, FunderProgramme.name).where(
                FunderProgramme.id.in_({r.programme_id for r in rows if r.programme_id})
            )
        ).all()
    )
    titles = dict(
        session.execute(
            select(Action.id, Action.title).where(
                Action.id.in_({r.action_id for r in rows if r.action_id})
            )
        ).all()
    )
    return [
        GrantInfo(
            r.id,
            GrantSpec(
                funder_id=r.funder_id,
                year=r.year,
                requested=Decimal(r.requested_cents) / 100,
                action_id=r.action_id,
                programme_id=r.programme_id,
                requested_on=r.requested_on,
                granted=_euros(r.granted_cents),
                granted_on=r.granted_on,
                payments=tuple(payments.get(r.id, ())),
            ),
            funders[r.funder_id],
            None if r.programme_id is None else programmes[r.programme_id],
            None if r.action_id is None else titles[r.action_id],
        )
        for r in rows
    ]


def create_grant(session: Session, spec: GrantSpec) -> GrantInfo:
    """Record a grant asked (and maybe granted and paid).

    Raises:
        NotFoundError: no such funder, action or programme.
        InvalidValueError: the action is of another year ("other-year"), the programme
            is another funder's ("other-funder"), a payment of 0 € ("zero-payment"),
            payments above the amount granted ("paid-over-granted"), an amount that is
            not one.
        NotApplicableError: a date of grant or payments while nothing is granted.
        EndBeforeStartError: granted before it was asked ("granted_on").
    """
    spec = _clean_grant(session, spec)
    row = Grant()
    session.add(row)
    _write_grant(session, row, spec)
    return _grant_infos(session, [row])[0]


def update_grant(session: Session, grant_id: int, spec: GrantSpec) -> GrantInfo:
    """Change a grant (its payments are replaced by the spec's)."""
    row = _get(session, Grant, grant_id, "grant")
    spec = _clean_grant(session, spec)
    _write_grant(session, row, spec)
    return _grant_infos(session, [row])[0]


def delete_grant(session: Session, grant_id: int) -> None:
    """Forget a grant entered by mistake, with its payments."""
    row = _get(session, Grant, grant_id, "grant")
    session.execute(delete(GrantPayment).where(GrantPayment.grant_id == grant_id))
    session.delete(row)
    session.flush()


def get_grant(session: Session, grant_id: int) -> GrantInfo:
    """Return one grant."""
    return _grant_infos(session, [_get(session, Grant, grant_id, "grant")])[0]


def _grant_order(info: GrantInfo) -> tuple[object, ...]:
    """By year, funder, then the grants for actions by title, the programme's last."""
    return (
        info.spec.year,
        alphabetical(info.funder_name),
        info.action_title is None,
        alphabetical(info.action_title or ""),
        info.id,
    )


def list_grants(
    session: Session, *, year: int | None = None, funder_id: int | None = None
) -> tuple[GrantInfo, ...]:
    """Return grants by year, funder and action (the whole programme's last), maybe filtered."""
    query = select(Grant).order_by(Grant.id)
    if year is not None:
        query = query.where(Grant.year == year)
    if funder_id is not None:
        query = query.where(Grant.funder_id == funder_id)
    return tuple(sorted(_grant_infos(session, list(session.scalars(query))), key=_grant_order))


# ---------------------------------------------------------------- budget lines


@dataclass(frozen=True)
class BudgetLineSpec:
    """A line of a year's budget: planned against actual.

    Attributes:
        year: the programme year.
        category: the class of charges (60 purchases to 65 other charges).
        label: what it is (printing of the posters, trainer's fees...).
        planned: the amount planned, in euros.
        actual: the amount spent (None: not known yet).
        action_id: the action of that year it is for (None: the whole programme).
    """

    year: int
    category: BudgetCategory
    label: str
    planned: Decimal
    actual: Decimal | None = None
    action_id: int | None = None


@dataclass(frozen=True)
class BudgetLineInfo:
    """A stored budget line, with its action's title."""

    id: int
    spec: BudgetLineSpec
    action_title: str | None


def _clean_budget_line(session: Session, spec: BudgetLineSpec) -> BudgetLineSpec:
    _check_year(spec.year)
    _check_action_year(session, spec.action_id, spec.year)
    return BudgetLineSpec(
        year=spec.year,
        category=choice(BudgetCategory, spec.category, "category"),
        label=_required_text(spec.label, "label"),
        planned=_money(spec.planned, "planned"),
        actual=_maybe_money(spec.actual, "actual"),
        action_id=spec.action_id,
    )


def _write_budget_line(row: BudgetLine, spec: BudgetLineSpec) -> None:
    row.year = spec.year
    row.category = spec.category
    row.label = spec.label
    row.planned_cents = _cents(spec.planned)
    row.actual_cents = _cents_of(spec.actual)
    row.action_id = spec.action_id


def _budget_infos(session: Session, rows: Iterable[BudgetLine]) -> list[BudgetLineInfo]:
    rows = list(rows)
    titles = dict(
        session.execute(
            select(Action.id, Action.title).where(
                Action.id.in_({r.action_id for r in rows if r.action_id})
            )
        ).all()
    )
    order = {category: i for i, category in enumerate(BudgetCategory)}
    infos = [
        BudgetLineInfo(
            r.id,
            BudgetLineSpec(
                year=r.year,
                category=BudgetCategory(r.category),
                label=r.label,
                planned=Decimal(r.planned_cents) / 100,
                actual=_euros(r.actual_cents),
                action_id=r.action_id,
            ),
            None if r.action_id is None else titles[r.action_id],
        )
        for r in rows
    ]
    infos.sort(
        key=lambda i: (i.spec.year, order[i.spec.category], alphabetical(i.spec.label), i.id)
    )
    return infos


def create_budget_line(session: Session, spec: BudgetLineSpec) -> BudgetLineInfo:
    """Add a line to a year's budget.

    Raises:
        RequiredError: no label, or no amount planned.
        InvalidValueError: the action is of another year ("other-year"), an amount
            that is not one.
    """
    spec = _clean_budget_line(session, spec)
    row = BudgetLine()
    _write_budget_line(row, spec)
    session.add(row)
    session.flush()
    return _budget_infos(session, [row])[0]


def update_budget_line(session: Session, line_id: int, spec: BudgetLineSpec) -> BudgetLineInfo:
    """Change a budget line (typically: enter what was actually spent)."""
    row = _get(session, BudgetLine, line_id, "budget_line")
    spec = _clean_budget_line(session, spec)
    _write_budget_line(row, spec)
    session.flush()
    return _budget_infos(session, [row])[0]


def delete_budget_line(session: Session, line_id: int) -> None:
    """Remove a budget line."""
    session.delete(_get(session, BudgetLine, line_id, "budget_line"))
    session.flush()


def get_budget_line(session: Session, line_id: int) -> BudgetLineInfo:
    """Return one budget line."""
    return _budget_infos(session, [_get(session, BudgetLine, line_id, "budget_line")])[0]


def list_budget_lines(session: Session, year: int) -> tuple[BudgetLineInfo, ...]:
    """Return a year's budget lines, by category (60 to 65), then label."""
    return tuple(
        _budget_infos(session, session.scalars(select(BudgetLine).where(BudgetLine.year == year)))
    )


# ---------------------------------------------------------------- the year's sums


@dataclass(frozen=True)
class MoneyRow:
    """Requested, granted and paid, summed for one funder, one action, or all."""

    label: str
    requested: Decimal
    granted: Decimal
    paid: Decimal

    @property
    def remaining(self) -> Decimal:
        """Granted and not paid yet."""
        return self.granted - self.paid


@dataclass(frozen=True)
class InKindRow:
    """A partner's contribution in kind, with its estimated value if any."""

    organisation: str
    what: str
    value: Decimal | None
    action_title: str | None


@dataclass(frozen=True)
class FundingYear:
    """The money of one year, as the financial report of the bilan shows it.

    Attributes:
        year: the year.
        by_funder: each funder asked that year, by name.
        by_action: each action of the year with a grant, by title, then the grants
            for the whole programme (:data:`PROGRAMME_WIDE`) last if there are any.
        total: every grant of the year (label :data:`TOTAL`).
        by_funder_kind: the amounts granted, per kind of funder (in the order of
            :class:`FunderKind`), for the kinds asked that year.
        partner_money: the partners' money contributions of the year, per partner, by
            name.
        in_kind: the partners' contributions in kind of the year, by partner.
        budget: the year's budget lines, by category then label.
    """

    year: int
    by_funder: tuple[MoneyRow, ...]
    by_action: tuple[MoneyRow, ...]
    total: MoneyRow
    by_funder_kind: tuple[tuple[FunderKind, Decimal], ...]
    partner_money: tuple[tuple[str, Decimal], ...]
    in_kind: tuple[InKindRow, ...]
    budget: tuple[BudgetLineInfo, ...]

    def planned_total(self) -> Decimal:
        """Every budget line's planned amount, added up."""
        return _sum(line.spec.planned for line in self.budget)

    def actual_total(self) -> Decimal:
        """Every budget line's actual amount, added up (lines not known yet count 0)."""
        return _sum(line.spec.actual or _ZERO for line in self.budget)


def _row(label: str, grants: Iterable[GrantInfo]) -> MoneyRow:
    chosen = list(grants)
    return MoneyRow(
        label,
        _sum(g.spec.requested for g in chosen),
        _sum(g.spec.granted or _ZERO for g in chosen),
        _sum(g.paid for g in chosen),
    )


def funding_year(session: Session, year: int) -> FundingYear:
    """The year's grants summed by funder, by action and in all; its budget; its help."""
    _check_year(year)
    grants = list_grants(session, year=year)
    funders = {f.id: f.spec for f in list_funders(session)}
    by_funder: dict[int, list[GrantInfo]] = {}
    by_action: dict[int | None, list[GrantInfo]] = {}
    for grant in grants:
        by_funder.setdefault(grant.spec.funder_id, []).append(grant)
        by_action.setdefault(grant.spec.action_id, []).append(grant)
    funder_rows = sorted(
        (_row(funders[fid].name, chosen) for fid, chosen in by_funder.items()),
        key=lambda r: alphabetical(r.label),
    )
    action_rows = sorted(
        (
            (
                alphabetical(chosen[0].action_title or ""),
                aid,
                _row(chosen[0].action_title or "", chosen),
            )
            for aid, chosen in by_action.items()
            if aid is not None
        ),
        key=lambda item: (item[0], item[1]),
    )
    actions = [row for _key, _aid, row in action_rows]
    if None in by_action:
        actions.append(_row(PROGRAMME_WIDE, by_action[None]))
    kinds: dict[FunderKind, Decimal] = {}
    for grant in grants:
        kind = funders[grant.spec.funder_id].kind
        kinds[kind] = kinds.get(kind, _ZERO) + (grant.spec.granted or _ZERO)
    contributions = session.execute(
        select(Contribution, Organisation.name, Action.title)
        .join(Organisation, Organisation.id == Contribution.organisation_id)
        .outerjoin(Action, Action.id == Contribution.action_id)
        .where(Contribution.year == year)
        .order_by(Contribution.id)
    )
    money: dict[str, Decimal] = {}
    in_kind: list[InKindRow] = []
    for contribution, name, title in contributions:
        if contribution.amount_cents is not None:
            money[name] = money.get(name, _ZERO) + Decimal(contribution.amount_cents) / 100
        if contribution.in_kind is not None:
            in_kind.append(
                InKindRow(
                    name, contribution.in_kind, _euros(contribution.in_kind_value_cents), title
                )
            )
    in_kind.sort(key=lambda r: (alphabetical(r.organisation), alphabetical(r.what)))
    return FundingYear(
        year=year,
        by_funder=tuple(funder_rows),
        by_action=tuple(actions),
        total=_row(TOTAL, grants),
        by_funder_kind=tuple((k, kinds[k]) for k in FunderKind if k in kinds),
        partner_money=tuple(sorted(money.items(), key=lambda item: alphabetical(item[0]))),
        in_kind=tuple(in_kind),
        budget=list_budget_lines(session, year),
    )


@dataclass(frozen=True)
class FundingHistory:
    """The amounts granted year after year, for a chart.

    Attributes:
        years: every year with a grant or a contribution, ascending.
        series: per funder with a grant, by name, the amounts granted each year; then
            :data:`PARTNERS_SERIES`, the partners' money contributions each year. Each
            as long as ``years``.
    """

    years: tuple[int, ...]
    series: tuple[tuple[str, tuple[Decimal, ...]], ...]


def funding_history(session: Session) -> FundingHistory:
    """The amounts granted by each funder, and the partners' money, year after year."""
    granted: dict[str, dict[int, Decimal]] = {}
    for name, year, cents in session.execute(
        select(Funder.name, Grant.year, func.coalesce(func.sum(Grant.granted_cents), 0))
        .join(Funder, Funder.id == Grant.funder_id)
        .group_by(Funder.id, Grant.year)
    ):
        granted.setdefault(name, {})[year] = Decimal(cents or 0) / 100
    partners: dict[int, Decimal] = {}
    contributed = session.execute(
        select(Contribution.year, func.coalesce(func.sum(Contribution.amount_cents), 0)).group_by(
            Contribution.year
        )
    )
    for year, cents in contributed:
        partners[year] = Decimal(cents or 0) / 100
    years = sorted({y for by_year in granted.values() for y in by_year} | set(partners))
    series = [
        (name, tuple(granted[name].get(y, _ZERO) for y in years))
        for name in sorted(granted, key=alphabetical)
    ]
    series.append((PARTNERS_SERIES, tuple(partners.get(y, _ZERO) for y in years)))
    return FundingHistory(tuple(years), tuple(series))
