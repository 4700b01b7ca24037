"""Anonymised totals for funders (the "bilan d'action"), with small-count suppression.

:func:`build_report` computes, for a period and a list of breakdowns, the indicators
of docs/domain.md from the live records plus the anonymous rows that purges left behind,
and protects every count of people with :mod:`vpi_groups.reports.disclosure`. It returns
plain frozen values; the writers (:mod:`vpi_groups.reports.files`, and the PDF in
the UI layer) only ever read published values from them.

What is counted
    - Sessions: those *starting* in the period (programme time, Europe/Paris).
      A session is *held* when marked so, or when still "planned" but its register
      or headcount has been filled in (the register shows it took place); planned
      sessions are every session, whatever became of it.
    - Attendances: "present" lines of the registers (live and folded, through
      :func:`vpi_groups.attendance.totals.session_presence`) plus the ``present``
      number of headcount-only sessions.
    - Distinct and new participants: people with at least one "present" line in the
      period (headcount-only sessions cannot count there); a participant is new in
      the period holding their first "present" line. Live people are counted from
      their lines; purged people from :class:`FoldedParticipants`, which holds exact
      counts per calendar month, quarter and year only: for any other stretch of
      time, a count that needs purged people who cannot be told apart is
      *unavailable* (never estimated).
    - Actions are yearly: those of the years the period touches.
    - Contributions: amounts per partner sector and year, never suppressed (money
      given by organisations, not a count of people).

Which counts are protected
    Counts of people (attendances, participants, professionals trained, people
    reached, facilitators) go through the suppression routine; counts of actions
    and sessions, and amounts, do not. All the tables of one indicator are
    protected together, with the lines that tie them (a month to its quarter, a
    group to its action, an action to its axis), so a count hidden in one table is
    hidden in every table that shows it. Averages are hidden whenever the count
    they divide is.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vpi_groups import clock, labels, vault_settings
from vpi_groups.attendance.totals import (
    PARIS,
    MonthBounds,
    local_day,
    monthly_presence,
    next_period,
    people_present,
    period_start,
    session_presence,
)
from vpi_groups.errors import AppError
from vpi_groups.reports import disclosure
from vpi_groups.reports.disclosure import Line, Status
from vpi_groups.storage.models import (
    Action,
    ActionKind,
    ActionTrained,
    AgeBand,
    Contribution,
    Facilitator,
    FoldedParticipants,
    Organisation,
    PeriodKind,
    ProgrammeSession,
    PublicActionKind,
    ReferralSource,
    ReviewStatus,
    ScopeKind,
    Sector,
    SessionFacilitator,
    SessionHeadcount,
    SessionStatus,
    TalkGroup,
)

PARIS_MIDNIGHT = dt.time()
FIRST_YEAR, LAST_YEAR = 2000, 2100
MAX_YEARS = 30


# ---------------------------------------------------------------- words (French first)

_TEXT: dict[str, tuple[str, str]] = {
    "title": ("Bilan d'activité anonymisé", "Anonymised activity report"),
    "programme": (
        "Atelier technique de prévention des violences intrafamiliales",
        "Local programme for the prevention of domestic violence",
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
        "Tout effectif de personnes compris entre 1 et {k_minus} est masqué. D'autres cases, "
        "choisies parmi les plus petites, sont masquées aussi pour qu'aucune case masquée ne "
        "puisse être recalculée à partir des totaux : aucune ligne ni colonne (totaux "
        "compris) n'a une seule case masquée, et les cases masquées d'une ligne ou d'une "
        "colonne dont le total est publié totalisent au moins {k} et ne valent "
        "pas toutes 1. Les zéros sont publiés. "
        "Toutes les cases masquées portent la même marque « s », qu'elles soient petites ou "
        "masquées en complément. Une moyenne calculée à partir d'un effectif masqué est "
        "masquée. Seuil appliqué : k = {k}.",
        "Every count of people from 1 to {k_minus} is hidden. Further cells, chosen among "
        "the smallest, are hidden too so that no hidden cell can be recomputed from the "
        "totals: no row or column (totals included) has exactly one hidden cell, and the "
        "hidden cells of a row or column whose total is published add up to at least {k} "
        "and cannot all be 1. "
        'Zeros are published. Every hidden cell carries the same mark "s", whether it is '
        "small or hidden in complement. An average computed from a hidden count is hidden. "
        "Threshold applied: k = {k}.",
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
    "ind.public-actions": (
        "Actions grand public menées (axe 2)",
        "Public actions carried out (axis 2)",
    ),
    "ind.public-reach": (
        "Public touché par les actions grand public (estimation)",
        "People reached by public actions (estimate)",
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
    "bd.action": ("par action", "by action"),
    "bd.group": ("par groupe", "by group"),
    "bd.facilitator-sector": ("par secteur des animateur·rices", "by facilitator sector"),
    "bd.referral-source": ("par orientation", "by referral source"),
    "bd.age-band": ("par tranche d'âge", "by age band"),
    "bd.month": ("par mois", "by month"),
    "bd.sector": ("par secteur", "by sector"),
    "bd.form": ("par forme", "by form"),
    "bd.partner-sector": ("par secteur du partenaire", "by partner sector"),
    # columns of fixed tables
    "col.new": ("Nouvelles", "New"),
    "col.renewed": ("Renouvelées", "Renewed"),
    "col.held": ("Réalisées", "Held"),
    "col.cancelled": ("Annulées", "Cancelled"),
    "col.other": ("À venir ou non renseignées", "Upcoming or not recorded"),
    "col.planned": ("Prévues (total)", "Planned (total)"),
    # rows (the words of coded values come from vpi_groups.labels, below)
    "sector.none": ("Sans animateur·rice", "No facilitator"),
    "headcount": ("Séances en effectif seul", "Headcount-only sessions"),
    "group.none": ("Séances hors groupes de parole", "Sessions outside talk groups"),
    "quarter": ("T{n} {year}", "Q{n} {year}"),
}

_TEXT.update(
    {
        f"{prefix}.{code.value}": labels.words(code)
        for prefix, coded in (
            ("axis", ActionKind),
            ("sector", Sector),
            ("referral", ReferralSource),
            ("age", AgeBand),
            ("public", PublicActionKind),
        )
        for code in coded
    }
)

_MONTHS = {
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

LANGUAGES = ("fr", "en")


def text(key: str, lang: str = "fr", /, **fields: object) -> str:
    """Return the report wording ``key`` in French ("fr", the default) or English ("en")."""
    french, english = _TEXT[key]
    chosen = english if lang == "en" else french
    return chosen.format(**fields) if fields else chosen


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


# ---------------------------------------------------------------- errors


class ReportErrorCode(StrEnum):
    """Why a report was refused."""

    END_BEFORE_START = "end-before-start"
    TOO_LONG = "too-long"
    YEAR_RANGE = "year-range"
    THRESHOLD_RANGE = "threshold-range"


class ReportError(AppError, ValueError):
    """A refused report request; ``code`` says why."""

    code: ReportErrorCode

    def __init__(self, code: ReportErrorCode) -> None:
        super().__init__(code.value)
        self.code = code


# ---------------------------------------------------------------- period


Span = tuple[dt.date, dt.date]
"""A stretch of local days, both ends included."""


def _month_index(day: dt.date) -> int:
    return day.year * 12 + day.month - 1


def _month_start(index: int) -> dt.date:
    return dt.date(index // 12, index % 12 + 1, 1)


def _period_end(kind: PeriodKind, start: dt.date) -> dt.date:
    return next_period(kind, start) - dt.timedelta(days=1)


def _is_whole(kind: PeriodKind, span: Span) -> bool:
    start, end = span
    return period_start(kind, start) == start and _period_end(kind, start) == end


@dataclass(frozen=True)
class PeriodSpec:
    """The period of a report (local days, both included) and how its columns split it.

    Attributes:
        start: first day.
        end: last day.
        by: the columns' width: months, quarters or years (clipped to the period).
    """

    start: dt.date
    end: dt.date
    by: PeriodKind = PeriodKind.MONTH

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ReportError(ReportErrorCode.END_BEFORE_START)
        if self.start.year < FIRST_YEAR or self.end.year > LAST_YEAR:
            raise ReportError(ReportErrorCode.YEAR_RANGE)
        if self.end.year - self.start.year >= MAX_YEARS:
            raise ReportError(ReportErrorCode.TOO_LONG)
        object.__setattr__(self, "by", PeriodKind(self.by))

    @classmethod
    def month(cls, year: int, month: int, by: PeriodKind = PeriodKind.MONTH) -> PeriodSpec:
        """One calendar month."""
        start = dt.date(year, month, 1)
        return cls(start, _period_end(PeriodKind.MONTH, start), by)

    @classmethod
    def quarter(cls, year: int, quarter: int, by: PeriodKind = PeriodKind.MONTH) -> PeriodSpec:
        """One calendar quarter (1 to 4)."""
        if not 1 <= quarter <= 4:
            raise ValueError("quarter is 1 to 4")
        start = dt.date(year, 3 * quarter - 2, 1)
        return cls(start, _period_end(PeriodKind.QUARTER, start), by)

    @classmethod
    def year(cls, year: int, by: PeriodKind = PeriodKind.MONTH) -> PeriodSpec:
        """One calendar year."""
        start = dt.date(year, 1, 1)
        return cls(start, dt.date(year, 12, 31), by)

    @property
    def span(self) -> Span:
        """The whole period."""
        return (self.start, self.end)

    @property
    def calendar_kind(self) -> PeriodKind | None:
        """MONTH, QUARTER or YEAR when the period is exactly one such calendar period."""
        for kind in PeriodKind:
            if _is_whole(kind, self.span):
                return kind
        return None

    def instants(self) -> tuple[dt.datetime, dt.datetime]:
        """The period as a half-open interval of aware instants (programme time zone)."""
        return _instants(self.span)

    def months(self) -> tuple[Span, ...]:
        """The calendar months the period touches, clipped to it."""
        return self._split(PeriodKind.MONTH)

    def buckets(self) -> tuple[Span, ...]:
        """The columns: months, quarters or years of the period, clipped to it."""
        return self._split(self.by)

    def years(self) -> tuple[int, ...]:
        """The programme years the period touches."""
        return tuple(range(self.start.year, self.end.year + 1))

    def _split(self, kind: PeriodKind) -> tuple[Span, ...]:
        out = []
        start = period_start(kind, self.start)
        while start <= self.end:
            following = next_period(kind, start)
            out.append((max(start, self.start), min(following - dt.timedelta(days=1), self.end)))
            start = following
        return tuple(out)


class MonthClock:
    """Which local month an instant falls in, by bisecting the months' UTC boundaries.

    The same answer as ``local_day``, without converting every instant's time zone.
    """

    def __init__(self, spec: PeriodSpec) -> None:
        self.spec = spec
        self.first = _month_index(spec.start)
        last = _month_index(spec.end)
        self.bounds = [
            _instants((_month_start(m), _month_start(m)))[0] for m in range(self.first, last + 2)
        ]

    def months(self) -> list[MonthBounds]:
        """The period's months as UTC intervals, clipped to it, numbered like ``month``."""
        begin, end = self.spec.instants()
        return [
            MonthBounds(self.first + i, max(low, begin), min(high, end))
            for i, (low, high) in enumerate(itertools.pairwise(self.bounds))
        ]

    def month(self, instant: dt.datetime) -> int:
        """The month index of an instant inside the period's months."""
        position = bisect.bisect_right(self.bounds, instant) - 1
        if not 0 <= position < len(self.bounds) - 1:
            raise ValueError("an instant outside the period")
        return self.first + position


def _instants(span: Span) -> tuple[dt.datetime, dt.datetime]:
    begin = dt.datetime.combine(span[0], PARIS_MIDNIGHT, tzinfo=PARIS)
    end = dt.datetime.combine(span[1] + dt.timedelta(days=1), PARIS_MIDNIGHT, tzinfo=PARIS)
    return begin.astimezone(dt.UTC), end.astimezone(dt.UTC)


def _span_label(kind: PeriodKind, span: Span) -> Label:
    """'mars 2025', 'T1 2025', '2025', with the days when the period cuts it."""
    start = period_start(kind, span[0])
    key = f"{span[0].isoformat()}/{span[1].isoformat()}"
    words = {}
    for lang in LANGUAGES:
        if kind is PeriodKind.MONTH:
            base = f"{_MONTHS[lang][start.month - 1]} {start.year}"
        elif kind is PeriodKind.QUARTER:
            base = text("quarter", lang, n=(start.month - 1) // 3 + 1, year=start.year)
        else:
            base = str(start.year)
        if not _is_whole(kind, span):
            base = text(
                "partial",
                lang,
                label=base,
                start=format_date(span[0], lang),
                end=format_date(span[1], lang),
            )
        words[lang] = base
    return Label(key, words["fr"], words["en"])


def _short_month(span: Span) -> Label:
    year = f"{span[0].year % 100:02d}"
    return Label(
        f"{span[0].isoformat()}/{span[1].isoformat()}",
        f"{_SHORT_MONTHS['fr'][span[0].month - 1]} {year}",
        f"{_SHORT_MONTHS['en'][span[0].month - 1]} {year}",
    )


def _period_label(spec: PeriodSpec) -> Label:
    return Label(
        f"{spec.start.isoformat()}/{spec.end.isoformat()}",
        text("whole_period", "fr"),
        text("whole_period", "en"),
    )


# ---------------------------------------------------------------- the report's values


class Breakdown(StrEnum):
    """How the rows of a table split a total."""

    AXIS = "axis"
    ACTION = "action"
    GROUP = "group"
    FACILITATOR_SECTOR = "facilitator-sector"
    REFERRAL_SOURCE = "referral-source"
    AGE_BAND = "age-band"
    MONTH = "month"


class Indicator(StrEnum):
    """What a table counts (docs/domain.md, "What funders ask for")."""

    ACTIONS = "actions"
    SESSIONS = "sessions"
    ATTENDANCES = "attendances"
    AVERAGE_ATTENDANCE = "average-attendance"
    PARTICIPANTS = "participants"
    NEW_PARTICIPANTS = "new-participants"
    PROFESSIONALS_TRAINED = "professionals-trained"
    PUBLIC_ACTIONS = "public-actions"
    PUBLIC_REACH = "public-reach"
    FACILITATORS = "facilitators"
    CONTRIBUTIONS = "contributions"
    IN_KIND_CONTRIBUTIONS = "in-kind-contributions"


class Unit(StrEnum):
    """What a table's numbers are."""

    PEOPLE = "people"  # protected by the suppression rule
    COUNT = "count"  # actions, sessions: published as they are
    AVERAGE = "average"  # hidden where the count it divides is hidden
    EUROS = "euros"  # amounts, published as they are


class CellState(StrEnum):
    """Whether a cell's value is published."""

    PUBLISHED = "published"
    SUPPRESSED = "suppressed"
    UNAVAILABLE = "unavailable"
    NOT_APPLICABLE = "not-applicable"


Number = int | Decimal


@dataclass(frozen=True)
class Cell:
    """One number of a table: its exact value and whether it is published.

    Writers read :attr:`published` only; :attr:`exact` is there for checks (and is
    None when the value could not be computed exactly, or does not apply).
    """

    exact: Number | None
    state: CellState

    @property
    def published(self) -> Number | None:
        """The value a reader may see, or None."""
        return self.exact if self.state is CellState.PUBLISHED else None


@dataclass(frozen=True)
class Table:
    """One table of the report.

    ``row_totals`` is None when the table has a single column (the cells are their
    own totals) or when its columns do not add up (statuses of sessions);
    ``column_totals`` is None with a single row; ``grand_total`` is set only when
    both margins are.
    """

    id: str
    indicator: Indicator
    breakdown: str | None
    unit: Unit
    title: Label
    rows: tuple[Label, ...]
    columns: tuple[Label, ...]
    cells: tuple[tuple[Cell, ...], ...]
    row_totals: tuple[Cell, ...] | None
    column_totals: tuple[Cell, ...] | None
    grand_total: Cell | None

    @property
    def protected(self) -> bool:
        """Whether the suppression rule applies to this table's numbers."""
        return self.unit in (Unit.PEOPLE, Unit.AVERAGE)

    def all_cells(self) -> Iterable[Cell]:
        """Every cell, margins included."""
        for row in self.cells:
            yield from row
        yield from self.row_totals or ()
        yield from self.column_totals or ()
        if self.grand_total is not None:
            yield self.grand_total


@dataclass(frozen=True)
class Bar:
    """One month of the attendance chart: the published count, or None when hidden.

    ``short`` is the month as the chart's axis writes it ("mars 25").
    """

    label: Label
    short: Label
    value: int | None
    state: CellState


@dataclass(frozen=True)
class Report:
    """A complete report: what it covers, the rule applied, its tables and its notes."""

    period: PeriodSpec
    k: int
    generated_at: dt.datetime
    breakdowns: tuple[Breakdown, ...]
    tables: tuple[Table, ...]
    notes: tuple[Label, ...]
    chart: tuple[Bar, ...]

    @property
    def rule(self) -> Label:
        """The disclosure rule with the k applied, in both languages."""
        return _label("rule", k=self.k, k_minus=self.k - 1)

    def table(self, table_id: str) -> Table:
        """The table with this id."""
        for table in self.tables:
            if table.id == table_id:
                return table
        raise KeyError(table_id)


# ---------------------------------------------------------------- raw material


Filter = tuple[str, str]
"""Which records a count covers: ("*", "") for all, else (breakdown, category key)."""
ALL: Filter = ("*", "")
Key = tuple[Filter, Span]


@dataclass(frozen=True)
class _SessionRow:
    id: int
    month: int  # month index (year * 12 + month - 1) of its local start day
    status: SessionStatus
    group_id: int | None
    action_id: int
    axis: ActionKind
    sectors: frozenset[str]
    facilitators: frozenset[int]


@dataclass(frozen=True)
class _Category:
    key: str
    label: Label


@dataclass
class _Material:
    """What the indicators are computed from, read once per report."""

    spec: PeriodSpec
    sessions: dict[int, _SessionRow]
    held: set[int]
    # present counts per session, and per session and attribute
    present: dict[int, int]
    present_by_age: dict[tuple[int, str], int]
    present_by_referral: dict[tuple[int, str], int]
    headcounts: dict[int, int]
    actions: dict[int, tuple[str, int, ActionKind]]  # id -> (title, year, kind)
    groups: dict[int, tuple[str, int]]  # id -> (name, action id)
    facilitator_sector: dict[int, str]


def _load(session: Session, spec: PeriodSpec, *, by_attributes: bool) -> _Material:
    """Read the period's sessions, registers and headcounts, once.

    Present counts per age band and referral source are kept only when a table needs them.
    """
    begin, end = spec.instants()
    owner = func.coalesce(TalkGroup.action_id, ProgrammeSession.action_id)
    rows = (
        session.connection()
        .execute(
            select(
                ProgrammeSession.id,
                ProgrammeSession.starts_at,
                ProgrammeSession.status,
                ProgrammeSession.group_id,
                owner,
                Action.kind,
            )
            .outerjoin(TalkGroup, TalkGroup.id == ProgrammeSession.group_id)
            .join(Action, Action.id == owner)
            .where(ProgrammeSession.starts_at >= begin, ProgrammeSession.starts_at < end)
        )
        .all()
    )
    clock = MonthClock(spec)
    booked: dict[int, set[int]] = defaultdict(set)
    sector_of: dict[int, str] = {}
    for sid, fid, sector in session.execute(
        select(SessionFacilitator.session_id, Facilitator.id, Facilitator.sector)
        .join(Facilitator, Facilitator.id == SessionFacilitator.facilitator_id)
        .join(ProgrammeSession, ProgrammeSession.id == SessionFacilitator.session_id)
        .where(ProgrammeSession.starts_at >= begin, ProgrammeSession.starts_at < end)
    ):
        booked[sid].add(fid)
        sector_of[fid] = sector
    # A period has many sessions but few distinct teams, statuses and axes: build
    # each of those values once.
    teams: dict[frozenset[int], tuple[frozenset[int], frozenset[str]]] = {}
    nobody: frozenset[int] = frozenset()
    statuses = {s.value: s for s in SessionStatus}
    axes = {k.value: k for k in ActionKind}
    sessions = {}
    for sid, starts, status, gid, aid, kind in rows:
        people = frozenset(booked.get(sid, nobody))
        team = teams.get(people)
        if team is None:
            team = teams[people] = (people, frozenset(sector_of[f] for f in people))
        sessions[sid] = _SessionRow(
            id=sid,
            month=clock.month(starts),
            status=statuses[status],
            group_id=gid,
            action_id=aid,
            axis=axes[kind],
            sectors=team[1],
            facilitators=team[0],
        )
    headcounts = {
        sid: present
        for sid, present in session.execute(
            select(SessionHeadcount.session_id, SessionHeadcount.present)
            .join(ProgrammeSession, ProgrammeSession.id == SessionHeadcount.session_id)
            .where(ProgrammeSession.starts_at >= begin, ProgrammeSession.starts_at < end)
        )
    }
    presence = session_presence(session, begin, end, by_attributes=by_attributes)
    recorded = presence.recorded | set(headcounts)
    held = {
        sid
        for sid, row in sessions.items()
        if row.status is SessionStatus.HELD
        or (row.status is SessionStatus.PLANNED and sid in recorded)
    }
    action_ids = {row.action_id for row in sessions.values()}
    actions = {
        aid: (title, year, ActionKind(kind))
        for aid, title, year, kind in session.execute(
            select(Action.id, Action.title, Action.year, Action.kind).where(
                Action.id.in_(action_ids)
            )
        )
    }
    group_ids = {row.group_id for row in sessions.values() if row.group_id is not None}
    groups = {
        gid: (name, aid)
        for gid, name, aid in session.execute(
            select(TalkGroup.id, TalkGroup.name, TalkGroup.action_id).where(
                TalkGroup.id.in_(group_ids)
            )
        )
    }
    return _Material(
        spec=spec,
        sessions=sessions,
        held=held,
        present=presence.present,
        present_by_age=presence.present_by_age,
        present_by_referral=presence.present_by_referral,
        headcounts=headcounts,
        actions=actions,
        groups=groups,
        facilitator_sector=sector_of,
    )


# ---------------------------------------------------------------- categories of a breakdown


def _categories(
    material: _Material, breakdown: Breakdown, *, extra: Sequence[str] = ()
) -> list[_Category]:
    """The rows of a breakdown, in a stable order. ``extra``: "none", "headcount"."""
    out: list[_Category] = []
    if breakdown is Breakdown.AXIS:
        out = [_Category(k.value, _label(k.value, f"axis.{k.value}")) for k in ActionKind]
    elif breakdown is Breakdown.ACTION:
        ordered = sorted(
            material.actions.items(), key=lambda item: (item[1][1], item[1][0], item[0])
        )
        out = [
            _Category(str(aid), _plain(str(aid), f"{title} ({year})"))
            for aid, (title, year, _kind) in ordered
        ]
    elif breakdown is Breakdown.GROUP:
        ordered_groups = sorted(material.groups.items(), key=lambda item: (item[1][0], item[0]))
        out = [_Category(str(gid), _plain(str(gid), name)) for gid, (name, _a) in ordered_groups]
        if "none" in extra and any(r.group_id is None for r in material.sessions.values()):
            out.append(_Category("none", _label("none", "group.none")))
    elif breakdown is Breakdown.FACILITATOR_SECTOR:
        out = [_Category(s.value, _label(s.value, f"sector.{s.value}")) for s in Sector]
        out.append(_Category("none", _label("none", "sector.none")))
    elif breakdown is Breakdown.REFERRAL_SOURCE:
        out = [_Category(r.value, _label(r.value, f"referral.{r.value}")) for r in ReferralSource]
    elif breakdown is Breakdown.AGE_BAND:
        out = [_Category(a.value, _label(a.value, f"age.{a.value}")) for a in AgeBand]
    if "headcount" in extra and breakdown in (Breakdown.REFERRAL_SOURCE, Breakdown.AGE_BAND):
        out.append(_Category("headcount", _label("headcount")))
    return out


def _session_filters(row: _SessionRow, breakdowns: Iterable[Breakdown]) -> list[Filter]:
    """The session-level filters a session belongs to (attributes excluded)."""
    out = [ALL]
    for breakdown in breakdowns:
        if breakdown is Breakdown.AXIS:
            out.append((breakdown.value, row.axis.value))
        elif breakdown is Breakdown.ACTION:
            out.append((breakdown.value, str(row.action_id)))
        elif breakdown is Breakdown.GROUP:
            out.append((breakdown.value, "none" if row.group_id is None else str(row.group_id)))
        elif breakdown is Breakdown.FACILITATOR_SECTOR:
            sectors = row.sectors or frozenset({"none"})
            out += [(breakdown.value, s) for s in sorted(sectors)]
    return out


# ---------------------------------------------------------------- protected systems


class _System:
    """The entries and lines of one indicator's tables, protected together."""

    def __init__(self) -> None:
        self.values: dict[Key, int | None] = {}
        self.lines: list[Line[Key]] = []
        self.status: dict[Key, Status] = {}

    def line(self, parts: Sequence[Key], total: Key) -> None:
        if parts:
            self.lines.append(Line(tuple(parts), total))

    def solve(self, k: int | None) -> None:
        if k is None:
            self.status = {key: Status.PUBLISHED for key in self.values}
        else:
            self.status = disclosure.suppress(self.values, self.lines, k)

    def cell(self, key: Key) -> Cell:
        value = self.values[key]
        status = self.status[key]
        if status is Status.PUBLISHED:
            return Cell(value, CellState.PUBLISHED)
        if status is Status.UNAVAILABLE:
            return Cell(None, CellState.UNAVAILABLE)
        return Cell(value, CellState.SUPPRESSED)


@dataclass(frozen=True)
class _Layout:
    """Where a table's entries live in its system."""

    table_id: str
    breakdown: Breakdown | None
    rows: tuple[Label, ...]
    columns: tuple[Label, ...]
    cells: tuple[tuple[Key, ...], ...]
    row_totals: tuple[Key, ...] | None
    column_totals: tuple[Key, ...] | None
    grand_total: Key | None


def _layout(
    spec: PeriodSpec,
    indicator: Indicator,
    breakdown: Breakdown,
    categories: Sequence[_Category],
    value: Callable[[Key], int | None],
    system: _System,
    *,
    table_id: str | None = None,
) -> _Layout:
    """Lay out one table of a protected (or plain) count over the period's columns.

    A month breakdown has one row per month and a single column, the whole period;
    any other has one row per category and the period's columns.
    """
    whole = spec.span
    if breakdown is Breakdown.MONTH:
        months = spec.months()
        rows = tuple(_span_label(PeriodKind.MONTH, m) for m in months)
        columns: tuple[Label, ...] = (_period_label(spec),)
        cells: tuple[tuple[Key, ...], ...] = tuple(((ALL, m),) for m in months)
        row_totals = None
        column_totals: tuple[Key, ...] | None = ((ALL, whole),)
        grand: Key | None = None
        parts_lines = [([(ALL, m) for m in months], (ALL, whole))]
    else:
        buckets = spec.buckets()
        rows = tuple(c.label for c in categories)
        columns = tuple(_span_label(spec.by, b) for b in buckets)
        filters = [(breakdown.value, c.key) for c in categories]
        cells = tuple(tuple((f, b) for b in buckets) for f in filters)
        several = len(buckets) > 1
        row_totals = tuple((f, whole) for f in filters) if several else None
        column_totals = tuple((ALL, b) for b in buckets)
        grand = (ALL, whole) if several else None
        parts_lines = [([(f, b) for b in buckets], (f, whole)) for f in filters]
        parts_lines.append(([(ALL, b) for b in buckets], (ALL, whole)))
        parts_lines += [([(f, b) for f in filters], (ALL, b)) for b in buckets]
        parts_lines.append(([(f, whole) for f in filters], (ALL, whole)))
    for parts, total in parts_lines:
        for key in (*parts, total):
            if key not in system.values:
                system.values[key] = value(key)
        system.line(parts, total)
    return _Layout(
        table_id=table_id or f"{indicator.value}-by-{breakdown.value}",
        breakdown=breakdown,
        rows=rows,
        columns=columns,
        cells=cells,
        row_totals=row_totals,
        column_totals=column_totals,
        grand_total=grand,
    )


def _hierarchy_lines(
    material: _Material, system: _System, spans: Sequence[Span], breakdowns: Sequence[Breakdown]
) -> None:
    """Tie rows of different tables that add up: groups to actions, actions to axes."""
    present = set(breakdowns)
    for span in spans:
        if Breakdown.GROUP in present and Breakdown.ACTION in present:
            children: dict[int, list[Key]] = defaultdict(list)
            for gid, (_name, aid) in material.groups.items():
                children[aid].append(((Breakdown.GROUP.value, str(gid)), span))
            for aid, parts in children.items():
                system.line(parts, ((Breakdown.ACTION.value, str(aid)), span))
        if Breakdown.ACTION in present and Breakdown.AXIS in present:
            by_axis: dict[str, list[Key]] = defaultdict(list)
            for aid, (_title, _year, kind) in material.actions.items():
                by_axis[kind.value].append(((Breakdown.ACTION.value, str(aid)), span))
            for axis, parts in by_axis.items():
                system.line(parts, ((Breakdown.AXIS.value, axis), span))
        if Breakdown.GROUP in present and Breakdown.AXIS in present:
            parts = [((Breakdown.GROUP.value, str(gid)), span) for gid in material.groups]
            system.line(parts, ((Breakdown.AXIS.value, ActionKind.TALK_GROUP.value), span))
    for line in list(system.lines):
        for key in (*line.parts, line.total):
            if key not in system.values:
                raise KeyError(key)  # a hierarchy line names a count no table shows


def _month_lines(spec: PeriodSpec, system: _System) -> None:
    """Tie each column (a quarter, a year) to the months it is made of."""
    if spec.by is PeriodKind.MONTH:
        return
    months = spec.months()
    for bucket in spec.buckets():
        parts = [(ALL, m) for m in months if bucket[0] <= m[0] <= bucket[1]]
        if all(key in system.values for key in parts) and (ALL, bucket) in system.values:
            system.line(parts, (ALL, bucket))


def _table(
    layout: _Layout,
    indicator: Indicator,
    unit: Unit,
    title: Label,
    cell: Callable[[Key], Cell],
    breakdown: str | None = None,
) -> Table:
    """A table of a protected system; ``breakdown`` names its rows (default: the layout's)."""
    if breakdown is None and layout.breakdown is not None:
        breakdown = layout.breakdown.value
    return Table(
        id=layout.table_id,
        indicator=indicator,
        breakdown=breakdown,
        unit=unit,
        title=title,
        rows=layout.rows,
        columns=layout.columns,
        cells=tuple(tuple(cell(key) for key in row) for row in layout.cells),
        row_totals=None if layout.row_totals is None else tuple(cell(k) for k in layout.row_totals),
        column_totals=(
            None if layout.column_totals is None else tuple(cell(k) for k in layout.column_totals)
        ),
        grand_total=None if layout.grand_total is None else cell(layout.grand_total),
    )


def _title(indicator: Indicator, breakdown: str | None) -> Label:
    key = f"ind.{indicator.value}"
    if breakdown is None:
        return _label(key)
    fr = f"{text(key, 'fr')}, {text(f'bd.{breakdown}', 'fr')}"
    en = f"{text(key, 'en')}, {text(f'bd.{breakdown}', 'en')}"
    return Label(key, fr, en)


# ---------------------------------------------------------------- additive counts per session


class _MonthSums:
    """Counts per filter and month, added over any span of whole months."""

    def __init__(self) -> None:
        self.sums: dict[tuple[Filter, int], int] = defaultdict(int)

    def add(self, f: Filter, month: int, n: int) -> None:
        self.sums[f, month] += n

    def value(self, key: Key) -> int:
        f, span = key
        first, last = _month_index(span[0]), _month_index(span[1])
        return sum(self.sums.get((f, m), 0) for m in range(first, last + 1))


def _attendance_sums(material: _Material, breakdowns: Sequence[Breakdown]) -> _MonthSums:
    sums = _MonthSums()
    for sid, row in material.sessions.items():
        n = material.present.get(sid, 0) + material.headcounts.get(sid, 0)
        if n:
            for f in _session_filters(row, breakdowns):
                sums.add(f, row.month, n)
        headcount = material.headcounts.get(sid, 0)
        for breakdown in (Breakdown.AGE_BAND, Breakdown.REFERRAL_SOURCE):
            if breakdown in breakdowns and headcount:
                sums.add((breakdown.value, "headcount"), row.month, headcount)
    for detail, breakdown in (
        (material.present_by_age, Breakdown.AGE_BAND),
        (material.present_by_referral, Breakdown.REFERRAL_SOURCE),
    ):
        if breakdown in breakdowns:
            for (sid, category), n in detail.items():
                if sid in material.sessions:
                    sums.add((breakdown.value, category), material.sessions[sid].month, n)
    return sums


def _held_sums(material: _Material, breakdowns: Sequence[Breakdown]) -> _MonthSums:
    sums = _MonthSums()
    for sid in material.held:
        row = material.sessions[sid]
        for f in _session_filters(row, breakdowns):
            sums.add(f, row.month, 1)
    return sums


# ---------------------------------------------------------------- distinct people


class _Distinct:
    """Distinct and new participants per filter and span: live people plus folded rows."""

    def __init__(self, session: Session, material: _Material) -> None:
        spec = material.spec
        begin, end = spec.instants()
        self.period = spec.span
        months = MonthClock(spec).months()
        people = people_present(session, begin, end)
        self.first = {pid: local_day(person.first) for pid, person in people.items()}
        filters_of: dict[tuple[int, int, str, str], tuple[Filter, ...]] = {}
        # who came in each month of the period: (participant, month index, filters)
        self.lines: list[tuple[int, int, tuple[Filter, ...]]] = []
        for pid, month, group_id, action_id in monthly_presence(session, months):
            _first, age, referral = people[pid]
            place = (action_id, group_id, age, referral)
            filters = filters_of.get(place)
            if filters is None:
                filters = filters_of[place] = (
                    ALL,
                    (Breakdown.AXIS.value, ActionKind.TALK_GROUP.value),
                    (Breakdown.ACTION.value, str(action_id)),
                    (Breakdown.GROUP.value, str(group_id)),
                    (Breakdown.AGE_BAND.value, age),
                    (Breakdown.REFERRAL_SOURCE.value, referral),
                )
            self.lines.append((pid, month, filters))
        self.folded: dict[
            tuple[PeriodKind, dt.date, ScopeKind, int], list[tuple[str, str, int, int]]
        ]
        self.folded = defaultdict(list)
        kinds = {k.value: k for k in PeriodKind}
        scopes = {k.value: k for k in ScopeKind}
        folded = select(
            FoldedParticipants.period_kind,
            FoldedParticipants.period_start,
            FoldedParticipants.scope_kind,
            FoldedParticipants.scope_id,
            FoldedParticipants.age_band,
            FoldedParticipants.referral_source,
            FoldedParticipants.distinct_count,
            FoldedParticipants.new_count,
        ).where(
            FoldedParticipants.period_start >= dt.date(spec.start.year, 1, 1),
            FoldedParticipants.period_start <= spec.end,
        )
        for (
            kind_code,
            start,
            scope_code,
            scope_id,
            age_code,
            referral_code,
            d,
            n,
        ) in session.execute(folded):
            index = (kinds[kind_code], start, scopes[scope_code], scope_id)
            self.folded[index].append((age_code, referral_code, d, n))
        # the months with purged people, per scope, in order
        self.folded_months: dict[tuple[ScopeKind, int], list[dt.date]] = defaultdict(list)
        for period_kind, start, scope_kind, scope_id in sorted(self.folded):
            if period_kind is PeriodKind.MONTH:
                self.folded_months[scope_kind, scope_id].append(start)
        self._sums: dict[tuple[PeriodKind, dt.date, Filter, bool], int] = {}
        self.used_folded = False
        self._live: dict[Key, tuple[int, int]] = {}

    def prepare(self, keys: Iterable[Key]) -> None:
        """Count live people for many keys in one pass over the lines.

        Every span is a run of months of the period, clipped to it, and every line
        lies in the period, so the people of a span are the union of its months'.
        """
        wanted = [key for key in dict.fromkeys(keys) if key not in self._live]
        if not wanted:
            return
        needed = {f for f, _span in wanted}
        by_month: dict[tuple[Filter, int], set[int]] = defaultdict(set)
        for pid, month, filters in self.lines:
            for f in filters:
                if f in needed:
                    by_month[f, month].add(pid)
        for f, span in wanted:
            if span[0] < self.period[0] or span[1] > self.period[1]:
                raise ValueError("a span outside the report's period")
            months = range(_month_index(span[0]), _month_index(span[1]) + 1)
            people: set[int] = set().union(*(by_month.get((f, m), ()) for m in months))
            low, high = span
            new = sum(1 for pid in people if low <= self.first[pid] <= high)
            self._live[f, span] = (len(people), new)

    def _scope(self, f: Filter) -> tuple[ScopeKind, int, Callable[[str, str], bool]] | None:
        name, key = f
        everyone: Callable[[str, str], bool] = lambda _age, _referral: True  # noqa: E731
        if f == ALL:
            return ScopeKind.PROGRAMME, 0, everyone
        if name == Breakdown.AXIS.value:
            return (ScopeKind.PROGRAMME, 0, everyone) if key == ActionKind.TALK_GROUP else None
        if name == Breakdown.ACTION.value:
            return ScopeKind.ACTION, int(key), everyone
        if name == Breakdown.GROUP.value:
            return (ScopeKind.GROUP, int(key), everyone) if key != "none" else None
        if name == Breakdown.AGE_BAND.value:
            return ScopeKind.PROGRAMME, 0, lambda age, _referral: age == key
        if name == Breakdown.REFERRAL_SOURCE.value:
            return ScopeKind.PROGRAMME, 0, lambda _age, referral: referral == key
        return None

    def _folded_sum(self, kind: PeriodKind, start: dt.date, f: Filter, *, new: bool) -> int:
        """Purged people of one calendar period who count for ``f`` (distinct or new)."""
        memo = (kind, start, f, new)
        total = self._sums.get(memo)
        if total is None:
            total = 0
            scope = self._scope(f)
            if scope is not None:
                scope_kind, scope_id, keep = scope
                rows = self.folded.get((kind, start, scope_kind, scope_id), ())
                total = sum(row[3] if new else row[2] for row in rows if keep(row[0], row[1]))
            self._sums[memo] = total
        return total

    def _folded(self, f: Filter, span: Span, *, new: bool) -> int | None:
        scope = self._scope(f)
        if scope is None:
            return 0
        first_month = span[0].replace(day=1)
        active = [
            m
            for m in self.folded_months.get((scope[0], scope[1]), ())
            if first_month <= m <= span[1] and self._folded_sum(PeriodKind.MONTH, m, f, new=new)
        ]
        if not active:
            return 0
        self.used_folded = True
        if any(not (span[0] <= m and _period_end(PeriodKind.MONTH, m) <= span[1]) for m in active):
            return None  # a month the span cuts: its purged people cannot be placed
        if new:  # each person is new in one month only: months add up
            return sum(self._folded_sum(PeriodKind.MONTH, m, f, new=new) for m in active)
        for kind in PeriodKind:
            head = period_start(kind, active[0])
            if all(period_start(kind, m) == head for m in active) and (
                span[0] <= head and _period_end(kind, head) <= span[1]
            ):
                return self._folded_sum(kind, head, f, new=new)
        return None  # purged people over several calendar periods: not de-duplicable

    def distinct(self, key: Key) -> int | None:
        """Distinct participants of ``key`` (None: not known exactly)."""
        self.prepare([key])
        folded = self._folded(*key, new=False)
        return None if folded is None else self._live[key][0] + folded

    def new(self, key: Key) -> int | None:
        """New participants of ``key`` (None: not known exactly)."""
        self.prepare([key])
        folded = self._folded(*key, new=True)
        return None if folded is None else self._live[key][1] + folded


# ---------------------------------------------------------------- building the report


_SESSION_BREAKDOWNS = (
    Breakdown.MONTH,
    Breakdown.AXIS,
    Breakdown.ACTION,
    Breakdown.GROUP,
    Breakdown.FACILITATOR_SECTOR,
)
_PEOPLE_BREAKDOWNS = (
    Breakdown.MONTH,
    Breakdown.AXIS,
    Breakdown.ACTION,
    Breakdown.GROUP,
    Breakdown.REFERRAL_SOURCE,
    Breakdown.AGE_BAND,
)
# New participants are new to the whole programme (their first "present" line
# anywhere), so they are split only along what adds up over time: by month, and by
# the person's own attributes. Counted per group, someone who started in another
# group would be new in the year but in none of its quarters.
_NEW_BREAKDOWNS = (
    Breakdown.MONTH,
    Breakdown.AXIS,
    Breakdown.REFERRAL_SOURCE,
    Breakdown.AGE_BAND,
)


def check_threshold(k: int) -> int:
    """Return ``k`` if it is an allowed threshold (3 to 11), else raise ReportError."""
    low, high = vault_settings.K_RANGE
    if type(k) is not int or not low <= k <= high:
        raise ReportError(ReportErrorCode.THRESHOLD_RANGE)
    return k


def _protected_tables(
    material: _Material,
    indicator: Indicator,
    breakdowns: Sequence[Breakdown],
    value: Callable[[Key], int | None],
    k: int,
    *,
    extra: Sequence[str] = (),
    prepare: Callable[[Iterable[Key]], None] | None = None,
) -> tuple[list[Table], list[_Layout]]:
    """The tables of one protected indicator, one per breakdown, suppressed together."""
    spec = material.spec
    system = _System()
    layouts = []
    if prepare is not None:
        spans = [*spec.buckets(), spec.span]
        keys: list[Key] = [(ALL, s) for s in (*spans, *spec.months())]
        for breakdown in breakdowns:
            if breakdown is not Breakdown.MONTH:
                for category in _categories(material, breakdown, extra=extra):
                    keys += [((breakdown.value, category.key), s) for s in spans]
        prepare(keys)
    for breakdown in breakdowns:
        categories = _categories(material, breakdown, extra=extra)
        layouts.append(_layout(spec, indicator, breakdown, categories, value, system))
    _hierarchy_lines(material, system, [*spec.buckets(), spec.span], breakdowns)
    _month_lines(spec, system)
    system.solve(k)
    tables = [
        _table(
            layout,
            indicator,
            Unit.PEOPLE,
            _title(indicator, None if layout.breakdown is None else layout.breakdown.value),
            system.cell,
        )
        for layout in layouts
    ]
    return tables, layouts


def _average(att: Cell, held: int) -> Cell:
    if held == 0:
        return Cell(None, CellState.NOT_APPLICABLE)
    if att.state is not CellState.PUBLISHED or att.exact is None:
        state = (
            CellState.UNAVAILABLE if att.state is CellState.UNAVAILABLE else CellState.SUPPRESSED
        )
        return Cell(None, state)
    value = (Decimal(att.exact) / held).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    return Cell(value, CellState.PUBLISHED)


def _average_tables(
    attendance_tables: Sequence[Table],
    attendance_layouts: Mapping[str, _Layout],
    held: _MonthSums,
) -> list[Table]:
    out = []
    for table in attendance_tables:
        if table.breakdown not in {b.value for b in _SESSION_BREAKDOWNS}:
            continue
        layout = attendance_layouts[table.id]

        def averaged(cells: Sequence[Cell], keys: Sequence[Key]) -> tuple[Cell, ...]:
            return tuple(_average(c, held.value(k)) for c, k in zip(cells, keys, strict=True))

        out.append(
            Table(
                id=table.id.replace(
                    Indicator.ATTENDANCES.value, Indicator.AVERAGE_ATTENDANCE.value, 1
                ),
                indicator=Indicator.AVERAGE_ATTENDANCE,
                breakdown=table.breakdown,
                unit=Unit.AVERAGE,
                title=_title(Indicator.AVERAGE_ATTENDANCE, table.breakdown),
                rows=table.rows,
                columns=table.columns,
                cells=tuple(
                    averaged(cells, keys)
                    for cells, keys in zip(table.cells, layout.cells, strict=True)
                ),
                row_totals=(
                    None
                    if table.row_totals is None or layout.row_totals is None
                    else averaged(table.row_totals, layout.row_totals)
                ),
                column_totals=(
                    None
                    if table.column_totals is None or layout.column_totals is None
                    else averaged(table.column_totals, layout.column_totals)
                ),
                grand_total=(
                    None
                    if table.grand_total is None or layout.grand_total is None
                    else _average(table.grand_total, held.value(layout.grand_total))
                ),
            )
        )
    return out


def _session_tables(material: _Material, breakdowns: Sequence[Breakdown]) -> list[Table]:
    """Planned / held / cancelled sessions over the whole period (counts of activity)."""
    spec = material.spec
    columns = (
        _label("held", "col.held"),
        _label("cancelled", "col.cancelled"),
        _label("other", "col.other"),
    )

    def state_of(sid: int) -> int:
        if sid in material.held:
            return 0
        if material.sessions[sid].status is SessionStatus.CANCELLED:
            return 1
        return 2

    counts: dict[tuple[Filter, int, int], int] = defaultdict(int)  # filter, month, column
    for sid, row in material.sessions.items():
        for f in _session_filters(row, breakdowns):
            counts[f, row.month, state_of(sid)] += 1

    def count(f: Filter, span: Span, column: int | None) -> Cell:
        chosen = range(3) if column is None else (column,)
        first, last = _month_index(span[0]), _month_index(span[1])
        total = sum(counts.get((f, m, c), 0) for m in range(first, last + 1) for c in chosen)
        return Cell(total, CellState.PUBLISHED)

    out = []
    for breakdown in breakdowns:
        if breakdown is Breakdown.MONTH:
            months = spec.months()
            rows = tuple(_span_label(PeriodKind.MONTH, m) for m in months)
            keys: list[tuple[Filter, Span]] = [(ALL, m) for m in months]
        else:
            categories = _categories(material, breakdown, extra=("none",))
            rows = tuple(c.label for c in categories)
            keys = [((breakdown.value, c.key), spec.span) for c in categories]
        out.append(
            Table(
                id=f"{Indicator.SESSIONS.value}-by-{breakdown.value}",
                indicator=Indicator.SESSIONS,
                breakdown=breakdown.value,
                unit=Unit.COUNT,
                title=_title(Indicator.SESSIONS, breakdown.value),
                rows=rows,
                columns=(*columns, _label("planned", "col.planned")),
                cells=tuple(
                    (*(count(f, s, c) for c in range(3)), count(f, s, None)) for f, s in keys
                ),
                row_totals=None,
                column_totals=(
                    *(count(ALL, spec.span, c) for c in range(3)),
                    count(ALL, spec.span, None),
                ),
                grand_total=None,
            )
        )
    return out


def _plain_table(
    table_id: str,
    indicator: Indicator,
    breakdown: str,
    unit: Unit,
    rows: Sequence[Label],
    columns: Sequence[Label],
    values: Sequence[Sequence[Number]],
    k: int | None,
    *,
    title: Label | None = None,
) -> Table:
    """A table whose margins are sums: published as is, or protected on its own."""
    if unit is Unit.PEOPLE and k is not None:
        ints = [[int(v) for v in row] for row in values]
        table = disclosure.CountTable.additive(ints)
        result = disclosure.suppress_table(table, k)

        def cell(value: int, status: Status) -> Cell:
            if status is Status.PUBLISHED:
                return Cell(value, CellState.PUBLISHED)
            return Cell(value, CellState.SUPPRESSED)

        cells = tuple(
            tuple(cell(v or 0, s) for v, s in zip(vr, sr, strict=True))
            for vr, sr in zip(table.cells, result.cells, strict=True)
        )
        row_totals = tuple(
            cell(v or 0, s) for v, s in zip(table.row_totals, result.row_totals, strict=True)
        )
        column_totals = tuple(
            cell(v or 0, s) for v, s in zip(table.column_totals, result.column_totals, strict=True)
        )
        grand = cell(table.grand_total or 0, result.grand_total)
    else:
        cells = tuple(tuple(Cell(v, CellState.PUBLISHED) for v in row) for row in values)
        zero: Number = Decimal(0) if unit is Unit.EUROS else 0
        row_totals = tuple(Cell(sum(row, zero), CellState.PUBLISHED) for row in values)
        column_totals = tuple(
            Cell(sum((row[c] for row in values), zero), CellState.PUBLISHED)
            for c in range(len(columns))
        )
        grand = Cell(sum((sum(row, zero) for row in values), zero), CellState.PUBLISHED)
    several_columns = len(columns) > 1
    several_rows = len(rows) > 1
    return Table(
        id=table_id,
        indicator=indicator,
        breakdown=breakdown,
        unit=unit,
        title=title or _title(indicator, breakdown),
        rows=tuple(rows),
        columns=tuple(columns),
        cells=cells,
        row_totals=row_totals if several_columns else None,
        column_totals=column_totals if several_rows else None,
        grand_total=grand if several_rows and several_columns else None,
    )


def _year_labels(years: Sequence[int]) -> tuple[Label, ...]:
    return tuple(_plain(str(y), str(y)) for y in years)


def _action_tables(session: Session, spec: PeriodSpec, k: int) -> list[Table]:
    years = spec.years()
    actions = session.execute(
        select(
            Action.id,
            Action.kind,
            Action.year,
            Action.previous_action_id,
            Action.review_status,
            Action.public_kind,
            Action.estimated_reach,
        ).where(Action.year >= years[0], Action.year <= years[-1])
    ).all()
    axes = list(ActionKind)
    by_axis = [[0, 0] for _ in axes]
    forms = list(PublicActionKind)
    carried = [[0] * len(years) for _ in forms]
    reach = [[0] * len(years) for _ in forms]
    training_ids: dict[int, int] = {}
    for aid, kind, year, previous, review, public_kind, estimated in actions:
        axis = ActionKind(kind)
        by_axis[axes.index(axis)][0 if previous is None else 1] += 1
        carried_out = ReviewStatus(review) is not ReviewStatus.PROPOSED
        if axis is ActionKind.PUBLIC_ACTION and public_kind is not None and carried_out:
            row = forms.index(PublicActionKind(public_kind))
            carried[row][years.index(year)] += 1
            reach[row][years.index(year)] += estimated or 0
        if axis is ActionKind.TRAINING:
            training_ids[aid] = year
    sectors = list(Sector)
    trained = [[0] * len(years) for _ in sectors]
    if training_ids:
        for aid, sector, n in session.execute(
            select(ActionTrained.action_id, ActionTrained.sector, ActionTrained.trained).where(
                ActionTrained.action_id.in_(list(training_ids))
            )
        ):
            trained[sectors.index(Sector(sector))][years.index(training_ids[aid])] += n
    axis_rows = [_label(a.value, f"axis.{a.value}") for a in axes]
    form_rows = [_label(f.value, f"public.{f.value}") for f in forms]
    sector_rows = [_label(s.value, f"sector.{s.value}") for s in sectors]
    year_columns = _year_labels(years)
    return [
        _plain_table(
            "actions-by-axis",
            Indicator.ACTIONS,
            Breakdown.AXIS.value,
            Unit.COUNT,
            axis_rows,
            [_label("new", "col.new"), _label("renewed", "col.renewed")],
            by_axis,
            None,
            title=_title(Indicator.ACTIONS, None),
        ),
        _plain_table(
            "professionals-trained-by-sector",
            Indicator.PROFESSIONALS_TRAINED,
            "sector",
            Unit.PEOPLE,
            sector_rows,
            year_columns,
            trained,
            k,
        ),
        _plain_table(
            "public-actions-by-form",
            Indicator.PUBLIC_ACTIONS,
            "form",
            Unit.COUNT,
            form_rows,
            year_columns,
            carried,
            None,
        ),
        _plain_table(
            "public-reach-by-form",
            Indicator.PUBLIC_REACH,
            "form",
            Unit.PEOPLE,
            form_rows,
            year_columns,
            reach,
            k,
        ),
    ]


def _contribution_tables(session: Session, spec: PeriodSpec) -> list[Table]:
    years = spec.years()
    sectors = list(Sector)
    amounts = [[Decimal(0)] * len(years) for _ in sectors]
    in_kind = [[0] * len(years) for _ in sectors]
    for year, sector, cents, kind_text in session.execute(
        select(
            Contribution.year, Organisation.sector, Contribution.amount_cents, Contribution.in_kind
        )
        .join(Organisation, Organisation.id == Contribution.organisation_id)
        .where(Contribution.year >= years[0], Contribution.year <= years[-1])
    ):
        row, column = sectors.index(Sector(sector)), years.index(year)
        if cents is not None:
            amounts[row][column] += Decimal(cents) / 100
        if kind_text is not None:
            in_kind[row][column] += 1
    rows = [_label(s.value, f"sector.{s.value}") for s in sectors]
    columns = _year_labels(years)
    return [
        _plain_table(
            "contributions-by-partner-sector",
            Indicator.CONTRIBUTIONS,
            "partner-sector",
            Unit.EUROS,
            rows,
            columns,
            [[a.quantize(Decimal("0.01")) for a in row] for row in amounts],
            None,
        ),
        _plain_table(
            "in-kind-contributions-by-partner-sector",
            Indicator.IN_KIND_CONTRIBUTIONS,
            "partner-sector",
            Unit.COUNT,
            rows,
            columns,
            in_kind,
            None,
        ),
    ]


def _facilitator_table(material: _Material, k: int) -> Table:
    """Distinct facilitators booked on held sessions, by their sector, over the columns."""
    spec = material.spec
    name = Breakdown.FACILITATOR_SECTOR.value
    people: dict[Key, set[int]] = defaultdict(set)
    spans_of: dict[int, list[Span]] = defaultdict(list)
    for span in (*spec.buckets(), spec.span):
        for month in range(_month_index(span[0]), _month_index(span[1]) + 1):
            spans_of[month].append(span)
    by_month: dict[int, set[int]] = defaultdict(set)
    for sid in material.held:
        row = material.sessions[sid]
        by_month[row.month] |= row.facilitators
    for month, facilitators in by_month.items():
        for span in spans_of[month]:
            for fid in facilitators:
                people[ALL, span].add(fid)
                people[(name, material.facilitator_sector[fid]), span].add(fid)
    categories = [_Category(s.value, _label(s.value, f"sector.{s.value}")) for s in Sector]
    system = _System()
    layout = _layout(
        spec,
        Indicator.FACILITATORS,
        Breakdown.FACILITATOR_SECTOR,
        categories,
        lambda key: len(people.get(key, ())),
        system,
        table_id="facilitators-by-sector",
    )
    system.solve(k)
    title = _title(Indicator.FACILITATORS, "sector")
    return _table(layout, Indicator.FACILITATORS, Unit.PEOPLE, title, system.cell, "sector")


def build_report(
    session: Session,
    spec: PeriodSpec,
    *,
    breakdowns: Sequence[Breakdown] = (),
    k: int | None = None,
    now: dt.datetime | None = None,
) -> Report:
    """Compute every indicator for ``spec`` and protect the counts of people.

    Args:
        session: the unit of work (read only).
        spec: the period and its columns.
        breakdowns: extra ways to split the period's counts; months always come
            first (the chart shows them).
        k: the threshold (3 to 11); the vault's setting when None.
        now: the generation time written on the report (default: now).

    Raises:
        ReportError: a threshold outside 3 to 11.
    """
    threshold = check_threshold(vault_settings.load(session).suppression_k if k is None else k)
    chosen = tuple(dict.fromkeys([Breakdown.MONTH, *(Breakdown(b) for b in breakdowns)]))
    attributes = {Breakdown.AGE_BAND, Breakdown.REFERRAL_SOURCE}
    material = _load(session, spec, by_attributes=bool(attributes & set(chosen)))
    session_breakdowns = [b for b in chosen if b in _SESSION_BREAKDOWNS]
    attendance_breakdowns = list(chosen)
    distinct_breakdowns = [
        b
        for b in (*chosen, Breakdown.REFERRAL_SOURCE, Breakdown.AGE_BAND)
        if b in _PEOPLE_BREAKDOWNS
    ]
    distinct_breakdowns = list(dict.fromkeys(distinct_breakdowns))
    new_breakdowns = [b for b in chosen if b in _NEW_BREAKDOWNS]

    att_sums = _attendance_sums(material, attendance_breakdowns)
    att_tables, att_layouts = _protected_tables(
        material,
        Indicator.ATTENDANCES,
        attendance_breakdowns,
        att_sums.value,
        threshold,
        extra=("none", "headcount"),
    )
    held = _held_sums(material, session_breakdowns)
    average_tables = _average_tables(
        att_tables, {layout.table_id: layout for layout in att_layouts}, held
    )

    people = _Distinct(session, material)
    distinct_tables, _d = _protected_tables(
        material,
        Indicator.PARTICIPANTS,
        distinct_breakdowns,
        people.distinct,
        threshold,
        prepare=people.prepare,
    )
    new_tables, _n = _protected_tables(
        material,
        Indicator.NEW_PARTICIPANTS,
        new_breakdowns,
        people.new,
        threshold,
        prepare=people.prepare,
    )
    action_tables = _action_tables(session, spec, threshold)
    tables = [
        action_tables[0],
        *_session_tables(material, session_breakdowns),
        *att_tables,
        *average_tables,
        *distinct_tables,
        *new_tables,
        *action_tables[1:],
        _facilitator_table(material, threshold),
        *_contribution_tables(session, spec),
    ]
    month_table = att_tables[0]
    chart = tuple(
        Bar(
            label,
            _short_month(month),
            None if cell.published is None else int(cell.published),
            cell.state,
        )
        for label, month, (cell,) in zip(
            month_table.rows, spec.months(), month_table.cells, strict=True
        )
    )
    notes = _notes(spec, chosen, tables, used_folded=people.used_folded)
    return Report(
        period=spec,
        k=threshold,
        generated_at=now or clock.generated_at(),
        breakdowns=chosen,
        tables=tuple(tables),
        notes=notes,
        chart=chart,
    )


def _notes(
    spec: PeriodSpec, breakdowns: Sequence[Breakdown], tables: Sequence[Table], *, used_folded: bool
) -> tuple[Label, ...]:
    years = spec.years()
    year_text = str(years[0]) if len(years) == 1 else f"{years[0]}–{years[-1]}"
    notes = [
        _label("note.scope"),
        _label("note.sessions"),
        _label("note.headcount"),
        _label("note.distinct"),
    ]
    if Breakdown.FACILITATOR_SECTOR in breakdowns:
        notes.append(_label("note.sector"))
    unavailable = any(
        cell.state is CellState.UNAVAILABLE for table in tables for cell in table.all_cells()
    )
    if used_folded or unavailable:
        notes.append(_label("note.purged"))
    notes += [
        _label("note.actions", years=year_text),
        _label("note.facilitators"),
        _label("note.contributions"),
    ]
    return tuple(notes)
