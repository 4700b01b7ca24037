"""The demo programme: realistic, complete, reproducible from its seed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select

from vpi_groups.cli import EXIT_OK, EXIT_OTHER, main
from vpi_groups.demo import data as demo_data
from vpi_groups.programme import records as programme
from vpi_groups.storage import vault as vaults
from vpi_groups.storage.models import (
    Action,
    ActionKind,
    Attendance,
    Organisation,
    Participant,
    ProgrammeSession,
    ReferralSource,
    ReviewStatus,
    Sector,
    SessionStatus,
    TalkGroup,
)

TODAY = dt.date(2026, 11, 28)


def _fill(folder: Path, seed: int) -> tuple[vaults.Vault, demo_data.DemoSummary]:
    vault, _ = vaults.create(folder, "données de démonstration 2026", kdf_seconds=0)
    with vault.session() as s:
        summary = demo_data.populate(s, years=3, seed=seed, today=TODAY)
    return vault, summary


def _fingerprint(vault: vaults.Vault) -> list[tuple[object, ...]]:
    with vault.session() as s:
        return [
            tuple(row)
            for row in s.execute(
                select(
                    ProgrammeSession.starts_at,
                    ProgrammeSession.status,
                    func.count(Attendance.participant_id),
                )
                .outerjoin(Attendance, Attendance.session_id == ProgrammeSession.id)
                .group_by(ProgrammeSession.id)
                .order_by(ProgrammeSession.starts_at, ProgrammeSession.id)
            )
        ]


def test_same_seed_same_programme(tmp_path: Path) -> None:
    a, summary_a = _fill(tmp_path / "a", 7)
    b, summary_b = _fill(tmp_path / "b", 7)
    c, _ = _fill(tmp_path / "c", 8)
    try:
        assert summary_a == summary_b
        assert _fingerprint(a) == _fingerprint(b)
        assert _fingerprint(a) != _fingerprint(c)
    finally:
        for v in (a, b, c):
            v.lock()


def test_the_programme_has_everything_to_try(tmp_path: Path) -> None:
    vault, summary = _fill(tmp_path / "v", 2026)
    try:
        with vault.session() as s:
            sectors = set(s.scalars(select(Organisation.sector)))
            kinds = set(s.scalars(select(Action.kind)))
            reviews = set(s.scalars(select(Action.review_status)))
            statuses = set(s.scalars(select(ProgrammeSession.status)))
            moved = s.scalar(select(func.count()).where(ProgrammeSession.moved))
            open_groups = s.scalar(select(func.count()).where(TalkGroup.is_open))
            contributions = programme.list_contributions(s)
            referrals: dict[ReferralSource, int] = {
                source: n
                for source, n in s.execute(
                    select(Participant.referral_source, func.count()).group_by(
                        Participant.referral_source
                    )
                )
            }
        assert sectors == {x.value for x in Sector if x != Sector.OTHER}
        assert kinds == {k.value for k in ActionKind}
        assert ReviewStatus.NOT_RENEWED.value in reviews
        assert {
            SessionStatus.HELD.value,
            SessionStatus.CANCELLED.value,
            SessionStatus.PLANNED.value,
        } <= statuses
        assert moved
        assert open_groups
        assert contributions
        assert summary.participants >= 50
        assert summary.attendance_lines >= 500
        # A few referrals not recorded, as in real registers; most are known.
        assert sum(referrals.values()) == summary.participants
        assert 0 < referrals[ReferralSource.UNKNOWN] < 0.1 * summary.participants
        assert referrals[ReferralSource.UNKNOWN] < referrals[ReferralSource.POLICE]
    finally:
        vault.lock()


def test_the_last_year_has_working_groups_with_records_and_partners_tallies(
    tmp_path: Path,
) -> None:
    from vpi_groups.programme import tallies
    from vpi_groups.scheduling import meetings

    vault, _summary = _fill(tmp_path / "v", 2026)
    try:
        with vault.session() as s:
            every = programme.list_actions(s, year=TODAY.year, kind=ActionKind.WORKING_GROUP)
            groups = [a for a in every if a.spec.body is None]  # not the governance bodies
            assert len(groups) == 2
            for group in groups:
                assert 6 <= len(group.spec.members) <= 8
                assert group.spec.lead_id in group.spec.members
                assert group.spec.previous_action_id is not None  # renewed from last year
                held = [
                    sid
                    for sid in s.scalars(
                        select(ProgrammeSession.id).where(
                            ProgrammeSession.action_id == group.id,
                            ProgrammeSession.status == SessionStatus.HELD,
                        )
                    )
                ]
                assert held
                assert all(meetings.meeting_minutes(s, sid) for sid in held)
                assert all(meetings.present_members(s, sid) for sid in held)
                assert meetings.decisions(s, group.id)
                assert meetings.tasks(s, action_id=group.id)
            year = tallies.tallies(s, dt.date(TODAY.year, 1, 1), dt.date(TODAY.year, 12, 31))
            assert {line.organisation for line in year} >= {"CIDFF du département"}
            assert {line.month.month for line in year} == set(range(1, TODAY.month))
    finally:
        vault.lock()


def test_refuses_a_vault_that_has_a_programme(tmp_path: Path) -> None:
    vault, _ = _fill(tmp_path / "v", 1)
    try:
        with pytest.raises(demo_data.NotEmptyError), vault.session() as s:
            demo_data.populate(s, seed=2, today=TODAY)
    finally:
        vault.lock()


def test_cli_demo_data(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "v"
    vaults.create(folder, "données de démonstration 2026", kdf_seconds=0)[0].lock()
    secret = tmp_path / "secret"
    secret.write_text("données de démonstration 2026", encoding="utf-8")
    args = ["--vault", str(folder), "demo-data", "--years", "1", "--passphrase-file", str(secret)]
    assert main(args) == EXIT_OK
    assert "Programme fictif créé" in capsys.readouterr().out
    assert main(args) == EXIT_OTHER
    assert "contient déjà un programme" in capsys.readouterr().err


def test_the_partnership_convention_bodies_funders_budget_and_sheets(tmp_path: Path) -> None:
    from vpi_groups.programme import funding, narratives, partnership
    from vpi_groups.scheduling import meetings
    from vpi_groups.storage.models import CommitmentKind, GovernanceBody

    vault, _summary = _fill(tmp_path / "v", 2026)
    try:
        with vault.session() as s:
            # one convention over the demo years, extended to the end of the last one
            (convention,) = partnership.list_conventions(s)
            assert convention.spec.starts_on == dt.date(TODAY.year - 3, 9, 1)
            assert convention.spec.ends_on == dt.date(TODAY.year - 1, 12, 31)
            assert convention.effective_end == dt.date(TODAY.year, 12, 31)
            assert len(convention.spec.signatories) == 6
            assert all(sig.signed_by and sig.signed_on for sig in convention.spec.signatories)
            assert {c.kind for c in convention.spec.commitments} == set(CommitmentKind)
            assert len(convention.spec.amendments) == 1
            # 33 days before its end: its renewal is recalled
            (reminder,) = partnership.renewal_reminders(s, TODAY)
            assert reminder.days_left == 33
            # two governance bodies a year, their past meetings recorded
            for year in range(TODAY.year - 2, TODAY.year + 1):
                groups = programme.list_actions(s, year=year, kind=ActionKind.WORKING_GROUP)
                bodies = {a.spec.body: a for a in groups if a.spec.body is not None}
                assert set(bodies) == set(GovernanceBody)
                for body in bodies.values():
                    assert body.spec.theme_axis is None
                    held = list(
                        s.scalars(
                            select(ProgrammeSession.id).where(
                                ProgrammeSession.action_id == body.id,
                                ProgrammeSession.status == SessionStatus.HELD,
                            )
                        )
                    )
                    assert held
                    assert all(meetings.present_members(s, sid) for sid in held)
                    assert meetings.decisions(s, body.id)
                committee = bodies[GovernanceBody.STEERING_COMMITTEE]
                planned = s.scalar(
                    select(func.count()).where(ProgrammeSession.action_id == committee.id)
                )
                assert planned == 3
                # grants for actions and one for the whole programme; a budget
                money = funding.funding_year(s, year)
                assert money.by_action[-1].label == funding.PROGRAMME_WIDE
                assert len(money.by_action) >= 3
                assert money.total.granted > 0
                assert money.budget
                assert any(row.value for row in money.in_kind)
            # past years are paid in full, the current one in part; its budget is half known
            past = funding.funding_year(s, TODAY.year - 1)
            assert past.total.remaining == 0
            current = funding.funding_year(s, TODAY.year)
            assert 0 < current.total.paid < current.total.granted
            assert any(line.spec.actual is None for line in current.budget)
            assert all(line.spec.actual is not None for line in past.budget)
            # the words of every past year's sheets, none for this year's yet
            for action in programme.list_actions(s):
                if action.spec.body is not None:
                    continue
                words = narratives.get_narrative(s, action.id)
                if action.spec.year < TODAY.year:
                    assert words.aims
                    assert words.audience
                    assert words.narrative
                    assert words.next_steps
                else:
                    assert words == narratives.NarrativeSpec()
    finally:
        vault.lock()
