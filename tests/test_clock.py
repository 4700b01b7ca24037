"""The clock of generated files: now, or the instant SOURCE_DATE_EPOCH pins."""

from __future__ import annotations

import datetime as dt

import pytest

from vpi_groups import clock


def test_pinned_by_source_date_epoch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1795857360")
    assert clock.generated_at() == dt.datetime(2026, 11, 28, 9, 16, tzinfo=dt.UTC)


@pytest.mark.parametrize("value", [None, "", "demain", "-5", "1.5"])
def test_otherwise_now(monkeypatch: pytest.MonkeyPatch, value: str | None) -> None:
    if value is None:
        monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    else:
        monkeypatch.setenv("SOURCE_DATE_EPOCH", value)
    before = dt.datetime.now(dt.UTC).replace(microsecond=0)
    stamp = clock.generated_at()
    assert stamp.tzinfo is dt.UTC
    assert stamp.microsecond == 0
    assert before <= stamp <= dt.datetime.now(dt.UTC)
