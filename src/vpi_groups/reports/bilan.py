"""The yearly bilan: one document a coordinator edits and sends to the funders.

For a year (or a funder's period on the month grid) the bilan says what the programme
did, for whom, with which partners and with what money against what was planned:

1. the programme: its axes, the partners of the period, the convention, the governance
   bodies and working groups, the plenary day's orientations;
2. one sheet per action: its aims, audience, what was done, its dates and figures, the
   yearly review's decision and its reason, the next steps;
3. the finances, in the layout of a subsidy's financial report: charges planned against
   actual by line, resources by funder (requested, granted, paid), contributions in kind;
4. the anonymised tables.

Every count of people in it comes from one protected report (:func:`build_report`),
recorded in the release ledger when the file is written, like any report file; its
other figures (sessions, hours, members of working groups, money) are not about
persons and are given as they are. Nothing person-level is read: no participant, no
code, no memo, no session note, no minutes. The document itself is made of plain
blocks (:mod:`vpi_groups.reports.document`), written as DOCX here
(:mod:`vpi_groups.reports.bilan_docx`) or as PDF by the window's layer.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from pathlib import Path

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from vpi_groups import labels, vault_settings
from vpi_groups.attendance.totals import PARIS
from vpi_groups.programme import funding, narratives, partnership
from vpi_groups.programme import records as programme
from vpi_groups.reports import ledger
from vpi_groups.reports.consolidated import Part, build_consolidated
from vpi_groups.reports.document import (
    Align,
    Block,
    Bullets,
    Document,
    Fields,
    Heading,
    PageBreak,
    Paragraph,
    Table,
)
from vpi_groups.reports.files import cell_text, grid_texts, organisation_text, period_text
from vpi_groups.reports.indicators import Breakdown, PeriodSpec, Report, build_report
from vpi_groups.reports.indicators import Table as ReportTable
from vpi_groups.reports.review import Decision, decision_of
from vpi_groups.reports.values import Cell, CellState, Unit
from vpi_groups.reports.wording import format_date, money
from vpi_groups.scheduling import professionals
from vpi_groups.storage import audit
from vpi_groups.storage.atomic import write_atomic
from vpi_groups.storage.models import (
    ActionKind,
    AuditKind,
    BudgetCategory,
    PeriodKind,
    ProgrammeSession,
    SessionStatus,
    TalkGroup,
)

__all__ = ["BREAKDOWNS", "Bilan", "BilanFormat", "build_bilan", "save"]

# The breakdowns of the bilan's protected report: what funders ask for, one column a year.
BREAKDOWNS = (
    Breakdown.AXIS,
    Breakdown.ACTION,
    Breakdown.GENDER,
    Breakdown.AGE_BAND,
    Breakdown.REFERRAL_SOURCE,
)


class BilanFormat(StrEnum):
    """The bilan's file formats."""

    DOCX = "docx"
    PDF = "pdf"


@dataclass(frozen=True)
class Bilan:
    """A bilan ready to be written: the document, and the protected report it quotes."""

    document: Document
    report: Report
    lang: str = "fr"  # the language it is written in (the DOCX tells the spelling checker)


_W: dict[str, tuple[str, str]] = {
    "title": ("Bilan {period}", "Bilan {period}"),
    "footer": ("{organisation} – bilan {period}", "{organisation} – bilan {period}"),
    "period": ("Période", "Period"),
    "structure": ("Structure", "Organisation"),
    "generated": ("Établi le", "Made on"),
    "threshold": ("Protection des effectifs", "Protection of counts"),
    "threshold_value": (
        "tout effectif de personnes inférieur à {k} est masqué",
        "every count of people below {k} is hidden",
    ),
    "part.programme": ("1. Le programme", "1. The programme"),
    "axes": (
        "Le programme de prévention des violences intrafamiliales s'organise en trois axes : "
        "la formation et l'information des professionnels, les actions en direction du grand "
        "public et les groupes de parole pour les victimes. Il est animé par un réseau de "
        "partenaires liés par une convention.",
        "The programme for the prevention of domestic violence works on three axes: training "
        "and information for professionals, public actions, and talk groups for victims. A "
        "network of partners bound by a convention runs it.",
    ),
    "actions_by_axis": ("Actions de la période", "Actions of the period"),
    "axis": ("Axe", "Axis"),
    "actions": ("Actions", "Actions"),
    "sessions_held": ("Séances réalisées", "Sessions held"),
    "partners": ("Partenaires de la période", "Partners of the period"),
    "partner": ("Partenaire", "Partner"),
    "sector": ("Secteur", "Sector"),
    "since": ("Depuis", "Since"),
    "until": ("Jusqu'au", "Until"),
    "no_partner": ("Aucun partenaire enregistré pour la période.", "No partner recorded."),
    "convention": ("Convention", "Convention"),
    "no_convention": (
        "Aucune convention en vigueur sur la période.",
        "No convention in force during the period.",
    ),
    "object": ("Objet", "Object"),
    "term": ("Durée", "Term"),
    "term_value": ("du {start} au {end}", "from {start} to {end}"),
    "signatories": ("Signataires", "Signatories"),
    "signed_by": ("Signé par", "Signed by"),
    "signed_on": ("Date de signature", "Signed on"),
    "commitments": ("Engagements", "Commitments"),
    "commitment": ("Engagement", "Commitment"),
    "kind": ("Nature", "Kind"),
    "value": ("Montant ou valeur", "Amount or value"),
    "amendments": ("Avenants", "Amendments"),
    "amendment": ("Avenant du {day} : {text}", "Amendment of {day}: {text}"),
    "amendment_end": (" (fin portée au {end})", " (end moved to {end})"),
    "governance": ("Instances de gouvernance", "Governance bodies"),
    "working_groups": ("Groupes de travail", "Working groups"),
    "body": ("Instance", "Body"),
    "group": ("Groupe", "Group"),
    "members": ("Membres", "Members"),
    "meetings": ("Réunions tenues", "Meetings held"),
    "present": ("Présences", "Attendances"),
    "decisions": ("Décisions", "Decisions"),
    "none_recorded": ("Aucun(e) sur la période.", "None in the period."),
    "orientations": ("Orientations de la journée plénière", "Orientations of the plenary day"),
    "part.actions": ("2. Les actions", "2. The actions"),
    "no_action": ("Aucune action sur la période.", "No action in the period."),
    "aims": ("Objectifs", "Aims"),
    "audience": ("Public visé", "Audience"),
    "done": ("Ce qui a été réalisé", "What was done"),
    "figures": ("Chiffres de la période", "Figures of the period"),
    "figure": ("Indicateur", "Figure"),
    "review": ("Revue annuelle", "Yearly review"),
    "next_steps": ("Perspectives", "Next steps"),
    "to_write": ("À compléter.", "To be written."),
    "dates": ("Dates", "Dates"),
    "dates_value": ("du {first} au {last}", "from {first} to {last}"),
    "no_date": ("aucune séance sur la période", "no session in the period"),
    "decision.pending": ("Décision à prendre", "Decision to take"),
    "decision.renew": ("Reconduite", "Renewed"),
    "decision.change": (
        "Reconduite avec des changements : {reason}",
        "Renewed with changes: {reason}",
    ),
    "decision.stop": ("Non reconduite : {reason}", "Not renewed: {reason}"),
    "fig.sessions-cancelled": ("Séances annulées", "Sessions cancelled"),
    "fig.attendances": ("Présences (personnes-séances)", "Attendances"),
    "fig.participants": ("Participants différents", "Different participants"),
    "fig.average": ("Présence moyenne par séance", "Average attendance per session"),
    "fig.hours": ("Heures de formation dispensées", "Hours of training delivered"),
    "fig.trained": ("Professionnels formés", "Professionals trained"),
    "fig.supports": ("Supports diffusés", "Supports"),
    "fig.reach": ("Public touché (estimation)", "Estimated reach"),
    "fig.orientations": ("Orientations adoptées", "Orientations adopted"),
    "part.finances": ("3. Le bilan financier", "3. The finances"),
    "finances_intro": (
        "Présenté selon le compte rendu financier d'une subvention (Cerfa n° 15059) : "
        "charges prévues et réalisées, ressources par financeur, contributions en nature. "
        "Montants en euros.",
        "In the layout of a subsidy's financial report (Cerfa 15059): charges planned and "
        "actual, resources by funder, contributions in kind. Amounts in euros.",
    ),
    "charges": ("Charges", "Charges"),
    "line": ("Ligne", "Line"),
    "planned": ("Prévu", "Planned"),
    "actual": ("Réalisé", "Actual"),
    "gap": ("Écart", "Gap"),
    "rate": ("Réalisé / prévu", "Actual / planned"),
    "subtotal": ("Sous-total {category}", "Subtotal {category}"),
    "total_charges": ("Total des charges", "Total charges"),
    "in_kind_use": (
        "86 – Emploi des contributions volontaires en nature",
        "86 – Use of voluntary contributions in kind",
    ),
    "no_budget": ("Aucun budget saisi pour la période.", "No budget entered."),
    "resources": ("Ressources par financeur", "Resources by funder"),
    "funder": ("Financeur", "Funder"),
    "requested": ("Demandé", "Requested"),
    "granted": ("Accordé", "Granted"),
    "paid": ("Versé", "Paid"),
    "remaining": ("Reste à percevoir", "To be received"),
    "total": ("Total", "Total"),
    "by_kind": ("74 – Subventions d'exploitation, par origine", "74 – Operating grants, by origin"),
    "origin": ("Origine", "Origin"),
    "partner_money": (
        "Contributions financières des partenaires",
        "Partners' financial contributions",
    ),
    "in_kind": ("87 – Contributions volontaires en nature", "87 – Voluntary contributions in kind"),
    "what": ("Nature", "What"),
    "action": ("Action", "Action"),
    "estimated": ("Valeur estimée", "Estimated value"),
    "whole_programme": ("Programme (ensemble)", "Programme (whole)"),
    "by_action": ("Ressources par action", "Resources by action"),
    "no_grant": ("Aucune subvention saisie pour la période.", "No grant entered."),
    "balance": (
        "Charges réalisées : {charges} ; subventions accordées et contributions des "
        "partenaires : {resources}.",
        "Actual charges: {charges}; grants and partners' contributions: {resources}.",
    ),
    "part.tables": ("4. Tableaux anonymisés", "4. Anonymised tables"),
    "tables_intro": (
        "Ces tableaux sont ceux du rapport protégé de la même période, enregistré dans le "
        "registre des diffusions. {rule}",
        "These are the tables of the protected report of the same period, recorded in the "
        "release ledger. {rule}",
    ),
    "notes": ("Notes", "Notes"),
}


def _t(key: str, lang: str, **fields: object) -> str:
    french, english = _W[key]
    chosen = english if lang == "en" else french
    return chosen.format(**fields) if fields else chosen


def _percent(part: Decimal, whole: Decimal, lang: str) -> str:
    if whole == 0:
        return "–"
    value = (Decimal(100) * part / whole).quantize(Decimal("1"))
    return f"{value}\u00a0%" if lang != "en" else f"{value}%"


def _years(spec: PeriodSpec) -> range:
    return range(spec.start.year, spec.end.year + 1)


def _period_words(spec: PeriodSpec, lang: str) -> str:
    if spec.start == dt.date(spec.start.year, 1, 1) and spec.end == dt.date(spec.end.year, 12, 31):
        if spec.start.year == spec.end.year:
            return str(spec.start.year)
        return f"{spec.start.year}–{spec.end.year}"
    return _t(
        "term_value", lang, start=format_date(spec.start, lang), end=format_date(spec.end, lang)
    )


# ---------------------------------------------------------------- reading the report


def _total(table: ReportTable, row: int) -> Cell:
    """A row's value over the whole period (its total, or its only cell)."""
    if table.row_totals is not None:
        return table.row_totals[row]
    return table.cells[row][0]


def _cell_words(cell: Cell, unit: Unit, lang: str) -> str:
    return cell_text(cell, unit, lang)


def _action_row(report: Report, table_id: str, action_id: int) -> tuple[ReportTable, int] | None:
    table = next((t for t in report.tables if t.id == table_id), None)
    if table is None:
        return None
    for index, label in enumerate(table.rows):
        if label.key == str(action_id):
            return table, index
    return None


def _figure(
    report: Report, table_id: str, action_id: int, lang: str, column: int | None = None
) -> str | None:
    """The published text of an action's row in a table of the report (None: no row)."""
    found = _action_row(report, table_id, action_id)
    if found is None:
        return None
    table, row = found
    cell = _total(table, row) if column is None else table.cells[row][column]
    return _cell_words(cell, table.unit, lang)


def _column_sum(report: Report, table_id: str, action_id: int, column: int) -> int:
    """A column of an action's row added up over the period (counts that are not persons)."""
    found = _action_row(report, table_id, action_id)
    if found is None:
        return 0
    table, row = found
    value = table.cells[row][column].published
    return int(value or 0)


# ---------------------------------------------------------------- the parts


def _front(spec: PeriodSpec, report: Report, organisation: str, lang: str) -> list[Block]:
    generated = report.generated_at.date()
    return [
        Fields(
            (
                (_t("structure", lang), organisation_text(organisation, lang)),
                (_t("period", lang), period_text(report, lang)),
                (_t("threshold", lang), _t("threshold_value", lang, k=report.k)),
                (_t("generated", lang), format_date(generated, lang)),
            )
        ),
    ]


def _axes_table(
    session: Session, actions: Sequence[programme.ActionInfo], report: Report, lang: str
) -> Table:
    rows = []
    for kind in (*_AXES_ORDER,):
        chosen = [a for a in actions if a.spec.kind is kind and not _is_body(a)]
        if not chosen:
            continue
        held = sum(_column_sum(report, "sessions-by-action", a.id, 0) for a in chosen)
        if kind is ActionKind.WORKING_GROUP:
            held = sum(_column_sum(report, "working-groups-by-action", a.id, 1) for a in chosen)
        rows.append((labels.text(kind, lang), str(len(chosen)), str(held)))
    return Table(
        header=(_t("axis", lang), _t("actions", lang), _t("sessions_held", lang)),
        rows=tuple(rows),
        caption=_t("actions_by_axis", lang),
        aligns=(Align.LEFT, Align.RIGHT, Align.RIGHT),
    )


_AXES_ORDER = (
    ActionKind.TRAINING,
    ActionKind.PUBLIC_ACTION,
    ActionKind.TALK_GROUP,
    ActionKind.PLENARY,
    ActionKind.WORKING_GROUP,
)


def _is_body(action: programme.ActionInfo) -> bool:
    return action.spec.kind is ActionKind.WORKING_GROUP and action.spec.body is not None


def _partners(session: Session, spec: PeriodSpec, lang: str) -> list[Block]:
    found: dict[int, partnership.PartnerOfYear] = {}
    for year in _years(spec):
        for partner in partnership.partners_of_year(session, year):
            found.setdefault(partner.organisation_id, partner)
    blocks: list[Block] = [Heading(_t("partners", lang), 2)]
    if not found:
        return [*blocks, Paragraph(_t("no_partner", lang), emphasis=True)]
    rows = tuple(
        (
            p.name,
            labels.text(p.sector, lang),
            "" if p.joined_on is None else format_date(p.joined_on, lang),
            "" if p.left_on is None else format_date(p.left_on, lang),
        )
        for p in sorted(found.values(), key=lambda p: p.name.casefold())
    )
    header = (_t("partner", lang), _t("sector", lang), _t("since", lang), _t("until", lang))
    return [*blocks, Table(header=header, rows=rows)]


def _convention(session: Session, spec: PeriodSpec, lang: str) -> list[Block]:
    blocks: list[Block] = [Heading(_t("convention", lang), 2)]
    conventions = partnership.conventions_in_force(session, spec.start, spec.end)
    if not conventions:
        return [*blocks, Paragraph(_t("no_convention", lang), emphasis=True)]
    names = {o.id: o.spec.name for o in programme.list_organisations(session)}
    for convention in conventions:
        c = convention.spec
        term = _t(
            "term_value",
            lang,
            start=format_date(c.starts_on, lang),
            end=format_date(convention.effective_end, lang),
        )
        pairs = [(_t("convention", lang), c.title), (_t("term", lang), term)]
        if c.object:
            pairs.append((_t("object", lang), c.object))
        blocks.append(Fields(tuple(pairs)))
        blocks.append(
            Table(
                header=(_t("partner", lang), _t("signed_by", lang), _t("signed_on", lang)),
                rows=tuple(
                    (
                        names.get(s.organisation_id, "?"),
                        s.signed_by or "",
                        "" if s.signed_on is None else format_date(s.signed_on, lang),
                    )
                    for s in c.signatories
                ),
                caption=_t("signatories", lang),
            )
        )
        if c.commitments:
            blocks.append(
                Table(
                    header=(
                        _t("partner", lang),
                        _t("kind", lang),
                        _t("commitment", lang),
                        _t("value", lang),
                    ),
                    rows=tuple(
                        (
                            names.get(m.organisation_id, "?"),
                            labels.text(m.kind, lang),
                            m.description,
                            "" if m.amount is None else money(m.amount, lang),
                        )
                        for m in c.commitments
                    ),
                    caption=_t("commitments", lang),
                    aligns=(Align.LEFT, Align.LEFT, Align.LEFT, Align.RIGHT),
                )
            )
        if c.amendments:
            items = []
            for amendment in c.amendments:
                line = _t(
                    "amendment",
                    lang,
                    day=format_date(amendment.signed_on, lang),
                    text=amendment.text,
                )
                if amendment.new_end is not None:
                    line += _t("amendment_end", lang, end=format_date(amendment.new_end, lang))
                items.append(line)
            blocks.extend([Paragraph(_t("amendments", lang)), Bullets(tuple(items))])
    return blocks


def _groups(
    actions: Sequence[programme.ActionInfo], report: Report, lang: str, *, bodies: bool
) -> list[Block]:
    chosen = [
        a for a in actions if a.spec.kind is ActionKind.WORKING_GROUP and _is_body(a) == bodies
    ]
    heading = Heading(_t("governance" if bodies else "working_groups", lang), 2)
    if not chosen:
        return [heading, Paragraph(_t("none_recorded", lang), emphasis=True)]
    rows = []
    for action in chosen:
        name = action.spec.title
        if bodies and action.spec.body is not None:
            name = f"{labels.text(action.spec.body, lang)} – {action.spec.title}"
        rows.append(
            (
                name,
                str(len(action.spec.members)),
                str(_column_sum(report, "working-groups-by-action", action.id, 1)),
                str(_column_sum(report, "working-groups-by-action", action.id, 2)),
                str(_column_sum(report, "working-groups-by-action", action.id, 3)),
            )
        )
    header = (
        _t("body" if bodies else "group", lang),
        _t("members", lang),
        _t("meetings", lang),
        _t("present", lang),
        _t("decisions", lang),
    )
    right = (Align.LEFT, Align.RIGHT, Align.RIGHT, Align.RIGHT, Align.RIGHT)
    return [heading, Table(header=header, rows=tuple(rows), aligns=right)]


def _orientations(actions: Sequence[programme.ActionInfo], lang: str) -> list[Block]:
    items = [
        o.text for a in actions if a.spec.kind is ActionKind.PLENARY for o in a.spec.orientations
    ]
    heading = Heading(_t("orientations", lang), 2)
    if not items:
        return [heading, Paragraph(_t("none_recorded", lang), emphasis=True)]
    return [heading, Bullets(tuple(items))]


# ---------------------------------------------------------------- one sheet per action


def _dates(session: Session, action_id: int, spec: PeriodSpec) -> tuple[dt.date, dt.date] | None:
    start = dt.datetime.combine(spec.start, dt.time(), tzinfo=dt.UTC) - dt.timedelta(days=1)
    end = dt.datetime.combine(spec.end, dt.time(), tzinfo=dt.UTC) + dt.timedelta(days=2)
    groups = select(TalkGroup.id).where(TalkGroup.action_id == action_id)
    row = session.execute(
        select(func.min(ProgrammeSession.starts_at), func.max(ProgrammeSession.starts_at)).where(
            or_(ProgrammeSession.action_id == action_id, ProgrammeSession.group_id.in_(groups)),
            ProgrammeSession.status != SessionStatus.CANCELLED,
            ProgrammeSession.starts_at >= start,
            ProgrammeSession.starts_at < end,
        )
    ).one()
    earliest: dt.datetime | None = row[0]
    latest: dt.datetime | None = row[1]
    if earliest is None or latest is None:
        return None
    first = max(earliest.astimezone(PARIS).date(), spec.start)
    last = min(latest.astimezone(PARIS).date(), spec.end)
    return first, last


def _figures(
    session: Session, action: programme.ActionInfo, report: Report, lang: str
) -> tuple[tuple[str, str], ...]:
    kind = action.spec.kind
    out: list[tuple[str, str]] = []

    def add(key: str, value: str | None) -> None:
        if value is not None:
            out.append((_t(key, lang) if key in _W else key, value))

    if kind is ActionKind.WORKING_GROUP:
        add("meetings", str(_column_sum(report, "working-groups-by-action", action.id, 1)))
        add("members", str(len(action.spec.members)))
        add("present", str(_column_sum(report, "working-groups-by-action", action.id, 2)))
        add("decisions", str(_column_sum(report, "working-groups-by-action", action.id, 3)))
        return tuple(out)
    add("sessions_held", _figure(report, "sessions-by-action", action.id, lang, 0) or "0")
    if kind is ActionKind.TALK_GROUP:
        add("fig.sessions-cancelled", _figure(report, "sessions-by-action", action.id, lang, 1))
        add("fig.attendances", _figure(report, "attendances-by-action", action.id, lang))
        add("fig.participants", _figure(report, "participants-by-action", action.id, lang))
        add("fig.average", _figure(report, "average-attendance-by-action", action.id, lang))
    elif kind is ActionKind.TRAINING:
        add("fig.hours", _figure(report, "training-hours-by-action", action.id, lang) or "0")
        counted = professionals.trained_by_sector(session, {action.id: action.spec.year})
        trained = sum(action.spec.trained.values()) + sum(counted.get(action.id, {}).values())
        add("fig.trained", str(trained))
    elif kind is ActionKind.PUBLIC_ACTION:
        reach = action.spec.estimated_reach
        if reach is None:
            reach = sum(s.estimated_reach or 0 for s in action.spec.supports)
        add("fig.supports", str(len(action.spec.supports)))
        add("fig.reach", str(reach))
    elif kind is ActionKind.PLENARY:
        add("fig.orientations", str(len(action.spec.orientations)))
    return tuple(out)


def _decision(action: programme.ActionInfo, lang: str) -> str:
    decision = decision_of(action.spec)
    reason = action.spec.review_reason or ""
    if decision is Decision.CHANGE:
        return _t("decision.change", lang, reason=reason)
    if decision is Decision.STOP:
        return _t("decision.stop", lang, reason=reason)
    if decision is Decision.RENEW:
        return _t("decision.renew", lang)
    return _t("decision.pending", lang)


def _sheet(
    session: Session,
    action: programme.ActionInfo,
    spec: PeriodSpec,
    report: Report,
    lang: str,
) -> list[Block]:
    words = narratives.get_narrative(session, action.id)
    dates = _dates(session, action.id, spec)
    when = (
        _t("no_date", lang)
        if dates is None
        else _t(
            "dates_value", lang, first=format_date(dates[0], lang), last=format_date(dates[1], lang)
        )
    )
    blocks: list[Block] = [
        PageBreak(),
        Heading(action.spec.title, 2),
        Fields(
            ((_t("axis", lang), labels.text(action.spec.kind, lang)), (_t("dates", lang), when))
        ),
    ]
    for key, value in (
        ("aims", words.aims),
        ("audience", words.audience),
        ("done", words.narrative or action.spec.description),
    ):
        blocks.append(Heading(_t(key, lang), 3))
        blocks.append(Paragraph(value or _t("to_write", lang), emphasis=not value))
    figures = _figures(session, action, report, lang)
    blocks.append(
        Table(
            header=(_t("figure", lang), _t("value", lang).split(" ")[0]),
            rows=figures,
            caption=_t("figures", lang),
            aligns=(Align.LEFT, Align.RIGHT),
        )
    )
    blocks.append(Heading(_t("review", lang), 3))
    blocks.append(Paragraph(_decision(action, lang)))
    blocks.append(Heading(_t("next_steps", lang), 3))
    blocks.append(
        Paragraph(words.next_steps or _t("to_write", lang), emphasis=not words.next_steps)
    )
    return blocks


# ---------------------------------------------------------------- the finances


def _charges(years: Sequence[funding.FundingYear], lang: str) -> list[Block]:
    lines = [line for year in years for line in year.budget]
    in_kind = sum((r.value or Decimal(0) for y in years for r in y.in_kind), Decimal(0))
    if not lines and not in_kind:
        return [Paragraph(_t("no_budget", lang), emphasis=True)]
    rows: list[tuple[str, ...]] = []
    planned_all = actual_all = Decimal(0)
    for category in BudgetCategory:
        chosen = [line for line in lines if line.spec.category is category]
        if not chosen:
            continue
        planned = sum((line.spec.planned for line in chosen), Decimal(0))
        actual = sum((line.spec.actual or Decimal(0) for line in chosen), Decimal(0))
        for line in chosen:
            label = line.spec.label
            if line.action_title:
                label = f"{label} ({line.action_title})"
            real = line.spec.actual
            rows.append(
                (
                    labels.text(category, lang),
                    label,
                    money(line.spec.planned, lang),
                    "" if real is None else money(real, lang),
                    "" if real is None else money(real - line.spec.planned, lang),
                    "" if real is None else _percent(real, line.spec.planned, lang),
                )
            )
        rows.append(
            (
                _t("subtotal", lang, category=labels.text(category, lang).split(" ")[0]),
                "",
                money(planned, lang),
                money(actual, lang),
                money(actual - planned, lang),
                _percent(actual, planned, lang),
            )
        )
        planned_all += planned
        actual_all += actual
    if in_kind:
        rows.append(
            (_t("in_kind_use", lang), "", money(in_kind, lang), money(in_kind, lang), "", "")
        )
        planned_all += in_kind
        actual_all += in_kind
    rows.append(
        (
            _t("total_charges", lang),
            "",
            money(planned_all, lang),
            money(actual_all, lang),
            money(actual_all - planned_all, lang),
            _percent(actual_all, planned_all, lang),
        )
    )
    header = (
        _t("charges", lang),
        _t("line", lang),
        _t("planned", lang),
        _t("actual", lang),
        _t("gap", lang),
        _t("rate", lang),
    )
    aligns = (Align.LEFT, Align.LEFT, Align.RIGHT, Align.RIGHT, Align.RIGHT, Align.RIGHT)
    return [
        Table(
            header=header,
            rows=tuple(rows),
            caption=_t("charges", lang),
            aligns=aligns,
            total_rows=1,
        )
    ]


def _money_rows(rows: Iterable[funding.MoneyRow], lang: str) -> tuple[tuple[str, ...], ...]:
    return tuple(
        (
            row.label,
            money(row.requested, lang),
            money(row.granted, lang),
            money(row.paid, lang),
            money(row.remaining, lang),
        )
        for row in rows
    )


def _merge(rows: Iterable[funding.MoneyRow], total_label: str) -> list[funding.MoneyRow]:
    """Rows of several years added up by label (in the order first met)."""
    merged: dict[str, list[Decimal]] = {}
    for row in rows:
        sums = merged.setdefault(row.label, [Decimal(0)] * 3)
        sums[0] += row.requested
        sums[1] += row.granted
        sums[2] += row.paid
    return [
        funding.MoneyRow(label, *sums) for label, sums in merged.items() if label != total_label
    ]


def _resources(years: Sequence[funding.FundingYear], lang: str) -> list[Block]:
    funders = _merge((r for y in years for r in y.by_funder), "")
    if not funders:
        return [Heading(_t("resources", lang), 3), Paragraph(_t("no_grant", lang), emphasis=True)]
    total = funding.MoneyRow(
        _t("total", lang),
        sum((r.requested for r in funders), Decimal(0)),
        sum((r.granted for r in funders), Decimal(0)),
        sum((r.paid for r in funders), Decimal(0)),
    )
    header = (
        _t("funder", lang),
        _t("requested", lang),
        _t("granted", lang),
        _t("paid", lang),
        _t("remaining", lang),
    )
    right = (Align.LEFT, *(Align.RIGHT,) * 4)
    blocks: list[Block] = [
        Table(
            header=header,
            rows=_money_rows([*sorted(funders, key=lambda r: r.label.casefold()), total], lang),
            caption=_t("resources", lang),
            aligns=right,
            total_rows=1,
        )
    ]
    by_action = _merge((r for y in years for r in y.by_action), "")
    blocks.append(
        Table(
            header=(_t("action", lang), *header[1:]),
            rows=_money_rows([*by_action, total], lang),
            caption=_t("by_action", lang),
            aligns=right,
            total_rows=1,
        )
    )
    kinds: dict[str, Decimal] = {}
    for year in years:
        for kind, amount in year.by_funder_kind:
            word = labels.text(kind, lang)
            kinds[word] = kinds.get(word, Decimal(0)) + amount
    partners: dict[str, Decimal] = {}
    for year in years:
        for name, amount in year.partner_money:
            partners[name] = partners.get(name, Decimal(0)) + amount
    rows = [(word, money(amount, lang)) for word, amount in kinds.items()]
    rows.append((_t("total", lang), money(sum(kinds.values(), Decimal(0)), lang)))
    blocks.append(
        Table(
            header=(_t("origin", lang), _t("granted", lang)),
            rows=tuple(rows),
            caption=_t("by_kind", lang),
            aligns=(Align.LEFT, Align.RIGHT),
            total_rows=1,
        )
    )
    if partners:
        partner_rows = [(name, money(amount, lang)) for name, amount in sorted(partners.items())]
        partner_rows.append((_t("total", lang), money(sum(partners.values(), Decimal(0)), lang)))
        blocks.append(
            Table(
                header=(_t("partner", lang), _t("paid", lang)),
                rows=tuple(partner_rows),
                caption=_t("partner_money", lang),
                aligns=(Align.LEFT, Align.RIGHT),
                total_rows=1,
            )
        )
    return blocks


def _in_kind(years: Sequence[funding.FundingYear], lang: str) -> list[Block]:
    rows = [r for y in years for r in y.in_kind]
    if not rows:
        return []
    total = sum((r.value or Decimal(0) for r in rows), Decimal(0))
    lines = [
        (
            r.organisation,
            r.what,
            r.action_title or _t("whole_programme", lang),
            "" if r.value is None else money(r.value, lang),
        )
        for r in rows
    ]
    lines.append((_t("total", lang), "", "", money(total, lang)))
    return [
        Table(
            header=(
                _t("partner", lang),
                _t("what", lang),
                _t("action", lang),
                _t("estimated", lang),
            ),
            rows=tuple(lines),
            caption=_t("in_kind", lang),
            aligns=(Align.LEFT, Align.LEFT, Align.LEFT, Align.RIGHT),
            total_rows=1,
        )
    ]


def _finances(session: Session, spec: PeriodSpec, lang: str) -> list[Block]:
    years = [funding.funding_year(session, year) for year in _years(spec)]
    blocks: list[Block] = [
        PageBreak(),
        Heading(_t("part.finances", lang), 1),
        Paragraph(_t("finances_intro", lang)),
        *_charges(years, lang),
        *_resources(years, lang),
        *_in_kind(years, lang),
    ]
    actual = sum((line.spec.actual or Decimal(0) for y in years for line in y.budget), Decimal(0))
    resources = sum((y.total.granted for y in years), Decimal(0)) + sum(
        (amount for y in years for _name, amount in y.partner_money), Decimal(0)
    )
    if actual or resources:
        blocks.append(
            Paragraph(
                _t("balance", lang, charges=money(actual, lang), resources=money(resources, lang))
            )
        )
    return blocks


# ---------------------------------------------------------------- the anonymised tables


def _statistics(report: Report, lang: str) -> list[Block]:
    blocks: list[Block] = [
        PageBreak(),
        Heading(_t("part.tables", lang), 1),
        Paragraph(_t("tables_intro", lang, rule=report.rule.text(lang))),
    ]
    for table in report.tables:
        grid = grid_texts(table, lang)
        header, *rows = grid
        has_all = table.column_totals is not None
        blocks.append(
            Table(
                header=tuple(header),
                rows=tuple(tuple(r) for r in rows),
                caption=table.title.text(lang),
                aligns=(Align.LEFT, *(Align.RIGHT,) * (len(header) - 1)),
                total_rows=1 if has_all else 0,
            )
        )
    if report.notes:
        blocks.append(Heading(_t("notes", lang), 3))
        blocks.append(Bullets(tuple(note.text(lang) for note in report.notes)))
    return blocks


# ---------------------------------------------------------------- the whole document


def build_bilan(
    session: Session,
    spec: PeriodSpec,
    *,
    lang: str = "fr",
    k: int | None = None,
    now: dt.datetime | None = None,
    parts: Sequence[Part] | None = None,
) -> Bilan:
    """The bilan of ``spec``'s months (read only: nothing is recorded until :func:`save`).

    With ``parts`` (the coordinator's own totals and those received, see
    :func:`vpi_groups.consolidation.bundles.parts`), its numbers are the consolidated
    report's: every vault's counts added up, then protected once; the action sheets
    and the money stay the coordinator's own.

    Raises:
        ReportError: a threshold outside 3 to 11 (as for any report).
    """
    by_year = PeriodSpec(spec.start, spec.end, PeriodKind.YEAR)
    if parts is None:
        report = build_report(session, by_year, breakdowns=BREAKDOWNS, k=k, now=now)
    else:
        report = build_consolidated(session, by_year, parts, breakdowns=BREAKDOWNS, k=k, now=now)
    organisation = vault_settings.organisation(session)
    period = _period_words(spec, lang)
    actions = [a for year in _years(spec) for a in programme.list_actions(session, year=year)]
    blocks: list[Block] = [
        *_front(spec, report, organisation, lang),
        Heading(_t("part.programme", lang), 1),
        Paragraph(_t("axes", lang)),
        _axes_table(session, actions, report, lang),
        *_partners(session, spec, lang),
        *_convention(session, spec, lang),
        *_groups(actions, report, lang, bodies=True),
        *_groups(actions, report, lang, bodies=False),
        *_orientations(actions, lang),
        PageBreak(),
        Heading(_t("part.actions", lang), 1),
    ]
    sheets = [a for a in actions if not _is_body(a)]
    if not sheets:
        blocks.append(Paragraph(_t("no_action", lang), emphasis=True))
    for action in sheets:
        blocks.extend(_sheet(session, action, spec, report, lang))
    blocks.extend(_finances(session, spec, lang))
    blocks.extend(_statistics(report, lang))
    # the first page break of the actions part follows a heading: drop the one in between
    cleaned: list[Block] = []
    for block in blocks:
        if isinstance(block, PageBreak) and cleaned and isinstance(cleaned[-1], Heading):
            continue
        cleaned.append(block)
    name = organisation_text(organisation, lang)
    document = Document(
        title=_t("title", lang, period=period),
        footer=_t("footer", lang, organisation=name, period=period),
        blocks=tuple(cleaned),
    )
    return Bilan(document, report, lang)


def audit_counts(bilan: Bilan, fmt: BilanFormat, size: int) -> dict[str, int]:
    """What the audit log keeps about a bilan written: numbers only."""
    report = bilan.report
    states = [cell.state for table in report.tables for cell in table.all_cells()]
    return {
        f"format_{fmt.value}": 1,
        "bilan": 1,
        "bytes": size,
        "k": report.k,
        "tables": len(report.tables),
        "cells_published": states.count(CellState.PUBLISHED),
        "cells_suppressed": states.count(CellState.SUPPRESSED),
        "period_start": int(report.period.start.strftime("%Y%m%d")),
        "period_end": int(report.period.end.strftime("%Y%m%d")),
    }


def save(session: Session, bilan: Bilan, fmt: BilanFormat, data: bytes, path: Path) -> int:
    """Write a bilan atomically, recorded in the audit log and the release ledger.

    In the caller's unit of work, as a report file is (:func:`vpi_groups.reports.files.save`):
    a file that cannot be written leaves no record. Returns the release's id.

    Raises:
        DiskFullError, WriteFailedError: the file could not be written.
    """
    audit.record(session, AuditKind.EXPORT_REPORT, audit_counts(bilan, fmt, len(data)))
    release = ledger.record(session, bilan.report, fmt.value, data, path)
    write_atomic(path, data)
    return release


def to_docx(bilan: Bilan, when: dt.datetime | None = None) -> bytes:
    """The bilan as a DOCX file."""
    from vpi_groups.reports.bilan_docx import to_docx as write

    return write(bilan.document, when=when, lang=bilan.lang)
