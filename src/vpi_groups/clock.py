"""The application's clock and time zone.

Instants are stored in UTC; the programme lives in one time zone, :data:`PROGRAMME_ZONE`
(Europe/Paris): sessions are planned, shown and counted by month in it.

The time stamped on generated files:
A report or calendar file says when it was made. Where ``SOURCE_DATE_EPOCH`` is set
(the reproducible-builds convention: seconds since 1970, UTC), that instant is used
instead of the current time, so that the same data gives the same bytes: two exports
made a minute apart, from the window and from the command line, can then be compared
whole.
"""

from __future__ import annotations

import datetime as dt
import os
from zoneinfo import ZoneInfo

PROGRAMME_ZONE_NAME = "Europe/Paris"
PROGRAMME_ZONE = ZoneInfo(PROGRAMME_ZONE_NAME)


def now() -> dt.datetime:
    """The current instant, aware, UTC: the one clock every service reads.

    Tests that need another time patch this function (``monkeypatch.setattr(clock,
    "now", ...)``); services never call ``datetime.now`` themselves.
    """
    return dt.datetime.now(dt.UTC)


def generated_at() -> dt.datetime:
    """When a generated file says it was made (aware, UTC, whole seconds)."""
    pinned = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if pinned.isdigit():
        return dt.datetime.fromtimestamp(int(pinned), dt.UTC)
    return now().replace(microsecond=0)
