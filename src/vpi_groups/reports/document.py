"""A document made of plain blocks, written out as DOCX or PDF by the same rules.

The yearly bilan is built once as a :class:`Document` (headings, paragraphs, bullet
lists, tables, page breaks); :mod:`vpi_groups.reports.bilan_docx` writes it for Word
and LibreOffice, :mod:`vpi_groups.ui.bilan_pdf` draws it as a PDF. Both writers show
every block and every cell as given, so the two files say the same thing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum


class Align(StrEnum):
    """How a table column's cells line up."""

    LEFT = "left"
    RIGHT = "right"  # numbers and amounts


@dataclass(frozen=True)
class Heading:
    """A title: level 0 is the document's, 1 a part, 2 a sheet, 3 a section of a sheet."""

    text: str
    level: int = 1


@dataclass(frozen=True)
class Paragraph:
    """Plain text; line breaks inside it are kept. ``emphasis``: shown in italics."""

    text: str
    emphasis: bool = False


@dataclass(frozen=True)
class Bullets:
    """A bulleted list."""

    items: tuple[str, ...]


@dataclass(frozen=True)
class Fields:
    """Labelled values, one per line ("Dates : du 3 mars au 30 juin")."""

    pairs: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Table:
    """A table with a header row; ``total_rows``: how many last rows are totals (bold).

    ``aligns`` has one entry per column (left when missing).
    """

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    caption: str = ""
    aligns: tuple[Align, ...] = ()
    total_rows: int = 0
    note: str = ""

    def align(self, column: int) -> Align:
        """The alignment of a column."""
        return self.aligns[column] if column < len(self.aligns) else Align.LEFT

    @property
    def columns(self) -> int:
        """How many columns: the header's, or the longest row's when longer."""
        return max((len(self.header), *(len(row) for row in self.rows)))

    @property
    def wide(self) -> bool:
        """More columns than a portrait page holds (:data:`WIDE_COLUMNS`)."""
        return self.columns > WIDE_COLUMNS


@dataclass(frozen=True)
class PageBreak:
    """The next block starts a new page."""


Block = Heading | Paragraph | Bullets | Fields | Table | PageBreak


@dataclass(frozen=True)
class Document:
    """A whole document: its title, what the page footer says, and its blocks."""

    title: str
    footer: str = ""
    blocks: tuple[Block, ...] = field(default_factory=tuple)

    def text(self) -> str:
        """Every word of the document, in order (for checks and previews)."""
        parts: list[str] = [self.title]
        for block in self.blocks:
            if isinstance(block, Heading | Paragraph):
                parts.append(block.text)
            elif isinstance(block, Bullets):
                parts.extend(block.items)
            elif isinstance(block, Fields):
                parts.extend(f"{label} : {value}" for label, value in block.pairs)
            elif isinstance(block, Table):
                parts.append(block.caption)
                parts.append(" | ".join(block.header))
                parts.extend(" | ".join(row) for row in block.rows)
                parts.append(block.note)
        return "\n".join(p for p in parts if p)


# ---------------------------------------------------------------- rules both writers follow

WIDE_COLUMNS = 8
"""A table of more columns goes on landscape pages, in a smaller font."""

_NOT_IN_FILES = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def plain(text: str) -> str:
    """``text`` without the characters no file can hold (control characters).

    Line breaks, whatever their kind, become line feeds; tabs are kept.
    """
    return _NOT_IN_FILES.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


@dataclass(frozen=True)
class PageRun:
    """Blocks on pages of one orientation; each run after the first starts a new page."""

    landscape: bool
    blocks: tuple[Block, ...]


def _landscape(blocks: Sequence[Block]) -> list[bool]:
    """Which blocks go on landscape pages.

    A wide table does, with the headings just before it and the paragraphs under the
    last of them (a title never stays behind on the page before), and the blocks after
    it up to the next heading of level 0 to 2 or page break (its notes); so does
    everything between two landscape blocks of one part (no heading of level 0 or 1
    between them).
    """
    flags = [isinstance(block, Table) and block.wide for block in blocks]
    for index, block in enumerate(blocks):
        if not (isinstance(block, Table) and block.wide):
            continue
        for after in range(index + 1, len(blocks)):
            following = blocks[after]
            if isinstance(following, PageBreak) or (
                isinstance(following, Heading) and following.level <= 2
            ):
                break
            flags[after] = True
        start = index
        while start > 0 and isinstance(blocks[start - 1], Paragraph):
            start -= 1
        headings = start
        while headings > 0 and isinstance(blocks[headings - 1], Heading):
            headings -= 1
        for lead in range(headings if headings < start else index, index):
            flags[lead] = True
    last: int | None = None
    for index, flag in enumerate(flags):
        if not flag:
            continue
        if last is not None:
            between = blocks[last + 1 : index]
            if not any(isinstance(b, Heading) and b.level <= 1 for b in between):
                flags[last + 1 : index] = [True] * len(between)
        last = index
    return flags


def page_runs(blocks: Sequence[Block]) -> tuple[PageRun, ...]:
    """The blocks cut where the orientation changes (one run at least, maybe empty).

    A page break where a run starts or ends is left out (the run starts a new page
    anyway), except at the very start: there it still follows the document's title.
    """
    runs: list[tuple[bool, list[Block]]] = []
    for block, flag in zip(blocks, _landscape(blocks), strict=True):
        if isinstance(block, PageBreak) and runs:
            flag = runs[-1][0]  # a page break never changes the orientation
        if not runs or runs[-1][0] != flag:
            runs.append((flag, []))
        runs[-1][1].append(block)
    out: list[PageRun] = []
    for number, (flag, chosen) in enumerate(runs):
        while chosen and isinstance(chosen[-1], PageBreak):
            chosen.pop()
        while number and chosen and isinstance(chosen[0], PageBreak):
            chosen.pop(0)
        if chosen or not out:
            out.append(PageRun(flag, tuple(chosen)))
    return tuple(out) or (PageRun(landscape=False, blocks=()),)


def column_widths(
    natural: Sequence[float], least: Sequence[float], room: float, stretch: Sequence[bool]
) -> list[float] | None:
    """How wide each column of a table is, filling ``room``.

    ``natural``: the width a column takes with no line wrapped; ``least``: its longest
    word's. When the natural widths fit, what is left over is shared in proportion to
    them, a column with ``stretch`` (text) taking twice its share; when they do not,
    columns give up room in proportion to what they can lose. None: even the longest
    words do not fit.
    """
    least = list(least)
    natural = [max(n, m) for n, m in zip(natural, least, strict=True)]
    if sum(least) > room:
        return None
    if sum(natural) <= room:
        weights = [n * (2 if s else 1) for n, s in zip(natural, stretch, strict=True)]
        total = sum(weights) or 1.0
        spare = room - sum(natural)
        return [n + spare * w / total for n, w in zip(natural, weights, strict=True)]
    give = [n - m for n, m in zip(natural, least, strict=True)]
    spare = room - sum(least)
    total = sum(give) or 1.0
    return [m + spare * g / total for m, g in zip(least, give, strict=True)]


def even_numbers(natural: Sequence[float], stretch: Sequence[bool]) -> list[float]:
    """The natural widths, every column of numbers (no ``stretch``) as wide as the widest."""
    widest = max((n for n, s in zip(natural, stretch, strict=True) if not s), default=0.0)
    return [n if s else widest for n, s in zip(natural, stretch, strict=True)]


_BREAKS = re.compile(r"[ \t\n]+")  # where a line may wrap (not at no-break spaces)


def table_cells(table: Table) -> list[list[str]]:
    """The header and the rows, each as long as the widest line, every text made plain."""
    count = table.columns
    lines = [table.header, *table.rows]
    return [[plain(cell) for cell in (*line, *("",) * (count - len(line)))] for line in lines]


def fit_columns(
    table: Table, room: float, measure: Callable[[str, bool], float], pad: float
) -> list[float] | None:
    """The widths of ``table``'s columns across ``room`` (None: its longest words do not fit).

    ``measure(text, bold)``: the width of a line of text; ``pad``: what a cell adds to
    its text. The header and the total rows are bold. When the columns cannot all be as
    wide as their texts, the header's labels wrap first (they sit at the bottom of their
    cells), then the longest texts; columns of numbers in a wide table are as wide as
    each other.
    """
    grid = table_cells(table)
    bold = {0, *range(len(grid) - table.total_rows, len(grid))}
    count = table.columns
    body, header, least = [0.0] * count, [0.0] * count, [0.0] * count
    for number, line in enumerate(grid):
        for column, words in enumerate(line):
            longest = max(measure(part, number in bold) for part in words.split("\n")) + pad
            word = max(measure(part, number in bold) for part in _BREAKS.split(words)) + pad
            widths = header if number == 0 else body
            widths[column] = max(widths[column], longest)
            least[column] = max(least[column], word)
    stretch = [table.align(c) is Align.LEFT for c in range(count)]
    natural = [max(b, h) for b, h in zip(body, header, strict=True)]
    if sum(natural) > room:
        natural = [max(b, m) for b, m in zip(body, least, strict=True)]
    if table.wide:
        natural = even_numbers(natural, stretch)
    return column_widths(natural, least, room, stretch)
