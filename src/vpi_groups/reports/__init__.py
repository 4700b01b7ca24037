"""Anonymised totals for funders.

- ``wording``: the report's words, French first, and its labels.
- ``periods``: whole months, quarters or years, and the refusals of a period.
- ``values``: tables of cells, published, hidden or unavailable.
- ``loading``: what a report reads from the vault (sessions, people, categories).
- ``disclosure``: the one small-count suppression routine.
- ``systems``: the tables of one indicator and the lines tying them, protected at once.
- ``people``: counts per session and month, distinct and new people.
- ``indicators``: the tables built and protected together (:func:`build_report`).
- ``files``: CSV, XLSX and JSON writers, and the audited save.
"""
