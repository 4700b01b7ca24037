"""One table of sentences for every error: complete in both languages, the same on both surfaces."""

from __future__ import annotations

import ast
import datetime as dt
import importlib
import pkgutil
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

import vpi_groups
from vpi_groups import cancel, error_messages, validation
from vpi_groups.attendance.codes import CODE_LENGTH, InvalidCodeError
from vpi_groups.attendance.registers import AttendanceError, AttendanceErrorCode
from vpi_groups.calendar.invitations import InvitationError
from vpi_groups.cli import UsageError, describe_error
from vpi_groups.consolidation.errors import ConsolidationError, ConsolidationErrorCode
from vpi_groups.demo.data import NotEmptyError
from vpi_groups.error_messages import GENERIC_KEYS, HINTS, SENTENCES, describe, sentence_key
from vpi_groups.errors import EXIT_OTHER, AppError
from vpi_groups.reports.periods import ReportError, ReportErrorCode
from vpi_groups.storage import errors as vault
from vpi_groups.storage.keyfile import PASSPHRASE, RECOVERY
from vpi_groups.storage.models import ActionKind, SessionStatus
from vpi_groups.ui import errors as window
from vpi_groups.vault_settings import SettingOutOfRangeError

SRC = Path(vpi_groups.__file__).parent
LEFT_OVER = re.compile(r"\{\w*\}")
SECRET = "Mme-Secret-42"  # record data that must never reach a sentence


# ---------------------------------------------------------------- what the code raises


def _all_subclasses(base: type[AppError]) -> set[type[AppError]]:
    found: set[type[AppError]] = set(base.__subclasses__())
    for sub in list(found):
        found |= _all_subclasses(sub)
    return found


def _error_classes() -> set[type[AppError]]:
    """Every error class of the package (every module imported first)."""
    for module in pkgutil.walk_packages(vpi_groups.__path__, "vpi_groups."):
        if not any(part in module.name for part in ("migrations", "__main__")):
            importlib.import_module(module.name)
    return {cls for cls in _all_subclasses(AppError) if cls.__module__.startswith("vpi_groups.")}


def _literal_args() -> dict[str, set[str]]:
    """Literal sub-keys given to the errors in the sources, by error (and required fields)."""
    positions = {"RequiredError": 0, "InvalidValueError": 1, "SessionStateError": 2}
    found: dict[str, set[str]] = {name: set() for name in positions}
    for path in SRC.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            required = any(
                k.arg == "required" and isinstance(k.value, ast.Constant) and k.value.value is True
                for k in node.keywords
            )
            if (name == "clean_text" and required) or name == "_required_text":
                name, at = "RequiredError", 1  # the field a required text is missing from
            elif name in positions:
                at = positions[name]
            else:
                continue
            if len(node.args) > at:
                arg = node.args[at]
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    found[name].add(arg.value)
    return found


def _samples() -> list[BaseException]:
    """One error of each class, and one of each sub-key the sources use."""
    used = _literal_args()
    here = Path("/home/coordination/coffre")
    samples: list[BaseException] = [
        vault.VaultError("developer text"),
        vault.NotAVaultError(here),
        vault.VaultExistsError(here),
        vault.WrongSecretError(PASSPHRASE),
        vault.WrongSecretError(RECOVERY),
        vault.VaultInUseError(here),
        vault.VaultDamagedError(here / "vault.key", "HMAC mismatch"),
        vault.VaultMismatchError(here / "vault.db", "other vault"),
        vault.VaultRolledBackError(here / "vault.db", 3, 5),
        vault.TargetExistsError(here / "sauvegarde.vpibak"),
        vault.TargetInVaultError(here / "sauvegarde.vpibak"),
        vault.VaultTooNewError("schema 0099"),
        vault.WriteFailedError(here / "vault.db", "EACCES"),
        vault.DiskFullError(here / "vault.db", "ENOSPC"),
        vault.VaultLockedError(),
        validation.ValidationError("name"),
        validation.TooLongError("name", 200),
        validation.OutOfRangeError("capacity", 0, 1, 500),
        validation.OutOfRangeError("previous_action_id", 2027, None, 2025),
        validation.OutOfRangeError("count", 0, 1, None),
        validation.InvalidChoiceError("sector", SECRET, ["social", "health"]),
        validation.NotApplicableError("nth"),
        validation.EndBeforeStartError("end_date", dt.date(2026, 5, 1), dt.date(2026, 4, 1)),
        validation.CapacityRangeError(9, 3),
        validation.NotFoundError("room", {4}, field="room_id"),
        validation.InactiveError("facilitator", {2}, "facilitator_ids"),
        validation.DuplicateError("room", "name", 3),
        validation.TooFewFacilitatorsError(1, 2),
        validation.WrongActionKindError(1, ActionKind.TRAINING, [ActionKind.TALK_GROUP.value]),
        validation.WrongActionKindError(1, ActionKind.TALK_GROUP, [ActionKind.TRAINING.value]),
        validation.InUseError("action", 1, "kind", "talk_group"),
        validation.AlreadyRenewedError(1, 2),
        validation.ReviewMismatchError(1, "no-renewal"),
        validation.ReviewMismatchError(1, "renewed"),
        validation.NaiveDateTimeError("start"),
        validation.UnknownTimeZoneError(SECRET),
        validation.EmptyRuleError(),
        validation.RuleTooLongError(500),
        SettingOutOfRangeError("suppression_k", 12, 3, 11),
        cancel.WorkCancelledError(),
        NotEmptyError("the vault has records"),
        InvalidCodeError(SECRET),
        UsageError("Date invalide pour --from : 2026-13-01 (attendu : AAAA-MM-JJ)."),
        AttendanceError(AttendanceErrorCode.UNKNOWN_PARTICIPANT, "code"),
    ]
    samples += [validation.RequiredError(field) for field in sorted(used["RequiredError"])]
    samples += [
        validation.InvalidValueError("amount", reason)
        for reason in sorted(used["InvalidValueError"])
    ]
    reasons = used["SessionStateError"] | {SessionStatus.HELD, SessionStatus.CANCELLED}
    samples += [validation.SessionStateError(7, "move", reason) for reason in sorted(reasons)]
    samples += [AttendanceError(code) for code in AttendanceErrorCode]
    samples += [ReportError(code) for code in ReportErrorCode]
    samples += [ConsolidationError(code) for code in ConsolidationErrorCode]
    samples += [
        InvitationError(reason)
        for reason in ("talk-group", "no-organiser", "no-attendee", "not-in-directory")
    ]
    return samples


SAMPLES = _samples()


def _name(error: BaseException) -> str:
    return f"{type(error).__name__}:{sentence_key(error)}"


# ---------------------------------------------------------------- the table


def test_the_table_is_complete_in_both_languages() -> None:
    assert error_messages.table_problems(SENTENCES) == []
    for surface, hints in HINTS.items():
        assert error_messages.table_problems(hints) == [], surface
        assert set(hints) <= set(SENTENCES), f"a hint of {surface} says no error"


def test_the_check_finds_a_bad_table() -> None:
    """Control: a missing English text, different fields, English typography in French."""
    bad = {
        "no-english": ("Le coffre est verrouillé.", ""),
        "one-text": ("Le coffre est verrouillé.",),
        "fields": ("Trop long : {maximum} caractères au plus.", "Too long."),
        "colon": ("Trop long: deux cents caractères au plus.", "Too long: two hundred at most."),
        "apostrophe": ("L’axe ne peut pas changer.", "The axis cannot change."),
        "good": ("Trop long : {maximum} caractères au plus.", "Too long: at most {maximum}."),
    }
    problems = error_messages.table_problems(bad)  # type: ignore[arg-type]
    assert [p.split(":")[0] for p in problems] == [
        "no-english",
        "one-text",
        "fields",
        "colon",
        "apostrophe",
    ]


def test_the_source_scan_finds_the_sub_keys() -> None:
    """Control for the samples: the scan sees the sub-keys the services raise."""
    used = _literal_args()
    assert {"reason", "amount", "review_reason", "public_kind", "end_date"} <= used["RequiredError"]
    assert {"not-a-number", "range", "fraction-of-cent"} <= used["InvalidValueError"]
    assert {"not-started", "attendance-recorded", "held", "has-records"} <= used[
        "SessionStateError"
    ]


def test_every_error_class_of_the_package_has_a_sample() -> None:
    assert _error_classes() - {type(error) for error in SAMPLES} == set()


def test_every_session_state_reason_has_its_own_sentence() -> None:
    for error in SAMPLES:
        if isinstance(error, validation.SessionStateError):
            assert sentence_key(error) == f"field.session-state/{error.reason}", error.reason


@pytest.mark.parametrize("error", SAMPLES, ids=_name)
def test_every_error_has_its_own_sentence_in_both_languages(error: BaseException) -> None:
    key = sentence_key(error)
    if type(error) not in (vault.VaultError, validation.ValidationError):
        assert key not in GENERIC_KEYS, "give this error's code a sentence"
    french, english = describe(error, "fr"), describe(error, "en")
    for surface in (None, "window", "cli"):
        for lang in ("fr", "en"):
            text = describe(error, lang, surface)
            assert text.strip()
            assert not LEFT_OVER.search(text), text
            assert SECRET not in text
    if not isinstance(error, UsageError):  # worded by the command line when raised
        assert french != english


def test_fields_are_filled_in() -> None:
    here = Path("/home/coordination/coffre")
    assert describe(vault.TargetExistsError(here / "b.vpibak"), "fr") == (
        f"{here / 'b.vpibak'} existe déjà : choisissez un autre nom."
    )
    assert describe(validation.TooLongError("name", 200), "en") == (
        "Too long: at most 200 characters."
    )
    assert describe(AttendanceError(AttendanceErrorCode.UNKNOWN_PARTICIPANT, "code"), "fr") == (
        f"Aucun·e participant·e n'a ce code. Vérifiez les {CODE_LENGTH} caractères."
    )
    assert describe(ReportError(ReportErrorCode.THRESHOLD_RANGE), "fr") == (
        "Seuil invalide : k va de 3 à 11."
    )


def test_other_errors_have_the_file_and_the_unexpected_sentences() -> None:
    assert describe(FileNotFoundError(2, "No such file or directory"), "fr") == (
        "Erreur d'accès au fichier : No such file or directory."
    )
    assert describe(KeyError("x"), "fr") == (
        "Erreur inattendue (KeyError). Ce qui était déjà enregistré est intact."
    )
    assert describe(KeyError("x"), "en") == (
        "Unexpected error (KeyError). Everything saved before is intact."
    )

    class NewError(AppError):
        code = "new-refusal"

    assert describe(NewError(), "fr") == "Opération refusée (new-refusal). Rien n'a été modifié."


# ---------------------------------------------------------------- both surfaces


@pytest.fixture
def interface_language() -> Iterator[type[QLocale]]:
    """Set the interface language through Qt's default locale, as the application does."""
    before = QLocale()
    yield QLocale
    QLocale.setDefault(before)


def _set_language(lang: str) -> None:
    QLocale.setDefault(
        QLocale(QLocale.Language.French, QLocale.Country.France)
        if lang == "fr"
        else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    )


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_window_and_the_command_line_say_the_same_core_sentence(
    lang: str, interface_language: type[QLocale]
) -> None:
    _set_language(lang)
    for error in SAMPLES:
        core = describe(error, lang)
        shown = window.error_text(error)
        printed = describe_error(error, lang)[1]
        assert window.validation_text(error) == shown
        for text in (shown, printed):
            assert text == core or text.startswith(core + " "), (error, text)


def test_only_the_hint_differs(interface_language: type[QLocale]) -> None:
    _set_language("fr")
    exists = vault.TargetExistsError(Path("b.vpibak"))
    assert window.error_text(exists) == "b.vpibak existe déjà : choisissez un autre nom."
    assert describe_error(exists, "fr")[1] == (
        "b.vpibak existe déjà : choisissez un autre nom. Pour le remplacer, ajoutez --force."
    )
    wrong = vault.WrongSecretError(PASSPHRASE)
    assert window.error_text(wrong) == (
        "Phrase de passe incorrecte. Vérifiez la disposition du clavier et la touche Verr. Maj."
    )
    assert describe_error(wrong, "fr")[1] == "Phrase de passe incorrecte."
    older = vault.VaultRolledBackError(Path("vault.db"), 3, 5)
    assert "--accept-older-database" in describe_error(older, "en")[1]
    assert "--accept-older-database" not in window.error_text(older)


# ---------------------------------------------------------------- exit codes


@pytest.mark.parametrize("error", SAMPLES, ids=_name)
def test_the_exit_code_is_the_error_class_s_own(error: BaseException) -> None:
    assert isinstance(error, AppError)
    assert describe_error(error, "fr")[0] == type(error).exit_code


def test_other_errors_exit_with_1() -> None:
    assert describe_error(OSError(5, "Input/output error"))[0] == EXIT_OTHER
    assert describe_error(RuntimeError("boom"))[0] == EXIT_OTHER
