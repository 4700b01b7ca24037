"""The application's clock: the time stamped on generated files.

A report or calendar file says when it was made. Where ``SOURCE_DATE_EPOCH`` is set
(the reproducible-builds convention: seconds since 1970, UTC), that instant is used
instead of the current time, so that the same data gives the same bytes: two exports
made a minute apart, from the window and from the command line, can then be compared
whole.
"""

from __future__ import annotations

import datetime as dt
import os


def generated_at() -> dt.datetime:
    """When a generated file says it was made (aware, UTC, whole seconds)."""
    pinned = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if pinned.isdigit():
        return dt.datetime.fromtimestamp(int(pinned), dt.UTC)
    return dt.datetime.now(dt.UTC).replace(microsecond=0)
