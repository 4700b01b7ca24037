"""Build hook: compile the translations into the package while the wheel is built.

Everything else about the package is declared in pyproject.toml. The compiled
catalogues (``vpi_groups/ui/i18n/*.qm``) are not kept in the repository; ``make``
compiles them for a checkout, and this hook compiles them into the build folder of a
wheel (``pip wheel .``, ``python -m build --wheel``, ``pip install .``), so that an
installed wheel speaks French without ``make`` having been run. It uses the same
function as ``make`` (``packaging/build_translations.py``, PySide6's ``lrelease``).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from setuptools import setup  # type: ignore[import-untyped]
from setuptools.command.build_py import build_py  # type: ignore[import-untyped]

ROOT = Path(__file__).resolve().parent
TS_DIR = ROOT / "resources" / "translations"


def _release() -> object:
    """The ``release(ts, qm)`` function of packaging/build_translations.py."""
    spec = importlib.util.spec_from_file_location(
        "build_translations", ROOT / "packaging" / "build_translations.py"
    )
    if spec is None or spec.loader is None:
        raise SystemExit("packaging/build_translations.py is missing from the source tree")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.release


class BuildPyWithTranslations(build_py):  # type: ignore[misc]
    """``build_py`` that also compiles ``resources/translations/*.ts`` into the build."""

    def run(self) -> None:
        """Copy the package as usual, then write a fresh .qm beside it for each .ts."""
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install reads src/ itself, where make compiles them
        sources = sorted(TS_DIR.glob("*.ts"))
        if not sources:
            raise SystemExit(f"no translation sources in {TS_DIR}: the wheel would be English only")
        release = _release()
        target = Path(self.build_lib) / "vpi_groups" / "ui" / "i18n"
        for ts in sources:
            release(ts, target / f"{ts.stem}.qm")  # type: ignore[operator]


setup(cmdclass={"build_py": BuildPyWithTranslations})
