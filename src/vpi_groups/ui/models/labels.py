"""Words for the programme's codes (sectors, axes, review states...) and value formats.

Codes come from :mod:`vpi_groups.storage.models`; the sentences live here, in the UI
layer, translated when asked for (so a language change needs no restart of the model).
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from vpi_groups.storage.models import (
    ActionKind,
    Frequency,
    HolidayCalendar,
    PublicActionKind,
    ReviewStatus,
    Sector,
)

translate = QCoreApplication.translate

NARROW_NBSP = "\u202f"
NBSP = "\u00a0"


def sector_label(sector: Sector) -> str:
    """The name of a professional sector."""
    return {
        Sector.JUSTICE: translate("Labels", "Justice"),
        Sector.SOCIAL: translate("Labels", "Social"),
        Sector.HEALTH: translate("Labels", "Health"),
        Sector.EDUCATION: translate("Labels", "Education"),
        Sector.ASSOCIATION: translate("Labels", "Voluntary sector"),
        Sector.LOCAL_AUTHORITY: translate("Labels", "Local authority"),
        Sector.OTHER: translate("Labels", "Other"),
    }[Sector(sector)]


def kind_label(kind: ActionKind) -> str:
    """The name of an axis (or of the plenary day)."""
    return {
        ActionKind.TRAINING: translate("Labels", "1. Training / information"),
        ActionKind.PUBLIC_ACTION: translate("Labels", "2. Public action"),
        ActionKind.TALK_GROUP: translate("Labels", "3. Talk groups"),
        ActionKind.PLENARY: translate("Labels", "Plenary day"),
    }[ActionKind(kind)]


def kind_order(kind: ActionKind) -> int:
    """Axis order for sorting: training, public action, talk groups, plenary."""
    return [
        ActionKind.TRAINING,
        ActionKind.PUBLIC_ACTION,
        ActionKind.TALK_GROUP,
        ActionKind.PLENARY,
    ].index(ActionKind(kind))


def review_label(status: ReviewStatus) -> str:
    """Where an action stands in its yearly review."""
    return {
        ReviewStatus.PROPOSED: translate("Labels", "Proposed"),
        ReviewStatus.RUNNING: translate("Labels", "Running"),
        ReviewStatus.RENEWED: translate("Labels", "Renewed"),
        ReviewStatus.NOT_RENEWED: translate("Labels", "Not renewed"),
    }[ReviewStatus(status)]


def public_kind_label(kind: PublicActionKind) -> str:
    """The form of a public action."""
    return {
        PublicActionKind.POSTERS: translate("Labels", "Posters"),
        PublicActionKind.LEAFLETS: translate("Labels", "Leaflets"),
        PublicActionKind.STAND: translate("Labels", "Stand"),
        PublicActionKind.WEB: translate("Labels", "Website / social media"),
        PublicActionKind.OTHER: translate("Labels", "Other"),
    }[PublicActionKind(kind)]


def frequency_label(frequency: Frequency) -> str:
    """How a series recurs."""
    return {
        Frequency.WEEKLY: translate("Labels", "Weekly"),
        Frequency.MONTHLY_NTH: translate("Labels", "Monthly, on the nth weekday"),
    }[Frequency(frequency)]


def holidays_label(calendar: HolidayCalendar) -> str:
    """Which public holidays a series skips."""
    return {
        HolidayCalendar.NONE: translate("Labels", "Do not skip public holidays"),
        HolidayCalendar.METROPOLE: translate(
            "Labels", "Skip public holidays (metropolitan France)"
        ),
        HolidayCalendar.ALSACE_MOSELLE: translate(
            "Labels", "Skip public holidays (Alsace-Moselle)"
        ),
    }[HolidayCalendar(calendar)]


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
