"""The vault commands: init, verify, passwd, backup, restore; exit codes and messages."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from vpi_groups.cli import (
    EXIT_DAMAGED,
    EXIT_IN_USE,
    EXIT_OK,
    EXIT_OTHER,
    EXIT_USAGE,
    EXIT_WRONG_SECRET,
    main,
)
from vpi_groups.programme import records as programme
from vpi_groups.storage import vault as vaults
from vpi_groups.storage.models import Sector

GOOD = "une phrase de passe solide 31"


@pytest.fixture(autouse=True)
def _minimum_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(vaults, "DEFAULT_KDF_SECONDS", 0.0)


@pytest.fixture
def secret(tmp_path: Path) -> Path:
    path = tmp_path / "secret.txt"
    path.write_text(GOOD + "\n", encoding="utf-8")
    return path


@pytest.fixture
def vault_dir(tmp_path: Path, secret: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    folder = tmp_path / "vault"
    assert main(["--vault", str(folder), "init", "--passphrase-file", str(secret)]) == EXIT_OK
    capsys.readouterr()
    return folder


def _recovery_key(out: str) -> str:
    match = re.search(r"([0-9A-Z]{4}(?:-[0-9A-Z]{4}){7})", out)
    assert match is not None, out
    return match.group(1)


def test_init_prints_the_recovery_key_once(
    tmp_path: Path, secret: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "v"
    assert main(["--vault", str(folder), "init", "--passphrase-file", str(secret)]) == EXIT_OK
    out = capsys.readouterr().out
    key = _recovery_key(out)
    assert "CLÉ DE SECOURS" in out
    assert key not in "".join(
        p.read_text(errors="replace") for p in folder.iterdir() if p.is_file()
    )
    recovery_file = tmp_path / "rk"
    recovery_file.write_text(key, encoding="utf-8")
    assert (
        main(["--vault", str(folder), "verify", "--recovery-key-file", str(recovery_file)])
        == EXIT_OK
    )


def test_init_refuses_a_weak_passphrase(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    weak = tmp_path / "weak"
    weak.write_text("azerty\n", encoding="utf-8")
    folder = tmp_path / "v"
    assert main(["--vault", str(folder), "init", "--passphrase-file", str(weak)]) == EXIT_USAGE
    assert "Trop courte" in capsys.readouterr().err
    assert not folder.exists()


@pytest.mark.parametrize("weak", ["azertyuiop", "0612345678", "P@ssw0rd123", "1234567891"])
def test_init_explains_why_a_passphrase_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], weak: str
) -> None:
    secret = tmp_path / "weak"
    secret.write_text(weak + "\n", encoding="utf-8")
    folder = tmp_path / "v"
    assert main(["--vault", str(folder), "init", "--passphrase-file", str(secret)]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert err.startswith("vpi-groups: ")
    assert "essais" in err, "the estimate is said"
    assert not folder.exists()


def test_passwd_refuses_the_vault_s_own_names(
    vault_dir: Path, secret: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with vaults.unlock(vault_dir, passphrase=GOOD) as vault, vault.session() as s:
        programme.create_facilitator(
            s, programme.FacilitatorSpec(name="Nadia Benali", sector=Sector.SOCIAL)
        )
    new = tmp_path / "new"
    new.write_text("nadia benali 1979!\n", encoding="utf-8")
    args = ["--vault", str(vault_dir), "passwd", "--passphrase-file", str(secret)]
    assert main([*args, "--new-passphrase-file", str(new)]) == EXIT_USAGE
    assert "vpi-groups: " in capsys.readouterr().err
    assert main(["--vault", str(vault_dir), "verify", "--passphrase-file", str(secret)]) == EXIT_OK


def test_verify_ok_and_wrong_passphrase(
    vault_dir: Path, secret: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--vault", str(vault_dir), "verify", "--passphrase-file", str(secret)]) == EXIT_OK
    assert "Coffre intact" in capsys.readouterr().out
    wrong = tmp_path / "wrong"
    wrong.write_text("pas celle-ci du tout\n", encoding="utf-8")
    assert (
        main(["--vault", str(vault_dir), "verify", "--passphrase-file", str(wrong)])
        == EXIT_WRONG_SECRET
    )
    err = capsys.readouterr().err
    assert err.strip() == "vpi-groups: Phrase de passe incorrecte."


def test_verify_says_when_the_kept_key_copy_was_rewritten(
    vault_dir: Path, secret: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = vault_dir / vaults.KEY_COPY_NAME
    copy.write_bytes(b"abime")
    assert main(["--vault", str(vault_dir), "verify", "--passphrase-file", str(secret)]) == EXIT_OK
    out = capsys.readouterr().out
    assert "vault.key.bak était endommagé ; il a été réécrit" in out
    assert copy.read_bytes() == (vault_dir / vaults.KEY_NAME).read_bytes()
    assert main(["--vault", str(vault_dir), "verify", "--passphrase-file", str(secret)]) == EXIT_OK
    assert "réécrit" not in capsys.readouterr().out, "intact once rewritten"


def test_passphrase_from_a_file_descriptor(
    vault_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    read_end, write_end = os.pipe()
    os.write(write_end, (GOOD + "\n").encode())
    os.close(write_end)
    try:
        code = main(["--vault", str(vault_dir), "verify", "--passphrase-fd", str(read_end)])
    finally:
        os.close(read_end)
    assert code == EXIT_OK


def test_damaged_vault_exit_code_and_message(
    vault_dir: Path, secret: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("vault.key", "vault.key.bak"):
        key = vault_dir / name
        key.write_bytes(key.read_bytes()[:-5])
    assert (
        main(["--vault", str(vault_dir), "verify", "--passphrase-file", str(secret)])
        == EXIT_DAMAGED
    )
    err = capsys.readouterr().err
    assert "vault.key est endommagé" in err
    assert "Restaurez votre dernière sauvegarde" in err
    assert "Traceback" not in err


def test_in_use_exit_code(
    vault_dir: Path, secret: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with vaults.unlock(vault_dir, passphrase=GOOD):
        code = main(["--vault", str(vault_dir), "verify", "--passphrase-file", str(secret)])
    assert code == EXIT_IN_USE
    assert "déjà ouvert" in capsys.readouterr().err


def test_not_a_vault_is_exit_1(
    tmp_path: Path, secret: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        main(["--vault", str(tmp_path / "rien"), "verify", "--passphrase-file", str(secret)])
        == EXIT_OTHER
    )
    assert "Aucun coffre" in capsys.readouterr().err


def test_passwd_then_backup_then_restore(
    vault_dir: Path, secret: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    new = tmp_path / "new"
    new.write_text("encore une autre phrase 2026\n", encoding="utf-8")
    args = ["--vault", str(vault_dir), "passwd", "--passphrase-file", str(secret)]
    assert main([*args, "--new-passphrase-file", str(new)]) == EXIT_OK
    assert (
        main(["--vault", str(vault_dir), "verify", "--passphrase-file", str(secret)])
        == EXIT_WRONG_SECRET
    )
    out_file = tmp_path / "sauvegarde.vpibak"
    backup = [
        "--vault",
        str(vault_dir),
        "backup",
        "--out",
        str(out_file),
        "--passphrase-file",
        str(new),
    ]
    assert main(backup) == EXIT_OK
    assert "vérifiée" in capsys.readouterr().out
    target = tmp_path / "restored"
    assert (
        main(["restore", str(out_file), "--to", str(target), "--passphrase-file", str(new)])
        == EXIT_OK
    )
    assert main(["--vault", str(target), "verify", "--passphrase-file", str(new)]) == EXIT_OK
    damaged = bytearray(out_file.read_bytes())
    damaged[-100] ^= 1
    out_file.write_bytes(bytes(damaged))
    again = ["restore", str(out_file), "--to", str(tmp_path / "r2"), "--passphrase-file", str(new)]
    assert main(again) == EXIT_DAMAGED


def test_missing_passphrase_file_is_a_usage_error(
    vault_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(
        ["--vault", str(vault_dir), "verify", "--passphrase-file", str(tmp_path / "absent")]
    )
    assert code == EXIT_USAGE
    assert "Impossible de lire" in capsys.readouterr().err


def test_english_messages_and_no_terminal(vault_dir: Path) -> None:
    """Run as a script would: no terminal, English locale, one line on stderr."""
    env = {**os.environ, "LANG": "en_GB.UTF-8"}
    result = subprocess.run(
        [sys.executable, "-m", "vpi_groups", "--vault", str(vault_dir), "verify"],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert result.returncode == EXIT_USAGE
    assert result.stderr.strip() == (
        "vpi-groups: No terminal to type the passphrase: use --passphrase-file or --passphrase-fd."
    )
