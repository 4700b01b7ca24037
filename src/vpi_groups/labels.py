"""The words for every coded value, in French and English: one source for every surface.

The window's lists, the report files and the command line all show a sector, an axis,
a referral source or an age band with the words below, so the three never disagree.
Codes come from :mod:`vpi_groups.storage.models`; a test checks that every code of
every coded field has both words.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum

from vpi_groups.storage.models import (
    ActionKind,
    AgeBand,
    BudgetCategory,
    CommitmentKind,
    Frequency,
    FunderKind,
    Gender,
    GovernanceBody,
    HolidayCalendar,
    PublicActionKind,
    ReferralSource,
    ReviewStatus,
    Sector,
    SupportKind,
    TallyContact,
)

_TABLE: tuple[tuple[StrEnum, tuple[str, str]], ...] = (  # read through _key: see below
    (Sector.JUSTICE, ("Justice", "Justice")),
    (Sector.SOCIAL, ("Social", "Social")),
    (Sector.HEALTH, ("Santé", "Health")),
    (Sector.EDUCATION, ("Éducation", "Education")),
    (Sector.ASSOCIATION, ("Associatif", "Voluntary sector")),
    (Sector.LOCAL_AUTHORITY, ("Collectivité", "Local authority")),
    (Sector.OTHER, ("Autre", "Other")),
    (ActionKind.TRAINING, ("1. Formation / information", "1. Training / information")),
    (ActionKind.PUBLIC_ACTION, ("2. Actions grand public", "2. Public actions")),
    (ActionKind.TALK_GROUP, ("3. Groupes de parole", "3. Talk groups")),
    (ActionKind.PLENARY, ("Journée plénière", "Plenary day")),
    (ActionKind.WORKING_GROUP, ("Groupe de travail", "Working group")),
    (ReviewStatus.PROPOSED, ("Proposée", "Proposed")),
    (ReviewStatus.RUNNING, ("En cours", "Running")),
    (ReviewStatus.RENEWED, ("Reconduite", "Renewed")),
    (ReviewStatus.NOT_RENEWED, ("Non reconduite", "Not renewed")),
    (PublicActionKind.POSTERS, ("Affiches", "Posters")),
    (PublicActionKind.LEAFLETS, ("Dépliants", "Leaflets")),
    (PublicActionKind.STAND, ("Stand", "Stand")),
    (PublicActionKind.WEB, ("Site web / réseaux sociaux", "Website / social media")),
    (PublicActionKind.OTHER, ("Autre", "Other")),
    (SupportKind.POSTERS, ("Affiches", "Posters")),
    (SupportKind.LEAFLETS, ("Dépliants", "Leaflets")),
    (SupportKind.WEB, ("Site web", "Website")),
    (SupportKind.SOCIAL_MEDIA, ("Réseaux sociaux", "Social media")),
    (SupportKind.PRESS, ("Presse", "Press")),
    (SupportKind.STAND, ("Stand", "Stand")),
    (SupportKind.EVENT, ("Événement", "Event")),
    (SupportKind.OTHER, ("Autre support", "Other support")),
    (TallyContact.RECEIVED, ("Reçue en entretien", "Received in person")),
    (TallyContact.INFORMED, ("Informée ou orientée", "Informed or directed")),
    (Frequency.WEEKLY, ("Hebdomadaire", "Weekly")),
    (
        Frequency.MONTHLY_NTH,
        (
            "Mensuelle, le n-ième jour de la semaine",
            "Monthly, on the nth weekday",
        ),
    ),
    (HolidayCalendar.NONE, ("Ne pas sauter les jours fériés", "Do not skip public holidays")),
    (
        HolidayCalendar.METROPOLE,
        (
            "Sauter les jours fériés (métropole)",
            "Skip public holidays (metropolitan France)",
        ),
    ),
    (
        HolidayCalendar.ALSACE_MOSELLE,
        (
            "Sauter les jours fériés (Alsace-Moselle)",
            "Skip public holidays (Alsace-Moselle)",
        ),
    ),
    (AgeBand.UNDER_18, ("Moins de 18 ans", "Under 18")),
    (AgeBand.FROM_18_TO_25, ("18 à 25 ans", "18 to 25")),
    (AgeBand.FROM_26_TO_35, ("26 à 35 ans", "26 to 35")),
    (AgeBand.FROM_36_TO_45, ("36 à 45 ans", "36 to 45")),
    (AgeBand.FROM_46_TO_55, ("46 à 55 ans", "46 to 55")),
    (AgeBand.FROM_56_TO_65, ("56 à 65 ans", "56 to 65")),
    (AgeBand.OVER_65, ("Plus de 65 ans", "Over 65")),
    (AgeBand.UNKNOWN, ("Non renseignée", "Not recorded")),
    (Gender.WOMAN, ("Femme", "Woman")),
    (Gender.MAN, ("Homme", "Man")),
    (Gender.OTHER, ("Autre", "Other")),
    (Gender.UNSAID, ("Non précisé", "Not said")),
    (ReferralSource.POLICE, ("Police ou gendarmerie", "Police or gendarmerie")),
    (ReferralSource.SOCIAL_SERVICES, ("Services sociaux", "Social services")),
    (
        ReferralSource.HEALTH,
        (
            "Santé (médecin, hôpital, PMI, CMP)",
            "Health (GP, hospital, PMI, CMP)",
        ),
    ),
    (
        ReferralSource.JUSTICE,
        (
            "Justice (SPIP, tribunal, aide aux victimes)",
            "Justice (SPIP, court, victim support)",
        ),
    ),
    (ReferralSource.ASSOCIATION, ("Association (CIDFF, …)", "Association (CIDFF, …)")),
    (ReferralSource.SCHOOL, ("Établissement scolaire", "School")),
    (ReferralSource.SELF, ("Démarche personnelle", "Self-referral")),
    (ReferralSource.OTHER, ("Autre", "Other")),
    (ReferralSource.UNKNOWN, ("Non renseigné", "Not recorded")),
    (GovernanceBody.CISPD, ("CISPD", "CISPD (local crime prevention council)")),
    (GovernanceBody.STEERING_COMMITTEE, ("Comité de pilotage", "Steering committee")),
    (CommitmentKind.STAFF, ("Personnel mis à disposition", "Staff made available")),
    (CommitmentKind.ROOMS, ("Locaux", "Premises")),
    (CommitmentKind.MONEY, ("Financement", "Funding")),
    (CommitmentKind.IN_KIND, ("En nature", "In kind")),
    (FunderKind.STATE, ("État", "State")),
    (FunderKind.REGION, ("Région", "Region")),
    (FunderKind.DEPARTMENT, ("Département", "Département (county council)")),
    (FunderKind.INTERCOMMUNAL, ("Intercommunalité (EPCI)", "Intercommunal body (EPCI)")),
    (FunderKind.TOWN, ("Commune", "Town")),
    (FunderKind.SOCIAL_FUND, ("Organismes sociaux (CAF…)", "Social bodies (CAF…)")),
    (FunderKind.HEALTH_AGENCY, ("Agence régionale de santé", "Regional health agency")),
    (FunderKind.EUROPEAN_FUND, ("Fonds européens", "European funds")),
    (FunderKind.OTHER_PUBLIC, ("Autres établissements publics", "Other public bodies")),
    (FunderKind.PRIVATE_BODY, ("Organismes privés", "Private bodies")),
    (BudgetCategory.PURCHASES, ("60 – Achats", "60 – Purchases")),
    (BudgetCategory.EXTERNAL_SERVICES, ("61 – Services extérieurs", "61 – External services")),
    (
        BudgetCategory.OTHER_SERVICES,
        ("62 – Autres services extérieurs", "62 – Other external services"),
    ),
    (BudgetCategory.TAXES, ("63 – Impôts et taxes", "63 – Taxes")),
    (BudgetCategory.STAFF, ("64 – Charges de personnel", "64 – Staff costs")),
    (
        BudgetCategory.OTHER,
        ("65 – Autres charges de gestion courante", "65 – Other operating costs"),
    ),
)


def _key(code: StrEnum) -> tuple[type[StrEnum], str]:
    """A code's key: its enum and its value.

    Codes are strings, and two enums may share one (``justice`` is a sector and a
    referral source, ``other`` four things): as keys of one dict they would be the
    same key, and the last words written would win for both.
    """
    return (type(code), code.value)


_WORDS: Mapping[tuple[type[StrEnum], str], tuple[str, str]] = {
    _key(code): words for code, words in _TABLE
}

CODED = (
    Sector,
    ActionKind,
    ReviewStatus,
    PublicActionKind,
    Frequency,
    HolidayCalendar,
    AgeBand,
    Gender,
    ReferralSource,
)
"""Every coded field whose values people see."""

CODED_PARTNERSHIP = (GovernanceBody, CommitmentKind, FunderKind, BudgetCategory)
"""The coded fields of the partnership and its money (conventions, funders, budget).

Kept apart from :data:`CODED` until the window has its lists of them.
"""


def words(code: StrEnum) -> tuple[str, str]:
    """The French and English words of a code."""
    return _WORDS[_key(code)]


def label(code: StrEnum, lang: str) -> str:
    """The words of a code in ``lang`` ("en" for English, French otherwise)."""
    french, english = _WORDS[_key(code)]
    return english if lang == "en" else french


text = label
"""Another name of :func:`label`, which the report files use."""


# Names of months and weekdays, French and English (a date in words, outside Qt).
MONTH_NAMES: Mapping[str, tuple[str, ...]] = {
    "fr": (
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}

WEEKDAY_NAMES: Mapping[str, tuple[str, ...]] = {
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
