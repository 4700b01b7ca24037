"""Calendar files for partner organisations.

- ``ics``: RFC 5545 files of sessions: never a participant, an attendance or a note.
- ``timezones``: the VTIMEZONE of each zone the files use, from the zone's own data.
"""
