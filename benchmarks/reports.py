"""Report figures: anonymised totals over a 10-year vault against plain SQL GROUP BY.

Builds, in a fresh vault and through the services, ten years of a programme
(2016-2025): eight facilitators; per year a talk-group action (renewing the year
before's), a training action with professionals trained, a public action and two
partner contributions; ``--groups`` weekly talk groups a year, of 40 sessions with
ten participants each (random coarse attributes), whose registers (80 % present)
are written by ``attendance.bulk_record``; one session in fifty cancelled before
its register; one training session a month recorded as a headcount. No purge by
default: with the default 48 groups a year (480 groups, 4,800 participants) about
188,000 register lines stay live; ``--purge`` folds the first two years into the
anonymous tables, so the reports add live registers and folded rows.

Prints medians of ``reports.build_report`` with every breakdown (axis, action, group,
facilitators' sector, referral source, age band; line-by-line suppression included, the
joint audit left to ``benchmarks/disclosure.py``), against a
baseline measured in the same run on the same database, the two in turn: plain SQL
GROUP BY statements that compute the same counts (sessions by status, attendances
live + folded + headcounts, distinct and new participants, facilitators by sector,
actions, people trained, contributions; and each of those per breakdown), per UTC
month or year, with no suppression, labels or Python objects. The sessions of this
programme all start in daytime, so UTC months are the local ones; the script checks
that both give the same attendance totals and distinct counts before timing.

Three reports: the year 2025 by month and the decade by year with every breakdown,
and the decade without breakdowns. Target: within 1.5x of the baseline. Each line also
shows how long the three reads of registers the report builds on take by themselves
(``attendance_totals``'s ``session_presence``, ``monthly_presence`` and
``people_present``), to tell the report's own work from theirs.

Run: ``.venv/bin/python -m benchmarks.reports [--groups N] [--repeat N]``
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.orm import Session

from benchmarks.timing import interleaved, median_ratio, median_seconds, report, spread
from vpi_groups.attendance import registers as attendance
from vpi_groups.attendance import retention
from vpi_groups.attendance import totals as attendance_totals
from vpi_groups.attendance.registers import ParticipantAttributes
from vpi_groups.programme import records as programme
from vpi_groups.reports import indicators as reports
from vpi_groups.reports import joint
from vpi_groups.scheduling import records, series
from vpi_groups.scheduling import sessions as scheduling
from vpi_groups.scheduling.recurrence import Recurrence
from vpi_groups.storage import vault as vaults
from vpi_groups.storage.models import (
    ActionKind,
    AgeBand,
    AttendanceStatus,
    Frequency,
    Gender,
    PeriodKind,
    PublicActionKind,
    ReferralSource,
    ReviewStatus,
    Sector,
)

NAME = "reports"
TARGET = 1.5
PASSPHRASE = "banc d'essai des bilans 2026"
FIRST_YEAR, LAST_YEAR = 2016, 2025
SESSIONS_PER_GROUP = 40
PEOPLE_PER_GROUP = 10

# One statement per family of counts, as a developer would write it by hand.
# :fmt is '%Y-%m' (by month) or '%Y' (by year); bounds are naive UTC text.
BASELINE = {
    "sessions": """
        SELECT strftime(:fmt, s.starts_at), s.status, count(*) FROM session s
        WHERE s.starts_at >= :low AND s.starts_at < :high GROUP BY 1, 2""",
    "attendances": """
        SELECT m, sum(n) FROM (
          SELECT strftime(:fmt, s.starts_at) AS m, count(*) AS n
          FROM attendance a JOIN session s ON s.id = a.session_id
          WHERE a.status = 'present' AND s.starts_at >= :low AND s.starts_at < :high
          GROUP BY 1
          UNION ALL
          SELECT strftime(:fmt, s.starts_at), sum(f.count)
          FROM folded_attendance f JOIN session s ON s.id = f.session_id
          WHERE f.status = 'present' AND s.starts_at >= :low AND s.starts_at < :high
          GROUP BY 1
          UNION ALL
          SELECT strftime(:fmt, s.starts_at), sum(h.present)
          FROM session_headcount h JOIN session s ON s.id = h.session_id
          WHERE s.starts_at >= :low AND s.starts_at < :high GROUP BY 1)
        GROUP BY m""",
    "distinct": """
        SELECT strftime(:fmt, s.starts_at), count(DISTINCT a.participant_id)
        FROM attendance a JOIN session s ON s.id = a.session_id
        WHERE a.status = 'present' AND s.starts_at >= :low AND s.starts_at < :high
        GROUP BY 1""",
    "distinct_whole": """
        SELECT count(DISTINCT a.participant_id)
        FROM attendance a JOIN session s ON s.id = a.session_id
        WHERE a.status = 'present' AND s.starts_at >= :low AND s.starts_at < :high""",
    "distinct_referral": """
        SELECT p.referral_source, strftime(:fmt, s.starts_at), count(DISTINCT a.participant_id)
        FROM attendance a JOIN session s ON s.id = a.session_id
        JOIN participant p ON p.id = a.participant_id
        WHERE a.status = 'present' AND s.starts_at >= :low AND s.starts_at < :high
        GROUP BY 1, 2""",
    "distinct_age": """
        SELECT p.age_band, strftime(:fmt, s.starts_at), count(DISTINCT a.participant_id)
        FROM attendance a JOIN session s ON s.id = a.session_id
        JOIN participant p ON p.id = a.participant_id
        WHERE a.status = 'present' AND s.starts_at >= :low AND s.starts_at < :high
        GROUP BY 1, 2""",
    "new": """
        SELECT strftime(:fmt, first), count(*) FROM (
          SELECT a.participant_id, min(s.starts_at) AS first
          FROM attendance a JOIN session s ON s.id = a.session_id
          WHERE a.status = 'present' GROUP BY a.participant_id)
        WHERE first >= :low AND first < :high GROUP BY 1""",
    "folded_people": """
        SELECT period_kind, period_start, sum(distinct_count), sum(new_count)
        FROM folded_participants
        WHERE scope_kind = 'programme' AND period_start >= :low_day AND period_start < :high_day
        GROUP BY 1, 2""",
    "facilitators": """
        SELECT f.sector, strftime(:fmt, s.starts_at), count(DISTINCT f.id)
        FROM session_facilitator sf JOIN session s ON s.id = sf.session_id
        JOIN facilitator f ON f.id = sf.facilitator_id
        WHERE s.status != 'cancelled' AND s.starts_at >= :low AND s.starts_at < :high
        GROUP BY 1, 2""",
    "actions": """
        SELECT kind, previous_action_id IS NOT NULL, count(*) FROM action
        WHERE year BETWEEN :first_year AND :last_year GROUP BY 1, 2""",
    "trained": """
        SELECT t.sector, a.year, sum(t.trained) FROM action_trained t
        JOIN action a ON a.id = t.action_id
        WHERE a.year BETWEEN :first_year AND :last_year GROUP BY 1, 2""",
    "contributions": """
        SELECT o.sector, c.year, sum(c.amount_cents) FROM contribution c
        JOIN organisation o ON o.id = c.organisation_id
        WHERE c.year BETWEEN :first_year AND :last_year GROUP BY 1, 2""",
}


# Every breakdown, as a developer would write it by hand: one GROUP BY per indicator and
# breakdown (what the session belongs to: axis, action, group, facilitators' sector; who
# came: referral source, age band), per period and for the whole span.
OWNER = (
    " LEFT JOIN talk_group g ON g.id = s.group_id"
    " JOIN action ac ON ac.id = coalesce(g.action_id, s.action_id)"
)
IN_PERIOD = "s.starts_at >= :low AND s.starts_at < :high"
SESSION_DIMENSIONS = {
    "axis": ("ac.kind", OWNER),
    "action": ("ac.id", OWNER),
    "group": ("s.group_id", ""),
    "facilitator-sector": (
        "f.sector",
        " JOIN session_facilitator sf ON sf.session_id = s.id"
        " JOIN facilitator f ON f.id = sf.facilitator_id",
    ),
}
PERSON_DIMENSIONS = {
    "referral-source": ("p.referral_source", " JOIN participant p ON p.id = a.participant_id"),
    "age-band": ("p.age_band", " JOIN participant p ON p.id = a.participant_id"),
}


def breakdown_statements() -> dict[str, str]:
    """The GROUP BY statements of every breakdown (added to :data:`BASELINE`)."""
    out: dict[str, str] = {}
    for name, (dim, joins) in SESSION_DIMENSIONS.items():
        out[f"sessions-by-{name}"] = (
            f"SELECT {dim}, strftime(:fmt, s.starts_at), s.status, count(DISTINCT s.id)"
            f" FROM session s{joins} WHERE {IN_PERIOD} GROUP BY 1, 2, 3"
        )
        out[f"attendances-by-{name}"] = (
            f"SELECT d, m, sum(n) FROM ("
            f" SELECT {dim} AS d, strftime(:fmt, s.starts_at) AS m, count(*) AS n"
            f" FROM attendance a JOIN session s ON s.id = a.session_id{joins}"
            f" WHERE a.status = 'present' AND {IN_PERIOD} GROUP BY 1, 2"
            f" UNION ALL SELECT {dim}, strftime(:fmt, s.starts_at), sum(h.present)"
            f" FROM session_headcount h JOIN session s ON s.id = h.session_id{joins}"
            f" WHERE {IN_PERIOD} GROUP BY 1, 2) GROUP BY 1, 2"
        )
    for name, (dim, joins) in {**SESSION_DIMENSIONS, **PERSON_DIMENSIONS}.items():
        if name == "facilitator-sector":
            continue  # people are not counted by their facilitators' sector
        if name in PERSON_DIMENSIONS:
            out[f"attendances-by-{name}"] = (
                f"SELECT {dim}, strftime(:fmt, s.starts_at), count(*)"
                f" FROM attendance a JOIN session s ON s.id = a.session_id{joins}"
                f" WHERE a.status = 'present' AND {IN_PERIOD} GROUP BY 1, 2"
            )
        for suffix, period in (("", ", strftime(:fmt, s.starts_at)"), ("-whole", "")):
            group_by = "GROUP BY 1, 2" if period else "GROUP BY 1"
            out[f"participants-by-{name}{suffix}"] = (
                f"SELECT {dim}{period}, count(DISTINCT a.participant_id)"
                f" FROM attendance a JOIN session s ON s.id = a.session_id{joins}"
                f" WHERE a.status = 'present' AND {IN_PERIOD} {group_by}"
            )
    for name, dim in (
        ("axis", "'talk_group'"),
        ("referral-source", "p.referral_source"),
        ("age-band", "p.age_band"),
    ):
        out[f"new-participants-by-{name}"] = (
            f"SELECT {dim}, strftime(:fmt, x.first), count(*) FROM ("
            " SELECT a.participant_id AS pid, min(s.starts_at) AS first"
            " FROM attendance a JOIN session s ON s.id = a.session_id"
            " WHERE a.status = 'present' GROUP BY a.participant_id) x"
            " JOIN participant p ON p.id = x.pid"
            " WHERE x.first >= :low AND x.first < :high GROUP BY 1, 2"
        )
    return out


BREAKDOWNS = breakdown_statements()
EVERY_BREAKDOWN = tuple(b for b in reports.Breakdown if b is not reports.Breakdown.MONTH)


@contextmanager
def fresh_vault() -> Iterator[vaults.Vault]:
    with tempfile.TemporaryDirectory(prefix="vpi-bench-reports-") as folder:
        vault, _recovery = vaults.create(Path(folder) / "vault", PASSPHRASE, kdf_seconds=0)
        try:
            yield vault
        finally:
            vault.lock()


def build(vault: vaults.Vault, groups_per_year: int, seed: int = 7, *, purge: bool = True) -> int:
    """Create the programme through the services; return the register lines written.

    With ``purge``, ``retention.purge`` then folds the first two years (24 months kept
    back from 2020) into the anonymous tables.
    """
    rng = random.Random(seed)
    sectors = list(Sector)
    lines: list[tuple[int, int, AttendanceStatus]] = []
    with vault.session() as s:
        people = [
            programme.create_facilitator(
                s, programme.FacilitatorSpec(f"Animateur {i}", sectors[i % len(sectors)])
            ).id
            for i in range(8)
        ]
        partners = [
            programme.create_organisation(s, programme.OrganisationSpec(f"Partenaire {i}", sector))
            for i, sector in enumerate((Sector.SOCIAL, Sector.LOCAL_AUTHORITY))
        ]
        talk: int | None = None
        for year in range(FIRST_YEAR, LAST_YEAR + 1):
            if talk is None:
                spec = programme.ActionSpec(f"Groupes {year}", ActionKind.TALK_GROUP, year)
                talk = programme.create_action(s, spec).id
            else:
                talk = programme.renew_action(s, talk).id
            training = programme.create_action(
                s,
                programme.ActionSpec(
                    f"Formation {year}",
                    ActionKind.TRAINING,
                    year,
                    ReviewStatus.RUNNING,
                    trained={Sector.SOCIAL: rng.randrange(5, 30), Sector.HEALTH: rng.randrange(9)},
                ),
            ).id
            programme.create_action(
                s,
                programme.ActionSpec(
                    f"Campagne {year}",
                    ActionKind.PUBLIC_ACTION,
                    year,
                    ReviewStatus.RUNNING,
                    public_kind=PublicActionKind.POSTERS,
                    estimated_reach=rng.randrange(500, 5000),
                ),
            )
            for partner in partners:
                programme.add_contribution(
                    s,
                    programme.ContributionSpec(
                        partner.id, year, Decimal(rng.randrange(1000, 9000))
                    ),
                )
            for month in range(1, 13):
                start = dt.datetime(year, month, 20, 9, tzinfo=dt.UTC)
                one_off = scheduling.add_action_session(
                    s, training, start, start + dt.timedelta(hours=3), facilitator_ids=[people[0]]
                )
                attendance.set_headcount(s, one_off.id, rng.randrange(4, 25))
            for number in range(groups_per_year):
                rule = Recurrence(
                    Frequency.WEEKLY,
                    weekday=number % 5,
                    start_date=dt.date(year, 1, 2) + dt.timedelta(days=number % 7),
                    start_time=dt.time(9 + number % 9, 0),
                    duration_minutes=90,
                    count=SESSIONS_PER_GROUP,
                )
                pair = rng.sample(people, 2)
                change = series.create_group(
                    s,
                    records.GroupSpec(f"Groupe {year}-{number}", talk, (pair[0], pair[1]), rule),
                )
                members = [
                    attendance.create_participant(
                        s,
                        ParticipantAttributes(
                            rng.choice(list(AgeBand)),
                            rng.choice(list(Gender)),
                            rng.choice(list(ReferralSource)),
                        ),
                    ).id
                    for _ in range(PEOPLE_PER_GROUP)
                ]
                for member in members:  # enrolled, as the window's register save requires
                    attendance.enrol(s, member, change.group.id, rule.start_date)
                for occurrence in change.created:
                    if rng.random() < 0.02:
                        scheduling.cancel_session(s, occurrence.id, "Salle indisponible")
                        continue
                    for member in members:
                        draw = rng.random()
                        status = (
                            AttendanceStatus.PRESENT
                            if draw < 0.8
                            else AttendanceStatus.EXCUSED
                            if draw < 0.9
                            else AttendanceStatus.ABSENT
                        )
                        lines.append((occurrence.id, member, status))
        attendance.bulk_record(s, lines)
    if not purge:
        return len(lines)
    with vault.session() as s:
        retention.purge(s, months=24, now=dt.datetime(FIRST_YEAR + 4, 1, 1, tzinfo=dt.UTC))
    return len(lines)


def _naive(instant: dt.datetime) -> str:
    """An instant as the vault stores it: naive UTC text."""
    return instant.astimezone(dt.UTC).replace(tzinfo=None).isoformat(" ")


def baseline(
    s: Session, spec: reports.PeriodSpec, *, every_breakdown: bool = False
) -> dict[str, list[tuple[object, ...]]]:
    """Run every baseline statement for the report's period; return their rows."""
    low, high = (_naive(t) for t in spec.instants())
    params = {
        "fmt": "%Y-%m" if spec.by is PeriodKind.MONTH else "%Y",
        "low": low,
        "high": high,
        "low_day": spec.start.isoformat(),
        "high_day": (spec.end + dt.timedelta(days=1)).isoformat(),
        "first_year": spec.start.year,
        "last_year": spec.end.year,
    }
    statements = {**BASELINE, **BREAKDOWNS} if every_breakdown else BASELINE
    return {
        name: [tuple(row) for row in s.execute(text(sql), params)]
        for name, sql in statements.items()
    }


def check_agreement(vault: vaults.Vault, spec: reports.PeriodSpec) -> None:
    """The report's exact counts equal the baseline's where both count the same thing."""
    with vault.session() as s:
        rep = reports.build_report(s, spec, k=5)
        rows = baseline(s, spec)
    totals = rep.table("attendances-by-month").column_totals
    assert totals is not None
    sql_total = sum(int(str(n)) for _m, n in rows["attendances"])
    if totals[0].exact != sql_total:
        raise SystemExit(f"attendances disagree: report {totals[0].exact}, SQL {sql_total}")
    if spec.by is PeriodKind.MONTH and spec.calendar_kind is PeriodKind.YEAR:
        live = int(str(rows["distinct_whole"][0][0]))
        folded = sum(
            int(str(d))
            for kind, start, d, _n in rows["folded_people"]
            if kind == "year" and str(start) == spec.start.isoformat()
        )
        whole = rep.table("participants-by-month").column_totals
        assert whole is not None
        if whole[0].exact != live + folded:
            raise SystemExit(f"distinct disagree: report {whole[0].exact}, SQL {live + folded}")


def count_lines(vault: vaults.Vault) -> tuple[int, int]:
    with vault.session() as s:
        live = s.execute(text("SELECT count(*) FROM attendance")).scalar_one()
        folded = s.execute(
            text("SELECT coalesce(sum(count), 0) FROM folded_attendance")
        ).scalar_one()
    return int(live), int(folded)


@contextmanager
def without_audit() -> Iterator[None]:
    """The report's tables and line-by-line suppression, without the joint audit.

    The audit (linear programs over everything released) has its own benchmark,
    ``benchmarks/disclosure.py``; this one measures what the report computes.
    """
    kept = joint.protect_jointly
    joint.protect_jointly = lambda *_a, **_k: joint.JointResult(0, 0, 3)
    try:
        yield
    finally:
        joint.protect_jointly = kept


def measure(
    vault: vaults.Vault,
    label: str,
    spec: reports.PeriodSpec,
    repeat: int,
    breakdowns: Sequence[reports.Breakdown] = (),
) -> str:
    every = bool(breakdowns)

    def service() -> None:
        with without_audit(), vault.session() as s:
            reports.build_report(s, spec, breakdowns=breakdowns, k=5)

    def plain() -> None:
        with vault.session() as s:
            baseline(s, spec, every_breakdown=every)

    def reads() -> None:
        begin, end = spec.instants()
        months = reports.MonthClock(spec).months()
        with vault.session() as s:
            attendance_totals.session_presence(s, begin, end)
            attendance_totals.monthly_presence(s, months)
            attendance_totals.people_present(s, begin, end)

    check_agreement(vault, spec)
    times, bases = interleaved(service, plain, repeat)
    ratio = median_ratio(times, bases)
    reads_s = median_seconds(reads, repeat)
    plain_s = statistics.median(bases)
    ratios = [t / b for t, b in zip(times, bases, strict=True)]
    share = (
        f"\n    per-round ratios (report and SQL in turn): {spread(ratios)}; the baseline runs"
        f" {len(BASELINE) + (len(BREAKDOWNS) if every else 0)} GROUP BY statements"
        f"\n    of which the register reads (session_presence, monthly_presence, people_present): "
        f"{reads_s * 1000:.0f} ms = {reads_s / plain_s:.2f}x the baseline"
    )
    line = report(label, statistics.median(times), plain_s, TARGET, ratio=ratio, benchmark=NAME)
    return line + share


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--groups", type=int, default=48, help="talk groups a year")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument(
        "--purge", action="store_true", help="fold the first two years (live + folded rows)"
    )
    args = parser.parse_args()
    with fresh_vault() as vault:
        started = time.perf_counter()
        written = build(vault, args.groups, purge=args.purge)
        built = time.perf_counter() - started
        live, folded = count_lines(vault)
        print(
            f"vault: {FIRST_YEAR}-{LAST_YEAR}, {written:,} register lines written, "
            f"{live:,} live and {folded:,} folded (purge: {'yes' if args.purge else 'no'}; "
            f"built in {built:.0f} s)"
        )
        print(
            f"median of {args.repeat} rounds: build_report  vs  plain SQL GROUP BY of the same"
            " counts (same run, interleaved)"
        )
        year = reports.PeriodSpec.year(LAST_YEAR)
        print(
            measure(
                vault,
                "one year (2025) by month, every breakdown",
                year,
                args.repeat,
                EVERY_BREAKDOWN,
            )
        )
        decade = reports.PeriodSpec(
            dt.date(FIRST_YEAR, 1, 1), dt.date(LAST_YEAR, 12, 31), PeriodKind.YEAR
        )
        print(measure(vault, "ten years by year, no breakdown", decade, args.repeat))
        print(
            measure(
                vault, "ten years by year, every breakdown", decade, args.repeat, EVERY_BREAKDOWN
            )
        )


if __name__ == "__main__":
    main()
