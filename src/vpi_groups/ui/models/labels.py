"""Words for the codes (sectors, axes, review states, age bands...) and value formats.

Codes come from :mod:`vpi_groups.storage.models`; the sentences live here, in the UI
layer, translated when asked for (so a language change needs no restart of the model).
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from vpi_groups.storage.models import (
    ActionKind,
    AgeBand,
    Frequency,
    Gender,
    HolidayCalendar,
    PublicActionKind,
    ReferralSource,
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


def age_band_label(band: AgeBand) -> str:
    """An age band as shown."""
    return {
        AgeBand.UNDER_18: translate("Labels", "Under 18"),
        AgeBand.FROM_18_TO_25: translate("Labels", "18 to 25"),
        AgeBand.FROM_26_TO_35: translate("Labels", "26 to 35"),
        AgeBand.FROM_36_TO_45: translate("Labels", "36 to 45"),
        AgeBand.FROM_46_TO_55: translate("Labels", "46 to 55"),
        AgeBand.FROM_56_TO_65: translate("Labels", "56 to 65"),
        AgeBand.OVER_65: translate("Labels", "Over 65"),
        AgeBand.UNKNOWN: translate("Labels", "Unknown"),
    }[band]


def gender_label(gender: Gender) -> str:
    """A gender as shown."""
    return {
        Gender.WOMAN: translate("Labels", "Woman"),
        Gender.MAN: translate("Labels", "Man"),
        Gender.OTHER: translate("Labels", "Other"),
        Gender.UNSAID: translate("Labels", "Not said"),
    }[gender]


def referral_label(source: ReferralSource) -> str:
    """A referral source as shown."""
    return {
        ReferralSource.POLICE: translate("Labels", "Police or gendarmerie"),
        ReferralSource.SOCIAL_SERVICES: translate("Labels", "Social services"),
        ReferralSource.HEALTH: translate("Labels", "Health (GP, hospital, PMI, CMP)"),
        ReferralSource.JUSTICE: translate("Labels", "Justice (SPIP, court, victim support)"),
        ReferralSource.ASSOCIATION: translate("Labels", "Association (CIDFF, …)"),
        ReferralSource.SCHOOL: translate("Labels", "School"),
        ReferralSource.SELF: translate("Labels", "Self-referral"),
        ReferralSource.OTHER: translate("Labels", "Other"),
    }[source]
