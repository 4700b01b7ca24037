"""Participants without names, and what they attended.

- ``codes``: the random pseudonymous codes (with a check character).
- ``registers``: participants' coarse attributes, enrolments, registers, headcounts,
  notes, histories.
- ``totals``: the SQL that adds registers up (live and folded) for the reports.
- ``retention``: purge past the retention period and erasure on request, after folding
  into anonymous totals.
- ``sheets``: what a session's printable attendance sheet holds (codes only).
"""
