"""One error model: every error people can meet has one base, a stable code, an exit code."""

from __future__ import annotations

import importlib
import pkgutil

import vpi_groups
from vpi_groups.cli import EXIT_OK, describe_error
from vpi_groups.errors import AppError
from vpi_groups.storage import errors


def _all_subclasses(base: type[AppError]) -> set[type[AppError]]:
    found: set[type[AppError]] = set(base.__subclasses__())
    for sub in list(found):
        found |= _all_subclasses(sub)
    return found


def _import_everything_outside_ui() -> None:
    for module in pkgutil.walk_packages(vpi_groups.__path__, "vpi_groups."):
        if not any(part in module.name for part in (".ui", "migrations", "__main__")):
            importlib.import_module(module.name)


def test_every_error_base_of_the_services_is_an_app_error() -> None:
    _import_everything_outside_ui()
    names = {cls.__name__ for cls in _all_subclasses(AppError)}
    for expected in (
        "VaultError",
        "ValidationError",
        "AttendanceError",
        "ReportError",
        "SettingOutOfRangeError",
        "NotEmptyError",
        "InvalidCodeError",
        "UsageError",
    ):
        assert expected in names
    for cls in _all_subclasses(AppError):
        assert isinstance(cls.code, str) or "code" in getattr(cls, "__annotations__", {}), cls
        assert 1 <= cls.exit_code <= 5, cls


def test_the_cli_exit_code_is_the_error_s_own() -> None:
    cases = [
        errors.WrongSecretError("passphrase"),
        errors.VaultDamagedError(__import__("pathlib").Path("vault.db"), "x"),
        errors.VaultInUseError(__import__("pathlib").Path("v")),
        errors.VaultRolledBackError(__import__("pathlib").Path("vault.db"), 1, 2),
        errors.VaultLockedError(),
    ]
    for error in cases:
        code, text = describe_error(error, "fr")
        assert code == error.exit_code != EXIT_OK
        assert text
    assert [describe_error(e)[0] for e in cases] == [3, 4, 5, 4, 1]
