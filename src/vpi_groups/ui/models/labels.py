"""Words for the codes (sectors, axes, review states, age bands...) and value formats.

The words of coded values come from :mod:`vpi_groups.labels`, the one source the report
files and the command line use too, in the interface language of the moment (so a
language change needs no restart of the model).
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from vpi_groups import labels
from vpi_groups.language import of_locale
from vpi_groups.storage.models import (
    ActionKind,
    AgeBand,
    Frequency,
    Gender,
    GovernanceBody,
    HolidayCalendar,
    PublicActionKind,
    ReferralSource,
    ReviewStatus,
    Sector,
    SupportKind,
)

translate = QCoreApplication.translate


def _language() -> str:
    """The interface language, for the words of coded values (vpi_groups.labels)."""
    return of_locale(QLocale().name())


NARROW_NBSP = "\u202f"
NBSP = "\u00a0"


def sector_label(sector: Sector) -> str:
    """The name of a professional sector."""
    return labels.label(Sector(sector), _language())


def kind_label(kind: ActionKind) -> str:
    """The name of an axis (or of the plenary day)."""
    return labels.label(ActionKind(kind), _language())


def kind_order(kind: ActionKind) -> int:
    """Axis order for sorting: training, public action, talk groups, plenary, working groups."""
    return [
        ActionKind.TRAINING,
        ActionKind.PUBLIC_ACTION,
        ActionKind.TALK_GROUP,
        ActionKind.PLENARY,
        ActionKind.WORKING_GROUP,
    ].index(ActionKind(kind))


def body_label(body: GovernanceBody) -> str:
    """The name of a governance body of the programme (the CISPD, the steering committee)."""
    return labels.label(GovernanceBody(body), _language())


def review_label(status: ReviewStatus) -> str:
    """Where an action stands in its yearly review."""
    return labels.label(ReviewStatus(status), _language())


def support_label(kind: SupportKind) -> str:
    """The kind of a public campaign's support."""
    return labels.label(SupportKind(kind), _language())


def public_kind_label(kind: PublicActionKind) -> str:
    """The form of a public action."""
    return labels.label(PublicActionKind(kind), _language())


def frequency_label(frequency: Frequency) -> str:
    """How a series recurs."""
    return labels.label(Frequency(frequency), _language())


def holidays_label(calendar: HolidayCalendar) -> str:
    """Which public holidays a series skips."""
    return labels.label(HolidayCalendar(calendar), _language())


def weekday_label(weekday: int) -> str:
    """The name of a weekday (0 = Monday), in the interface language."""
    return QLocale().dayName(weekday + 1, QLocale.FormatType.LongFormat)


def nth_label(nth: int) -> str:
    """Which weekday of the month: first ... fifth, or last (-1)."""
    return {
        1: translate("Labels", "first"),
        2: translate("Labels", "second"),
        3: translate("Labels", "third"),
        4: translate("Labels", "fourth"),
        5: translate("Labels", "fifth"),
        -1: translate("Labels", "last"),
    }[nth]


def euros(amount: Decimal) -> str:
    """An amount in euros, French style: ``1 500,00 €`` (narrow spaces between thousands)."""
    cents = Decimal(amount).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    sign = "-" if cents < 0 else ""
    whole, _, fraction = f"{abs(cents):.2f}".partition(".")
    groups: list[str] = []
    while whole:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    return f"{sign}{NARROW_NBSP.join(groups)},{fraction}{NBSP}€"


def parse_euros(text: str) -> Decimal | None:
    """Read an amount typed French or English style (``1 500,50``, ``1500.5 €``); None if blank.

    Raises:
        ValueError: the text is not a number.
    """
    cleaned = text.replace("€", "").replace(NBSP, "").replace(NARROW_NBSP, "").replace(" ", "")
    if not cleaned:
        return None
    if "," in cleaned and "." in cleaned:
        cleaned = cleaned.replace(".", "")
    cleaned = cleaned.replace(",", ".")
    try:
        value = Decimal(cleaned)
    except ArithmeticError:
        raise ValueError(text) from None
    if not value.is_finite():
        raise ValueError(text)
    return value


def date_text(day: dt.date | None) -> str:
    """A date in the interface language's short form (``14/04/2026`` in French)."""
    if day is None:
        return ""
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def long_date_text(day: dt.date) -> str:
    """A date with its weekday, e.g. ``mardi 14 avril 2026``."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "dddd d MMMM yyyy")


def age_band_label(band: AgeBand) -> str:
    """An age band as shown."""
    return labels.label(AgeBand(band), _language())


def gender_label(gender: Gender) -> str:
    """A gender as shown."""
    return labels.label(Gender(gender), _language())


def referral_label(source: ReferralSource) -> str:
    """A referral source as shown."""
    return labels.label(ReferralSource(source), _language())
