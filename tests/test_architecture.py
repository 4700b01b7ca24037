"""The import rules of docs/architecture.md hold, and the checker would catch a breach."""

from __future__ import annotations

import ast
import importlib
import pkgutil
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import vpi_groups

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src" / "vpi_groups"
LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"

NETWORK_MODULES = (
    "PySide6.QtNetwork",
    "PySide6.QtWebSockets",
    "PySide6.QtWebEngineCore",
    "requests",
    "httpx",
    "urllib3",
    "aiohttp",
    "http.client",
    "urllib.request",
    "socket",
)


def _contracts() -> list[dict[str, object]]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    contracts: list[dict[str, object]] = config["tool"]["importlinter"]["contracts"]
    return contracts


def test_every_module_has_a_place_in_the_layers() -> None:
    """A new top-level module must be placed in the layers contract, not escape it."""
    layers = next(c for c in _contracts() if c["type"] == "layers")
    named: set[str] = set()
    for layer in layers["layers"]:  # type: ignore[attr-defined]
        named.update(part.strip() for part in str(layer).replace(":", "|").split("|"))
    modules = {m.name for m in pkgutil.iter_modules(vpi_groups.__path__)}
    assert modules - named == set(), "add these modules to the layers contract"


def test_every_module_of_a_domain_package_has_a_place_in_its_layers() -> None:
    """Packages of several modules order them in a contract of their own."""
    inner = {
        str(c["containers"][0]): c  # type: ignore[index]
        for c in _contracts()
        if c["type"] == "layers" and c["containers"] != ["vpi_groups"]
    }
    for name in ("attendance", "programme", "scheduling", "reports", "calendar", "demo"):
        package = importlib.import_module(f"vpi_groups.{name}")
        modules = {m.name for m in pkgutil.iter_modules(package.__path__)}
        contract = inner.get(f"vpi_groups.{name}")
        if contract is None:
            assert len(modules) == 1, f"vpi_groups.{name} needs a layers contract"
            continue
        named: set[str] = set()
        for layer in contract["layers"]:  # type: ignore[attr-defined]
            named.update(part.strip() for part in str(layer).replace(":", "|").split("|"))
        assert modules - named == set(), f"place these modules of vpi_groups.{name}"


def _imported_names(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def test_no_network_code_anywhere() -> None:
    offenders = [
        f"{path.relative_to(ROOT)}: {name}"
        for path in sorted(SRC.rglob("*.py"))
        for name in _imported_names(path)
        if any(name == bad or name.startswith(bad + ".") for bad in NETWORK_MODULES)
    ]
    assert offenders == []


def test_import_contracts_hold() -> None:
    result = subprocess.run(
        [str(LINT_IMPORTS)], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_qt_import_under_storage_breaks_the_contracts(tmp_path: Path) -> None:
    """The checker run by the test command fails if storage imports PySide6."""
    shutil.copytree(SRC, tmp_path / "src" / "vpi_groups", ignore=shutil.ignore_patterns("*.qm"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    intruder = tmp_path / "src" / "vpi_groups" / "storage" / "intruder.py"
    intruder.write_text('"""Breach."""\n\nimport PySide6.QtCore\n', encoding="utf-8")
    result = subprocess.run(
        [str(LINT_IMPORTS)],
        cwd=tmp_path,
        env={"PYTHONPATH": str(tmp_path / "src"), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode != 0
    assert "vpi_groups.storage.intruder" in result.stdout


UNIT_OF_WORK_CALLS = {"session", "preview", "commit", "sessionmaker"}


def _units_of_work_opened(source: str) -> list[str]:
    """Calls that open, commit or make a database session, in Python source."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name in UNIT_OF_WORK_CALLS:
                found.append(f"line {node.lineno}: {name}()")
    return found


def test_no_ui_module_opens_a_session_or_commits() -> None:
    """Widgets hand a function of the session to the worker; the vault opens the session."""
    offenders = {
        str(path.relative_to(ROOT)): calls
        for path in sorted((SRC / "ui").rglob("*.py"))
        if (calls := _units_of_work_opened(path.read_text(encoding="utf-8")))
    }
    assert offenders == {}


def test_the_unit_of_work_check_sees_a_widget_opening_a_session() -> None:
    bad = "def work():\n    with vault.session() as s:\n        s.commit()\n"
    assert _units_of_work_opened(bad) == ["line 2: session()", "line 3: commit()"]
    assert _units_of_work_opened("runner.unit(vault, work, done, failed)\n") == []


def _page_imports(source: str) -> set[str]:
    """Pages a module imports (the shared base aside)."""
    return {
        name
        for name in _module_imports(source)
        if name.startswith("vpi_groups.ui.pages.") and name != "vpi_groups.ui.pages.base"
    }


def _module_imports(source: str) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
        elif isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
    return names


def test_no_page_imports_another_page() -> None:
    """Editors and shared widgets have modules of their own (ui/editors, ui/widgets)."""
    offenders = {
        path.name: sorted(pages)
        for path in sorted((SRC / "ui" / "pages").glob("*.py"))
        if (pages := _page_imports(path.read_text(encoding="utf-8")))
    }
    assert offenders == {}
    assert _page_imports("from vpi_groups.ui.pages.directory import select_id\n") == {
        "vpi_groups.ui.pages.directory"
    }


def _reads_the_system_clock(source: str) -> list[int]:
    """Lines calling ``datetime.now``/``utcnow``/``today`` or ``date.today`` directly."""
    lines = []
    for node in ast.walk(ast.parse(source)):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in {"now", "utcnow", "today"}
            and isinstance(node.func.value, ast.Attribute | ast.Name)
            and (getattr(node.func.value, "attr", None) or getattr(node.func.value, "id", ""))
            in {"datetime", "date"}
        ):
            lines.append(node.lineno)
    return lines


def test_one_clock() -> None:
    """Every service reads the time from vpi_groups.clock (one place for tests to set it)."""
    offenders = {
        str(path.relative_to(ROOT)): lines
        for path in sorted(SRC.rglob("*.py"))
        if path.name != "clock.py" and "ui" not in path.relative_to(SRC).parts
        if (lines := _reads_the_system_clock(path.read_text(encoding="utf-8")))
    }
    assert offenders == {}
    assert _reads_the_system_clock("x = dt.datetime.now(dt.UTC)\ny = dt.date.today()\n") == [1, 2]
