"""The recovery key on paper: one page to print or save as PDF, then keep safe."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QMarginsF
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPdfWriter, QTextDocument

translate = QCoreApplication.translate


def sheet(recovery_key: str, vault_folder: Path) -> QTextDocument:
    """Build the page: what the key is for, the key, where the vault is, when it was made."""
    now = QLocale().toString(QDateTime.currentDateTime(), QLocale.FormatType.LongFormat)
    title = translate("RecoverySheet", "VPI Groups — vault recovery key")
    intro = translate(
        "RecoverySheet",
        "This key opens the vault if the passphrase is forgotten. Whoever holds it can read "
        "the vault: keep this sheet locked away, apart from the computer.",
    )
    where = translate("RecoverySheet", "Vault folder: %1").replace("%1", str(vault_folder))
    made = translate("RecoverySheet", "Created: %1").replace("%1", now)
    document = QTextDocument()
    document.setHtml(
        f"<h1>{html.escape(title)}</h1><p>{html.escape(intro)}</p>"
        f"<p style='font-family: monospace; font-size: 20pt; font-weight: bold;'>"
        f"{html.escape(recovery_key)}</p>"
        f"<p>{html.escape(where)}<br/>{html.escape(made)}</p>"
    )
    return document


def print_to(device: QPagedPaintDevice, recovery_key: str, vault_folder: Path) -> None:
    """Paint the sheet on a printer or PDF writer."""
    sheet(recovery_key, vault_folder).print_(device)


def save_pdf(path: Path, recovery_key: str, vault_folder: Path) -> None:
    """Write the sheet as an A4 PDF."""
    writer = QPdfWriter(str(path))
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(20, 20, 20, 20),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setTitle(translate("RecoverySheet", "VPI Groups — vault recovery key"))
    print_to(writer, recovery_key, vault_folder)
