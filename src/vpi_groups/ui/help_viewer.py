"""The user guide, read inside the application: one window, offline, opened by F1.

The guide's pages are Markdown files written in ``docs/guide/`` of the repository, with
their pictures in ``docs/screenshots/``. ``vpi_groups/ui/docs`` is a link to that folder,
so the package reads the same files from a checkout, and a wheel (or a frozen bundle
made from it) carries real copies of them as package data.

The viewer follows links between guide pages itself and never opens anything else: a
link to a web site is shown, not followed, since the application never uses the network.
"""

from __future__ import annotations

import math
import re
from importlib import resources
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, QUrl
from PySide6.QtGui import (
    QImage,
    QKeySequence,
    QResizeEvent,
    QShortcut,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

PAGES: tuple[str, ...] = (
    "index.md",
    "premiers-pas.md",
    "annuaire.md",
    "partenariat.md",
    "programme.md",
    "agenda.md",
    "presences.md",
    "participants.md",
    "bilans.md",
    "calendrier.md",
    "consolidation.md",
    "sauvegarde.md",
    "confidentialite.md",
)
"""The guide's pages, in the order of the table of contents."""

TOPICS: dict[str, str] = {
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
"""The page of the guide that F1 opens from each page or dialog of the application."""

HOME = "index.md"

# Screenshots are 1280 px wide: shown at full size they would need a horizontal
# scroll bar in the reading pane, so they are scaled down to this width, or to the
# pane's own width when it is narrower (a small screen, a large scale factor).
_IMAGE_WIDTH = 680
_IMAGE_SLACK = 4  # beside a picture, so that rounding never calls for a scroll bar
_IMAGE_MIN_WIDTH = 120  # narrower, a screenshot says nothing: the pane scrolls instead

_UNKNOWN = QTextDocument.ResourceType.UnknownResource

_HEADING = re.compile(r"^#{1,6}\s+(.+?)\s*#*\s*$")


def guide_folder() -> Path:
    """The folder of the guide's Markdown pages, from the package's own data.

    Returns:
        A real folder: from a checkout (through the ``ui/docs`` link), an installed
        wheel or a frozen bundle, package data are plain files.
    """
    return Path(str(resources.files("vpi_groups.ui").joinpath("docs", "guide")))


def page_title(path: Path) -> str:
    """The first heading of a Markdown page, or its file name when it has none."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return path.stem
    for line in lines:
        match = _HEADING.match(line)
        if match:
            return match.group(1)
    return path.stem


class GuideBrowser(QTextBrowser):
    """The reading pane: guide pages as Markdown, pictures scaled to fit, no network.

    A picture is as wide as :data:`_IMAGE_WIDTH` or the pane, whichever is narrower,
    so the pane never scrolls sideways; it is scaled again when the pane's width
    changes, from the file's own pixels, and drawn at the screen's pixel density.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The page's pictures as read from disk, with how far each is indented.
        self._pictures: dict[str, tuple[QImage, int]] = {}
        self._fitted_to = 0  # the picture width the page's pictures were last scaled to

    def picture_width(self) -> int:
        """The widest a picture may be in this pane, in screen-independent pixels.

        The vertical scroll bar's room is always kept, shown or not, so that a page
        does not change its pictures when it grows long enough to need the bar.
        """
        bar = self.verticalScrollBar()
        pane = self.viewport().width() + (bar.width() if bar.isVisible() else 0)
        extent = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        margins = 2 * math.ceil(self.document().documentMargin())
        return min(_IMAGE_WIDTH, pane - extent - margins - _IMAGE_SLACK)

    def _indent_of(self, url: QUrl) -> int:
        """How far the picture at ``url`` is indented (inside a list item), in pixels."""
        document = self.document()
        block = document.begin()
        while block.isValid():
            if "\ufffc" in block.text():  # the object character: a picture is on this line
                fragments = block.begin()
                while not fragments.atEnd():
                    form = fragments.fragment().charFormat()
                    if (
                        form.isImageFormat()
                        and self.source().resolved(QUrl(form.toImageFormat().name())) == url
                    ):
                        steps = block.blockFormat().indent()
                        if block.textList() is not None:
                            steps += block.textList().format().indent()
                        indent = steps * document.indentWidth() + block.blockFormat().leftMargin()
                        return math.ceil(indent)
                    fragments += 1
            block = block.next()
        return 0

    def _fitted(self, image: QImage, indent: int) -> QImage:
        """``image`` scaled down to fit beside ``indent``, at the screen's pixel ratio."""
        width = max(_IMAGE_MIN_WIDTH, self._fitted_to - indent)
        if image.width() <= width:
            return image
        # the screen's pixels, but never more than the file has: no enlarging
        pixels = min(image.width(), round(width * self.devicePixelRatioF()))
        scaled = image.scaledToWidth(pixels, Qt.TransformationMode.SmoothTransformation)
        scaled.setDevicePixelRatio(pixels / width)
        return scaled

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Fit the page's pictures to the pane's new width."""
        super().resizeEvent(event)
        if not self._pictures or self.picture_width() == self._fitted_to:
            return
        self._fitted_to = self.picture_width()
        document = self.document()
        for name, (image, indent) in self._pictures.items():
            document.addResource(
                QTextDocument.ResourceType.ImageResource.value,
                QUrl(name),
                self._fitted(image, indent),
            )
        document.markContentsDirty(0, document.characterCount())

    def doSetSource(self, name: QUrl | str, type: QTextDocument.ResourceType = _UNKNOWN) -> None:
        """Load the page, then give it room to breathe (Markdown sets no spacing)."""
        self._pictures.clear()
        super().doSetSource(name, type)
        self._space_blocks()

    def _space_blocks(self) -> None:
        """Space headings from what precedes them and loosen the lines a little."""
        cursor = QTextCursor(self.document())
        block = self.document().begin()
        cursor.beginEditBlock()
        while block.isValid():
            form = block.blockFormat()
            level = form.headingLevel()
            if level:
                form.setTopMargin(20 if level <= 2 else 14)
                form.setBottomMargin(6)
            elif "\ufffc" not in block.text():
                # Not on a picture's line: 115 % of a picture's height is a wide gap.
                form.setLineHeight(115, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
            cursor.setPosition(block.position())
            cursor.setBlockFormat(form)
            block = block.next()
        cursor.endEditBlock()
        # Styling the page is not an edit the reader could undo.
        self.document().clearUndoRedoStacks()

    def loadResource(self, type: int, name: QUrl | str) -> Any:
        """Load a page or a picture from the guide's folder only.

        Anything that is not a local file (a web address) gives nothing, so the
        document can never fetch from the network.
        """
        url = QUrl(name)
        if not url.isLocalFile() and url.scheme() not in ("", "file"):
            return None
        data = super().loadResource(type, url)
        if type == QTextDocument.ResourceType.ImageResource.value and data is not None:
            image = data if isinstance(data, QImage) else QImage.fromData(data)
            if image.isNull():
                return image
            indent = self._indent_of(url)
            self._pictures[url.toString()] = (image, indent)
            self._fitted_to = self.picture_width()
            return self._fitted(image, indent)
        return data


class HelpViewer(QWidget):
    """The guide's window: table of contents, reading pane, find bar, back key.

    Alt+Left goes back, Ctrl+F finds in the page, Escape closes the find bar when it has
    the focus, and the window otherwise.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("helpViewer")
        self.setWindowTitle(self.tr("VPI Groups help"))
        self.folder = guide_folder()

        self.contents = QListWidget(self)
        self.contents.setObjectName("helpContents")
        self.contents.setAccessibleName(self.tr("Contents of the guide"))
        for name in PAGES:
            item = QListWidgetItem(page_title(self.folder / name))
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.contents.addItem(item)
        # Page titles are whole sentences: wrapped on two lines rather than cut.
        self.contents.setWordWrap(True)
        self.contents.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.contents.setStyleSheet("QListWidget#helpContents::item { padding: 5px 6px; }")
        self.contents.setFixedWidth(250)
        self.contents.currentItemChanged.connect(self._contents_chosen)

        self.browser = GuideBrowser(self)
        self.browser.setObjectName("helpBrowser")
        self.browser.setAccessibleName(self.tr("Guide page"))
        # Links are followed here, never handed to the desktop: see _link_clicked.
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.browser.anchorClicked.connect(self._link_clicked)
        self.browser.sourceChanged.connect(self._source_changed)
        self.browser.document().setDocumentMargin(16)

        self.back_button = QPushButton(self.tr("&Back"), self)
        self.back_button.setObjectName("helpBack")
        self.back_button.setAccessibleName(self.tr("Back to the previous page"))
        self.back_button.setToolTip(self.tr("Back to the previous page (Alt+Left arrow)"))
        self.back_button.setEnabled(False)
        self.back_button.clicked.connect(self.browser.backward)
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        self.home_button = QPushButton(self.tr("&Contents"), self)
        self.home_button.setObjectName("helpHome")
        self.home_button.setAccessibleName(self.tr("First page of the guide"))
        self.home_button.clicked.connect(lambda _checked=False: self.show_page(HOME))

        self.message = QLabel(self)
        self.message.setObjectName("helpMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.find_bar = QWidget(self)
        self.find_bar.setObjectName("helpFindBar")
        self.find_field = QLineEdit(self.find_bar)
        self.find_field.setObjectName("helpFindField")
        self.find_field.setAccessibleName(self.tr("Find in the page"))
        self.find_field.setPlaceholderText(self.tr("Find in the page"))
        self.find_field.returnPressed.connect(self.find_next)
        find_label = QLabel(self.tr("&Find:"), self.find_bar)
        find_label.setBuddy(self.find_field)
        self.find_previous_button = QPushButton(self.tr("&Previous"), self.find_bar)
        self.find_previous_button.setObjectName("helpFindPrevious")
        self.find_previous_button.setAccessibleName(self.tr("Previous match"))
        self.find_previous_button.clicked.connect(self.find_previous)
        self.find_next_button = QPushButton(self.tr("&Next"), self.find_bar)
        self.find_next_button.setObjectName("helpFindNext")
        self.find_next_button.setAccessibleName(self.tr("Next match"))
        self.find_next_button.clicked.connect(self.find_next)
        self.find_result = QLabel(self.find_bar)
        self.find_result.setObjectName("helpFindResult")
        find_row = QHBoxLayout(self.find_bar)
        find_row.setContentsMargins(0, 0, 0, 0)
        find_row.addWidget(find_label)
        find_row.addWidget(self.find_field, 1)
        find_row.addWidget(self.find_previous_button)
        find_row.addWidget(self.find_next_button)
        find_row.addWidget(self.find_result)
        self.find_bar.hide()

        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.home_button)
        buttons.addWidget(self.message, 1)
        reading = QVBoxLayout()
        reading.addLayout(buttons)
        reading.addWidget(self.browser, 1)
        reading.addWidget(self.find_bar)
        layout = QHBoxLayout(self)
        layout.addWidget(self.contents)
        layout.addLayout(reading, 1)

        self._shortcuts(
            (QKeySequence(QKeySequence.StandardKey.Back), QKeySequence("Alt+Left")),
            self.browser.backward,
        )
        self._shortcuts(
            (QKeySequence(QKeySequence.StandardKey.Forward), QKeySequence("Alt+Right")),
            self.browser.forward,
        )
        self._shortcuts(
            (QKeySequence(QKeySequence.StandardKey.Find), QKeySequence("Ctrl+F")),
            self.open_find_bar,
        )
        self._shortcuts((QKeySequence(Qt.Key.Key_Escape),), self._escape)
        self._shortcuts((QKeySequence(QKeySequence.StandardKey.FindNext),), self.find_next)
        self._shortcuts((QKeySequence(QKeySequence.StandardKey.FindPrevious),), self.find_previous)
        self.resize(self._fitting_size())

    def _shortcuts(self, keys: tuple[QKeySequence, ...], slot: Any) -> None:
        """Bind each distinct key sequence of ``keys`` to ``slot`` in this window."""
        for key in {k.toString(): k for k in keys if not k.isEmpty()}.values():
            shortcut = QShortcut(key, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    def _fitting_size(self) -> QSize:
        """A comfortable size that still fits a 1280×720 screen with its panels."""
        wanted = QSize(1080, 640)
        room = self.screen().availableGeometry().size() - QSize(40, 60)
        return wanted.boundedTo(room)

    # ------------------------------------------------------------------ pages

    def current_page(self) -> str:
        """The file name of the page shown, or "" when none is."""
        source = self.browser.source()
        return Path(source.toLocalFile()).name if source.isLocalFile() else ""

    def show_page(self, name: str) -> None:
        """Show the guide page ``name`` (a file name of ``docs/guide``)."""
        path = self.folder / name
        if not path.is_file():
            self.message.setText(
                self.tr("This page of the guide cannot be found: %1").replace("%1", name)
            )
            return
        self.browser.setSource(
            QUrl.fromLocalFile(str(path)), QTextDocument.ResourceType.MarkdownResource
        )

    def _link_clicked(self, url: QUrl) -> None:
        """Follow a link to another guide page; show a web address without opening it."""
        if url.scheme() in ("", "file"):
            target = self.browser.source().resolved(url) if url.isRelative() else url
            path = Path(target.toLocalFile())
            if target.isLocalFile() and path.suffix == ".md" and path.is_file():
                if path.resolve().parent == self.folder.resolve():
                    self.show_page(path.name)
                    if url.hasFragment():
                        self.browser.scrollToAnchor(url.fragment())
                    return
            elif not url.path() and url.hasFragment():
                self.browser.scrollToAnchor(url.fragment())
                return
        self.message.setText(
            self.tr(
                "This link leads outside the guide and is not opened here (the application "
                "never uses the network): %1"
            ).replace("%1", url.toDisplayString())
        )

    def _source_changed(self, url: QUrl) -> None:
        """Keep the table of contents and the title in step with the page shown."""
        # The signal comes before source() is updated: the new page is the argument.
        name = Path(url.toLocalFile()).name if url.isLocalFile() else ""
        self.message.clear()
        self.find_result.clear()
        for row in range(self.contents.count()):
            item = self.contents.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == name:
                self.contents.blockSignals(True)
                self.contents.setCurrentRow(row)
                self.contents.blockSignals(False)
                self.setWindowTitle(self.tr("VPI Groups help — %1").replace("%1", item.text()))
                break

    def _contents_chosen(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        """Show the page chosen in the table of contents."""
        if item is not None:
            self.show_page(str(item.data(Qt.ItemDataRole.UserRole)))

    # ------------------------------------------------------------------ finding

    def open_find_bar(self) -> None:
        """Show the find bar with its text selected, ready to type."""
        self.find_bar.show()
        self.find_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_field.selectAll()

    def find_next(self) -> bool:
        """Select the next match of the find field in the page, from the top after the end."""
        return self._find(QTextDocument.FindFlag(0))

    def find_previous(self) -> bool:
        """Select the previous match, from the bottom after the top."""
        return self._find(QTextDocument.FindFlag.FindBackward)

    def _find(self, flags: QTextDocument.FindFlag) -> bool:
        text = self.find_field.text()
        if not text:
            self.find_result.clear()
            return False
        found = self.browser.find(text, flags)
        if not found:
            # Search again from the other end, as readers expect a find to wrap around.
            cursor = self.browser.textCursor()
            backward = bool(flags & QTextDocument.FindFlag.FindBackward)
            cursor.movePosition(
                cursor.MoveOperation.End if backward else cursor.MoveOperation.Start
            )
            self.browser.setTextCursor(cursor)
            found = self.browser.find(text, flags)
        self.find_result.setText("" if found else self.tr("Not found"))
        return found

    def _escape(self) -> None:
        """Escape closes the find bar when it is in use, and the window otherwise."""
        focus = QApplication.focusWidget()
        if self.find_bar.isVisible() and focus is not None and self.find_bar.isAncestorOf(focus):
            self.find_bar.hide()
            self.browser.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return
        self.close()


def show_help(parent: QWidget, topic: str | None = None) -> None:
    """Open the guide on the page about ``topic``, or raise the window already open.

    Args:
        parent: the window asking for help; the guide's window belongs to its window.
        topic: a key of ``TOPICS`` ("agenda", "reports", ...); None or an unknown key
            opens the page already shown, or the first page.
    """
    viewer = next(
        (w for w in QApplication.topLevelWidgets() if isinstance(w, HelpViewer)),
        None,
    )
    owner = parent.window()
    if viewer is None:
        viewer = HelpViewer(owner)
    elif viewer.parentWidget() is not owner:
        # Follow the window asking for help: a viewer owned by a window that a modal
        # dialog now blocks (the unlock dialog over the main window) would be blocked too.
        geometry = viewer.geometry()
        viewer.setParent(owner, viewer.windowFlags())
        viewer.setGeometry(geometry)
    page = TOPICS.get(topic or "")
    if page is not None:
        viewer.show_page(page)
    elif not viewer.current_page():
        viewer.show_page(HOME)
    if viewer.isVisible():
        # Already open, maybe behind the main window: bring it to the front.
        viewer.raise_()
    else:
        viewer.show()
    viewer.activateWindow()
