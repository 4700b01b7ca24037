"""The user guide: its pages and links on disk, what ships in the wheel, and the viewer."""

from __future__ import annotations

import fnmatch
import re
import shutil
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from vpi_groups.ui import help_viewer
from vpi_groups.ui.help_viewer import HelpViewer, show_help

ROOT = Path(__file__).resolve().parents[2]
GUIDE = ROOT / "docs" / "guide"

# The page each part of the application asks for, written here rather than read from
# the module, so that a wrong entry in help_viewer.TOPICS shows.
EXPECTED_PAGE = {
    "agenda": "agenda.md",
    "attendance": "presences.md",
    "calendar": "calendrier.md",
    "participants": "participants.md",
    "programme": "programme.md",
    "directory": "annuaire.md",
    "partnership": "partenariat.md",
    "reports": "bilans.md",
    "consolidation": "consolidation.md",
    "settings": "sauvegarde.md",
    "unlock": "sauvegarde.md",
    "wizard": "premiers-pas.md",
}

_LINK = re.compile(r"!?\[[^\]]*\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)")


def first_heading(path: Path) -> str:
    """The text of the first ATX heading of a Markdown file."""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            return line.lstrip("#").strip()
    raise AssertionError(f"{path.name} has no heading")


def links(path: Path) -> list[str]:
    """Every link and image target of a Markdown file, outside code."""
    text = re.sub(r"```.*?```", "", path.read_text(encoding="utf-8"), flags=re.DOTALL)
    text = re.sub(r"`[^`]*`", "", text)
    return _LINK.findall(text)


@pytest.fixture
def owner(qtbot: QtBot) -> Iterator[QWidget]:
    """The window asking for help; the guide's window goes with it after the test."""
    window = QWidget()
    window.setObjectName("owner")
    qtbot.addWidget(window)
    yield window
    # The guide's window is hidden, not deleted, when closed (show_help reuses it):
    # delete it so that the next test starts without one.
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, HelpViewer):
            widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, HelpViewer)]


def the_viewer() -> HelpViewer:
    viewers = [w for w in QApplication.topLevelWidgets() if isinstance(w, HelpViewer)]
    assert len(viewers) == 1
    return viewers[0]


def shown_heading(viewer: HelpViewer) -> str:
    return viewer.browser.document().firstBlock().text()


# ---------------------------------------------------------------- the pages on disk


def test_the_guide_has_every_page_of_the_contents_and_no_other() -> None:
    assert sorted(p.name for p in GUIDE.glob("*.md")) == sorted(help_viewer.PAGES)


@pytest.mark.parametrize("page", sorted(p.name for p in GUIDE.glob("*.md")))
def test_every_link_and_picture_of_a_page_resolves(page: str) -> None:
    path = GUIDE / page
    targets = links(path)
    assert targets, f"{page} links to nothing"
    for target in targets:
        if re.match(r"[a-z]+:", target):
            continue  # a web address: never followed by the viewer, tested below
        file_part = target.split("#", 1)[0]
        if not file_part:
            continue
        assert (path.parent / file_part).is_file(), f"{page}: {target} does not exist"


def test_every_page_is_reachable_from_the_first_one() -> None:
    seen, todo = set(), ["index.md"]
    while todo:
        page = todo.pop()
        if page in seen:
            continue
        seen.add(page)
        todo += [t.split("#")[0] for t in links(GUIDE / page) if t.endswith(".md")]
    assert seen == {p.name for p in GUIDE.glob("*.md")}


def test_the_package_reads_the_guide_of_docs() -> None:
    """One source: the package's guide folder is docs/guide itself in a checkout."""
    assert help_viewer.guide_folder().resolve() == GUIDE.resolve()


def test_the_wheel_carries_every_page_and_every_picture_the_guide_shows() -> None:
    """The package-data globs cover each page and each picture, through ui/docs."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    globs = config["tool"]["setuptools"]["package-data"]["vpi_groups"]
    package = ROOT / "src" / "vpi_groups"
    docs = package / "ui" / "docs"
    assert docs.resolve() == (ROOT / "docs").resolve()
    needed = {GUIDE / p for p in help_viewer.PAGES}
    for page in help_viewer.PAGES:
        needed |= {
            (GUIDE / t).resolve()
            for t in links(GUIDE / page)
            if not re.match(r"[a-z]+:", t) and not t.endswith(".md") and "#" not in t
        }
    for path in needed:
        inside = (docs / path.resolve().relative_to((ROOT / "docs").resolve())).relative_to(package)
        assert any(fnmatch.fnmatch(str(inside), g) for g in globs), f"{inside} not shipped"


# ---------------------------------------------------------------- the viewer


@pytest.mark.parametrize("topic", sorted(EXPECTED_PAGE))
def test_every_topic_opens_its_page(qtbot: QtBot, owner: QWidget, topic: str) -> None:
    show_help(owner, topic)
    viewer = the_viewer()
    qtbot.addWidget(viewer)
    assert viewer.isVisible()
    assert viewer.current_page() == EXPECTED_PAGE[topic]
    assert shown_heading(viewer) == first_heading(GUIDE / EXPECTED_PAGE[topic])
    current = viewer.contents.currentItem()
    assert current is not None
    assert current.text() == first_heading(GUIDE / EXPECTED_PAGE[topic])


def test_without_a_topic_the_first_page_opens(qtbot: QtBot, owner: QWidget) -> None:
    show_help(owner)
    viewer = the_viewer()
    qtbot.addWidget(viewer)
    assert shown_heading(viewer) == first_heading(GUIDE / "index.md")


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_one_window_only_raised_on_the_new_topic(qtbot: QtBot, owner: QWidget) -> None:
    show_help(owner, "agenda")
    first = the_viewer()
    qtbot.addWidget(first)
    show_help(owner, "reports")
    assert the_viewer() is first
    assert first.current_page() == "bilans.md"
    first.close()
    show_help(owner, "wizard")
    assert the_viewer() is first
    assert first.isVisible()
    assert first.current_page() == "premiers-pas.md"


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_help_asked_from_a_modal_dialog_moves_the_window_to_it(
    qtbot: QtBot, owner: QWidget
) -> None:
    """Else the unlock dialog, modal over the main window, would block the guide."""
    owner.show()
    show_help(owner, "agenda")
    viewer = the_viewer()
    qtbot.addWidget(viewer)
    dialog = QDialog(owner)
    dialog.setModal(True)
    qtbot.addWidget(dialog)
    dialog.show()
    show_help(dialog, "unlock")
    assert the_viewer() is viewer
    assert viewer.parentWidget() is dialog
    assert viewer.isVisible()
    assert viewer.isWindow()
    assert viewer.current_page() == "sauvegarde.md"


def _click_link(qtbot: QtBot, viewer: HelpViewer, href: str) -> None:
    """Click, with the mouse, the first link of the page that points to ``href``."""
    document = viewer.browser.document()
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if fragment.charFormat().anchorHref() == href:
                cursor = QTextCursor(document)
                cursor.setPosition(fragment.position() + 1)
                viewer.browser.setTextCursor(cursor)
                viewer.browser.ensureCursorVisible()
                rect = viewer.browser.cursorRect(cursor)
                point = QPoint(rect.left(), rect.center().y())
                qtbot.mouseClick(viewer.browser.viewport(), Qt.MouseButton.LeftButton, pos=point)
                return
            iterator += 1
        block = block.next()
    raise AssertionError(f"no link to {href} on the page")


def test_a_link_to_another_page_is_followed_and_alt_left_comes_back(
    qtbot: QtBot, owner: QWidget
) -> None:
    show_help(owner, "directory")
    viewer = the_viewer()
    qtbot.addWidget(viewer)
    qtbot.waitExposed(viewer)
    _click_link(qtbot, viewer, "programme.md")
    qtbot.waitUntil(lambda: viewer.current_page() == "programme.md")
    assert shown_heading(viewer) == first_heading(GUIDE / "programme.md")
    assert viewer.contents.currentItem().text() == first_heading(GUIDE / "programme.md")
    viewer.activateWindow()
    qtbot.keyClick(viewer.browser, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: viewer.current_page() == "annuaire.md")


def test_the_contents_list_opens_a_page(qtbot: QtBot, owner: QWidget) -> None:
    show_help(owner, "agenda")
    viewer = the_viewer()
    qtbot.addWidget(viewer)
    row = help_viewer.PAGES.index("confidentialite.md")
    viewer.contents.setCurrentRow(row)
    assert viewer.current_page() == "confidentialite.md"
    assert shown_heading(viewer) == first_heading(GUIDE / "confidentialite.md")


@pytest.fixture
def guide_with_a_web_link(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the guide whose first page links to a web site and shows a web picture."""
    folder = tmp_path / "docs" / "guide"
    shutil.copytree(GUIDE, folder)
    shutil.copytree(ROOT / "docs" / "screenshots", tmp_path / "docs" / "screenshots")
    index = folder / "index.md"
    index.write_text(
        "# Accueil\n\n[Le site](https://example.org/aide) et [l’agenda](agenda.md).\n\n"
        "![distante](https://example.org/image.png)\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(help_viewer, "guide_folder", lambda: folder)

    def refuse(url: QUrl) -> bool:
        raise AssertionError(f"the viewer asked the desktop to open {url.toString()}")

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(refuse))
    return folder


def test_a_web_link_is_never_opened(
    qtbot: QtBot, owner: QWidget, guide_with_a_web_link: Path
) -> None:
    show_help(owner)
    viewer = the_viewer()
    qtbot.addWidget(viewer)
    qtbot.waitExposed(viewer)
    assert shown_heading(viewer) == "Accueil"
    _click_link(qtbot, viewer, "https://example.org/aide")
    qtbot.waitUntil(lambda: "example.org" in viewer.message.text())
    assert viewer.current_page() == "index.md"
    assert viewer.browser.source().isLocalFile()
    # The same page's link inside the guide still works: the click itself was right.
    _click_link(qtbot, viewer, "agenda.md")
    qtbot.waitUntil(lambda: viewer.current_page() == "agenda.md")


def picture_widths(viewer: HelpViewer) -> dict[str, float]:
    """Each picture of the page shown, by file name: its width on screen, in pixels."""
    document = viewer.browser.document()
    widths: dict[str, float] = {}
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            form = fragments.fragment().charFormat()
            if form.isImageFormat():
                name = form.toImageFormat().name()
                url = viewer.browser.source().resolved(QUrl(name))
                image = document.resource(QTextDocument.ResourceType.ImageResource.value, url)
                widths[Path(name).name] = image.width() / image.devicePixelRatio()
            fragments += 1
        block = block.next()
    return widths


def test_pictures_fit_the_reading_pane_as_it_narrows_and_widens(
    qtbot: QtBot, owner: QWidget
) -> None:
    show_help(owner, "reports")  # bilans.md: pictures at the margin and in a list item
    viewer = the_viewer()
    qtbot.waitExposed(viewer)
    pane = viewer.browser
    bar = pane.horizontalScrollBar()
    for width in (900, 1300, 800, 1100):
        viewer.resize(width, 600)
        QApplication.processEvents()
        assert viewer.width() == width
        shown = picture_widths(viewer)
        assert "reports.png" in shown
        assert "reports-computing.png" in shown
        assert bar.maximum() == 0, f"{width} px: the pane scrolls sideways"
        assert pane.document().idealWidth() <= pane.viewport().width()
        if pane.viewport().width() > 780:
            # Room enough: the screenshots are shown at the guide's reading size.
            assert shown["reports.png"] == pytest.approx(680, abs=1)
        else:
            # Narrower: as wide as the pane allows (the list's picture is indented).
            assert shown["reports.png"] > pane.viewport().width() - 80
            assert shown["reports-computing.png"] < shown["reports.png"]


@pytest.mark.parametrize("ratio", [1.0, 1.5, 2.0])
def test_a_picture_is_drawn_with_the_screens_pixels_never_enlarged(
    qtbot: QtBot, owner: QWidget, monkeypatch: pytest.MonkeyPatch, ratio: float
) -> None:
    show_help(owner, "reports")
    viewer = the_viewer()
    qtbot.waitExposed(viewer)
    pane = viewer.browser
    viewer.resize(900, 600)
    QApplication.processEvents()
    monkeypatch.setattr(pane, "devicePixelRatioF", lambda: ratio)
    width = pane.picture_width()
    assert 300 < width < 680  # narrower than the guide's reading size
    for file_width in (1280, width + 40):
        image = QImage(file_width, 100, QImage.Format.Format_RGB32)
        image.fill(0xFF336699)
        fitted = pane._fitted(image, 0)
        # as wide as the pane allows on screen ...
        assert fitted.width() / fitted.devicePixelRatio() == pytest.approx(width)
        # ... with the screen's pixels, or the file's when it has fewer
        assert fitted.width() == min(file_width, round(width * ratio))
    small = QImage(width - 10, 50, QImage.Format.Format_RGB32)
    assert pane._fitted(small, 0).width() == width - 10  # narrow enough: left alone


def test_the_reading_pane_loads_nothing_from_the_network(
    qtbot: QtBot, owner: QWidget, guide_with_a_web_link: Path
) -> None:
    show_help(owner)
    viewer = the_viewer()
    qtbot.addWidget(viewer)
    for kind in (
        QTextDocument.ResourceType.ImageResource,
        QTextDocument.ResourceType.MarkdownResource,
    ):
        assert viewer.browser.loadResource(kind.value, QUrl("https://example.org/x")) is None
    local = QUrl("../screenshots/agenda-week.png")
    image = viewer.browser.loadResource(QTextDocument.ResourceType.ImageResource.value, local)
    assert image is not None
    assert not image.isNull()
    assert image.width() <= 700


def test_ctrl_f_finds_in_the_page_and_escape_closes_only_the_viewer(
    qtbot: QtBot, owner: QWidget
) -> None:
    owner.show()
    qtbot.waitExposed(owner)
    show_help(owner, "reports")
    viewer = the_viewer()
    qtbot.addWidget(viewer)
    qtbot.waitExposed(viewer)
    with qtbot.waitActive(viewer):
        viewer.activateWindow()
    viewer.browser.setFocus()
    qtbot.keyClick(viewer.browser, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert viewer.find_bar.isVisible()
    assert viewer.find_field.hasFocus()
    qtbot.keyClicks(viewer.find_field, "n.d.")
    qtbot.keyClick(viewer.find_field, Qt.Key.Key_Return)
    assert viewer.browser.textCursor().selectedText() == "n.d."
    # Escape in the find bar closes the bar, then Escape closes the viewer.
    qtbot.keyClick(viewer.find_field, Qt.Key.Key_Escape)
    assert not viewer.find_bar.isVisible()
    assert viewer.isVisible()
    qtbot.keyClick(viewer.browser, Qt.Key.Key_Escape)
    assert not viewer.isVisible()
    assert owner.isVisible()


def test_a_missing_word_is_reported(qtbot: QtBot, owner: QWidget) -> None:
    show_help(owner, "agenda")
    viewer = the_viewer()
    qtbot.addWidget(viewer)
    viewer.open_find_bar()
    viewer.find_field.setText("zzzz-introuvable")
    assert viewer.find_next() is False
    assert viewer.find_result.text()


def test_the_window_fits_a_small_screen(qtbot: QtBot, owner: QWidget) -> None:
    show_help(owner, "agenda")
    viewer = the_viewer()
    qtbot.addWidget(viewer)
    assert viewer.width() <= 1280
    assert viewer.height() <= 720
    for widget in (
        viewer.contents,
        viewer.browser,
        viewer.find_field,
        viewer.back_button,
        viewer.home_button,
    ):
        assert widget.accessibleName()
