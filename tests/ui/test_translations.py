"""Translations: complete catalogues, up to date, and no English left in the French UI."""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QSpinBox,
    QWidget,
    QWizard,
    QWizardPage,
)
from pytestqt.qtbot import QtBot

from tests.ui.conftest import PASSPHRASE
from vpi_groups import error_messages, labels
from vpi_groups.reports import indicators as reports
from vpi_groups.storage import vault as vaults
from vpi_groups.storage.models import TallyContact
from vpi_groups.ui.dialogs import BackupDialog, ChangePassphraseDialog, RestoreDialog
from vpi_groups.ui.main_window import MainWindow
from vpi_groups.ui.preferences import Preferences
from vpi_groups.ui.unlock import UnlockDialog
from vpi_groups.ui.wizard import FirstRunWizard

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "translations"
PLACEHOLDER = re.compile(r"%(?:\d|n)")


def _messages(lang: str) -> list[tuple[str, str, str | None]]:
    tree = ElementTree.parse(TS_DIR / f"vpi_groups_{lang}.ts")
    out = []
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.iter("numerusform")]
        # A plural message holds one text per grammatical number.
        text = "\n".join(forms) if forms and all(forms) else translation.text or ""
        if forms and not all(forms):
            text = ""
        out.append((source, text.strip() if forms else text, translation.get("type")))
    return out


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_catalogue_is_complete(lang: str) -> None:
    messages = _messages(lang)
    assert messages
    unfinished = [
        s for s, t, kind in messages if kind in ("unfinished", "obsolete", "vanished") or not t
    ]
    assert unfinished == []
    for source, translation, _kind in messages:
        assert set(PLACEHOLDER.findall(source)) == set(PLACEHOLDER.findall(translation)), source
        assert ("&" in source.replace("&&", "")) == ("&" in translation.replace("&&", "")), source


def test_french_uses_the_typographic_apostrophe() -> None:
    """Half the French had "d'âge", half "l’année": the window now uses ’ only."""
    straight = [source for source, text, _kind in _messages("fr") if "'" in text]
    assert straight == []


def test_catalogues_are_up_to_date(tmp_path: Path) -> None:
    """Every tr() string in the sources is already in the committed .ts files."""
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    copy = tmp_path / "vpi_groups_fr.ts"
    shutil.copy(TS_DIR / "vpi_groups_fr.ts", copy)
    sources = sorted(str(p) for p in (ROOT / "src" / "vpi_groups" / "ui").rglob("*.py"))
    subprocess.run(
        [str(lupdate), "-locations", "none", "-no-obsolete", *sources, "-ts", str(copy)],
        check=True,
        capture_output=True,
    )
    fresh = {m.findtext("source") for m in ElementTree.parse(copy).iter("message")}
    committed = {s for s, _t, _k in _messages("fr")}
    assert fresh - committed == set(), "run packaging/build_translations.py --update"


def _french_patterns() -> list[re.Pattern[str]]:
    """Every French text the window may show: the catalogue's, the coded values' and errors'."""
    # the tallies' kinds of contact are words of the labels table too (not in CODED)
    shown = (*labels.CODED, *labels.CODED_PARTNERSHIP, TallyContact)
    coded = [labels.label(code, "fr") for coded in shown for code in coded]
    patterns = [re.compile("^" + re.escape(word) + "$") for word in coded]
    for _source, translation, _kind in _messages("fr"):
        for line in _normalise(translation).split("\n"):
            if re.search(r"[A-Za-zÀ-ÿ]", PLACEHOLDER.sub("", line)):
                parts = [re.escape(p) for p in PLACEHOLDER.split(line.strip())]
                patterns.append(re.compile("^" + "(.+)".join(parts) + "$", re.DOTALL))
    # The errors' sentences, from their own table, each maybe followed by a window hint.
    hints = "|".join(_field_pattern(f) for f, _e in error_messages.HINTS["window"].values())
    for french, _english in error_messages.SENTENCES.values():
        if re.search(r"[A-Za-zÀ-ÿ]", FIELD.sub("", french)):  # not a bare "{detail}"
            sentence = _field_pattern(french)
            patterns.append(re.compile(f"^{sentence}(?: (?:{hints}))?$", re.DOTALL))
    return patterns


FIELD = re.compile(r"\{\w+\}")


def _field_pattern(text: str) -> str:
    return "(.+)".join(re.escape(part) for part in FIELD.split(text))


def _normalise(text: str) -> str:
    text = re.sub(r"<br\s*/?>", "\n", text)
    text = re.sub(r"</p>\s*<p>", "\n", text)
    text = html.unescape(re.sub(r"<[^>]+>", "", text))
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _texts(widget: QWidget) -> Iterator[str]:
    yield widget.windowTitle()
    yield widget.toolTip()
    if isinstance(widget, QLabel):
        yield widget.text()
    if isinstance(widget, QAbstractButton):
        yield widget.text()
    if isinstance(widget, QGroupBox):
        yield widget.title()
    if isinstance(widget, QLineEdit):
        yield widget.placeholderText()
    if isinstance(widget, QSpinBox):
        yield widget.suffix()
        yield widget.prefix()
    if isinstance(widget, QAbstractSpinBox):
        yield widget.specialValueText()
    if isinstance(widget, QComboBox):
        yield from (widget.itemText(i) for i in range(widget.count()))
        yield widget.placeholderText()
    if isinstance(widget, QListWidget):
        yield from (widget.item(i).text() for i in range(widget.count()))
    if isinstance(widget, QWizardPage):
        yield widget.title()
        yield widget.subTitle()
    if isinstance(widget, QMenu):
        yield widget.title()
        yield from (a.text() for a in widget.actions())
    if isinstance(widget, QMainWindow):
        yield from (a.text() for a in widget.menuBar().actions())


#: Data or names, not interface language.
NOT_LANGUAGE = {
    "Français",
    "English",
    "VPI Groups",
    "XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX",
    "OK",
}


#: Strings that Qt's own catalogue (qtbase) translates: standard buttons.
QT_STRINGS = [
    ("QPlatformTheme", "OK"),
    ("QPlatformTheme", "Close"),
    ("QPlatformTheme", "Cancel"),
    ("QWizard", "Commit"),
    ("QWizard", "&Finish"),
    ("QWizard", "&Help"),
]


def _qt_translated() -> set[str]:
    """The standard strings Qt translated in this run (untranslated ones stay out)."""
    out = set()
    for context, source in QT_STRINGS:
        translated = QApplication.translate(context, source)
        if translated != source:
            out.add(_normalise(translated))
    return out


def _untranslated(root: QWidget, data: set[str]) -> list[str]:
    patterns = _french_patterns()
    english_only = {_normalise(s) for s, t, _k in _messages("fr") if _normalise(s) != _normalise(t)}
    qt_own = _qt_translated()
    problems = []
    for widget in [root, *root.findChildren(QWidget)]:
        for raw in _texts(widget):
            for line in _normalise(raw).split("\n"):
                text = line.strip()
                if not text or not re.search(r"[A-Za-zÀ-ÿ]", text) or text in NOT_LANGUAGE:
                    continue
                remainder = text
                for item in sorted(data, key=len, reverse=True):
                    remainder = remainder.replace(item, "")
                if not re.search(r"[A-Za-zÀ-ÿ]", remainder) or text in qt_own:
                    continue
                if text in english_only or not any(p.match(text) for p in patterns):
                    problems.append(f"{type(widget).__name__}[{widget.objectName()}]: {text!r}")
    return problems


def test_no_english_left_in_the_french_ui(
    qtbot: QtBot,
    french: QApplication,
    preferences: Preferences,
    vault_folder: tuple[Path, str],
    tmp_path: Path,
) -> None:
    folder = vault_folder[0]
    data = {str(folder), str(tmp_path / "new")}
    problems: list[str] = []

    wizard = FirstRunWizard(tmp_path / "new")
    qtbot.addWidget(wizard)
    wizard.show()
    for button in (QWizard.WizardButton.NextButton, QWizard.WizardButton.BackButton):
        wizard.button(button).setVisible(True)
    problems += _untranslated(wizard, data)

    unlock = UnlockDialog(folder)
    qtbot.addWidget(unlock)
    problems += _untranslated(unlock, data)

    vault = vaults.unlock(folder, passphrase=PASSPHRASE)
    window = MainWindow(vault=vault, preferences=preferences)
    qtbot.addWidget(window)
    window.show()
    window.sidebar.setCurrentRow(window.pages.index(window.settings_page))  # read when shown
    qtbot.waitUntil(lambda: window.settings_page.save_records.isEnabled())
    # The reports page shows the report's own words (reports._TEXT, checked in French
    # by the report tests), not the catalogue's: wait for them, and set them aside.
    window.sidebar.setCurrentRow(window.pages.index(window.reports_page))
    qtbot.waitUntil(lambda: window.reports_page.report is not None)
    report = window.reports_page.report
    assert report is not None
    data |= {reports.text("legend", "fr"), report.rule.text("fr")}
    data.add(reports.text("programme", "fr"))  # the neutral name, until one is set
    data |= {note.text("fr") for note in report.notes}
    data |= {table.title.text("fr") for table in report.tables}
    problems += _untranslated(window, data)
    backup = BackupDialog(vault, window)
    for dialog in (ChangePassphraseDialog(vault, window), backup, RestoreDialog(window)):
        qtbot.addWidget(dialog)
        problems += _untranslated(dialog, data | {backup.path.text()})
    window.close()
    assert problems == [], "\n".join(problems)


def test_the_check_finds_english(qtbot: QtBot, french: QApplication) -> None:
    """Control: an English label that nobody translated is reported."""
    widget = QWidget()
    qtbot.addWidget(widget)
    QLabel("Save the report", widget)
    QLabel("Coffre verrouillé", widget)
    assert _untranslated(widget, set()) == ["QLabel[]: 'Save the report'"]
