"""Column widths of the tables over these models, measured on a bounded sample of rows.

``QHeaderView.ResizeToContents`` asks the model for every cell of a column (several
roles each, in Python) on every layout: seconds on the UI thread for a table of a few
thousand rows. The tables here are sized once per content instead, from their header
and at most :data:`SAMPLE_ROWS` rows, and stay resizable by hand.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTableView

SAMPLE_ROWS = 50
"""Rows measured per column (Qt's ``resizeContentsPrecision``): the visible ones, else the first."""

NARROWEST_CAP = 300
"""A column is never sized wider than half the table, nor capped below this many pixels."""


def bounded_columns(view: QTableView, *, stretch_last: bool = False) -> None:
    """Make the view's columns resizable by hand and measured on a bounded sample only."""
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setResizeContentsPrecision(SAMPLE_ROWS)
    header.setStretchLastSection(stretch_last)


def fit_columns(view: QTableView) -> None:
    """Size every column to its header and a bounded sample of its rows, once.

    Call it when the content changes (after a model reset); the widths then stay as
    they are, whatever the user does, until the next call.
    """
    header = view.horizontalHeader()
    if header.resizeContentsPrecision() != SAMPLE_ROWS:
        bounded_columns(view, stretch_last=header.stretchLastSection())
    view.resizeColumnsToContents()  # one pass; Qt measures at most SAMPLE_ROWS rows
    cap = max(NARROWEST_CAP, view.width() // 2)
    for column in range(header.count()):
        if header.sectionSize(column) > cap:
            header.resizeSection(column, cap)
