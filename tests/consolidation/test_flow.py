"""The consolidation end to end: four vaults, files between them, one protected report.

The sums are checked against the vaults themselves (SQL written here, not the report
engine), the protected report against the independent attacker of tests/reports/attack,
and every bundle, decrypted here with the coordinator's key, for anything of its
sender's vault that is not a count or a name the summary shows.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import text

from tests.consolidation.network import (
    COORDINATOR,
    MEMO,
    NOTE,
    PASSPHRASE,
    PROGRAMME,
    SENDERS,
    YEAR,
    Network,
    build,
    cli,
    copy_vault,
    state,
)
from tests.reports.attack.exports import summary
from tests.reports.attack.lp_attacker import attack_folder
from vpi_groups.consolidation import crypto
from vpi_groups.storage import vault as vaults

PARIS = ZoneInfo("Europe/Paris")


@pytest.fixture(scope="module")
def network(tmp_path_factory: pytest.TempPathFactory) -> Network:
    return build(tmp_path_factory.mktemp("network"))


@pytest.fixture(scope="module")
def received(network: Network, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The coordinator's vault once the three bundles are imported (a copy)."""
    folder = copy_vault(network.coordinator, tmp_path_factory.mktemp("received") / "v")
    code, said = cli(
        network.secret, folder, "consolidate", "import", *map(str, network.bundles.values())
    )
    assert code == 0, said
    for name in SENDERS:
        assert f"reçu de {name} pour 01/{YEAR}–12/{YEAR}" in said
    return folder


def _year_bounds() -> tuple[dt.datetime, dt.datetime]:
    """The programme year's instants in UTC, naive (as the vault stores them)."""
    start = dt.datetime(YEAR, 1, 1, tzinfo=PARIS).astimezone(dt.UTC).replace(tzinfo=None)
    end = dt.datetime(YEAR + 1, 1, 1, tzinfo=PARIS).astimezone(dt.UTC).replace(tzinfo=None)
    return start, end


def _truth(folder: Path) -> dict[str, int]:
    """A vault's year, counted here in SQL: attendances, distinct people, held sessions."""
    start, end = _year_bounds()
    vault = vaults.unlock(folder, passphrase=PASSPHRASE)
    try:
        with vault.session() as s:
            bounds = {"a": start, "b": end}
            lines = s.execute(
                text(
                    "SELECT count(*), count(DISTINCT a.participant_id) FROM attendance a "
                    "JOIN session x ON x.id = a.session_id WHERE a.status = 'present' "
                    "AND x.starts_at >= :a AND x.starts_at < :b"
                ),
                bounds,
            ).one()
            heads = s.execute(
                text(
                    "SELECT coalesce(sum(h.present), 0) FROM session_headcount h "
                    "JOIN session x ON x.id = h.session_id "
                    "WHERE x.starts_at >= :a AND x.starts_at < :b"
                ),
                bounds,
            ).scalar_one()
            folded = s.execute(text("SELECT count(*) FROM folded_attendance")).scalar_one()
    finally:
        vault.lock()
    assert folded == 0  # a year of demo: nothing purged, every line is live
    return {"attendances": lines[0] + heads, "participants": lines[1]}


def _report(network: Network, folder: Path, out: Path, *options: str) -> dict[str, object]:
    code, said = cli(
        network.secret,
        folder,
        "report",
        "--consolidated",
        "--format",
        "json",
        "--out",
        str(out),
        *options,
    )
    assert code == 0, said
    return json.loads(out.read_bytes())  # type: ignore[no-any-return]


def _table(document: dict[str, object], table_id: str) -> dict[str, object]:
    tables = document["tables"]
    assert isinstance(tables, list)
    return next(t for t in tables if t["id"] == table_id)


def test_the_consolidated_counts_are_the_sums_of_the_vaults(
    network: Network, received: Path, tmp_path: Path
) -> None:
    """Unprotected (k = 3 shows nearly every total), per organisation and in all."""
    from vpi_groups.consolidation import bundles
    from vpi_groups.reports.consolidated import build_consolidated
    from vpi_groups.reports.periods import PeriodSpec

    truths = {COORDINATOR: _truth(network.coordinator)}
    truths |= {name: _truth(folder) for name, folder in network.senders.items()}
    vault = vaults.unlock(received, passphrase=PASSPHRASE)
    try:
        with vault.session() as s:
            report = build_consolidated(
                s, PeriodSpec.year(YEAR), bundles.parts(s, PeriodSpec.year(YEAR)), k=3
            )
    finally:
        vault.lock()
    tables = {t.id: t for t in report.tables}
    by_sender = tables["attendances-by-sender"]
    assert [row.fr for row in by_sender.rows] == [COORDINATOR, *sorted(SENDERS, key=str.casefold)]
    for row, cells in zip(by_sender.rows, by_sender.cells, strict=True):
        assert sum(c.exact or 0 for c in cells) == truths[row.fr]["attendances"], row.fr
    people = tables["participants-by-sender"]
    assert people.row_totals is not None
    for row, total in zip(people.rows, people.row_totals, strict=True):
        assert total.exact == truths[row.fr]["participants"], row.fr
    whole = tables["attendances-by-month"].column_totals
    assert whole is not None
    assert whole[0].exact == sum(t["attendances"] for t in truths.values())
    everyone = tables["participants-by-month"].column_totals
    assert everyone is not None
    assert everyone[0].exact == sum(t["participants"] for t in truths.values())
    # the note says how people are counted, and nobody is missing
    notes = " ".join(n.fr for n in report.notes)
    assert "Bilan consolidé de 4 coffres" in notes
    assert "rien reçu" not in notes
    assert "plusieurs envois" not in notes  # one bundle a year from each


def test_the_protected_report_gives_nothing_away(
    network: Network, received: Path, tmp_path: Path
) -> None:
    """Year by month, by quarter, each quarter, with every breakdown: attacked together."""
    received = copy_vault(received, tmp_path / "coordinator")  # its ledger fills up
    every = [
        "axis",
        "action",
        "group",
        "facilitator-sector",
        "referral-source",
        "age-band",
        "gender",
    ]
    folder = tmp_path / "files"
    folder.mkdir()
    _report(network, received, folder / "year.json", "--year", str(YEAR), "--breakdown", *every)
    _report(network, received, folder / "year-q.json", "--year", str(YEAR), "--by", "quarter")
    for quarter in (1, 2, 3, 4):
        _report(network, received, folder / f"q{quarter}.json", "--quarter", f"{YEAR}-T{quarter}")
    document = json.loads((folder / "year.json").read_bytes())
    rows = _table(document, "participants-by-sender")["rows"]
    assert isinstance(rows, list)
    assert [r["fr"] for r in rows] == [COORDINATOR, *sorted(SENDERS, key=str.casefold)]
    violations = attack_folder(folder)
    assert violations == [], summary(violations)


def test_a_guard_the_attacker_catches_when_the_sums_are_left_unprotected(
    network: Network, received: Path, tmp_path: Path
) -> None:
    """The same files with every hidden count put back: the attacker must object."""
    received = copy_vault(received, tmp_path / "coordinator")  # its ledger fills up
    folder = tmp_path / "files"
    folder.mkdir()
    path = folder / "year.json"
    _report(network, received, path, "--year", str(YEAR), "--breakdown", "gender", "age-band")
    from vpi_groups.consolidation import bundles
    from vpi_groups.reports.consolidated import build_consolidated
    from vpi_groups.reports.periods import PeriodSpec

    vault = vaults.unlock(received, passphrase=PASSPHRASE)
    try:
        with vault.session() as s:
            spec = PeriodSpec.year(YEAR)
            from vpi_groups.reports.values import Breakdown

            report = build_consolidated(
                s, spec, bundles.parts(s, spec), breakdowns=[Breakdown.GENDER, Breakdown.AGE_BAND]
            )
    finally:
        vault.lock()
    document = json.loads(path.read_bytes())
    exact = {t.id: t for t in report.tables}
    revealed = 0
    for table in document["tables"]:
        mine = exact[table["id"]]
        for r, row in enumerate(table["cells"]):
            for c, value in enumerate(row):
                if value == "suppressed":
                    row[c] = int(mine.cells[r][c].exact or 0)
                    revealed += 1
    assert revealed, "the year's report hides nothing: the guard proves nothing"
    path.write_text(json.dumps(document), encoding="utf-8")
    assert attack_folder(folder) != []


def _identity(folder: Path) -> str:
    vault = vaults.unlock(folder, passphrase=PASSPHRASE)
    try:
        with vault.session() as s:
            return str(
                s.execute(
                    text("SELECT secret FROM consolidation_key WHERE role = 'coordinator'")
                ).scalar_one()
            )
    finally:
        vault.lock()


def _leaks(value: str, plain: bytes) -> bool:
    """Whether ``value`` is in the bundle's text, as UTF-8 or as JSON escapes."""
    return value.encode() in plain or json.dumps(value).encode()[1:-1] in plain


def _free_text(folder: Path) -> set[str]:
    """Every text value of every table of a vault (codes, memos, notes, names, e-mails...)."""
    vault = vaults.unlock(folder, passphrase=PASSPHRASE)
    found: set[str] = set()
    try:
        with vault.session() as s:
            tables = [
                r[0]
                for r in s.execute(text("SELECT name FROM sqlite_master WHERE type = 'table'"))
                if r[0] != "alembic_version"
            ]
            for table in tables:
                for row in s.execute(text(f'SELECT * FROM "{table}"')):
                    found |= {v for v in row if isinstance(v, str) and len(v) >= 5}
    finally:
        vault.lock()
    return found


def test_a_bundle_holds_nothing_but_counts_and_the_names_its_summary_shows(
    network: Network, tmp_path: Path
) -> None:
    identity = _identity(network.coordinator)
    for name, folder in network.senders.items():
        opened = crypto.open_bundle(network.bundles[name].read_bytes(), identity=identity)
        plain = opened.payload
        payload = json.loads(plain)
        assert payload["programme"] == PROGRAMME
        assert payload["sender"] == name
        # what the summary shows before writing (cli.cmd_consolidate_export prints it)
        code, said = cli(
            network.secret,
            copy_vault(folder, tmp_path / name),
            "consolidate",
            "export",
            "--year",
            str(YEAR),
            "--out",
            str(tmp_path / f"{name}.again"),
        )
        assert code == 0, said
        codes = secrets = 0
        for value in _free_text(folder):
            if re.fullmatch(r"[a-z0-9_\-.:+ ]+", value):
                continue  # a coded value (a status, a kind, a date): a category key at most
            if value in said:
                continue  # an action's title, a group's or an organisation's name: shown
            if re.fullmatch(r"[0-9A-Z]{7}", value):
                codes += 1
            secrets += value.startswith((MEMO, NOTE))
            assert not _leaks(value, plain), f"{name}: {value!r} left the vault"
        assert codes, "no participant code was looked for: the scan proves nothing"
        assert secrets == 2, "the memo and the note were not looked for"


def test_the_scan_finds_a_memo_when_one_is_planted(network: Network) -> None:
    """The guard: a bundle carrying a participant's memo is caught by the same scan."""
    identity = _identity(network.coordinator)
    name, folder = next(iter(network.senders.items()))
    memos = {v for v in _free_text(folder) if v.startswith((MEMO, NOTE))}
    assert len(memos) == 2
    plain = crypto.open_bundle(network.bundles[name].read_bytes(), identity=identity).payload
    planted = plain + json.dumps(sorted(memos), ensure_ascii=False).encode()
    assert all(_leaks(m, planted) for m in memos)
    assert not any(_leaks(m, plain) for m in memos)
    escaped = plain + json.dumps(sorted(memos)).encode()  # written as \u00e9: still caught
    assert all(_leaks(m, escaped) for m in memos)


@pytest.fixture
def coordinator_copy(network: Network, tmp_path: Path) -> Path:
    return copy_vault(network.coordinator, tmp_path / "coordinator")


def _refused(network: Network, folder: Path, bundle: Path, words: str) -> None:
    before = state(folder)
    code, said = cli(network.secret, folder, "consolidate", "import", str(bundle))
    assert code == 1, said
    assert "refusé" in said, said
    assert words in said, said
    assert state(folder) == before


def test_a_tampered_or_cut_bundle_is_refused_and_changes_nothing(
    network: Network, coordinator_copy: Path, tmp_path: Path
) -> None:
    data = next(iter(network.bundles.values())).read_bytes()
    flipped = bytearray(data)
    flipped[len(data) // 2] ^= 0x01
    (tmp_path / "flipped").write_bytes(bytes(flipped))
    _refused(network, coordinator_copy, tmp_path / "flipped", "modifié après avoir été scellé")
    (tmp_path / "cut").write_bytes(data[: len(data) // 2])
    before = state(coordinator_copy)
    code, said = cli(
        network.secret, coordinator_copy, "consolidate", "import", str(tmp_path / "cut")
    )
    assert code == 1, said
    assert "incomplet" in said, said  # every cut is said as such (the padding's full blocks)
    assert state(coordinator_copy) == before
    (tmp_path / "foreign").write_bytes(b"%PDF-1.7 not a bundle")
    _refused(network, coordinator_copy, tmp_path / "foreign", "n'est pas un envoi")


def test_a_bundle_for_another_coordinator_is_refused(network: Network, tmp_path: Path) -> None:
    from tests.consolidation.network import make_vault

    other = tmp_path / "other"
    make_vault(other, 9, "Autre coordination")
    code, said = cli(
        network.secret,
        other,
        "consolidate",
        "card",
        "--programme",
        PROGRAMME,
        "--out",
        str(tmp_path / "c"),
    )
    assert code == 0, said
    # it even knows the sender's key: the bundle was still not sealed for it
    vault = vaults.unlock(next(iter(network.senders.values())), passphrase=PASSPHRASE)
    vault.lock()
    key = tmp_path / "k.json"
    code, said = cli(
        network.secret,
        copy_vault(next(iter(network.senders.values())), tmp_path / "s"),
        "consolidate",
        "key",
        "--out",
        str(key),
    )
    assert code == 0, said
    code, said = cli(network.secret, other, "consolidate", "pair", str(key))
    assert code == 0, said
    _refused(network, other, next(iter(network.bundles.values())), "un autre coordinateur")


def test_an_unpaired_or_revoked_sender_is_refused(
    network: Network, coordinator_copy: Path, tmp_path: Path
) -> None:
    name = next(iter(SENDERS))
    # a fourth facilitator, paired with the card but never registered by the coordinator
    from tests.consolidation.network import make_vault

    stranger = tmp_path / "stranger"
    make_vault(stranger, 44, "Association inconnue")
    assert cli(network.secret, stranger, "consolidate", "pair", str(network.card))[0] == 0
    bundle = _export(network, stranger, tmp_path / "stranger.vpibundle", "--year", str(YEAR))
    _refused(network, coordinator_copy, bundle, "ne connaît pas")
    # revoked: what it sent is dropped, and its bundles are refused from then on
    code, said = cli(
        network.secret, coordinator_copy, "consolidate", "import", str(network.bundles[name])
    )
    assert code == 0, said
    code, said = cli(network.secret, coordinator_copy, "consolidate", "revoke", "1")
    assert code == 0, said
    assert name in said, said
    assert state(coordinator_copy)["received_bundle"] == []
    _refused(network, coordinator_copy, network.bundles[name], "révoquée")


def _export(network: Network, sender: Path, out: Path, *period: str) -> Path:
    """A sender's bundle of ``period`` (CLI options, as ``--year 2026``) written to ``out``."""
    code, said = cli(network.secret, sender, "consolidate", "export", *period, "--out", str(out))
    assert code == 0, said
    return out


def test_replays_and_duplicates_are_refused_and_a_newer_bundle_replaces_the_older(
    network: Network, coordinator_copy: Path, tmp_path: Path
) -> None:
    name = next(iter(SENDERS))
    sender = copy_vault(network.senders[name], tmp_path / "sender")
    older = network.bundles[name]
    assert cli(network.secret, coordinator_copy, "consolidate", "import", str(older))[0] == 0
    _refused(network, coordinator_copy, older, "déjà été importé")
    # the same months sent again, later: it replaces the first, and says what changed
    newer = _export(network, sender, tmp_path / "newer.vpibundle", "--year", str(YEAR))
    code, said = cli(network.secret, coordinator_copy, "consolidate", "import", str(newer))
    assert code == 0, said
    assert f"remplace l'envoi précédent (01/{YEAR}–12/{YEAR})" in said, said
    rows = state(coordinator_copy)["received_bundle"]
    assert len(rows) == 1
    # the first one, played again after the newer: refused
    copy = tmp_path / "replayed.vpibundle"
    copy.write_bytes(older.read_bytes())
    before = state(coordinator_copy)
    code, said = cli(network.secret, coordinator_copy, "consolidate", "import", str(copy))
    assert code == 1, said
    assert "plus récent" in said, said  # older than the one kept for those months
    assert state(coordinator_copy) == before
    # a quarter of the same year, newer still: it wins for its own months only
    quarter = _export(network, sender, tmp_path / "q1.vpibundle", "--quarter", f"{YEAR}-T1")
    code, said = cli(network.secret, coordinator_copy, "consolidate", "import", str(quarter))
    assert code == 0, said
    # the year stays for April to December: nothing is missing, and the line says so
    assert f"l'envoi précédent (01/{YEAR}–12/{YEAR}) reste compté" in said, said
    assert len(state(coordinator_copy)["received_bundle"]) == 2
    code, said = cli(network.secret, coordinator_copy, "consolidate", "status", "--year", str(YEAR))
    assert code == 0
    assert f"{name} : rien reçu" not in said, said
    assert f"01/{YEAR}–12/{YEAR}, 01/{YEAR}–03/{YEAR}" in said, said


def _month_bounds(first: int, last: int) -> dict[str, dt.datetime]:
    """Months ``first`` to ``last`` of the year, as UTC instants (naive, as stored)."""
    start = dt.datetime(YEAR, first, 1, tzinfo=PARIS)
    end = dt.datetime(YEAR + (last == 12), last % 12 + 1, 1, tzinfo=PARIS)
    return {
        "a": start.astimezone(dt.UTC).replace(tzinfo=None),
        "b": end.astimezone(dt.UTC).replace(tzinfo=None),
    }


_PRESENT = (
    "FROM attendance a JOIN session x ON x.id = a.session_id "
    "WHERE a.status = 'present' AND x.starts_at >= :a AND x.starts_at < :b"
)


def test_a_quarter_sent_after_the_year_replaces_only_its_own_months(
    network: Network, received: Path, tmp_path: Path
) -> None:
    """January's lines removed at the sender, then Q1 sent: only Q1 is read from it."""
    from vpi_groups.consolidation import bundles
    from vpi_groups.reports.consolidated import build_consolidated
    from vpi_groups.reports.periods import PeriodSpec
    from vpi_groups.reports.values import CellState

    coordinator = copy_vault(received, tmp_path / "coordinator")
    name = next(iter(SENDERS))
    sender = copy_vault(network.senders[name], tmp_path / "sender")
    year_lines = _truth(sender)["attendances"]
    vault = vaults.unlock(sender, passphrase=PASSPHRASE)
    try:
        with vault.session() as s:
            january = s.execute(text("SELECT count(*) " + _PRESENT), _month_bounds(1, 1))
            removed = january.scalar_one()
            s.execute(
                text(
                    "DELETE FROM attendance WHERE status = 'present' AND session_id IN "
                    "(SELECT id FROM session WHERE starts_at >= :a AND starts_at < :b)"
                ),
                _month_bounds(1, 1),
            )
            q1_people = s.execute(
                text("SELECT count(DISTINCT a.participant_id) " + _PRESENT), _month_bounds(1, 3)
            ).scalar_one()
    finally:
        vault.lock()
    assert removed > 0
    quarter = _export(network, sender, tmp_path / "q1.vpibundle", "--quarter", f"{YEAR}-T1")
    code, said = cli(network.secret, coordinator, "consolidate", "import", str(quarter))
    assert code == 0, said
    assert "remplace" not in said, said  # the year is not dropped
    assert f"(01/{YEAR}–12/{YEAR}) reste compté" in said, said

    vault = vaults.unlock(coordinator, passphrase=PASSPHRASE)
    try:
        with vault.session() as s:
            year = PeriodSpec.year(YEAR)
            report = build_consolidated(s, year, bundles.parts(s, year), k=3)
            q1 = PeriodSpec.quarter(YEAR, 1)
            first = build_consolidated(s, q1, bundles.parts(s, q1), k=3)
    finally:
        vault.lock()
    notes = " ".join(n.fr for n in report.notes)
    assert "rien reçu" not in notes
    assert f"{name} : plusieurs envois couvrent une même année" in notes, notes
    assert "purgées" not in notes, notes  # nothing was purged: the note says why, not that
    tables = {t.id: t for t in report.tables}
    by_sender = tables["attendances-by-sender"]
    row = [r.fr for r in by_sender.rows].index(name)
    cells = [c.exact for c in by_sender.cells[row]]
    assert sum(c or 0 for c in cells) == year_lines - removed  # January from Q1, the rest kept
    people = tables["participants-by-sender"]
    assert people.row_totals is not None
    # the year's distinct people would need one bundle holding the whole year: not shown
    assert people.row_totals[row].state is CellState.UNAVAILABLE
    assert people.row_totals[row].exact is None
    quarter_people = {t.id: t for t in first.tables}["participants-by-sender"]
    assert quarter_people.row_totals is not None
    assert quarter_people.row_totals[row].exact == q1_people


def _sealed(network: Network, sender: Path, payload: dict[str, object]) -> bytes:
    """A bundle signed with a sender's real key, holding what the test chose."""
    vault = vaults.unlock(sender, passphrase=PASSPHRASE)
    try:
        with vault.session() as s:
            private = s.execute(
                text("SELECT secret FROM consolidation_key WHERE role = 'signing'")
            ).scalar_one()
            recipient = s.execute(
                text("SELECT public FROM consolidation_peer WHERE role = 'coordinator'")
            ).scalar_one()
    finally:
        vault.lock()
    import base64

    raw = json.dumps(payload).encode()
    return crypto.seal(raw, signing_private=base64.b64decode(private), recipient=recipient)


def test_a_newer_schema_or_another_programme_is_refused(
    network: Network, coordinator_copy: Path, tmp_path: Path
) -> None:
    name = next(iter(SENDERS))
    identity = _identity(network.coordinator)
    genuine = json.loads(
        crypto.open_bundle(network.bundles[name].read_bytes(), identity=identity).payload
    )
    cases = {
        "schema": ({**genuine, "schema": 2, "bundle_id": "a" * 32}, "version plus récente"),
        "inner": (
            {
                **genuine,
                "bundle_id": "b" * 32,
                "aggregates": {**genuine["aggregates"], "schema": 9},
            },
            "version plus récente",
        ),
        "programme": (
            {**genuine, "programme": "Un autre programme", "bundle_id": "c" * 32},
            "autre programme",
        ),
    }
    for case, (payload, words) in cases.items():
        path = tmp_path / f"{case}.vpibundle"
        path.write_bytes(_sealed(network, network.senders[name], payload))
        _refused(network, coordinator_copy, path, words)


def test_a_key_of_another_programme_cannot_be_paired(network: Network, tmp_path: Path) -> None:
    other = tmp_path / "other"
    from tests.consolidation.network import make_vault

    make_vault(other, 8, "Coordination voisine")
    card = tmp_path / "carte.json"
    assert (
        cli(
            network.secret,
            other,
            "consolidate",
            "card",
            "--programme",
            "Programme voisin",
            "--out",
            str(card),
        )[0]
        == 0
    )
    sender = copy_vault(next(iter(network.senders.values())), tmp_path / "s")
    assert cli(network.secret, sender, "consolidate", "pair", str(card))[0] == 0
    key = tmp_path / "k.json"
    assert cli(network.secret, sender, "consolidate", "key", "--out", str(key))[0] == 0
    coordinator = copy_vault(network.coordinator, tmp_path / "c")
    before = state(coordinator)
    code, said = cli(network.secret, coordinator, "consolidate", "pair", str(key))
    assert code == 1, said
    assert "autre programme" in said, said
    assert state(coordinator) == before


def test_the_export_is_in_the_senders_ledger(network: Network) -> None:
    for folder in network.senders.values():
        releases = state(folder)["release"]
        assert [(r[2], r[3]) for r in releases] == [  # file name, format
            (f"envoi{list(network.senders.values()).index(folder)}.vpibundle", "bundle")
        ]


def test_the_bilan_is_made_from_the_consolidated_numbers(
    network: Network, received: Path, tmp_path: Path
) -> None:
    """`bilan --consolidated`: the statistics part adds the four vaults up."""
    from tests.reports.office import docx_paragraphs

    copy = copy_vault(received, tmp_path / "c")
    out = tmp_path / "bilan.docx"
    code, said = cli(
        network.secret, copy, "bilan", "--consolidated", "--year", str(YEAR), "--out", str(out)
    )
    assert code == 0, said
    text_of = "\n".join(docx_paragraphs(out))
    assert "Bilan consolidé de 4 coffres" in text_of
    rows = state(copy)["release"]
    assert [r[3] for r in rows] == ["docx"]
