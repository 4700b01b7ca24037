"""A vault's unprotected totals: read back exactly, and refused whole when malformed."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.consolidation.network import PASSPHRASE, TODAY, YEAR, make_vault
from vpi_groups.reports import aggregates as agg
from vpi_groups.reports.periods import ReportError
from vpi_groups.storage import vault as vaults


@pytest.fixture(scope="module")
def year(tmp_path_factory: pytest.TempPathFactory) -> Iterator[agg.Aggregates]:
    folder = tmp_path_factory.mktemp("aggregates") / "v"
    make_vault(folder, 3, "Maison des femmes")
    vault = vaults.unlock(folder, passphrase=PASSPHRASE)
    try:
        with vault.session() as s:
            yield agg.collect(s, (YEAR * 12, YEAR * 12 + 11))
    finally:
        vault.lock()


def test_the_json_reads_back_to_the_same_totals(year: agg.Aggregates) -> None:
    again = agg.Aggregates.from_json(json.loads(year.dumps()))
    assert again == year
    assert again.summary() == year.summary()
    assert year.summary()["attendances"] > 0


def test_distinct_people_are_kept_for_every_run_of_months(year: agg.Aggregates) -> None:
    runs = {months for (_row, months) in year.stretches[agg.PART]}
    everyone = {m for (row, m) in year.stretches[agg.PART] if row == ("*", "")}
    assert len(everyone) <= 78  # 12 × 13 / 2 runs in a year, those with somebody
    assert runs <= set(agg.stretches_of(year.months))
    # a run's people are at least those of each of its months, at most their sum
    whole = year.stretches[agg.PART][("*", ""), year.months]
    assert whole is not None
    months = [year.stretches[agg.PART].get((("*", ""), (m, m))) or 0 for m in year.month_list()]
    assert max(months) <= whole <= sum(months)


def test_a_bundle_covers_twelve_months_at_most(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    make_vault(folder, 4, "Point d'accès au droit")
    vault = vaults.unlock(folder, passphrase=PASSPHRASE)
    try:
        with vault.session() as s, pytest.raises(ReportError):
            agg.collect(s, (YEAR * 12, YEAR * 12 + 12))
    finally:
        vault.lock()
    assert TODAY.year == YEAR


def _damage(value: Any, path: list[int], replacement: Any) -> Any:
    """``value`` with the part found by following ``path`` replaced."""
    if not path:
        return replacement
    if isinstance(value, dict) and value:
        keys = sorted(value)
        key = keys[path[0] % len(keys)]
        return {**value, key: _damage(value[key], path[1:], replacement)}
    if isinstance(value, list) and value:
        i = path[0] % len(value)
        return [*value[:i], _damage(value[i], path[1:], replacement), *value[i + 1 :]]
    return replacement


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    path=st.lists(st.integers(min_value=0, max_value=10_000), min_size=1, max_size=5),
    replacement=st.one_of(
        st.none(),
        st.integers(min_value=-(2**40), max_value=2**40),
        st.text(max_size=600),
        st.lists(st.integers(), max_size=3),
        st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
        st.floats(allow_nan=True),
    ),
)
def test_malformed_totals_are_refused_with_a_known_error(
    year: agg.Aggregates, path: list[int], replacement: Any
) -> None:
    """Anything but the totals' own layout raises one of four errors, never another."""
    damaged = _damage(year.to_json(), path, replacement)
    try:
        agg.Aggregates.from_json(damaged)
    except (KeyError, TypeError, ValueError, ArithmeticError):
        return


def test_negative_counts_and_a_newer_layout_are_refused(year: agg.Aggregates) -> None:
    data = year.to_json()
    line = data["monthly"][agg.ATT][0]
    data["monthly"][agg.ATT][0] = [*line[:-1], -1]
    with pytest.raises(ValueError, match="count"):
        agg.Aggregates.from_json(data)
    with pytest.raises(agg.NewerSchemaError):
        agg.Aggregates.from_json({**year.to_json(), "schema": agg.SCHEMA + 1})
