"""The calendar's quarters and months as the period choosers name them.

The report's period picker and the consolidation dialog's Send tab offer the same
quarters and months; their names are written (and translated) once, here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def quarter_names() -> tuple[str, str, str, str]:
    """The four quarters, first to last, with the months each one spans."""
    return (
        QCoreApplication.translate("PeriodPicker", "Q1 (January–March)"),
        QCoreApplication.translate("PeriodPicker", "Q2 (April–June)"),
        QCoreApplication.translate("PeriodPicker", "Q3 (July–September)"),
        QCoreApplication.translate("PeriodPicker", "Q4 (October–December)"),
    )


def month_names() -> tuple[str, ...]:
    """The twelve months, January first."""
    return (
        QCoreApplication.translate("PeriodPicker", "January"),
        QCoreApplication.translate("PeriodPicker", "February"),
        QCoreApplication.translate("PeriodPicker", "March"),
        QCoreApplication.translate("PeriodPicker", "April"),
        QCoreApplication.translate("PeriodPicker", "May"),
        QCoreApplication.translate("PeriodPicker", "June"),
        QCoreApplication.translate("PeriodPicker", "July"),
        QCoreApplication.translate("PeriodPicker", "August"),
        QCoreApplication.translate("PeriodPicker", "September"),
        QCoreApplication.translate("PeriodPicker", "October"),
        QCoreApplication.translate("PeriodPicker", "November"),
        QCoreApplication.translate("PeriodPicker", "December"),
    )
