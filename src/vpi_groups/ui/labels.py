"""Words shown for the coded values of participants (age bands, gender, referral sources)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from vpi_groups.storage.models import AgeBand, Gender, ReferralSource

translate = QCoreApplication.translate


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
