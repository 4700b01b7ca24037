"""Calendar files for partner organisations.

- ``ics``: RFC 5545 files of sessions: never a participant, an attendance or a note.
"""
