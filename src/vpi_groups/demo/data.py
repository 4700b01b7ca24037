"""A realistic French programme, reproducible from a seed, for trying the application.

Partners from every sector, facilitators with invented names, actions on the three
axes with their yearly reviews and a plenary day each year, weekly and fortnightly
talk groups that skip public holidays, sessions held, moved and cancelled,
participants (codes only) with plausible referral sources and age bands (a few of
them not recorded, as in real registers), and contributions per year. The partnership
too: the convention the programme rests on (its signatories, their commitments, an
amendment), the CISPD and the steering committee with their meetings, the funders and
each year's grants, budget and help in kind, and the words of each past action's sheet
in the bilan. Every name is invented.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy.orm import Session

from vpi_groups import clock, vault_settings
from vpi_groups.attendance import registers as attendance
from vpi_groups.attendance.registers import ParticipantAttributes
from vpi_groups.errors import AppError
from vpi_groups.programme import funding, narratives, partnership, tallies
from vpi_groups.programme import records as programme
from vpi_groups.scheduling import meetings as working_groups
from vpi_groups.scheduling import professionals, records, series
from vpi_groups.scheduling import sessions as scheduling
from vpi_groups.scheduling.recurrence import Closure, Recurrence
from vpi_groups.storage.models import (
    ActionKind,
    AgeBand,
    AttendanceStatus,
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

PARIS = clock.PROGRAMME_ZONE

PARTNERS = [
    (
        "Commissariat de police de Villeneuve",
        Sector.JUSTICE,
        "Capitaine Lemoine",
        "Intervenante sociale",
    ),
    (
        "Brigade de gendarmerie des Coteaux",
        Sector.JUSTICE,
        "Adjudant Roussel",
        "Référent violences",
    ),
    ("SPIP de l'arrondissement", Sector.JUSTICE, "Mme Garnier", "Conseillère d'insertion"),
    ("France Victimes — antenne locale", Sector.ASSOCIATION, "M. Benali", "Juriste"),
    ("CIDFF du département", Sector.ASSOCIATION, "Mme Perrin", "Conseillère conjugale"),
    ("Solidarité Femmes", Sector.ASSOCIATION, "Mme Caron", "Coordinatrice"),
    ("Centre hospitalier — urgences", Sector.HEALTH, "Dr Marchand", "Médecin référent"),
    ("Centre médico-psychologique", Sector.HEALTH, "M. Fontaine", "Psychologue"),
    ("PMI du quartier Nord", Sector.HEALTH, "Mme Lopez", "Puéricultrice"),
    ("CCAS de Villeneuve", Sector.SOCIAL, "Mme Girard", "Travailleuse sociale"),
    ("Centre social Les Tilleuls", Sector.SOCIAL, "M. Aubert", "Directeur"),
    ("Collège Jean-Moulin", Sector.EDUCATION, "Mme Chevalier", "Infirmière scolaire"),
    ("Mairie — CISPD", Sector.LOCAL_AUTHORITY, "M. Faure", "Coordonnateur CISPD"),
]
FACILITATORS = [
    ("Claire Dubois", Sector.SOCIAL, "Conseillère en économie sociale et familiale", 10),
    ("Karim Haddad", Sector.HEALTH, "Psychologue", 7),
    ("Sophie Laurent", Sector.ASSOCIATION, "Juriste", 4),
    ("Julien Moreau", Sector.SOCIAL, "Éducateur spécialisé", 10),
    ("Nadia Belkacem", Sector.HEALTH, "Infirmière", 8),
    ("Élodie Martin", Sector.JUSTICE, "Intervenante sociale en commissariat", 0),
    ("Thomas Petit", Sector.EDUCATION, "Conseiller principal d'éducation", 11),
    ("Aurélie Bernard", Sector.ASSOCIATION, "Conseillère conjugale", 5),
]
DEMO_ORGANISER = "coordination@example.org"


def _demo_email(name: str) -> str:
    """An invented address on the domain reserved for examples (RFC 2606)."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return ".".join(re.findall(r"[a-z0-9]+", plain.lower())) + "@example.org"


ROOMS = [
    ("Centre social — salle Jaurès", "12 rue Jean-Jaurès", 14),
    ("CCAS — salle de réunion", "2 place de la Mairie", 10),
    ("Maison des associations — salle 3", "5 avenue des Tilleuls", 12),
]
REFERRAL_WEIGHTS = [
    (ReferralSource.POLICE, 24),
    (ReferralSource.SOCIAL_SERVICES, 22),
    (ReferralSource.HEALTH, 16),
    (ReferralSource.ASSOCIATION, 14),
    (ReferralSource.JUSTICE, 9),
    (ReferralSource.SELF, 10),
    (ReferralSource.SCHOOL, 2),
    (ReferralSource.OTHER, 3),
    (ReferralSource.UNKNOWN, 4),  # some referrals are never found out, as in real registers
]
AGE_WEIGHTS = [
    (AgeBand.FROM_18_TO_25, 12),
    (AgeBand.FROM_26_TO_35, 30),
    (AgeBand.FROM_36_TO_45, 28),
    (AgeBand.FROM_46_TO_55, 16),
    (AgeBand.FROM_56_TO_65, 7),
    (AgeBand.OVER_65, 3),
    (AgeBand.UNKNOWN, 4),
]
CANCEL_REASONS = [
    "Salle indisponible",
    "Animatrice malade",
    "Grève des transports",
    "Trop peu d'inscrites",
]


@dataclass(frozen=True)
class DemoSummary:
    """What was created."""

    partners: int
    facilitators: int
    actions: int
    groups: int
    sessions: int
    participants: int
    attendance_lines: int


def _campaign_supports(year: int, rng: random.Random) -> tuple[programme.SupportSpec, ...]:
    """The poster campaign's supports: posters in November, leaflets, the town's page.

    A separate random source: the rest of the demo stays what it was.
    """
    return (
        programme.SupportSpec(
            SupportKind.POSTERS,
            quantity=rng.choice((150, 200, 300)),
            starts_on=dt.date(year, 11, 10),
            ends_on=dt.date(year, 11, 30),
            places="Mairie, centre social, pharmacies, cabinets médicaux",
        ),
        programme.SupportSpec(
            SupportKind.LEAFLETS,
            quantity=rng.choice((1000, 1500, 2000)),
            starts_on=dt.date(year, 11, 10),
            ends_on=dt.date(year, 12, 15),
            places="Accueil du CCAS, permanences du CIDFF, marché du samedi",
        ),
        programme.SupportSpec(
            SupportKind.SOCIAL_MEDIA,
            quantity=rng.randint(4, 10),
            starts_on=dt.date(year, 11, 25),
            ends_on=dt.date(year, 11, 25),
            places="Page de la ville",
            estimated_reach=rng.randint(800, 3000),
        ),
    )


ORIENTATIONS = (
    ("Former les médecins généralistes et les pharmacien·nes au repérage", ActionKind.TRAINING),
    ("Aller vers les habitant·es des quartiers prioritaires", ActionKind.PUBLIC_ACTION),
    ("Garder deux groupes de parole, dont un le matin", ActionKind.TALK_GROUP),
)


def _adopt_orientations(session: Session) -> None:
    """Each plenary day adopts three orientations, carried out by next year's actions."""
    actions = programme.list_actions(session)
    for plenary in actions:
        if plenary.spec.kind is not ActionKind.PLENARY:
            continue
        following = [a for a in actions if a.spec.year == plenary.spec.year + 1]
        adopted = tuple(
            programme.OrientationSpec(text, tuple(a.id for a in following if a.spec.kind is kind))
            for text, kind in ORIENTATIONS
        )
        programme.update_action(
            session, plenary.id, dataclasses.replace(plenary.spec, orientations=adopted)
        )


TRAINEES = ("Camille Bernard", "Nadia Haddad", "Julien Morel", "Sophie Lambert")


def _training_held(
    session: Session,
    session_id: int,
    partners: list[programme.OrganisationInfo],
    rng: random.Random,
    now: dt.datetime,
) -> None:
    """Mark a past training date held, with professionals from three to five partners.

    A separate random source: the rest of the demo stays what it was.
    """
    scheduling.mark_held(session, session_id, now=now)
    chosen = rng.sample(partners, rng.randint(3, min(5, len(partners))))
    lines = [
        professionals.ProfessionalsLine(p.id, p.spec.sector, rng.randint(1, 5)) for p in chosen
    ]
    first = lines[0]
    named = TRAINEES[: min(first.present, 2)]
    lines[0] = professionals.ProfessionalsLine(
        first.organisation_id, first.sector, first.present, named
    )
    professionals.record_professionals(session, session_id, lines)


# the network's two working groups: (title, axis, members by index in FACILITATORS, lead)
WORKING_GROUPS = (
    ("Commission formation", ActionKind.TRAINING, (0, 1, 2, 3, 5, 6, 7), 2),
    ("Commission communication", ActionKind.PUBLIC_ACTION, (0, 2, 3, 4, 5, 7), 3),
)
DECISIONS = (
    "Deux dates de formation au repérage sont retenues pour le printemps.",
    "Le livret d'accueil des partenaires est mis à jour avant l'été.",
    "Une intervention au collège est proposée au comité de pilotage.",
    "Les affiches de la campagne sont relues par le CIDFF avant impression.",
)
TASKS = (
    "Réserver la salle de la prochaine réunion",
    "Envoyer le compte rendu aux membres",
    "Recenser les besoins de formation des partenaires",
    "Préparer la présentation pour la plénière",
    "Demander un devis d'impression des affiches",
)


def _working_groups(
    session: Session,
    people: list[int],
    rooms: list[int],
    first_year: int,
    today: dt.date,
    seed: int,
) -> int:
    """Two working groups a year, meeting every other month; past meetings recorded.

    A random source of its own, so that the rest of the demo stays what it was. Returns
    the number of meetings.
    """
    rng = random.Random(seed * 104_729 + 3)
    now = dt.datetime.combine(today, dt.time(12), tzinfo=PARIS)
    meetings = 0
    previous: dict[int, int] = {}
    for year in range(first_year, today.year + 1):
        for index, (title, axis, chosen, lead) in enumerate(WORKING_GROUPS):
            members = tuple(people[i] for i in chosen)
            group = programme.create_action(
                session,
                programme.ActionSpec(
                    title,
                    ActionKind.WORKING_GROUP,
                    year,
                    review_status=ReviewStatus.RUNNING,
                    members=members,
                    lead_id=people[lead],
                    theme_axis=axis,
                    previous_action_id=previous.get(index),  # renewed from last year's
                ),
            ).id
            previous[index] = group
            for month in range(2 + index, 13, 3):
                day = dt.date(year, month, 1)
                day += dt.timedelta(days=(1 - day.weekday()) % 7 + 7)  # second Tuesday
                start = dt.datetime.combine(day, dt.time(14), tzinfo=PARIS)
                meeting = scheduling.add_action_session(
                    session, group, start, start + dt.timedelta(hours=2), room_id=rooms[2]
                ).id
                meetings += 1
                if day >= today:
                    continue
                scheduling.mark_held(session, meeting, now=now)
                present = rng.sample(members, rng.randint(len(members) - 3, len(members)))
                working_groups.record_present(session, meeting, present)
                decision = rng.choice(DECISIONS)
                working_groups.save_minutes(
                    session,
                    meeting,
                    f"<h3>{title}, réunion du {day:%d/%m/%Y}</h3>"
                    f"<p><b>Présent·es :</b> {len(present)} membres.</p>"
                    "<p>Tour de table des actions en cours ; point sur le calendrier.</p>"
                    f"<p><b>Décision :</b> {decision}</p>",
                    now=now,
                )
                working_groups.add_decision(session, group, decision, session_id=meeting)
                task = working_groups.add_task(
                    session,
                    group,
                    rng.choice(TASKS),
                    assignee_id=rng.choice(members),
                    due_on=day + dt.timedelta(days=28),
                    session_id=meeting,
                    today=day,
                )
                if day + dt.timedelta(days=40) < today:
                    working_groups.set_task_done(session, task.id, day + dt.timedelta(days=21))
    return meetings


# ---------------------------------------------------------------- the partnership

CONVENTION_TITLE = "Convention de partenariat du réseau VIF de Villeneuve"
# the signatories, by partner name: (who signed, commitments (kind, what, value or None))
SIGNATORIES: tuple[tuple[str, str, tuple[tuple[CommitmentKind, str, int | None], ...]], ...] = (
    (
        "Mairie — CISPD",
        "Mme Hélène Vasseur, maire",
        (
            (CommitmentKind.MONEY, "Subvention annuelle de la commune au programme", 8000),
            (
                CommitmentKind.ROOMS,
                "Salles du centre social et de la maison des associations",
                4500,
            ),
        ),
    ),
    (
        "CCAS de Villeneuve",
        "M. Patrick Lenoir, vice-président",
        ((CommitmentKind.STAFF, "Une travailleuse sociale, un jour par semaine", 7000),),
    ),
    (
        "CIDFF du département",
        "Mme Odile Ferrand, directrice",
        ((CommitmentKind.STAFF, "Une juriste pour les permanences et les formations", 5500),),
    ),
    (
        "France Victimes — antenne locale",
        "M. Yann Le Goff, président",
        ((CommitmentKind.IN_KIND, "Documentation et orientation des victimes", None),),
    ),
    (
        "Centre hospitalier — urgences",
        "Dr Anne Rivière, directrice des soins",
        ((CommitmentKind.STAFF, "Une psychologue pour les groupes de parole", 6000),),
    ),
    (
        "Commissariat de police de Villeneuve",
        "Commissaire Éric Dumont",
        (
            (
                CommitmentKind.IN_KIND,
                "Orientation des victimes par l'intervenante sociale en commissariat",
                None,
            ),
        ),
    ),
)


def _convention(
    session: Session,
    partners: list[programme.OrganisationInfo],
    first_year: int,
    today: dt.date,
) -> partnership.ConventionInfo:
    """The convention the network rests on: signed with the partnership, extended once.

    It started when the partners joined (1 September before the first year), was signed
    to the end of last year, and an amendment signed last November extends it to the
    end of this year: its renewal is recalled in the last quarter.
    """
    by_name = {p.spec.name: p.id for p in partners}
    starts = dt.date(first_year - 1, 9, 1)
    signed = dt.date(first_year - 1, 6, 20)
    return partnership.create_convention(
        session,
        partnership.ConventionSpec(
            title=CONVENTION_TITLE,
            starts_on=starts,
            ends_on=dt.date(today.year - 1, 12, 31),
            object=(
                "Coordonner la prévention des violences intrafamiliales à Villeneuve : "
                "groupes de parole pour les victimes, formation des professionnel·les au "
                "repérage et actions d'information du public."
            ),
            signatories=tuple(
                partnership.SignatorySpec(by_name[name], who, signed + dt.timedelta(days=3 * index))
                for index, (name, who, _commitments) in enumerate(SIGNATORIES)
            ),
            commitments=tuple(
                partnership.CommitmentSpec(
                    by_name[name], kind, what, None if value is None else Decimal(value)
                )
                for name, _who, commitments in SIGNATORIES
                for kind, what, value in commitments
            ),
            amendments=(
                partnership.AmendmentSpec(
                    dt.date(today.year - 1, 11, 18),
                    "Avenant n° 1 : prolongation de la convention d'un an, dans l'attente du "
                    "bilan du programme et de la nouvelle stratégie du CISPD.",
                    new_end=dt.date(today.year, 12, 31),
                ),
            ),
        ),
    )


# the programme's governance bodies: (title, body, members by index in FACILITATORS,
# lead or None, meetings: (month, weekday, hour))
GOVERNANCE = (
    (
        "CISPD — séance plénière",
        GovernanceBody.CISPD,
        (0, 1, 3, 5, 6, 7),
        None,
        ((3, 3, 18), (11, 3, 18)),
    ),
    (
        "Comité de pilotage du programme",
        GovernanceBody.STEERING_COMMITTEE,
        (0, 2, 3, 4, 7),
        0,
        ((2, 0, 10), (6, 0, 10), (10, 0, 10)),
    ),
)
BODY_DECISIONS = {
    GovernanceBody.CISPD: (
        "Le bilan annuel du programme est présenté et approuvé.",
        "Les orientations de l'année sont validées par le CISPD.",
        "Un point sur les violences au sein des jeunes couples est demandé pour la "
        "prochaine séance.",
    ),
    GovernanceBody.STEERING_COMMITTEE: (
        "Le budget prévisionnel de l'année est validé.",
        "Le dossier de demande au FIPD est relu et validé.",
        "Le calendrier des formations est arrêté.",
        "Le renouvellement de la convention est mis à l'ordre du jour.",
    ),
}


def _governance_bodies(
    session: Session,
    people: list[int],
    rooms: list[int],
    first_year: int,
    today: dt.date,
    seed: int,
) -> int:
    """The CISPD (one or two plenary meetings a year) and the steering committee (three).

    Past meetings are held, with the members present, minutes and a decision. A random
    source of its own; returns the number of meetings.
    """
    rng = random.Random(seed * 6007 + 5)
    now = dt.datetime.combine(today, dt.time(12), tzinfo=PARIS)
    meetings = 0
    previous: dict[int, int] = {}
    for year in range(first_year, today.year + 1):
        for index, (title, body, chosen, lead, dates) in enumerate(GOVERNANCE):
            members = tuple(people[i] for i in chosen)
            group = programme.create_action(
                session,
                programme.ActionSpec(
                    title,
                    ActionKind.WORKING_GROUP,
                    year,
                    review_status=ReviewStatus.RUNNING,
                    members=members,
                    lead_id=None if lead is None else people[lead],
                    body=body,
                    previous_action_id=previous.get(index),
                ),
            ).id
            previous[index] = group
            if body is GovernanceBody.CISPD and rng.random() < 0.5:
                dates = dates[:1]  # some years, the CISPD meets once
            for month, weekday, hour in dates:
                day = dt.date(year, month, 1)
                day += dt.timedelta(days=(weekday - day.weekday()) % 7)  # the first one
                start = dt.datetime.combine(day, dt.time(hour), tzinfo=PARIS)
                meeting = scheduling.add_action_session(
                    session, group, start, start + dt.timedelta(hours=2), room_id=rooms[2]
                ).id
                meetings += 1
                if day >= today:
                    continue
                scheduling.mark_held(session, meeting, now=now)
                present = rng.sample(members, rng.randint(len(members) - 2, len(members)))
                working_groups.record_present(session, meeting, present)
                decision = rng.choice(BODY_DECISIONS[body])
                working_groups.save_minutes(
                    session,
                    meeting,
                    f"<h3>{title}, séance du {day:%d/%m/%Y}</h3>"
                    f"<p><b>Présent·es :</b> {len(present)} membres.</p>"
                    "<p>Point d'étape du programme ; calendrier et financements.</p>"
                    f"<p><b>Décision :</b> {decision}</p>",
                    now=now,
                )
                working_groups.add_decision(session, group, decision, session_id=meeting)
    return meetings


# the funders: (name, kind, programmes, partner of the directory or None)
FUNDERS = (
    ("Préfecture – FIPD", FunderKind.STATE, ("FIPD",), None),
    ("CAF du département", FunderKind.SOCIAL_FUND, ("REAAP",), None),
    ("Ville de Villeneuve", FunderKind.TOWN, (), "Mairie — CISPD"),
    ("Conseil départemental", FunderKind.DEPARTMENT, (), None),
    ("Agence régionale de santé", FunderKind.HEALTH_AGENCY, (), None),
)
TALK_TITLE = "Groupes de parole pour les victimes"
TRAINING_TITLE = "Formation des professionnels au repérage"
CAMPAIGN_TITLE = "Campagne d'affichage « Parler, c'est déjà agir »"
PLENARY_TITLE = "Journée plénière"
# each year's grants: (funder, action's title or None for the whole programme,
# programme or None, usual amount requested)
GRANTS = (
    ("Préfecture – FIPD", TRAINING_TITLE, "FIPD", 6000),
    ("Préfecture – FIPD", CAMPAIGN_TITLE, "FIPD", 3000),
    ("CAF du département", TALK_TITLE, "REAAP", 8000),
    ("Conseil départemental", TALK_TITLE, None, 5000),
    ("Agence régionale de santé", TRAINING_TITLE, None, 2500),
    ("Ville de Villeneuve", None, None, 10000),
)
# each year's budget: (category, label, action's title or None, usual amount, month spent)
BUDGET = (
    (BudgetCategory.PURCHASES, "Impression des affiches et dépliants", CAMPAIGN_TITLE, 1800, 11),
    (BudgetCategory.PURCHASES, "Fournitures des groupes de parole", TALK_TITLE, 400, 9),
    (BudgetCategory.EXTERNAL_SERVICES, "Location de salle", PLENARY_TITLE, 600, 1),
    (BudgetCategory.EXTERNAL_SERVICES, "Assurance", None, 350, 1),
    (BudgetCategory.OTHER_SERVICES, "Honoraires des formateur·rices", TRAINING_TITLE, 4500, 10),
    (BudgetCategory.OTHER_SERVICES, "Supervision des animatrices", TALK_TITLE, 1800, 12),
    (BudgetCategory.OTHER_SERVICES, "Déplacements", None, 700, 12),
    (BudgetCategory.TAXES, "Taxe sur les salaires", None, 300, 12),
    (BudgetCategory.STAFF, "Coordination du programme (0,3 ETP)", None, 12000, 12),
    (BudgetCategory.OTHER, "Frais de gestion", None, 250, 12),
)
# what partners give in kind, valued: (in kind, usual value, action's title or None)
IN_KIND_VALUES = {
    "Mise à disposition d'une salle": (900, None),
    "Temps d'animatrice": (1500, TALK_TITLE),
    "Impression des affiches": (500, CAMPAIGN_TITLE),
}


def _round(amount: float, step: int) -> Decimal:
    return Decimal(max(step, round(amount / step) * step))


def _funding(
    session: Session,
    partners: list[programme.OrganisationInfo],
    first_year: int,
    today: dt.date,
    seed: int,
) -> None:
    """The funders, each year's grants and payments, the budget, the help in kind valued.

    Grants are asked in the autumn before their year and decided in the spring; past
    years' are paid in full, this year's in part (the balance comes once the year's
    report is sent). Budget lines have their actual amount once their month is over.
    A random source of its own.
    """
    rng = random.Random(seed * 3571 + 9)
    by_name = {p.spec.name: p.id for p in partners}
    funders = {
        name: funding.create_funder(
            session,
            funding.FunderSpec(
                name,
                kind,
                organisation_id=None if partner is None else by_name[partner],
                programmes=names,
            ),
        )
        for name, kind, names, partner in FUNDERS
    }
    for year in range(first_year, today.year + 1):
        actions = {a.spec.title: a.id for a in programme.list_actions(session, year=year)}
        for funder_name, title, programme_name, usual in GRANTS:
            funder = funders[funder_name]
            requested = _round(usual * rng.uniform(0.9, 1.2), 500)
            asked = dt.date(year - 1, 10, 1) + dt.timedelta(days=rng.randint(0, 45))
            decided = dt.date(year, 3, 15) + dt.timedelta(days=rng.randint(0, 60))
            granted = None
            payments: list[funding.PaymentSpec] = []
            if decided < today:
                refused = funder_name == "Agence régionale de santé" and rng.random() < 0.3
                granted = (
                    Decimal(0) if refused else _round(float(requested) * rng.uniform(0.7, 1.0), 100)
                )
                first = (granted * Decimal("0.7")).quantize(Decimal(1))
                for paid_on, amount in (
                    (decided + dt.timedelta(days=rng.randint(20, 50)), first),
                    (
                        dt.date(year + 1, 2, 1) + dt.timedelta(days=rng.randint(0, 40)),
                        granted - first,
                    ),
                ):
                    if amount > 0 and paid_on < today:
                        payments.append(funding.PaymentSpec(paid_on, amount))
            funding.create_grant(
                session,
                funding.GrantSpec(
                    funder_id=funder.id,
                    year=year,
                    requested=requested,
                    action_id=None if title is None else actions[title],
                    programme_id=(
                        None
                        if programme_name is None
                        else funder.programme_ids[funder.spec.programmes.index(programme_name)]
                    ),
                    requested_on=asked,
                    granted=granted,
                    granted_on=None if granted is None else decided,
                    payments=tuple(payments),
                ),
            )
        for category, label, title, usual, month in BUDGET:
            planned = _round(usual * rng.uniform(0.95, 1.1), 50)
            spent = dt.date(year, month, 28) < today
            actual = _round(float(planned) * rng.uniform(0.85, 1.1), 10) if spent else None
            funding.create_budget_line(
                session,
                funding.BudgetLineSpec(
                    year,
                    category,
                    label,
                    planned,
                    actual,
                    action_id=None if title is None else actions[title],
                ),
            )
        for contribution in programme.list_contributions(session, year=year):
            given = contribution.spec.in_kind
            if given is None or given not in IN_KIND_VALUES:
                continue
            usual, title = IN_KIND_VALUES[given]
            programme.update_contribution(
                session,
                contribution.id,
                dataclasses.replace(
                    contribution.spec,
                    in_kind_value=_round(usual * rng.uniform(0.7, 1.3), 50),
                    action_id=None if title is None else actions[title],
                ),
            )


# the words of each sheet in the bilan, by action's title: (aims, audience, narrative,
# next steps); {year} is the action's year
NARRATIVES = {
    TALK_TITLE: (
        "Offrir aux victimes de violences conjugales un espace de parole sûr, rompre "
        "l'isolement et soutenir leurs démarches.",
        "Des femmes victimes de violences au sein du couple, orientées par les partenaires "
        "ou venues d'elles-mêmes.",
        "En {year}, deux groupes se sont réunis : le mardi soir et, un jeudi sur deux, le "
        "matin. Les participantes ont pris la parole de séance en séance ; plusieurs ont "
        "engagé des démarches juridiques avec l'aide du CIDFF.",
        "Garder un groupe le matin, mieux faire connaître les groupes aux médecins généralistes.",
    ),
    TRAINING_TITLE: (
        "Aider les professionnel·les à repérer les violences et à orienter les victimes "
        "vers les bons interlocuteurs.",
        "Les professionnel·les du social, de la santé, de l'éducation et de la justice du "
        "territoire.",
        "Deux demi-journées de formation en {year}, au printemps et à l'automne, animées "
        "par la juriste du CIDFF et une psychologue ; une mallette d'outils a été remise "
        "aux participant·es.",
        "Ouvrir une session aux pharmacien·nes et aux médecins généralistes.",
    ),
    CAMPAIGN_TITLE: (
        "Faire connaître au public les lieux d'écoute et le numéro national 3919.",
        "Les habitant·es de Villeneuve, en particulier dans les quartiers prioritaires.",
        "La campagne de {year} a été affichée en novembre dans les lieux publics, les "
        "pharmacies et les cabinets médicaux ; des dépliants ont été distribués au marché "
        "et dans les permanences.",
        "Compléter l'affichage par un stand au marché le 25 novembre.",
    ),
    PLENARY_TITLE: (
        "Réunir l'ensemble des partenaires pour faire le bilan de l'année et choisir les "
        "orientations de la suivante.",
        "Les partenaires signataires de la convention et les professionnel·les du réseau.",
        "La journée plénière de {year} a réuni les partenaires en janvier : bilan des "
        "actions, témoignages et ateliers ; trois orientations ont été adoptées.",
        "Inviter les élu·es du CISPD à la prochaine journée.",
    ),
    "Commission formation": (
        "Préparer les formations du réseau et recenser les besoins des partenaires.",
        "Les membres du réseau qui conçoivent et animent les formations.",
        "La commission s'est réunie tous les trois mois en {year} ; elle a préparé les "
        "deux sessions de formation et mis à jour le livret d'accueil.",
        "Construire un module court pour les nouveaux professionnel·les.",
    ),
    "Commission communication": (
        "Concevoir les supports d'information du public et la campagne annuelle.",
        "Les membres du réseau chargés de la communication.",
        "En {year}, la commission a relu les affiches et les dépliants de la campagne et "
        "préparé la page de la ville.",
        "Associer un collège à la conception de la prochaine campagne.",
    ),
}


def _narratives(session: Session, today: dt.date) -> None:
    """The words of each past year's action sheets, as the bilan was written."""
    for action in programme.list_actions(session):
        words = NARRATIVES.get(action.spec.title)
        if action.spec.year >= today.year or words is None or action.spec.body is not None:
            continue
        aims, audience, narrative, next_steps = words
        narratives.set_narrative(
            session,
            action.id,
            narratives.NarrativeSpec(
                aims, audience, narrative.format(year=action.spec.year), next_steps
            ),
        )


class NotEmptyError(AppError):
    """Demo data goes into a vault with no programme yet; this one has records."""

    code = "not-empty"


# partners who receive victims and tally them each month: (name, usual persons a month)
RECEIVING = (
    ("France Victimes — antenne locale", 14),
    ("CIDFF du département", 10),
    ("CCAS de Villeneuve", 6),
    ("Brigade de gendarmerie des Coteaux", 4),
)


def _reception_tallies(
    session: Session,
    partners: list[programme.OrganisationInfo],
    first_year: int,
    today: dt.date,
    seed: int,
) -> None:
    """Each receiving partner's monthly tally, up to the month before ``today``.

    A random source of its own, so that the rest of the demo stays what it was.
    """
    rng = random.Random(seed * 7919 + 1)
    by_name = {p.spec.name: p.id for p in partners}
    month = dt.date(first_year, 1, 1)
    while month < today.replace(day=1):
        for name, usual in RECEIVING:
            counts: dict[tallies.TallyCell, int] = {}
            for contact, share in ((TallyContact.RECEIVED, 0.6), (TallyContact.INFORMED, 0.4)):
                persons = max(0, round(rng.gauss(usual * share, usual * share / 3)))
                men = sum(1 for _ in range(persons) if rng.random() < 0.08)
                unsaid = sum(1 for _ in range(persons - men) if rng.random() < 0.05)
                counts[contact, Gender.WOMAN] = persons - men - unsaid
                counts[contact, Gender.MAN] = men
                counts[contact, Gender.UNSAID] = unsaid
            tallies.record_tally(session, month, by_name[name], counts, today=today)
        month = (month + dt.timedelta(days=32)).replace(day=1)


def is_empty(session: Session) -> bool:
    """Whether the vault holds no programme records yet."""
    return not programme.list_organisations(session) and not programme.list_actions(session)


def _weighted(rng: random.Random, table: list[tuple[object, int]]) -> object:
    values, weights = zip(*table, strict=True)
    return rng.choices(values, weights=weights)[0]


def populate(
    session: Session, *, years: int = 3, seed: int = 2026, today: dt.date | None = None
) -> DemoSummary:
    """Fill an empty vault with ``years`` of programme ending around ``today``.

    Raises:
        NotEmptyError: the vault already holds programme records (nothing is written).
    """
    if not is_empty(session):
        raise NotEmptyError
    rng = random.Random(seed)
    today = today or clock.now().astimezone(PARIS).date()
    now = dt.datetime.combine(today, dt.time(12), tzinfo=PARIS)
    first_year = today.year - years + 1
    partners = []
    for name, sector, contact, role in PARTNERS:
        partners.append(
            programme.create_organisation(
                session,
                programme.OrganisationSpec(
                    name,
                    sector,
                    contact_name=contact,
                    contact_role=role,
                    contact_email=_demo_email(contact),
                    agreement_start=dt.date(first_year - 1, 9, 1),
                    agreement_end=dt.date(today.year + 1, 8, 31),
                ),
            )
        )
    for year in range(first_year, today.year + 1):
        for partner in rng.sample(partners, 6):
            if rng.random() < 0.6:
                amount = Decimal(rng.choice([500, 800, 1000, 1500, 2000, 3000]))
                spec = programme.ContributionSpec(partner.id, year, amount=amount)
            else:
                kind = rng.choice(
                    [
                        "Mise à disposition d'une salle",
                        "Temps d'animatrice",
                        "Impression des affiches",
                    ]
                )
                spec = programme.ContributionSpec(partner.id, year, in_kind=kind)
            programme.add_contribution(session, spec)
    people = []
    for name, sector, role, partner_index in FACILITATORS:
        people.append(
            programme.create_facilitator(
                session,
                programme.FacilitatorSpec(
                    name,
                    sector,
                    organisation_id=partners[partner_index].id,
                    role=role,
                    email=_demo_email(name),
                ),
            ).id
        )
    rooms = [
        programme.create_room(session, programme.RoomSpec(n, address=a, capacity=c)).id
        for n, a, c in ROOMS
    ]
    if vault_settings.organiser_email(session) is None:  # invitations can be tried at once
        vault_settings.save_organiser_email(session, DEMO_ORGANISER)
    participants: list[int] = []
    actions = groups = sessions = lines = 0
    # Each year's actions continue last year's (a link that makes last year's
    # "renewed"), except a campaign that was not renewed: the next one is new.
    earlier: dict[str, int] = {}
    for year in range(first_year, today.year + 1):
        past_year = year < today.year
        talk = programme.create_action(
            session,
            programme.ActionSpec(
                "Groupes de parole pour les victimes",
                ActionKind.TALK_GROUP,
                year,
                review_status=ReviewStatus.RUNNING,
                previous_action_id=earlier.get("talk"),
            ),
        )
        typed = {
            Sector.SOCIAL: rng.randint(8, 20),
            Sector.HEALTH: rng.randint(4, 12),
            Sector.EDUCATION: rng.randint(3, 10),
            Sector.JUSTICE: rng.randint(2, 8),
        }
        training = programme.create_action(
            session,
            programme.ActionSpec(
                "Formation des professionnels au repérage",
                ActionKind.TRAINING,
                year,
                review_status=ReviewStatus.RUNNING,
                previous_action_id=earlier.get("training"),
                # typed by hand for the first year only (recorded before the app);
                # later years count the professionals recorded at the sessions
                trained=typed if year == first_year else {},
            ),
        )
        stopped = past_year and year % 2 == 1
        campaign = programme.create_action(
            session,
            programme.ActionSpec(
                "Campagne d'affichage « Parler, c'est déjà agir »",
                ActionKind.PUBLIC_ACTION,
                year,
                review_status=ReviewStatus.NOT_RENEWED if stopped else ReviewStatus.RUNNING,
                review_reason="Remplacée par un stand au marché" if stopped else None,
                public_kind=PublicActionKind.POSTERS,
                estimated_reach=rng.randint(2000, 6000),
                previous_action_id=earlier.get("campaign"),
                supports=_campaign_supports(year, random.Random(seed * 7 + year)),
            ),
        )
        earlier = {"talk": talk.id, "training": training.id}
        if not stopped:
            earlier["campaign"] = campaign.id
        plenary = programme.create_action(
            session,
            programme.ActionSpec(
                "Journée plénière", ActionKind.PLENARY, year, review_status=ReviewStatus.RUNNING
            ),
        )
        actions += 4
        plenary_day = dt.datetime(year, 1, 20 + rng.randint(0, 6), 9, 0, tzinfo=PARIS)
        scheduling.add_action_session(
            session,
            plenary.id,
            plenary_day,
            plenary_day + dt.timedelta(hours=6),
            facilitator_ids=people[:2],
            room_id=rooms[0],
        )
        for month in (3, 10):
            day = dt.datetime(year, month, 10 + rng.randint(0, 10), 14, 0, tzinfo=PARIS)
            date = scheduling.add_action_session(
                session,
                training.id,
                day,
                day + dt.timedelta(hours=3),
                facilitator_ids=people[2:4],
                room_id=rooms[1],
            )
            if year > first_year and day + dt.timedelta(hours=3) < now:
                _training_held(session, date.id, partners, random.Random(seed * 100 + day.day), now)
        sessions += 3
        cycles = [
            ("Groupe du mardi soir", Frequency.WEEKLY, 1, 1, dt.time(18, 0), False, rooms[0]),
            ("Groupe du jeudi matin", Frequency.WEEKLY, 3, 2, dt.time(9, 30), True, rooms[1]),
        ]
        for name, frequency, weekday, interval, at, is_open, room in cycles:
            for term, start_month in ((1, 1), (2, 9)):
                start = dt.date(year, start_month, 5)
                if start > today + dt.timedelta(days=60):
                    continue
                pair = rng.sample(people, 2)
                change = series.create_group(
                    session,
                    records.GroupSpec(
                        f"{name} — {'hiver-printemps' if term == 1 else 'automne'} {year}",
                        talk.id,
                        tuple(pair),
                        Recurrence(
                            frequency,
                            weekday,
                            start,
                            at,
                            120,
                            count=12 if interval == 1 else 8,
                            interval=interval,
                            holidays=HolidayCalendar.METROPOLE,
                            closures=(Closure(dt.date(year, 8, 1), dt.date(year, 8, 31)),),
                        ),
                        is_open=is_open,
                        room_id=room,
                        location_shared=not is_open,
                    ),
                )
                groups += 1
                group_id = change.group.id
                created = list(change.created)
                sessions += len(created)
                members = []
                for _ in range(rng.randint(6, 9)):
                    consent = start - dt.timedelta(days=rng.randint(10, 30))
                    person = attendance.create_participant(
                        session,
                        ParticipantAttributes(
                            age_band=_weighted(rng, AGE_WEIGHTS),  # type: ignore[arg-type]
                            gender=Gender.WOMAN if rng.random() < 0.9 else Gender.UNSAID,
                            referral_source=_weighted(rng, REFERRAL_WEIGHTS),  # type: ignore[arg-type]
                            consent_date=consent,
                        ),
                        now=dt.datetime.combine(consent, dt.time(9), tzinfo=PARIS),
                    )
                    attendance.enrol(session, person.id, group_id, start)
                    members.append(person.id)
                    participants.append(person.id)
                for index, occurrence in enumerate(created):
                    if occurrence.start > now - dt.timedelta(hours=3):
                        if index == len(created) - 2 and rng.random() < 0.5:
                            scheduling.move_session(
                                session,
                                occurrence.id,
                                occurrence.start + dt.timedelta(days=1),
                                occurrence.end + dt.timedelta(days=1),
                            )
                        continue
                    roll = rng.random()
                    if roll < 0.06:
                        scheduling.cancel_session(
                            session, occurrence.id, rng.choice(CANCEL_REASONS)
                        )
                        continue
                    if roll < 0.10:  # held a day later than planned
                        scheduling.move_session(
                            session,
                            occurrence.id,
                            occurrence.start + dt.timedelta(days=1),
                            occurrence.end + dt.timedelta(days=1),
                        )
                    marks = {}
                    for member in members:
                        r = rng.random()
                        if r < 0.72:
                            marks[member] = AttendanceStatus.PRESENT
                        elif r < 0.86:
                            marks[member] = AttendanceStatus.EXCUSED
                        else:
                            marks[member] = AttendanceStatus.ABSENT
                    if is_open and rng.random() < 0.3:
                        newcomer = attendance.add_participant_to_session(
                            session,
                            occurrence.id,
                            ParticipantAttributes(
                                age_band=_weighted(rng, AGE_WEIGHTS),  # type: ignore[arg-type]
                                referral_source=_weighted(rng, REFERRAL_WEIGHTS),  # type: ignore[arg-type]
                            ),
                        )
                        members.append(newcomer.id)
                        participants.append(newcomer.id)
                        lines += 1
                    attendance.write_attendance(session, occurrence.id, marks)
                    lines += len(marks)
                    scheduling.mark_held(session, occurrence.id, now=now)
    _adopt_orientations(session)
    _reception_tallies(session, partners, first_year, today, seed)
    sessions += _working_groups(session, people, rooms, first_year, today, seed)
    # the partnership and its money: random sources of their own, after everything
    # else, so that what was there before stays what it was
    _convention(session, partners, first_year, today)
    sessions += _governance_bodies(session, people, rooms, first_year, today, seed)
    _funding(session, partners, first_year, today, seed)
    _narratives(session, today)
    return DemoSummary(
        partners=len(partners),
        facilitators=len(people),
        actions=actions,
        groups=groups,
        sessions=sessions,
        participants=len(participants),
        attendance_lines=lines,
    )
