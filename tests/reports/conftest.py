"""Fixtures for the report tests: the shared vault, and a small programme known by heart.

The programme of 2025 (times in Europe/Paris) that :func:`make_programme` builds, and
whose every indicator the tests compute by hand:

Facilitators: Awa (social), Bruno (justice), Chloé (santé), Driss (éducation).
Actions of 2025: talk groups (new), training (renews the 2024 training; trained:
social 12, santé 3), posters (running, reach 400), a stand (only proposed, reach 50).

Group "Mardi" (Awa, Bruno), Tuesdays 18:00: 4, 11, 18, 25 March; 25 March cancelled.
Group "Jeudi" (Awa, Chloé), Thursdays 18:00: 27 March, 3 and 10 April.
Training session 15 April 09:00 (Driss), headcount 14.

Participants (age band, referral): P1 26-35 police, P2 26-35 social services,
P3 36-45 police, P4 18-25 health, P5 36-45 self-referral. Mardi: P1 P2 P3;
Jeudi: P3 P4 P5.

Registers (present = "x", excused "e", absent "a"):

    Mardi  4/3: P1 x, P2 x, P3 a       (marked held)
    Mardi 11/3: P1 x, P2 e, P3 x
    Mardi 18/3: P1 x, P2 x, P3 x
    Jeudi 27/3: P3 x, P4 x, P5 x
    Jeudi  3/4: P4 x, P5 a
    Jeudi 10/4: headcount 4

Contributions: a social partner 1,500.50 € in 2025; a local authority 3,000 € and a
room lent (in kind) in 2025, 2,000 € in 2024.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from tests.scheduling.conftest import (  # the shared vault, emptied around each test
    shared_vault,
    vault,
)
from vpi_groups.attendance import registers as att
from vpi_groups.attendance.registers import ParticipantAttributes
from vpi_groups.programme import records as programme
from vpi_groups.scheduling import records, series
from vpi_groups.scheduling import sessions as scheduling
from vpi_groups.scheduling.recurrence import Recurrence
from vpi_groups.storage import vault as vaults
from vpi_groups.storage.models import (
    ActionKind,
    AgeBand,
    AttendanceStatus,
    Frequency,
    PublicActionKind,
    ReferralSource,
    ReviewStatus,
    Sector,
)

__all__ = ["shared_vault", "vault"]

PARIS = ZoneInfo("Europe/Paris")
X, E, A = AttendanceStatus.PRESENT, AttendanceStatus.EXCUSED, AttendanceStatus.ABSENT
MEMO = "MEMO-CANARY-Ne-doit-jamais-sortir"
NOTE = "NOTE-CANARY-Seance-difficile"
IN_KIND = "INKIND-CANARY-Salle-pretee"


@dataclass(frozen=True)
class Programme:
    """Ids and codes of the programme above."""

    mardi: int
    jeudi: int
    mardi_sessions: tuple[int, ...]
    jeudi_sessions: tuple[int, ...]
    training_session: int
    talk_action: int
    training_action: int
    participants: tuple[int, ...]
    codes: tuple[str, ...]


def _weekly(start: dt.date, weekday: int, count: int) -> Recurrence:
    return Recurrence(Frequency.WEEKLY, weekday, start, dt.time(18, 0), 90, count=count)


def make_programme(vault: vaults.Vault) -> Programme:
    """Build the programme of the module docstring in a clean vault."""
    with vault.session() as s:
        awa, bruno, chloe, driss = (
            programme.create_facilitator(s, programme.FacilitatorSpec(name, sector)).id
            for name, sector in (
                ("Awa", Sector.SOCIAL),
                ("Bruno", Sector.JUSTICE),
                ("Chloé", Sector.HEALTH),
                ("Driss", Sector.EDUCATION),
            )
        )
        talk = programme.create_action(
            s,
            programme.ActionSpec("Groupes 2025", ActionKind.TALK_GROUP, 2025, ReviewStatus.RUNNING),
        ).id
        earlier = programme.create_action(
            s, programme.ActionSpec("Formation 2024", ActionKind.TRAINING, 2024)
        ).id
        training = programme.renew_action(s, earlier).id
        programme.update_action(
            s,
            training,
            programme.ActionSpec(
                "Formation 2025",
                ActionKind.TRAINING,
                2025,
                ReviewStatus.RUNNING,
                trained={Sector.SOCIAL: 12, Sector.HEALTH: 3},
                previous_action_id=earlier,
            ),
        )
        for title, form, status, reach in (
            ("Affiches 2025", PublicActionKind.POSTERS, ReviewStatus.RUNNING, 400),
            ("Stand 2025", PublicActionKind.STAND, ReviewStatus.PROPOSED, 50),
        ):
            programme.create_action(
                s,
                programme.ActionSpec(
                    title,
                    ActionKind.PUBLIC_ACTION,
                    2025,
                    status,
                    public_kind=form,
                    estimated_reach=reach,
                ),
            )
        social = programme.create_organisation(
            s, programme.OrganisationSpec("Centre social", Sector.SOCIAL, contact_name="Mme Y")
        ).id
        town = programme.create_organisation(
            s, programme.OrganisationSpec("Mairie", Sector.LOCAL_AUTHORITY)
        ).id
        programme.add_contribution(s, programme.ContributionSpec(social, 2025, Decimal("1500.50")))
        programme.add_contribution(
            s, programme.ContributionSpec(town, 2025, Decimal("3000"), IN_KIND)
        )
        programme.add_contribution(s, programme.ContributionSpec(town, 2024, Decimal("2000")))

        mardi = series.create_group(
            s,
            records.GroupSpec("Mardi", talk, (awa, bruno), _weekly(dt.date(2025, 3, 4), 1, 4)),
        )
        jeudi = series.create_group(
            s,
            records.GroupSpec("Jeudi", talk, (awa, chloe), _weekly(dt.date(2025, 3, 27), 3, 3)),
        )
        m = tuple(x.id for x in records.list_sessions(s, group_id=mardi.group.id))
        j = tuple(x.id for x in records.list_sessions(s, group_id=jeudi.group.id))
        start = dt.datetime(2025, 4, 15, 9, 0, tzinfo=PARIS)
        one_off = scheduling.add_action_session(
            s, training, start, start + dt.timedelta(hours=3), facilitator_ids=[driss]
        ).id

        people = [
            (AgeBand.FROM_26_TO_35, ReferralSource.POLICE),
            (AgeBand.FROM_26_TO_35, ReferralSource.SOCIAL_SERVICES),
            (AgeBand.FROM_36_TO_45, ReferralSource.POLICE),
            (AgeBand.FROM_18_TO_25, ReferralSource.HEALTH),
            (AgeBand.FROM_36_TO_45, ReferralSource.SELF),
        ]
        created = [
            att.create_participant(
                s,
                ParticipantAttributes(age, referral_source=referral, memo=f"{MEMO}-{n}"),
                now=dt.datetime(2025, 2, 1, tzinfo=dt.UTC),
            )
            for n, (age, referral) in enumerate(people, start=1)
        ]
        p1, p2, p3, p4, p5 = (p.id for p in created)
        for pid in (p1, p2, p3):
            att.enrol(s, pid, mardi.group.id, dt.date(2025, 3, 1))
        for pid in (p3, p4, p5):
            att.enrol(s, pid, jeudi.group.id, dt.date(2025, 3, 20))
        att.record_attendance(s, m[0], {p1: X, p2: X, p3: A})
        att.record_attendance(s, m[1], {p1: X, p2: E, p3: X})
        att.record_attendance(s, m[2], {p1: X, p2: X, p3: X})
        att.record_attendance(s, j[0], {p3: X, p4: X, p5: X})
        att.record_attendance(s, j[1], {p4: X, p5: A})
        att.set_headcount(s, j[2], 4)
        att.set_headcount(s, one_off, 14)
        for sid in (*m, *j):
            att.set_note(s, sid, f"{NOTE}-{sid}")
        scheduling.mark_held(s, m[0], now=dt.datetime(2025, 3, 5, tzinfo=dt.UTC))
        scheduling.cancel_session(s, m[3], "Salle indisponible")
    return Programme(
        mardi=mardi.group.id,
        jeudi=jeudi.group.id,
        mardi_sessions=m,
        jeudi_sessions=j,
        training_session=one_off,
        talk_action=talk,
        training_action=training,
        participants=(p1, p2, p3, p4, p5),
        codes=tuple(p.code for p in created),
    )


@pytest.fixture
def known(vault: vaults.Vault) -> Programme:
    """The programme of the module docstring, in a clean shared vault."""
    return make_programme(vault)
