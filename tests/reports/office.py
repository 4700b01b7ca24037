"""The files as others open them: LibreOffice (``soffice``) and poppler, for the tests.

LibreOffice and poppler (``pdftotext``, ``pdftoppm``, ``pdfinfo``) are system tools. A
test that needs one is skipped, with the reason, when it is missing on a developer's
machine, and fails when it is missing in CI (``CI=true``), where .ci/run installs them.

Each LibreOffice conversion gets a user profile of its own (in the caller's folder), so
that conversions never share state nor wait on another one's lock. A conversion takes
a few seconds: tests convert once per module.

Also here, :func:`sample_document`: a document with every kind of block, which the
DOCX and the PDF tests both write and read back.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import pytest

from vpi_groups.reports.document import (
    Align,
    Bullets,
    Document,
    Fields,
    Heading,
    PageBreak,
    Paragraph,
    Table,
)

TEXT_FILTER = "txt:Text (encoded):UTF8"


def tool(name: str) -> str:
    """The path of a system tool, or skip (fail in CI) when it is not installed."""
    path = shutil.which(name)
    if path is None:
        package = "libreoffice-calc libreoffice-writer" if name == "soffice" else "poppler-utils"
        reason = f"{name} is not installed (apt-get install {package})"
        if os.environ.get("CI") == "true":
            pytest.fail(f"{reason}; CI must install it")
        pytest.skip(reason)
    return path


def convert(source: Path, target: str, folder: Path, *, env: dict[str, str] | None = None) -> Path:
    """Have LibreOffice convert ``source`` (``target``: a format or a filter, "pdf").

    The result goes in ``folder``/out, named like the source; its path is returned (for
    a spreadsheet converted sheet by sheet, the folder's content is what counts).
    """
    out = folder / "out"
    subprocess.run(
        [
            tool("soffice"),
            f"-env:UserInstallation={(folder / 'profile').as_uri()}",
            "--headless",
            "--convert-to",
            target,
            "--outdir",
            str(out),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
        env=env,
    )
    extension = target.split(":")[0]
    return out / f"{source.stem}.{extension}"


def docx_text(docx: Path, folder: Path) -> str:
    """The text LibreOffice reads in a DOCX: one paragraph (or table cell) a line."""
    converted = convert(docx, TEXT_FILTER, folder)
    words = converted.read_text(encoding="utf-8-sig")
    return words.replace("\r\n", "\n")


def docx_paragraphs(path: Path) -> list[str]:
    """A DOCX's paragraphs, then its tables' cells, as python-docx reads them."""
    import docx

    document = docx.Document(str(path))
    out = [p.text for p in document.paragraphs]
    for table in document.tables:
        out.extend(cell.text for row in table.rows for cell in row.cells)
    return out


def pdf_text(pdf: Path, *, layout: bool = True) -> str:
    """The text poppler reads from a PDF, ligatures (ﬀ, ﬁ) spelt out; a form feed ends each page."""
    words = subprocess.run(
        [tool("pdftotext"), "-enc", "UTF-8", *(["-layout"] if layout else []), str(pdf), "-"],
        capture_output=True,
        check=True,
        timeout=60,
        text=True,
    ).stdout
    return unicodedata.normalize("NFKC", words)


@dataclass(frozen=True)
class PdfPage:
    """A page as poppler sees it: its size and its words' boxes (points)."""

    width: float
    height: float
    words: tuple[tuple[str, float, float], ...]  # each word, its left and right edges


def pdf_pages(pdf: Path) -> list[PdfPage]:
    """Every page's size and where its words are."""
    html = subprocess.run(
        [tool("pdftotext"), "-enc", "UTF-8", "-bbox", str(pdf), "-"],
        capture_output=True,
        check=True,
        timeout=60,
        text=True,
    ).stdout
    pages = []
    for size, body in re.findall(
        r'<page (width="[\d.]+" height="[\d.]+")>(.*?)</page>', html, flags=re.DOTALL
    ):
        width, height = (float(v) for v in re.findall(r'"([\d.]+)"', size))
        words = tuple(
            (word, float(left), float(right))
            for left, right, word in re.findall(
                r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">(.*?)</word>',
                body,
            )
        )
        pages.append(PdfPage(width, height, words))
    return pages


def words(value: str) -> list[str]:
    """The words of a text (letters and digits), in order; punctuation and spaces dropped."""
    return re.findall(r"\w+", unicodedata.normalize("NFKC", value))


def first_missing(expected: str, shown: str) -> str | None:
    """The first word of ``expected`` not found in ``shown`` after the words before it.

    None: every word is there, in order (other words may come in between: repeated
    table headers, page footers).
    """
    wanted, seen = words(expected), words(shown)
    position = 0
    for index, word in enumerate(wanted):
        try:
            position = seen.index(word, position) + 1
        except ValueError:
            before = " ".join(wanted[max(0, index - 6) : index])
            return f"{word!r} (word {index + 1} of {len(wanted)}, after {before!r})"
    return None


# ---------------------------------------------------------------- a document of every block

CONTROL = "\x07"  # a bell: no XML file can hold it
MONTHS = (
    "janv.",
    "févr.",
    "mars",
    "avr.",
    "mai",
    "juin",
    "juil.",
    "août",
    "sept.",
    "oct.",
    "nov.",
    "déc.",
    "Total",
)
WIDE_LAST = "9\u202f876"  # the wide table's last cell
AMOUNTS = (Align.LEFT, Align.RIGHT, Align.RIGHT, Align.RIGHT)


def _euros(value: str) -> str:
    return f"{value}\u00a0€"


def sample_document() -> Document:
    """A bilan in small: every kind of block, a page break, a long and a wide table.

    No cell wraps on its page (so that ``pdftotext -layout`` keeps each row on a line).
    """
    charges = Table(
        header=("Charges", "Prévu", "Réalisé", "Écart"),
        rows=(
            ("60 – Achats", _euros("1\u202f200,00"), _euros("1\u202f050,50"), _euros("-149,50")),
            ("61 – Locations", _euros("3\u202f000,00"), _euros("3\u202f000,00"), _euros("0,00")),
            (
                "64 – Personnel",
                _euros("12\u202f500,00"),
                _euros("12\u202f800,00"),
                _euros("300,00"),
            ),
            (
                "Total des charges",
                _euros("16\u202f700,00"),
                _euros("16\u202f850,50"),
                _euros("150,50"),
            ),
        ),
        caption="Charges prévues et réalisées",
        aligns=AMOUNTS,
        total_rows=1,
        note="Montants en euros, toutes taxes comprises.",
    )
    partners = Table(
        header=("Partenaire", "Secteur", "Versé"),
        rows=tuple(
            (f"Partenaire numéro {n}", "social" if n % 2 else "santé", _euros(f"{n * 25},00"))
            for n in range(1, 56)
        ),
        caption="Contributions des partenaires",
        aligns=(Align.LEFT, Align.LEFT, Align.RIGHT),
    )
    wide = Table(
        header=("Présences", *MONTHS),
        rows=(
            *(
                (label, *(str((row * 7 + month * 5) % 40 + 3) for month in range(12)), "312")
                for row, label in enumerate(("Groupe du mardi", "Groupe du jeudi", "Formation"))
            ),
            ("Ensemble", *("s",) * 12, WIDE_LAST),
        ),
        caption="Présences par action et par mois",
        aligns=(Align.LEFT, *(Align.RIGHT,) * 13),
        total_rows=1,
        note="s : effectif masqué, inférieur au seuil.",
    )
    return Document(
        title="Bilan 2025",
        footer="Association Horizon – bilan 2025",
        blocks=(
            Fields(
                (
                    ("Structure", "Association Horizon"),
                    ("Période", "du 1er janvier au 31 décembre 2025"),
                )
            ),
            Heading("1. Le programme", 1),
            Paragraph(
                "Le programme s'organise en trois axes : la formation des professionnels, "
                "les actions grand public et les groupes de parole.\n"
                "Un réseau de partenaires l'anime."
            ),
            Table(
                header=("Axe", "Actions", "Séances"),
                rows=(("Groupes de parole", "2", "24"), ("Formation", "1", "3")),
                caption="Actions de la période",
                aligns=(Align.LEFT, Align.RIGHT, Align.RIGHT),
            ),
            Paragraph(f"Un caractère de contrôle{CONTROL} est retiré.", emphasis=True),
            PageBreak(),
            Heading("2. Les actions", 1),
            Heading("Groupe de parole du mardi", 2),
            Fields((("Axe", "Groupes de parole"), ("Dates", "du 4 mars au 16 décembre"))),
            Heading("Objectifs", 3),
            Paragraph("Offrir un espace d'écoute aux victimes."),
            Bullets(("Accueillir les personnes orientées", "Rompre l'isolement")),
            Heading("3. Le bilan financier", 1),
            charges,
            partners,
            Heading("4. Tableaux anonymisés", 1),
            Paragraph("Les effectifs inférieurs au seuil sont masqués."),
            wide,
            Heading("Notes", 3),
            Bullets(("Les totaux sont protégés comme les cellules.",)),
        ),
    )
