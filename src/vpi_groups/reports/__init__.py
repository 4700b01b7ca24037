"""Anonymised totals for funders.

- ``disclosure``: the one small-count suppression routine.
- ``indicators``: the report's tables, built and protected.
- ``files``: CSV, XLSX and JSON writers, and the audited save.
"""
