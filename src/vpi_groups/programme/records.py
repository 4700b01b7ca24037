"""The programme's directory and actions: partners, contributions, facilitators, rooms, actions.

Every function takes the unit of work's Session and returns frozen dataclasses, never
ORM objects. Input is checked completely before anything is written: a function that
raises a :class:`~vpi_groups.validation.ValidationError` has changed nothing.

Renaming a facilitator, a room (or changing its address) or an action (its title or
kind) changes the calendar events that show it: their revisions grow
(:func:`vpi_groups.revisions.touch_events`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import NamedTuple, TypeVar

from sqlalchemy import delete, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from vpi_groups import clock, revisions
from vpi_groups.language import alphabetical
from vpi_groups.storage.models import (
    AXES,
    Action,
    ActionKind,
    ActionNarrative,
    ActionTrained,
    BudgetLine,
    Contribution,
    Facilitator,
    GovernanceBody,
    Grant,
    Organisation,
    Orientation,
    OrientationAction,
    ProgrammeSession,
    PublicActionKind,
    PublicSupport,
    ReviewStatus,
    Room,
    Sector,
    SupportKind,
    TalkGroup,
    WorkingGroup,
    WorkingGroupMember,
)
from vpi_groups.validation import (
    AlreadyRenewedError,
    DuplicateError,
    EndBeforeStartError,
    InUseError,
    InvalidChoiceError,
    InvalidValueError,
    NotApplicableError,
    NotFoundError,
    OutOfRangeError,
    RequiredError,
    ReviewMismatchError,
    choice,
    clean_email,
    clean_text,
    get_row,
)

__all__ = [
    "MAX_MEMBERS",
    "MEMBERS_USUAL",
    "ActionInfo",
    "ActionKind",
    "ActionSpec",
    "ContributionInfo",
    "ContributionSpec",
    "FacilitatorInfo",
    "FacilitatorSpec",
    "GovernanceBody",
    "OrganisationInfo",
    "OrganisationSpec",
    "OrientationSpec",
    "PublicActionKind",
    "ReviewStatus",
    "RoomInfo",
    "RoomSpec",
    "Sector",
    "SupportKind",
    "SupportSpec",
    "WorkingGroupInfo",
    "add_contribution",
    "cancel_renewal",
    "create_action",
    "create_facilitator",
    "create_organisation",
    "create_room",
    "delete_contribution",
    "get_action",
    "get_facilitator",
    "get_organisation",
    "get_room",
    "list_actions",
    "list_contributions",
    "list_facilitators",
    "list_organisations",
    "list_rooms",
    "orientations_of",
    "renew_action",
    "review_action",
    "supports_of",
    "update_action",
    "update_contribution",
    "update_facilitator",
    "update_organisation",
    "update_room",
    "working_groups_of",
]

NAME_MAX = 200
PHONE_MAX = 50
FIRST_YEAR, LAST_YEAR = 2000, 2100
MAX_AMOUNT = Decimal("100000000")
MAX_COUNT = 1_000_000
MAX_SUPPORTS = 50  # supports of one campaign
MAX_ORIENTATIONS = 30  # orientations of one plenary day
MAX_MEMBERS = 60  # members of one working group (6 to 8 usually: see MEMBERS_USUAL)
MEMBERS_USUAL = (6, 8)
ORIENTATION_MAX = 2000  # characters of an orientation
PLACES_MAX = 1000  # characters of a support's places

_M = TypeVar("_M")


# ---------------------------------------------------------------- checks shared by the forms


def _required_text(value: str, field: str, maximum: int = NAME_MAX) -> str:
    text = clean_text(value, field, maximum=maximum, required=True)
    assert text is not None
    return text


def _check_year(year: int, field: str = "year") -> None:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise OutOfRangeError(field, year, FIRST_YEAR, LAST_YEAR)


def _check_count(value: int, field: str) -> None:
    if not 0 <= value <= MAX_COUNT:
        raise OutOfRangeError(field, value, 0, MAX_COUNT)


def _existing(
    session: Session, column: InstrumentedAttribute[int], ids: Collection[int], entity: str
) -> None:
    """Raise NotFoundError unless every id is a value of ``column`` (a primary key)."""
    if not ids:
        return
    found = set(session.scalars(select(column).where(column.in_(ids))))
    if missing := set(ids) - found:
        raise NotFoundError(entity, missing)


def _get(session: Session, model: type[_M], row_id: int, entity: str) -> _M:
    return get_row(session, model, row_id, entity, field="id")


# ---------------------------------------------------------------- organisations


@dataclass(frozen=True)
class OrganisationSpec:
    """What the user enters for a partner organisation."""

    name: str
    sector: Sector
    contact_name: str | None = None
    contact_role: str | None = None
    contact_email: str | None = None
    contact_phone: str | None = None
    agreement_start: dt.date | None = None
    agreement_end: dt.date | None = None


@dataclass(frozen=True)
class OrganisationInfo:
    """A stored partner organisation."""

    id: int
    spec: OrganisationSpec


def _clean_organisation(spec: OrganisationSpec) -> OrganisationSpec:
    start, end = spec.agreement_start, spec.agreement_end
    if start is not None and end is not None and end < start:
        raise EndBeforeStartError("agreement_end", start, end)
    return OrganisationSpec(
        name=_required_text(spec.name, "name"),
        sector=choice(Sector, spec.sector, "sector"),
        contact_name=clean_text(spec.contact_name, "contact_name"),
        contact_role=clean_text(spec.contact_role, "contact_role"),
        contact_email=clean_email(spec.contact_email, "contact_email"),
        contact_phone=clean_text(spec.contact_phone, "contact_phone", maximum=PHONE_MAX),
        agreement_start=start,
        agreement_end=end,
    )


def _organisation_info(row: Organisation) -> OrganisationInfo:
    return OrganisationInfo(
        row.id,
        OrganisationSpec(
            name=row.name,
            sector=Sector(row.sector),
            contact_name=row.contact_name,
            contact_role=row.contact_role,
            contact_email=row.contact_email,
            contact_phone=row.contact_phone,
            agreement_start=row.agreement_start,
            agreement_end=row.agreement_end,
        ),
    )


def _write_organisation(row: Organisation, spec: OrganisationSpec) -> None:
    row.name = spec.name
    row.sector = spec.sector
    row.contact_name = spec.contact_name
    row.contact_role = spec.contact_role
    row.contact_email = spec.contact_email
    row.contact_phone = spec.contact_phone
    row.agreement_start = spec.agreement_start
    row.agreement_end = spec.agreement_end


def create_organisation(session: Session, spec: OrganisationSpec) -> OrganisationInfo:
    """Add a partner organisation."""
    spec = _clean_organisation(spec)
    row = Organisation()
    _write_organisation(row, spec)
    session.add(row)
    session.flush()
    return _organisation_info(row)


def update_organisation(
    session: Session, organisation_id: int, spec: OrganisationSpec
) -> OrganisationInfo:
    """Change a partner organisation."""
    row = _get(session, Organisation, organisation_id, "organisation")
    spec = _clean_organisation(spec)
    _write_organisation(row, spec)
    session.flush()
    return _organisation_info(row)


def get_organisation(session: Session, organisation_id: int) -> OrganisationInfo:
    """Return one partner organisation."""
    return _organisation_info(_get(session, Organisation, organisation_id, "organisation"))


def list_organisations(session: Session) -> tuple[OrganisationInfo, ...]:
    """Return every partner organisation, by name."""
    rows = session.scalars(select(Organisation).order_by(Organisation.id))
    return tuple(_organisation_info(r) for r in sorted(rows, key=lambda r: alphabetical(r.name)))


# ---------------------------------------------------------------- contributions


@dataclass(frozen=True)
class ContributionSpec:
    """A partner's contribution for one year: an amount in euros, in kind, or both.

    Attributes:
        organisation_id: the partner, in the directory.
        year: the programme year it is given for.
        amount: money given, in euros (None: none).
        in_kind: what is given in kind (a room, staff time, printing), in words.
        in_kind_value: the estimated value of what is given in kind, in euros (only
            with ``in_kind``; None: not estimated).
        action_id: the action of that year it goes to (None: the programme as a whole).
    """

    organisation_id: int
    year: int
    amount: Decimal | None = None
    in_kind: str | None = None
    in_kind_value: Decimal | None = None
    action_id: int | None = None


@dataclass(frozen=True)
class ContributionInfo:
    """A stored contribution."""

    id: int
    spec: ContributionSpec


def _cents(amount: Decimal, field: str = "amount") -> int:
    """Return an amount in euros as whole cents; refuse fractions of a cent.

    ``field``: the field the amount was typed in, named by the error if it is refused.
    """
    try:
        value = Decimal(amount)
    except (InvalidOperation, TypeError, ValueError):
        raise InvalidValueError(field, "not-a-number") from None
    if not value.is_finite():
        raise InvalidValueError(field, "not-a-number")
    if value < 0 or value > MAX_AMOUNT:
        raise InvalidValueError(field, "range")
    cents = value * 100
    if cents != cents.to_integral_value():
        raise InvalidValueError(field, "fraction-of-cent")
    return int(cents)


def _euros(cents: int | None) -> Decimal | None:
    """Stored cents as euros (None stays None)."""
    return None if cents is None else Decimal(cents) / 100


def _check_action_year(
    session: Session, action_id: int | None, year: int, field: str = "action_id"
) -> str | None:
    """Refuse an action that does not exist or is of another year; return its title."""
    if action_id is None:
        return None
    found = session.execute(select(Action.year, Action.title).where(Action.id == action_id)).first()
    if found is None:
        raise NotFoundError("action", {action_id}, field=field)
    if found.year != year:
        raise InvalidValueError(field, "other-year")
    return str(found.title)


def _clean_contribution(
    session: Session, spec: ContributionSpec
) -> tuple[ContributionSpec, int | None, int | None]:
    _existing(session, Organisation.id, {spec.organisation_id}, "organisation")
    _check_year(spec.year)
    in_kind = clean_text(spec.in_kind, "in_kind", maximum=None)
    cents = None if spec.amount is None else _cents(spec.amount)
    if cents is None and in_kind is None:
        raise RequiredError("amount")
    value = None
    if spec.in_kind_value is not None:
        if in_kind is None:
            raise NotApplicableError("in_kind_value")
        value = _cents(spec.in_kind_value, "in_kind_value")
    _check_action_year(session, spec.action_id, spec.year)
    return dataclasses.replace(spec, in_kind=in_kind), cents, value


def _contribution_info(row: Contribution) -> ContributionInfo:
    return ContributionInfo(
        row.id,
        ContributionSpec(
            row.organisation_id,
            row.year,
            _euros(row.amount_cents),
            row.in_kind,
            _euros(row.in_kind_value_cents),
            row.action_id,
        ),
    )


def _write_contribution(
    row: Contribution, spec: ContributionSpec, cents: int | None, value: int | None
) -> None:
    row.organisation_id = spec.organisation_id
    row.year = spec.year
    row.amount_cents = cents
    row.in_kind = spec.in_kind
    row.in_kind_value_cents = value
    row.action_id = spec.action_id


def add_contribution(session: Session, spec: ContributionSpec) -> ContributionInfo:
    """Record a contribution (amounts are kept to the cent, never as floats).

    Raises:
        NotApplicableError: an estimated value without anything given in kind.
        InvalidValueError: the action is of another year ("other-year").
    """
    spec, cents, value = _clean_contribution(session, spec)
    row = Contribution()
    _write_contribution(row, spec, cents, value)
    session.add(row)
    session.flush()
    return _contribution_info(row)


def update_contribution(
    session: Session, contribution_id: int, spec: ContributionSpec
) -> ContributionInfo:
    """Correct a contribution."""
    row = _get(session, Contribution, contribution_id, "contribution")
    spec, cents, value = _clean_contribution(session, spec)
    _write_contribution(row, spec, cents, value)
    session.flush()
    return _contribution_info(row)


def delete_contribution(session: Session, contribution_id: int) -> None:
    """Remove a contribution entered by mistake."""
    session.delete(_get(session, Contribution, contribution_id, "contribution"))
    session.flush()


def list_contributions(
    session: Session, *, organisation_id: int | None = None, year: int | None = None
) -> tuple[ContributionInfo, ...]:
    """Return contributions, by year then organisation, optionally filtered."""
    query = select(Contribution).order_by(
        Contribution.year, Contribution.organisation_id, Contribution.id
    )
    if organisation_id is not None:
        query = query.where(Contribution.organisation_id == organisation_id)
    if year is not None:
        query = query.where(Contribution.year == year)
    return tuple(_contribution_info(r) for r in session.scalars(query))


# ---------------------------------------------------------------- facilitators


@dataclass(frozen=True)
class FacilitatorSpec:
    """What the user enters for a facilitator."""

    name: str
    sector: Sector
    organisation_id: int | None = None
    role: str | None = None
    active: bool = True
    email: str | None = None


@dataclass(frozen=True)
class FacilitatorInfo:
    """A stored facilitator."""

    id: int
    spec: FacilitatorSpec


def _clean_facilitator(session: Session, spec: FacilitatorSpec) -> FacilitatorSpec:
    name = _required_text(spec.name, "name")
    sector = choice(Sector, spec.sector, "sector")
    role = clean_text(spec.role, "role")
    if spec.organisation_id is not None:
        _existing(session, Organisation.id, {spec.organisation_id}, "organisation")
    email = clean_email(spec.email, "email")
    return FacilitatorSpec(name, sector, spec.organisation_id, role, bool(spec.active), email)


def _facilitator_info(row: Facilitator) -> FacilitatorInfo:
    return FacilitatorInfo(
        row.id,
        FacilitatorSpec(
            row.name, Sector(row.sector), row.organisation_id, row.role, row.active, row.email
        ),
    )


def _write_facilitator(row: Facilitator, spec: FacilitatorSpec) -> None:
    row.name = spec.name
    row.sector = spec.sector
    row.organisation_id = spec.organisation_id
    row.role = spec.role
    row.active = spec.active
    row.email = spec.email


def create_facilitator(session: Session, spec: FacilitatorSpec) -> FacilitatorInfo:
    """Add a facilitator."""
    spec = _clean_facilitator(session, spec)
    row = Facilitator()
    _write_facilitator(row, spec)
    session.add(row)
    session.flush()
    return _facilitator_info(row)


def update_facilitator(
    session: Session, facilitator_id: int, spec: FacilitatorSpec
) -> FacilitatorInfo:
    """Change a facilitator (``active=False`` keeps them on past and planned sessions)."""
    row = _get(session, Facilitator, facilitator_id, "facilitator")
    spec = _clean_facilitator(session, spec)
    renamed = spec.name != row.name
    _write_facilitator(row, spec)
    session.flush()
    if renamed:
        revisions.touch_events(session, clock.now(), facilitator_id=facilitator_id)
    return _facilitator_info(row)


def get_facilitator(session: Session, facilitator_id: int) -> FacilitatorInfo:
    """Return one facilitator."""
    return _facilitator_info(_get(session, Facilitator, facilitator_id, "facilitator"))


def list_facilitators(
    session: Session, *, active_only: bool = False
) -> tuple[FacilitatorInfo, ...]:
    """Return facilitators by name (only the active ones if asked)."""
    query = select(Facilitator).order_by(Facilitator.id)
    if active_only:
        query = query.where(Facilitator.active.is_(True))
    rows = sorted(session.scalars(query), key=lambda r: alphabetical(r.name))
    return tuple(_facilitator_info(r) for r in rows)


# ---------------------------------------------------------------- rooms


@dataclass(frozen=True)
class RoomSpec:
    """A room or place where sessions happen (names are unique, ignoring case)."""

    name: str
    address: str | None = None
    capacity: int | None = None


@dataclass(frozen=True)
class RoomInfo:
    """A stored room."""

    id: int
    spec: RoomSpec


def _clean_room(session: Session, spec: RoomSpec, room_id: int | None) -> RoomSpec:
    name = _required_text(spec.name, "name")
    address = clean_text(spec.address, "address", maximum=None)
    if spec.capacity is not None and not 1 <= spec.capacity <= MAX_COUNT:
        raise OutOfRangeError("capacity", spec.capacity, 1, MAX_COUNT)
    same = session.scalars(
        select(Room.id).where(func.lower(Room.name) == name.lower(), Room.id != (room_id or -1))
    ).first()
    if same is not None:
        raise DuplicateError("room", "name", same)
    return RoomSpec(name, address, spec.capacity)


def _room_info(row: Room) -> RoomInfo:
    return RoomInfo(row.id, RoomSpec(row.name, row.address, row.capacity))


def create_room(session: Session, spec: RoomSpec) -> RoomInfo:
    """Add a room."""
    spec = _clean_room(session, spec, None)
    row = Room(name=spec.name, address=spec.address, capacity=spec.capacity)
    session.add(row)
    session.flush()
    return _room_info(row)


def update_room(session: Session, room_id: int, spec: RoomSpec) -> RoomInfo:
    """Change a room."""
    row = _get(session, Room, room_id, "room")
    spec = _clean_room(session, spec, room_id)
    moved = (spec.name, spec.address) != (row.name, row.address)
    row.name, row.address, row.capacity = spec.name, spec.address, spec.capacity
    session.flush()
    if moved:
        revisions.touch_events(session, clock.now(), room_id=room_id)
    return _room_info(row)


def get_room(session: Session, room_id: int) -> RoomInfo:
    """Return one room."""
    return _room_info(_get(session, Room, room_id, "room"))


def room_for(session: Session, room_id: int | None, typed_name: str) -> int | None:
    """The room chosen, or a new room named as typed when no existing one was chosen.

    Raises:
        ValidationError: the typed name is not a valid room name.
    """
    if room_id is not None or not typed_name.strip():
        return room_id
    return create_room(session, RoomSpec(typed_name)).id


def list_rooms(session: Session) -> tuple[RoomInfo, ...]:
    """Return every room, by name."""
    rows = session.scalars(select(Room).order_by(Room.id))
    return tuple(_room_info(r) for r in sorted(rows, key=lambda r: alphabetical(r.name)))


# ---------------------------------------------------------------- actions


@dataclass(frozen=True)
class SupportSpec:
    """One support of a public action's campaign.

    Attributes:
        kind: posters, leaflets, web, social media, press, stand, event, other.
        quantity: how many were printed, posted or held (None: not counted).
        starts_on, ends_on: when it ran (either may be unknown).
        places: where it was put out or held (free text).
        estimated_reach: people reached, estimated (None: not estimated).
    """

    kind: SupportKind
    quantity: int | None = None
    starts_on: dt.date | None = None
    ends_on: dt.date | None = None
    places: str | None = None
    estimated_reach: int | None = None


@dataclass(frozen=True)
class OrientationSpec:
    """An orientation adopted at a plenary day.

    Attributes:
        text: what was adopted.
        action_ids: the following year's actions that carry it out (may come later).
    """

    text: str
    action_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class ActionSpec:
    """An action of one year.

    Attributes:
        title: short name.
        kind: axis (talk group, training/information, public action) or plenary day.
        year: the programme year it belongs to.
        review_status: where it stands in the yearly review.
        review_reason: why it was not renewed (required then), or what changes when it
            is renewed with changes (required then, optional for a plain renewal);
            refused otherwise.
        review_changed: renewed with changes (only with "renewed").
        description: free text.
        public_kind: public actions only (required there): posters, leaflets, ...
        estimated_reach: public actions only: people reached, estimated.
        trained: training/information actions only: professionals trained per sector.
        previous_action_id: the earlier year's action this one renews, if any.
        supports: public actions only: the campaign's supports, in the order given.
        orientations: the plenary day only: the orientations adopted, in order.
        members: a working group only: its members (facilitators of the directory).
        lead_id: a working group only: the member who leads it.
        theme_axis: a working group only: the axis it works on (None: a theme of its own).
        body: a working group only: the governance body it is (the CISPD, the steering
            committee), whose meetings are kept as the group's; it works on no axis
            (``theme_axis`` None). None: an ordinary working group.
    """

    title: str
    kind: ActionKind
    year: int
    review_status: ReviewStatus = ReviewStatus.PROPOSED
    review_reason: str | None = None
    description: str | None = None
    review_changed: bool = False
    public_kind: PublicActionKind | None = None
    estimated_reach: int | None = None
    trained: Mapping[Sector, int] = field(default_factory=dict)
    previous_action_id: int | None = None
    supports: tuple[SupportSpec, ...] = ()
    orientations: tuple[OrientationSpec, ...] = ()
    members: tuple[int, ...] = ()
    lead_id: int | None = None
    theme_axis: ActionKind | None = None
    body: GovernanceBody | None = None


@dataclass(frozen=True)
class ActionInfo:
    """A stored action."""

    id: int
    spec: ActionSpec

    @property
    def is_renewal(self) -> bool:
        """Whether it continues an earlier year's action (for "new vs renewed" counts)."""
        return self.spec.previous_action_id is not None


def _clean_action(session: Session, spec: ActionSpec, action_id: int | None) -> ActionSpec:
    title = _required_text(spec.title, "title")
    kind = choice(ActionKind, spec.kind, "kind")
    _check_year(spec.year)
    status = choice(ReviewStatus, spec.review_status, "review_status")
    reason = clean_text(spec.review_reason, "review_reason", maximum=None)
    changed = bool(spec.review_changed)
    if status is ReviewStatus.NOT_RENEWED and reason is None:
        raise RequiredError("review_reason")
    if changed and reason is None:
        raise InvalidValueError("review_reason", "changes-unsaid")
    if status not in (ReviewStatus.NOT_RENEWED, ReviewStatus.RENEWED) and reason is not None:
        raise NotApplicableError("review_reason")
    if changed and status is not ReviewStatus.RENEWED:
        raise NotApplicableError("review_changed")
    continued = action_id is not None and _renewal_of(session, action_id) is not None
    if status is ReviewStatus.RENEWED and not continued:
        raise ReviewMismatchError(action_id, "no-renewal")
    if status is not ReviewStatus.RENEWED and continued:
        raise ReviewMismatchError(action_id, "renewed")
    description = clean_text(spec.description, "description", maximum=None)
    public_kind: PublicActionKind | None = None
    if kind is ActionKind.PUBLIC_ACTION:
        if spec.public_kind is None:
            raise RequiredError("public_kind")
        public_kind = choice(PublicActionKind, spec.public_kind, "public_kind")
        if spec.estimated_reach is not None:
            _check_count(spec.estimated_reach, "estimated_reach")
    else:
        if spec.public_kind is not None:
            raise NotApplicableError("public_kind")
        if spec.estimated_reach is not None:
            raise NotApplicableError("estimated_reach")
    trained: dict[Sector, int] = {}
    if spec.trained and kind is not ActionKind.TRAINING:
        raise NotApplicableError("trained")
    for sector, count in spec.trained.items():
        _check_count(count, "trained")
        if count:
            trained[choice(Sector, sector, "trained")] = count
    if spec.supports and kind is not ActionKind.PUBLIC_ACTION:
        raise NotApplicableError("supports")
    supports = tuple(_clean_support(s) for s in spec.supports)
    if len(supports) > MAX_SUPPORTS:
        raise OutOfRangeError("supports", len(supports), None, MAX_SUPPORTS)
    if spec.orientations and kind is not ActionKind.PLENARY:
        raise NotApplicableError("orientations")
    if len(spec.orientations) > MAX_ORIENTATIONS:
        raise OutOfRangeError("orientations", len(spec.orientations), None, MAX_ORIENTATIONS)
    orientations = tuple(_clean_orientation(session, o, spec.year) for o in spec.orientations)
    members, lead, theme, body = _clean_working_group(session, spec, kind)
    previous = spec.previous_action_id
    if previous is not None:
        earlier = session.get(Action, previous)
        if earlier is None or previous == action_id:
            raise NotFoundError("action", {previous}, field="previous_action_id")
        if earlier.year >= spec.year:
            raise OutOfRangeError("previous_action_id", earlier.year, None, spec.year - 1)
        _check_not_renewed(session, previous, action_id)
    if action_id is not None and kind is not ActionKind.TALK_GROUP:
        group = session.scalars(select(TalkGroup.id).where(TalkGroup.action_id == action_id))
        if group.first() is not None:
            raise InUseError("action", action_id, "kind", "talk_group")
    if action_id is not None:
        _check_year_kept(session, action_id, spec.year)
    if action_id is not None and kind is ActionKind.TALK_GROUP:
        own = session.scalars(
            select(ProgrammeSession.id).where(ProgrammeSession.action_id == action_id)
        )
        if own.first() is not None:
            raise InUseError("action", action_id, "kind", "session")
    return ActionSpec(
        title=title,
        kind=kind,
        year=spec.year,
        review_status=status,
        review_reason=reason,
        review_changed=changed,
        description=description,
        public_kind=public_kind,
        estimated_reach=spec.estimated_reach if kind is ActionKind.PUBLIC_ACTION else None,
        trained=dict(sorted(trained.items())),
        previous_action_id=previous,
        supports=supports,
        orientations=orientations,
        members=members,
        lead_id=lead,
        theme_axis=theme,
        body=body,
    )


# What may point at an action of one year, and must stay of that year: (name, column).
_MONEY_OF_ACTION: tuple[tuple[str, InstrumentedAttribute[int | None]], ...] = (
    ("grant", Grant.action_id),
    ("budget_line", BudgetLine.action_id),
    ("contribution", Contribution.action_id),
)


def _money_of(session: Session, action_id: int) -> str | None:
    """What money record points at the action, if any ("grant", "budget_line"...)."""
    for used_by, column in _MONEY_OF_ACTION:
        found = session.scalars(select(column).where(column == action_id).limit(1)).first()
        if found is not None:
            return used_by
    return None


def _check_year_kept(session: Session, action_id: int, year: int) -> None:
    """Refuse to move an action to another year while something of its year points at it.

    A grant, a budget line or a partner's contribution is of the same year as its action;
    an orientation of a plenary day is carried out by actions of the following year.
    """
    current = session.scalar(select(Action.year).where(Action.id == action_id))
    if current is not None and current != year:
        used_by = _money_of(session, action_id)
        if (
            used_by is None
            and session.scalars(
                select(OrientationAction.action_id).where(OrientationAction.action_id == action_id)
            ).first()
        ):
            used_by = "orientation"
        if used_by is not None:
            raise InUseError("action", action_id, "year", used_by)


def _clean_working_group(
    session: Session, spec: ActionSpec, kind: ActionKind
) -> tuple[tuple[int, ...], int | None, ActionKind | None, GovernanceBody | None]:
    """A working group's members (existing facilitators), lead (one of them), axis, body."""
    if kind is not ActionKind.WORKING_GROUP:
        for name, given in (
            ("members", spec.members),
            ("lead_id", spec.lead_id),
            ("theme_axis", spec.theme_axis),
            ("body", spec.body),
        ):
            if given:
                raise NotApplicableError(name)
        return (), None, None, None
    members = tuple(dict.fromkeys(spec.members))
    if len(members) > MAX_MEMBERS:
        raise OutOfRangeError("members", len(members), None, MAX_MEMBERS)
    found = set(session.scalars(select(Facilitator.id).where(Facilitator.id.in_(members))))
    if missing := set(members) - found:
        raise NotFoundError("facilitator", missing, field="members")
    if spec.lead_id is not None and spec.lead_id not in members:
        raise InvalidValueError("lead_id", "lead-not-member")
    theme = None
    if spec.theme_axis is not None:
        theme = choice(ActionKind, spec.theme_axis, "theme_axis")
        if theme not in AXES:
            raise InvalidChoiceError("theme_axis", theme, [a.value for a in AXES])
    body = None
    if spec.body is not None:
        body = choice(GovernanceBody, spec.body, "body")
        if theme is not None:
            raise InvalidValueError("theme_axis", "body-without-axis")
    return members, spec.lead_id, theme, body


class WorkingGroupInfo(NamedTuple):
    """What a working group adds to its action."""

    members: tuple[int, ...]  # by name
    lead_id: int | None
    theme_axis: ActionKind | None
    body: GovernanceBody | None = None  # a governance body, or an ordinary group


_NO_GROUP = WorkingGroupInfo((), None, None, None)


def working_groups_of(session: Session, action_ids: Collection[int]) -> dict[int, WorkingGroupInfo]:
    """Each working group's members (by name), lead, axis and governance body."""
    found: dict[int, WorkingGroupInfo] = {}
    rows = session.execute(
        select(
            WorkingGroup.action_id, WorkingGroup.lead_id, WorkingGroup.axis, WorkingGroup.body
        ).where(WorkingGroup.action_id.in_(action_ids))
    ).all()
    if not rows:
        return found
    members: dict[int, list[tuple[tuple[str, str], int]]] = {}
    for aid, fid, name in session.execute(
        select(WorkingGroupMember.action_id, WorkingGroupMember.facilitator_id, Facilitator.name)
        .join(Facilitator, Facilitator.id == WorkingGroupMember.facilitator_id)
        .where(WorkingGroupMember.action_id.in_(action_ids))
    ):
        members.setdefault(aid, []).append((alphabetical(name), fid))
    for aid, lead, axis, body in rows:
        found[aid] = WorkingGroupInfo(
            tuple(fid for _name, fid in sorted(members.get(aid, ()))),
            lead,
            None if axis is None else ActionKind(axis),
            None if body is None else GovernanceBody(body),
        )
    return found


def _clean_orientation(session: Session, spec: OrientationSpec, year: int) -> OrientationSpec:
    """An orientation's text, and its actions: existing ones of the following year."""
    text = clean_text(spec.text, "orientation", maximum=ORIENTATION_MAX, required=True)
    assert text is not None
    ids = tuple(dict.fromkeys(spec.action_ids))
    years = dict(
        (aid, action_year)
        for aid, action_year in session.execute(
            select(Action.id, Action.year).where(Action.id.in_(ids))
        )
    )
    if missing := set(ids) - years.keys():
        raise NotFoundError("action", missing, field="orientation_actions")
    for aid in ids:
        if years[aid] != year + 1:
            raise OutOfRangeError("orientation_actions", years[aid], year + 1, year + 1)
    return OrientationSpec(text, ids)


def orientations_of(
    session: Session, plenary_ids: Collection[int]
) -> dict[int, tuple[OrientationSpec, ...]]:
    """The orientations of each plenary day, in order, with their actions."""
    rows = session.execute(
        select(Orientation.id, Orientation.plenary_id, Orientation.text)
        .where(Orientation.plenary_id.in_(plenary_ids))
        .order_by(Orientation.plenary_id, Orientation.position)
    ).all()
    carried: dict[int, list[int]] = {}
    for oid, aid in session.execute(
        select(OrientationAction.orientation_id, OrientationAction.action_id)
        .where(OrientationAction.orientation_id.in_([r[0] for r in rows]))
        .order_by(OrientationAction.orientation_id, OrientationAction.action_id)
    ):
        carried.setdefault(oid, []).append(aid)
    found: dict[int, list[OrientationSpec]] = {}
    for oid, plenary, text in rows:
        found.setdefault(plenary, []).append(OrientationSpec(text, tuple(carried.get(oid, ()))))
    return {plenary: tuple(specs) for plenary, specs in found.items()}


def _clean_support(spec: SupportSpec) -> SupportSpec:
    kind = choice(SupportKind, spec.kind, "support_kind")
    for value, name in ((spec.quantity, "quantity"), (spec.estimated_reach, "estimated_reach")):
        if value is not None:
            _check_count(value, name)
    if spec.starts_on is not None and spec.ends_on is not None and spec.ends_on < spec.starts_on:
        raise EndBeforeStartError("ends_on", spec.starts_on, spec.ends_on)
    return SupportSpec(
        kind,
        spec.quantity,
        spec.starts_on,
        spec.ends_on,
        clean_text(spec.places, "places", maximum=PLACES_MAX),
        spec.estimated_reach,
    )


def supports_of(
    session: Session, action_ids: Collection[int]
) -> dict[int, tuple[SupportSpec, ...]]:
    """The supports of each public action, in their order."""
    rows = session.scalars(
        select(PublicSupport)
        .where(PublicSupport.action_id.in_(action_ids))
        .order_by(PublicSupport.action_id, PublicSupport.position)
    )
    found: dict[int, list[SupportSpec]] = {}
    for row in rows:
        found.setdefault(row.action_id, []).append(
            SupportSpec(
                SupportKind(row.kind),
                row.quantity,
                row.starts_on,
                row.ends_on,
                row.places,
                row.estimated_reach,
            )
        )
    return {action_id: tuple(specs) for action_id, specs in found.items()}


def _trained(session: Session, action_ids: Collection[int]) -> dict[int, dict[Sector, int]]:
    rows = session.execute(
        select(ActionTrained.action_id, ActionTrained.sector, ActionTrained.trained)
        .where(ActionTrained.action_id.in_(action_ids))
        .order_by(ActionTrained.action_id, ActionTrained.sector)
    )
    trained: dict[int, dict[Sector, int]] = {}
    for action_id, sector, count in rows:
        trained.setdefault(action_id, {})[Sector(sector)] = count
    return trained


def _action_info(
    session: Session,
    row: Action,
    trained: dict[Sector, int] | None = None,
    supports: tuple[SupportSpec, ...] | None = None,
    orientations: tuple[OrientationSpec, ...] | None = None,
    group: WorkingGroupInfo | None = None,
) -> ActionInfo:
    if group is None:
        group = working_groups_of(session, [row.id]).get(row.id, _NO_GROUP)
    if trained is None:
        trained = _trained(session, [row.id]).get(row.id, {})
    if supports is None:
        supports = supports_of(session, [row.id]).get(row.id, ())
    if orientations is None:
        orientations = orientations_of(session, [row.id]).get(row.id, ())
    return ActionInfo(
        row.id,
        ActionSpec(
            title=row.title,
            kind=ActionKind(row.kind),
            year=row.year,
            review_status=ReviewStatus(row.review_status),
            review_reason=row.review_reason,
            review_changed=bool(row.review_changed),
            description=row.description,
            public_kind=None if row.public_kind is None else PublicActionKind(row.public_kind),
            estimated_reach=row.estimated_reach,
            trained=trained,
            previous_action_id=row.previous_action_id,
            supports=supports,
            orientations=orientations,
            members=group.members,
            lead_id=group.lead_id,
            theme_axis=group.theme_axis,
            body=group.body,
        ),
    )


def _renewal_of(session: Session, action_id: int) -> int | None:
    """The action continuing ``action_id`` next year, if any."""
    found = session.scalars(select(Action.id).where(Action.previous_action_id == action_id))
    return found.first()


def _follow_link(session: Session, before: int | None, after: int | None) -> None:
    """Keep the earlier actions' review in step with the link an action now carries.

    The action it now continues is renewed; one it no longer continues is running
    again (nothing continues it any more: one renewal each).
    """
    if before == after:
        return
    if before is not None:
        earlier = session.get(Action, before)
        if earlier is not None and earlier.review_status == ReviewStatus.RENEWED:
            earlier.review_status = ReviewStatus.RUNNING
            earlier.review_reason = None
            earlier.review_changed = False
    if after is not None:
        earlier = session.get(Action, after)
        if earlier is not None:
            if earlier.review_status != ReviewStatus.RENEWED:
                earlier.review_reason = None  # a reason not to renew no longer holds
            earlier.review_status = ReviewStatus.RENEWED
    session.flush()


def _write_action(session: Session, row: Action, spec: ActionSpec) -> None:
    before = row.previous_action_id
    row.title = spec.title
    row.kind = spec.kind
    row.year = spec.year
    row.review_status = spec.review_status
    row.review_reason = spec.review_reason
    row.review_changed = spec.review_changed
    row.description = spec.description
    row.public_kind = spec.public_kind
    row.estimated_reach = spec.estimated_reach
    row.previous_action_id = spec.previous_action_id
    session.flush()
    _follow_link(session, before, spec.previous_action_id)
    session.execute(delete(ActionTrained).where(ActionTrained.action_id == row.id))
    session.add_all(
        ActionTrained(action_id=row.id, sector=s, trained=n) for s, n in spec.trained.items()
    )
    session.execute(delete(PublicSupport).where(PublicSupport.action_id == row.id))
    session.add_all(
        PublicSupport(
            action_id=row.id,
            position=i,
            kind=s.kind,
            quantity=s.quantity,
            starts_on=s.starts_on,
            ends_on=s.ends_on,
            places=s.places,
            estimated_reach=s.estimated_reach,
        )
        for i, s in enumerate(spec.supports)
    )
    session.execute(delete(Orientation).where(Orientation.plenary_id == row.id))
    for i, orientation in enumerate(spec.orientations):
        adopted = Orientation(plenary_id=row.id, position=i, text=orientation.text)
        session.add(adopted)
        session.flush()
        session.add_all(
            OrientationAction(orientation_id=adopted.id, action_id=aid)
            for aid in orientation.action_ids
        )
    session.execute(delete(WorkingGroupMember).where(WorkingGroupMember.action_id == row.id))
    session.execute(delete(WorkingGroup).where(WorkingGroup.action_id == row.id))
    if spec.kind is ActionKind.WORKING_GROUP:
        session.add(
            WorkingGroup(
                action_id=row.id, axis=spec.theme_axis, lead_id=spec.lead_id, body=spec.body
            )
        )
        session.add_all(
            WorkingGroupMember(action_id=row.id, facilitator_id=fid) for fid in spec.members
        )
    session.flush()


def create_action(session: Session, spec: ActionSpec) -> ActionInfo:
    """Add an action."""
    spec = _clean_action(session, spec, None)
    row = Action()
    session.add(row)
    _write_action(session, row, spec)
    return _action_info(session, row)


def update_action(session: Session, action_id: int, spec: ActionSpec) -> ActionInfo:
    """Change an action.

    Raises:
        InUseError: its kind would change while talk groups (or, to a talk group,
            one-off sessions) belong to it; or its year, while a grant, a budget line
            or a contribution of that year points at it.
    """
    row = _get(session, Action, action_id, "action")
    spec = _clean_action(session, spec, action_id)
    retitled = (spec.title, spec.kind) != (row.title, row.kind)
    _write_action(session, row, spec)
    if retitled:
        revisions.touch_events(session, clock.now(), action_id=action_id)
    return _action_info(session, row)


def get_action(session: Session, action_id: int) -> ActionInfo:
    """Return one action."""
    return _action_info(session, _get(session, Action, action_id, "action"))


def action_titles(session: Session) -> tuple[tuple[int, int, str], ...]:
    """Every action as (id, year, title), by year then title: what a choice of action lists."""
    rows = session.execute(
        select(Action.id, Action.year, Action.title).order_by(Action.year, Action.title, Action.id)
    ).all()
    return tuple((r[0], r[1], r[2]) for r in rows)


def list_actions(
    session: Session, *, year: int | None = None, kind: ActionKind | None = None
) -> tuple[ActionInfo, ...]:
    """Return actions by year then title, optionally of one year or kind."""
    query = select(Action).order_by(Action.year, Action.title, Action.id)
    if year is not None:
        query = query.where(Action.year == year)
    if kind is not None:
        query = query.where(Action.kind == ActionKind(kind))
    rows = session.scalars(query).all()
    trained = _trained(session, [r.id for r in rows])
    ids = [r.id for r in rows]
    supports = supports_of(session, ids)
    orientations = orientations_of(session, ids)
    groups = working_groups_of(session, ids)
    return tuple(
        _action_info(
            session,
            r,
            trained.get(r.id, {}),
            supports.get(r.id, ()),
            orientations.get(r.id, ()),
            groups.get(r.id, _NO_GROUP),
        )
        for r in rows
    )


def review_action(
    session: Session,
    action_id: int,
    status: ReviewStatus,
    reason: str | None = None,
    *,
    changed: bool = False,
) -> ActionInfo:
    """Record the yearly review's decision.

    A reason is required for "not renewed" and for a renewal with changes (what
    changes); a plain renewal may have one.
    """
    current = get_action(session, action_id)
    return update_action(
        session,
        action_id,
        dataclasses.replace(
            current.spec, review_status=status, review_reason=reason, review_changed=changed
        ),
    )


def _check_not_renewed(session: Session, action_id: int, renewal_id: int | None) -> None:
    """Refuse a second action continuing ``action_id`` (``renewal_id``: the one being edited)."""
    query = select(Action.id).where(Action.previous_action_id == action_id)
    if renewal_id is not None:
        query = query.where(Action.id != renewal_id)
    other = session.scalars(query).first()
    if other is not None:
        raise AlreadyRenewedError(action_id, other)


def renew_action(
    session: Session, action_id: int, *, changed: bool = False, reason: str | None = None
) -> ActionInfo:
    """Mark an action renewed and create next year's, linked to it; return the new one.

    The new action starts as proposed, with the same title, kind, description and
    public-action kind (a working group: its members, lead and axis); figures (reach,
    professionals trained) start empty. ``changed``: renewed with changes, which
    ``reason`` says (required then).

    Raises:
        AlreadyRenewedError: next year's action already exists.
        InvalidValueError: renewed with changes, and no reason ("changes-unsaid").
    """
    current = get_action(session, action_id)
    spec = current.spec
    _check_year(spec.year + 1)
    _check_not_renewed(session, action_id, None)
    cleaned = clean_text(reason, "review_reason", maximum=None)
    if changed and cleaned is None:
        raise InvalidValueError("review_reason", "changes-unsaid")
    # linked, the action becomes renewed (the link and the status are one fact)
    renewal = _create_renewal(session, action_id, spec)
    if cleaned is not None or changed:
        review_action(session, action_id, ReviewStatus.RENEWED, cleaned, changed=changed)
    return renewal


def _create_renewal(session: Session, action_id: int, spec: ActionSpec) -> ActionInfo:
    return create_action(
        session,
        ActionSpec(
            title=spec.title,
            kind=spec.kind,
            year=spec.year + 1,
            description=spec.description,
            public_kind=spec.public_kind,
            previous_action_id=action_id,
            # a working group goes on with the same people, on the same axis (a
            # governance body stays the body it is)
            members=spec.members,
            lead_id=spec.lead_id,
            theme_axis=spec.theme_axis,
            body=spec.body,
        ),
    )


def cancel_renewal(
    session: Session,
    action_id: int,
    renewal_id: int,
    review_status: ReviewStatus,
    review_reason: str | None = None,
) -> ActionInfo:
    """Undo :func:`renew_action`: delete the renewal, give the action back its review.

    ``review_status`` and ``review_reason``: the review the action had before it was
    renewed. The renewal's groups and sessions must be gone first (the caller deletes
    the groups it created, in the same unit of work); return the action as restored.

    Raises:
        NotFoundError: ``renewal_id`` is not an action continuing ``action_id``.
        InUseError: the renewal still has groups or sessions ("talk_group",
            "session"), is itself continued ("renewal"), or has money pointing at it:
            a grant, a budget line or a partner's contribution ("grant",
            "budget_line", "contribution").
    """
    renewal = _get(session, Action, renewal_id, "action")
    if renewal.previous_action_id != action_id:
        raise NotFoundError("action", {renewal_id}, field="previous_action_id")
    session.flush()
    checks = (
        ("talk_group", select(TalkGroup.id).where(TalkGroup.action_id == renewal_id)),
        ("session", select(ProgrammeSession.id).where(ProgrammeSession.action_id == renewal_id)),
        ("renewal", select(Action.id).where(Action.previous_action_id == renewal_id)),
    )
    for used_by, query in checks:
        if session.scalars(query.limit(1)).first() is not None:
            raise InUseError("action", renewal_id, "id", used_by)
    money = _money_of(session, renewal_id)
    if money is not None:
        raise InUseError("action", renewal_id, "id", money)
    session.execute(delete(ActionTrained).where(ActionTrained.action_id == renewal_id))
    # the words of its bilan sheet go with it (the database would cascade them too)
    session.execute(delete(ActionNarrative).where(ActionNarrative.action_id == renewal_id))
    session.delete(renewal)
    session.flush()
    if review_status is ReviewStatus.RENEWED:  # nothing continues it any more
        review_status, review_reason = ReviewStatus.RUNNING, None
    return review_action(session, action_id, review_status, review_reason)


def vault_words(session: Session) -> tuple[str, ...]:
    """Names a passphrase must not be made of: partners, contacts, facilitators, actions.

    Whoever guesses a vault's passphrase starts with the words found around it.
    """
    words: list[str] = []
    for org in session.scalars(select(Organisation)):
        words += [org.name, org.contact_name or ""]
    words += [row.name for row in session.scalars(select(Facilitator))]
    words += [row.title for row in session.scalars(select(Action))]
    return tuple(sorted({w for w in words if w}))
