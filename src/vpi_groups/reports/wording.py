"""The words of the report, French first, and the labels that carry them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from vpi_groups import labels
from vpi_groups.storage.models import (
    ActionKind,
    AgeBand,
    Gender,
    PublicActionKind,
    ReferralSource,
    Sector,
    SupportKind,
    TallyContact,
)

# ---------------------------------------------------------------- words (French first)

_TEXT: dict[str, tuple[str, str]] = {
    "title": ("Bilan d'activité anonymisé", "Anonymised activity report"),
    # Printed under the title while the vault names no organisation (Settings, or
    # ``vpi-groups settings --organisation``): neutral, it names nobody.
    "programme": (
        "Programme de prévention des violences intrafamiliales",
        "Domestic violence prevention programme",
    ),
    "period": ("Période", "Period"),
    "period_range": ("du {start} au {end}", "from {start} to {end}"),
    "by": ("Colonnes", "Columns"),
    "by.month": ("par mois", "by month"),
    "by.quarter": ("par trimestre", "by quarter"),
    "by.year": ("par année", "by year"),
    "threshold": ("Seuil de diffusion", "Publication threshold"),
    "threshold_value": ("k = {k}", "k = {k}"),
    "generated": ("Édité le", "Generated on"),
    "rule_title": ("Règle de diffusion", "Disclosure rule"),
    "notes_title": ("Notes", "Notes"),
    "tables_title": ("Tableaux", "Tables"),
    "chart_title": ("Présences par mois", "Attendances per month"),
    "chart_empty": ("Aucune présence sur la période.", "No attendance in the period."),
    "total": ("Total", "Total"),
    "continued": ("{title} (suite)", "{title} (continued)"),
    "all": ("Ensemble", "All"),
    "whole_period": ("Période entière", "Whole period"),
    "partial": ("{label} (du {start} au {end})", "{label} ({start} to {end})"),
    "mark.suppressed": ("s", "s"),
    "mark.unavailable": ("n.d.", "n/a"),
    "mark.not_applicable": ("–", "–"),
    "legend": (
        "s : case masquée (secret statistique). n.d. : non disponible. – : sans objet.",
        "s: hidden cell (statistical confidentiality). n/a: not available. –: not applicable.",
    ),
    "rule": (
        "Tout effectif de personnes (présences, participant·es, nouveaux·elles) compris "
        "entre 1 et {k_minus} est masqué. D'autres cases sont masquées en complément, pour "
        "que personne ne puisse retrouver un petit effectif en combinant ce bilan avec les "
        "bilans déjà diffusés par ce coffre, même en résolvant tous les tableaux ensemble "
        "(programmation linéaire) : aucun effectif compris entre 1 et {k_minus} ne peut être "
        "déduit, chaque case masquée garde au moins {range} valeurs possibles, et une répartition "
        "ne montre jamais toutes les personnes d'un petit groupe dans une seule catégorie "
        "(un zéro peut alors être masqué). Un effectif déjà publié l'est à nouveau à "
        "l'identique ; un effectif déjà masqué le reste. Toutes les cases masquées portent "
        "la même marque « s ». Une moyenne calculée à partir d'un effectif masqué est "
        "masquée. Les bilans couvrent des mois, trimestres ou années civils entiers. "
        "Seuil appliqué : k = {k}.",
        "Every count of people (attendances, participants, newcomers) from 1 to {k_minus} "
        "is hidden. Further cells are hidden in complement, so that nobody can recover a "
        "small count by combining this report with the reports this vault released "
        "before, even by solving all the tables together (linear programming): no count "
        "from 1 to {k_minus} can be derived, every hidden cell keeps at least {range} "
        "possible values, and a breakdown never shows all the people of a small group in "
        "one category (a zero may then be hidden). A count published before is published "
        "again, unchanged; a count hidden before stays hidden. Every hidden cell carries "
        'the same mark "s". An average computed from a hidden count is hidden. Reports '
        "cover whole calendar months, quarters or years. Threshold applied: k = {k}.",
    ),
    "note.scope": (
        "Seuls les effectifs de personnes sont soumis au secret statistique : les nombres "
        "d'actions et de séances ne le sont pas.",
        "Only counts of people are subject to statistical confidentiality: numbers of "
        "actions and sessions are not.",
    ),
    "note.sessions": (
        "Une séance compte dans la période où elle commence. Elle est « réalisée » si elle "
        "est marquée comme telle, ou si ses présences ont été saisies ; les séances prévues "
        "sont toutes les séances, quelle que soit leur suite.",
        'A session counts in the period in which it starts. It is "held" when marked so, '
        "or when its attendance has been recorded; planned sessions are all sessions, "
        "whatever became of them.",
    ),
    "note.headcount": (
        "Les séances saisies en effectif seul comptent dans les présences (ligne « Séances "
        "en effectif seul » des répartitions par orientation et par âge), mais pas dans les "
        "participant·es distinct·es ni dans les nouveaux·elles participant·es : sans "
        "registre, les personnes ne peuvent pas être distinguées.",
        'Headcount-only sessions count in attendances (row "Headcount-only sessions" of '
        "the breakdowns by referral and by age) but not in distinct or new participants: "
        "without a register, people cannot be told apart.",
    ),
    "note.distinct": (
        "Participant·es distinct·es : une personne venue plusieurs fois compte une fois "
        "par case. Une personne venue dans plusieurs groupes ou actions compte dans chacun ; "
        "les lignes « Ensemble » et les totaux de période la comptent une fois, ils ne sont "
        "donc pas la somme des cases. Nouveaux·elles participant·es : venu·es pour la "
        "première fois pendant la période de la case.",
        "Distinct participants: a person who came several times counts once per cell. A "
        'person who came to several groups or actions counts in each; the "All" rows and '
        "the period totals count them once, so they are not the sum of the cells. New "
        "participants: those who came for the first time in the cell's period.",
    ),
    "note.sector": (
        "Par secteur des animateur·rices : une séance animée par des professionnel·les de "
        "plusieurs secteurs compte dans chacun ; la ligne « Ensemble » la compte une fois.",
        "By facilitator sector: a session run by professionals of several sectors counts "
        'in each; the "All" row counts it once.',
    ),
    "note.purged": (
        "Les données individuelles purgées (conservation limitée) restent comptées : "
        "exactement pour les présences, et pour les participant·es distinct·es et "
        "nouveaux·elles sur un mois, un trimestre ou une année civils entiers. Pour une "
        "autre durée, ces personnes ne peuvent pas être dédoublonnées : une case qui en "
        "dépend est marquée « n.d. » au lieu d'être estimée.",
        "Purged person-level data (limited retention) still counts: exactly for "
        "attendances, and for distinct and new participants over a whole calendar month, "
        "quarter or year. Over any other stretch of time those people cannot be "
        'de-duplicated: a cell that depends on them is marked "n/a" instead of being '
        "estimated.",
    ),
    "note.actions": (
        "Les actions sont annuelles : sont comptées celles des années {years}. Une action "
        "est « renouvelée » quand elle prolonge une action de l'année précédente. Une action "
        "grand public est « menée » dès qu'elle n'est plus au stade de proposition.",
        "Actions are yearly: those of the years {years} are counted. An action is "
        '"renewed" when it continues an action of the year before. A public action is '
        '"carried out" once it is past the proposal stage.',
    ),
    "note.facilitators": (
        "Animateur·rices mobilisé·es : professionnel·les inscrit·es sur au moins une séance "
        "réalisée, comptés une fois par case, selon le secteur de leur fiche.",
        "Facilitators involved: professionals booked on at least one held session, counted "
        "once per cell, by the sector on their record.",
    ),
    "note.receptions": (
        "Personnes accueillies ou informées : comptages mensuels des partenaires qui "
        "reçoivent des victimes, additionnés mois par mois ; une personne reçue deux mois "
        "différents compte deux fois. Les petits effectifs y sont masqués comme les présences.",
        "Persons received or informed: monthly tallies of the partners who receive victims, "
        "added month by month; a person received in two different months counts twice. "
        "Small counts are hidden there as attendances are.",
    ),
    "note.working-groups": (
        "Groupes de travail : réunions de professionnel·les tenues dans l'année de chaque "
        "groupe ; présences des membres notées à ces réunions (une présence par membre et "
        "par réunion), par secteur de leur fiche ; nombres publiés tels quels.",
        "Working groups: meetings of professionals held in each group's year; members' "
        "attendance recorded at those meetings (one per member and meeting), by the sector "
        "on their record; numbers published as they are.",
    ),
    "note.consolidated": (
        "Bilan consolidé de {count} coffres : chaque structure a envoyé ses totaux sans "
        "aucun nom ni code, et le secret statistique est appliqué une seule fois, aux "
        "sommes. Une personne venue dans deux structures ne peut pas être reconnue : les "
        "participant·es différent·es et nouveaux·elles sont comptés dans chaque structure, "
        "puis additionnés (voir le tableau par structure).",
        "Consolidated report of {count} vaults: each organisation sent its totals without "
        "any name or code, and statistical confidentiality is applied once, to the sums. "
        "A person who came to two organisations cannot be recognised: distinct and new "
        "participants are counted in each organisation, then added up (see the table by "
        "organisation).",
    ),
    "note.consolidated-missing": (
        "{name} : rien reçu pour {months} (compté zéro).",
        "{name}: nothing received for {months} (counted as zero).",
    ),
    "note.consolidated-split": (
        "{name} : plusieurs envois couvrent une même année, chacun pour ses mois ; ses "
        "participant·es distinct·es sur une durée à cheval sur deux envois ne peuvent pas "
        "être dédoublonnés et ne sont pas disponibles. Un seul envoi pour toute l'année "
        "les rend disponibles.",
        "{name}: several bundles cover one year, each for its own months; its distinct "
        "participants over a stretch lying across two bundles cannot be deduplicated and "
        "are unavailable. One bundle for the whole year makes them available.",
    ),
    "note.contributions": (
        "Les montants des contributions ne sont pas masqués : ce sont des sommes versées par "
        "des organismes, pas des effectifs de personnes. Les contributions en nature sont "
        "comptées, leur description n'est pas publiée.",
        "Contribution amounts are not hidden: they are sums given by organisations, not "
        "counts of people. In-kind contributions are counted; their description is not "
        "published.",
    ),
    # indicators (table titles)
    "ind.actions": (
        "Actions par axe : nouvelles et renouvelées",
        "Actions by axis: new and renewed",
    ),
    "ind.sessions": (
        "Séances prévues, réalisées et annulées",
        "Sessions planned, held and cancelled",
    ),
    "ind.attendances": ("Présences", "Attendances"),
    "ind.average-attendance": (
        "Moyenne de présences par séance réalisée",
        "Average attendance per held session",
    ),
    "ind.participants": ("Participant·es distinct·es", "Distinct participants"),
    "ind.new-participants": ("Nouveaux·elles participant·es", "New participants"),
    "ind.professionals-trained": (
        "Professionnel·les formé·es (axe 1 : formation / information)",
        "Professionals trained (axis 1: training / information)",
    ),
    "ind.training-hours": (
        "Heures de formation dispensées (axe 1 : séances réalisées)",
        "Hours of training delivered (axis 1: held sessions)",
    ),
    "ind.public-actions": (
        "Actions grand public menées (axe 2)",
        "Public actions carried out (axis 2)",
    ),
    "ind.public-reach": (
        "Public touché par les actions grand public (estimation)",
        "People reached by public actions (estimate)",
    ),
    "ind.public-supports": (
        "Supports des campagnes grand public : quantités diffusées (axe 2)",
        "Supports of public campaigns: quantities put out (axis 2)",
    ),
    "ind.persons-received": (
        "Personnes accueillies ou informées par les partenaires (comptages mensuels)",
        "Persons received or informed by partners (monthly tallies)",
    ),
    "ind.working-groups": (
        "Groupes de travail : membres, réunions tenues, présences, décisions",
        "Working groups: members, meetings held, attendance, decisions",
    ),
    "ind.meeting-attendance": (
        "Présences des membres aux réunions des groupes de travail",
        "Members' attendance at working group meetings",
    ),
    "ind.facilitators": ("Animateur·rices mobilisé·es", "Facilitators involved"),
    "ind.contributions": (
        "Contributions financières des partenaires (euros)",
        "Partners' financial contributions (euros)",
    ),
    "ind.in-kind-contributions": (
        "Contributions en nature des partenaires (nombre)",
        "Partners' in-kind contributions (number)",
    ),
    # breakdowns
    "bd.axis": ("par axe", "by axis"),
    "bd.sender": ("par structure", "by organisation"),
    "bd.action": ("par action", "by action"),
    "bd.group": ("par groupe", "by group"),
    "bd.facilitator-sector": ("par secteur des animateur·rices", "by facilitator sector"),
    "bd.referral-source": ("par orientation", "by referral source"),
    "bd.age-band": ("par tranche d'âge", "by age band"),
    "bd.gender": ("par genre", "by gender"),
    "bd.month": ("par mois", "by month"),
    "bd.sector": ("par secteur", "by sector"),
    "bd.form": ("par forme", "by form"),
    "bd.support": ("par support", "by support"),
    "bd.partner-sector": ("par secteur du partenaire", "by partner sector"),
    "bd.partner": ("par partenaire", "by partner"),
    "bd.contact": ("par type de contact", "by kind of contact"),
    # columns of fixed tables
    "col.new": ("Nouvelles", "New"),
    "col.renewed": ("Renouvelées", "Renewed"),
    "col.held": ("Réalisées", "Held"),
    "col.cancelled": ("Annulées", "Cancelled"),
    "col.other": ("À venir ou non renseignées", "Upcoming or not recorded"),
    "col.planned": ("Prévues (total)", "Planned (total)"),
    "col.members": ("Membres", "Members"),
    "col.meetings": ("Réunions tenues", "Meetings held"),
    "col.present": ("Présences", "Attendance"),
    "col.decisions": ("Décisions", "Decisions"),
    # rows (the words of coded values come from vpi_groups.labels, below)
    "sector.none": ("Sans animateur·rice", "No facilitator"),
    "headcount": ("Séances en effectif seul", "Headcount-only sessions"),
    "group.none": ("Séances hors groupes de parole", "Sessions outside talk groups"),
    "quarter": ("T{n} {year}", "Q{n} {year}"),
    # XLSX sheet names: "<indicator> — <breakdown>", at most 31 characters (Excel's
    # limit) with the longest pair; the full title is in cell A1 of each sheet.
    "sheet.actions": ("Actions", "Actions"),
    "sheet.sessions": ("Séances", "Sessions"),
    "sheet.attendances": ("Présences", "Attendances"),
    "sheet.average-attendance": ("Moy. présences", "Avg attendance"),
    "sheet.participants": ("Distinct·es", "Distinct"),
    "sheet.new-participants": ("Nouveaux·elles", "Newcomers"),
    "sheet.professionals-trained": ("Formé·es", "Trained"),
    "sheet.training-hours": ("Heures de formation", "Training hours"),
    "sheet.public-actions": ("Actions grand public", "Public actions"),
    "sheet.public-reach": ("Public touché", "People reached"),
    "sheet.public-supports": ("Supports diffusés", "Supports put out"),
    "sheet.persons-received": ("Accueillies", "Received"),
    "sheet.working-groups": ("Groupes de travail", "Working groups"),
    "sheet.meeting-attendance": ("Présences réunions", "Meeting attendance"),
    "sheet.facilitators": ("Animateur·rices", "Facilitators"),
    "sheet.contributions": ("Contributions (€)", "Contributions (€)"),
    "sheet.in-kind-contributions": ("Contrib. en nature", "In-kind contrib."),
    "sheet.bd.axis": ("axe", "axis"),
    "sheet.bd.action": ("action", "action"),
    "sheet.bd.group": ("groupe", "group"),
    "sheet.bd.facilitator-sector": ("secteur anim.", "facil. sector"),
    "sheet.bd.referral-source": ("orientation", "referral"),
    "sheet.bd.age-band": ("âge", "age"),
    "sheet.bd.gender": ("genre", "gender"),
    "sheet.bd.month": ("mois", "month"),
    "sheet.bd.sector": ("secteur", "sector"),
    "sheet.bd.form": ("forme", "form"),
    "sheet.bd.support": ("support", "support"),
    "sheet.bd.partner-sector": ("secteur", "sector"),
    "sheet.bd.partner": ("partenaire", "partner"),
    "sheet.bd.contact": ("contact", "contact"),
}

_TEXT.update(
    {
        f"{prefix}.{code.value}": labels.words(code)
        for prefix, coded in (
            ("axis", ActionKind),
            ("sector", Sector),
            ("referral", ReferralSource),
            ("age", AgeBand),
            ("gender", Gender),
            ("public", PublicActionKind),
            ("support", SupportKind),
            ("contact", TallyContact),
        )
        for code in coded
    }
)


_SHORT_MONTHS = {
    "fr": (
        "janv.",
        "févr.",
        "mars",
        "avr.",
        "mai",
        "juin",
        "juil.",
        "août",
        "sept.",
        "oct.",
        "nov.",
        "déc.",
    ),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
}


def text(key: str, lang: str = "fr", /, **fields: object) -> str:
    """Return the report wording ``key`` in French ("fr", the default) or English ("en")."""
    french, english = _TEXT[key]
    chosen = english if lang == "en" else french
    return chosen.format(**fields) if fields else chosen


def has_text(key: str) -> bool:
    """Whether the report wording has ``key``."""
    return key in _TEXT


def format_date(day: dt.date, lang: str = "fr") -> str:
    """A date as the report writes it: dd/mm/yyyy in French, yyyy-mm-dd in English."""
    return day.isoformat() if lang == "en" else day.strftime("%d/%m/%Y")


@dataclass(frozen=True)
class Label:
    """A row, column or table name: a stable key and its French and English wording."""

    key: str
    fr: str
    en: str

    def text(self, lang: str = "fr") -> str:
        """The wording in ``lang``."""
        return self.en if lang == "en" else self.fr


def _label(key: str, text_key: str | None = None, **fields: object) -> Label:
    source = text_key or key
    return Label(key, text(source, "fr", **fields), text(source, "en", **fields))


def _plain(key: str, wording: str) -> Label:
    """A label typed by the user (an action title, a group name): the same in both languages."""
    return Label(key, wording, wording)


_THIN_NBSP = "\u202f"  # between thousands, as French typography writes them
_NBSP = "\u00a0"


def money(amount: Decimal, lang: str = "fr") -> str:
    """An amount in euros: "12 500,00 €" in French, "€12,500.00" in English.

    French groups thousands with a narrow no-break space and puts a no-break space
    before the euro sign, as the window and the report files do.
    """
    value = Decimal(amount).quantize(Decimal("0.01"))
    sign = "-" if value < 0 else ""
    units, cents = f"{abs(value):.2f}".split(".")
    groups: list[str] = []
    while units:
        groups.insert(0, units[-3:])
        units = units[:-3]
    if lang == "en":
        return f"{sign}€{','.join(groups)}.{cents}"
    return f"{sign}{_THIN_NBSP.join(groups)},{cents}{_NBSP}€"
