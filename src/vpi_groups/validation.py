"""Typed validation errors of the programme and scheduling services, and their shared checks.

Each error has a ``code`` and structured fields; the UI and the CLI turn them into
sentences (French first). Messages given to the constructors are for developers:
they name fields, codes and ids, never record data (names, reasons, addresses).

A service that raises one of these has written nothing.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from enum import StrEnum
from typing import TypeVar

from sqlalchemy.orm import Session

from vpi_groups.errors import AppError

_E = TypeVar("_E", bound=StrEnum)


class ValidationError(AppError):
    """Base class of every input the services refuse."""

    code = "invalid"

    def __init__(self, field: str, message: str | None = None) -> None:
        super().__init__(message or f"{self.code}: {field}")
        self.field = field


class RequiredError(ValidationError):
    """A required value is missing or blank."""

    code = "required"


class TooLongError(ValidationError):
    """A text is longer than its column allows."""

    code = "too-long"

    def __init__(self, field: str, maximum: int) -> None:
        super().__init__(field, f"{self.code}: {field} (max {maximum})")
        self.maximum = maximum


class OutOfRangeError(ValidationError):
    """A number lies outside its allowed range (bounds inclusive; None: unbounded)."""

    code = "out-of-range"

    def __init__(self, field: str, value: int, minimum: int | None, maximum: int | None) -> None:
        super().__init__(field, f"{self.code}: {field}={value} not in [{minimum}, {maximum}]")
        self.value = value
        self.minimum = minimum
        self.maximum = maximum


class InvalidChoiceError(ValidationError):
    """A code is not one of the allowed ones."""

    code = "invalid-choice"

    def __init__(self, field: str, value: object, choices: Iterable[str]) -> None:
        super().__init__(field)
        self.value = value
        self.choices = tuple(choices)


class InvalidValueError(ValidationError):
    """A value has the wrong form (``reason`` says which rule it breaks)."""

    code = "invalid-value"

    def __init__(self, field: str, reason: str) -> None:
        super().__init__(field, f"{self.code}: {field} ({reason})")
        self.reason = reason


class NotApplicableError(ValidationError):
    """A value was given for a field that does not apply in this case."""

    code = "not-applicable"


class EndBeforeStartError(ValidationError):
    """An end (date or time) lies before (or, for times, at) its start."""

    code = "end-before-start"

    def __init__(self, field: str, start: dt.date, end: dt.date) -> None:
        super().__init__(field)
        self.start = start
        self.end = end


class CapacityRangeError(ValidationError):
    """The minimum capacity is above the maximum."""

    code = "capacity-min-above-max"

    def __init__(self, minimum: int, maximum: int) -> None:
        super().__init__("capacity_min", f"{self.code}: {minimum} > {maximum}")
        self.minimum = minimum
        self.maximum = maximum


class NotFoundError(ValidationError):
    """Ids that name no record of this kind (``entity``: "facilitator", "room", ...)."""

    code = "not-found"

    def __init__(self, entity: str, ids: Iterable[int], field: str | None = None) -> None:
        self.entity = entity
        self.ids = tuple(sorted(ids))
        super().__init__(field or f"{entity}_id", f"{self.code}: {entity} {self.ids}")


class InactiveError(ValidationError):
    """Facilitators who are no longer active cannot be newly assigned."""

    code = "inactive"

    def __init__(self, entity: str, ids: Iterable[int], field: str) -> None:
        self.entity = entity
        self.ids = tuple(sorted(ids))
        super().__init__(field, f"{self.code}: {entity} {self.ids}")


class DuplicateError(ValidationError):
    """Another record already uses this value where values must be unique."""

    code = "duplicate"

    def __init__(self, entity: str, field: str, existing_id: int) -> None:
        super().__init__(field, f"{self.code}: {entity}.{field} (record {existing_id})")
        self.entity = entity
        self.existing_id = existing_id


class TooFewFacilitatorsError(ValidationError):
    """A talk group needs at least two facilitators (a session at least one)."""

    code = "too-few-facilitators"

    def __init__(self, count: int, minimum: int) -> None:
        super().__init__("facilitator_ids", f"{self.code}: {count} < {minimum}")
        self.count = count
        self.minimum = minimum


class WrongActionKindError(ValidationError):
    """The action is not of a kind that this operation accepts."""

    code = "wrong-action-kind"

    def __init__(self, action_id: int, kind: str, expected: Iterable[str]) -> None:
        self.action_id = action_id
        self.kind = kind
        self.expected = tuple(expected)
        super().__init__("action_id", f"{self.code}: action {action_id} is {kind}")


class InUseError(ValidationError):
    """The change would leave other records pointing at something that no longer fits."""

    code = "in-use"

    def __init__(self, entity: str, record_id: int, field: str, used_by: str) -> None:
        super().__init__(field, f"{self.code}: {entity} {record_id} used by {used_by}")
        self.entity = entity
        self.record_id = record_id
        self.used_by = used_by


class AlreadyRenewedError(ValidationError):
    """The earlier action is already continued by another one (one renewal each)."""

    code = "already-renewed"

    def __init__(self, action_id: int, renewed_by: int) -> None:
        super().__init__("previous_action_id", f"{self.code}: action {action_id} by {renewed_by}")
        self.action_id = action_id
        self.renewed_by = renewed_by


class ReviewMismatchError(ValidationError):
    """A review status that would contradict the renewal link.

    An action is "renewed" exactly when next year's action continuing it exists: the
    yearly review screen and the report's count of renewed actions read the same fact.
    ``reason``: "no-renewal" (renewed asked, but nothing continues the action) or
    "renewed" (another status asked for an action that next year's continues).
    """

    code = "review-mismatch"

    def __init__(self, action_id: int | None, reason: str) -> None:
        super().__init__("review_status", f"{self.code}: action {action_id} ({reason})")
        self.action_id = action_id
        self.reason = reason


class NaiveDateTimeError(ValidationError):
    """A date-time without a time zone: the services only take aware ones."""

    code = "naive-datetime"


class UnknownTimeZoneError(ValidationError):
    """The name is not an IANA time zone known to this machine."""

    code = "unknown-time-zone"

    def __init__(self, name: str) -> None:
        super().__init__("timezone", f"{self.code}: {name!r}")
        self.name = name


class EmptyRuleError(ValidationError):
    """The recurrence rule yields no date once holidays and closures are skipped."""

    code = "rule-yields-no-date"

    def __init__(self) -> None:
        super().__init__("recurrence")


class RuleTooLongError(ValidationError):
    """The recurrence rule yields more sessions than one series may hold."""

    code = "rule-too-long"

    def __init__(self, limit: int) -> None:
        super().__init__("recurrence", f"{self.code}: more than {limit} occurrences")
        self.limit = limit


class SessionStateError(ValidationError):
    """The operation is refused for this session in its current state.

    ``reason``: "held" (a held session keeps its time), "cancelled" (reinstate it
    first), "not-started" (a session cannot be held before it starts),
    "rule-occurrence" (an occurrence of the series is cancelled, not deleted),
    "attendance-recorded" (a session where people were present cannot be cancelled),
    "has-records" (a session with a register, headcount, note or totals is cancelled,
    not deleted).
    """

    code = "session-state"

    def __init__(self, session_id: int, operation: str, reason: str) -> None:
        super().__init__("session_id", f"{self.code}: {operation} {session_id} ({reason})")
        self.session_id = session_id
        self.operation = operation
        self.reason = reason


# ---------------------------------------------------------------- helpers shared by the services


def clean_text(
    value: str | None, field: str, *, maximum: int | None = 200, required: bool = False
) -> str | None:
    """Strip a text; blank becomes None. Raise if required and blank, or too long."""
    text = value.strip() if value is not None else ""
    if not text:
        if required:
            raise RequiredError(field)
        return None
    if maximum is not None and len(text) > maximum:
        raise TooLongError(field, maximum)
    return text


# One address as every mail client takes it in a "To:" line and a calendar in a
# "mailto:": plain ASCII (an accent typed by mistake would break the e-mail draft),
# a local part of letters, digits and the usual signs, dots only between them, and a
# domain of at least two labels, each of letters, digits and inner hyphens.
# Deliverability is the mail server's business.
_LOCAL = r"[A-Za-z0-9!#$%&'*+/?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/?^_`{|}~-]+)*"
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_EMAIL = re.compile(rf"{_LOCAL}@{_LABEL}(?:\.{_LABEL})+")
EMAIL_MAX = 200


def clean_email(value: str | None, field: str) -> str | None:
    """Strip an e-mail address; blank becomes None. Raise if too long or not an address."""
    text = clean_text(value, field, maximum=EMAIL_MAX)
    if text is not None and (not _EMAIL.fullmatch(text) or "=?" in text):
        raise InvalidValueError(field, "email")
    return text


def choice(enum: type[_E], value: object, field: str) -> _E:
    """Return ``value`` as a member of ``enum``, or raise InvalidChoiceError."""
    try:
        if not isinstance(value, str):
            raise ValueError(field)
        return enum(value)
    except ValueError:
        raise InvalidChoiceError(field, value, [c.value for c in enum]) from None


_Row = TypeVar("_Row")


def get_row(
    session: Session, model: type[_Row], row_id: int, entity: str, field: str | None = None
) -> _Row:
    """The record of ``model`` with this id; NotFoundError (on ``field``) when there is none."""
    row = session.get(model, row_id)
    if row is None:
        raise NotFoundError(entity, {row_id}, field=field)
    return row
