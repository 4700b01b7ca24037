"""When things happen: talk groups, their series and sessions.

- ``recurrence``: RFC 5545 series with public holidays and closures.
- ``sessions``: groups, sessions (moved, cancelled, held), conflicts, series edits.
- ``agenda``: what the agenda shows for a period.
"""
