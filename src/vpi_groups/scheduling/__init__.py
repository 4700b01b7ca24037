"""When things happen: talk groups, their series and sessions.

- ``recurrence``: RFC 5545 series with public holidays and closures.
- ``checks``: the input checks the writing modules share.
- ``records``: groups and sessions as stored, read as frozen values.
- ``series``: a group's rule materialised into sessions; series edits; its calendar.
- ``sessions``: one session at a time (moved, re-staffed, held, cancelled, deleted).
- ``conflicts``: double-booked facilitators and rooms; capacity warnings.
- ``agenda``: what the agenda shows for a period.
"""
