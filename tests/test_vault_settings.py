"""Vault settings: defaults, ranges, persistence."""

from __future__ import annotations

from pathlib import Path

import pytest

from vpi_groups import vault_settings
from vpi_groups.cli import EXIT_OK, EXIT_USAGE, main
from vpi_groups.demo.vault import demo_vault
from vpi_groups.error_messages import describe
from vpi_groups.storage import vault as vaults
from vpi_groups.storage.models import Setting
from vpi_groups.validation import RequiredError, TooLongError
from vpi_groups.vault_settings import SettingOutOfRangeError, VaultSettings


@pytest.fixture
def vault(tmp_path: Path) -> vaults.Vault:
    v, _ = vaults.create(tmp_path / "v", "réglages du coffre 42", kdf_seconds=0)
    return v


def test_defaults(vault: vaults.Vault) -> None:
    with vault.session() as s:
        assert vault_settings.load(s) == VaultSettings(retention_months=24, suppression_k=5)
    vault.lock()


def test_saved_values_survive_a_lock(vault: vaults.Vault, tmp_path: Path) -> None:
    with vault.session() as s:
        vault_settings.save(s, VaultSettings(retention_months=12, suppression_k=11))
    vault.lock()
    with vaults.unlock(tmp_path / "v", passphrase="réglages du coffre 42") as v, v.session() as s:
        assert vault_settings.load(s) == VaultSettings(12, 11)


@pytest.mark.parametrize(("months", "k"), [(0, 5), (121, 5), (24, 2), (24, 12)])
def test_out_of_range_writes_nothing(vault: vaults.Vault, months: int, k: int) -> None:
    with pytest.raises(SettingOutOfRangeError), vault.session() as s:
        vault_settings.save(s, VaultSettings(months, k))
    with vault.session() as s:
        assert s.get(Setting, vault_settings.RETENTION_MONTHS) is None
        assert vault_settings.load(s) == VaultSettings()
    vault.lock()


def test_unreadable_stored_value_falls_back_to_default(vault: vaults.Vault) -> None:
    with vault.session() as s:
        s.add(Setting(key=vault_settings.SUPPRESSION_K, value="beaucoup"))
        s.add(Setting(key=vault_settings.RETENTION_MONTHS, value="999"))
    with vault.session() as s:
        assert vault_settings.load(s) == VaultSettings()
    vault.lock()


@pytest.mark.parametrize("values", [2, 11])
def test_the_hidden_range_has_a_safe_minimum(vault: vaults.Vault, values: int) -> None:
    """Fewer than three possible values per hidden count is refused (P2 of the report rule)."""
    with pytest.raises(SettingOutOfRangeError), vault.session() as s:
        vault_settings.save(s, VaultSettings(24, 5, values))
    with vault.session() as s:
        vault_settings.save(s, VaultSettings(24, 5, 4))
    with vault.session() as s:
        assert vault_settings.load(s).hidden_range == 4
        s.add(Setting(key="ignored", value="x"))
        s.get(Setting, vault_settings.HIDDEN_RANGE).value = "2"  # type: ignore[union-attr]
    with vault.session() as s:
        assert vault_settings.load(s).hidden_range == 3  # an unsafe stored value is not used
    vault.lock()


# ---------------------------------------------------------------- the organisation's name


def test_a_new_vault_names_no_organisation(vault: vaults.Vault) -> None:
    with vault.session() as s:
        assert vault_settings.organisation(s) == ""
        assert s.get(Setting, vault_settings.ORGANISATION) is None
    vault.lock()


def test_the_name_is_kept_tidy_and_survives_a_lock(vault: vaults.Vault, tmp_path: Path) -> None:
    with vault.session() as s:
        kept = vault_settings.save_organisation(s, "  Atelier technique\tVIF\n de Villeneuve  ")
    assert kept == "Atelier technique VIF de Villeneuve"
    vault.lock()
    with vaults.unlock(tmp_path / "v", passphrase="réglages du coffre 42") as v, v.session() as s:
        assert vault_settings.organisation(s) == "Atelier technique VIF de Villeneuve"
        vault_settings.save_organisation(s, "CCAS de Villeneuve")
    with vaults.unlock(tmp_path / "v", passphrase="réglages du coffre 42") as v, v.session() as s:
        assert vault_settings.organisation(s) == "CCAS de Villeneuve"


def test_saving_the_numbers_leaves_the_name_alone(vault: vaults.Vault) -> None:
    """The Settings page saves its numbers on their own: the name must not be reset."""
    with vault.session() as s:
        vault_settings.save_organisation(s, "CCAS de Villeneuve")
        vault_settings.save(s, VaultSettings(12, 7, 4))
    with vault.session() as s:
        assert vault_settings.organisation(s) == "CCAS de Villeneuve"
        assert vault_settings.load(s) == VaultSettings(12, 7, 4)
    vault.lock()


def test_the_longest_name_allowed(vault: vaults.Vault) -> None:
    longest = "A" * 150  # the documented limit, written out
    with vault.session() as s:
        assert vault_settings.save_organisation(s, f"  {longest}  ") == longest
    with pytest.raises(TooLongError), vault.session() as s:
        vault_settings.save_organisation(s, longest + "B")
    with vault.session() as s:
        assert vault_settings.organisation(s) == longest
    vault.lock()


@pytest.mark.parametrize(
    ("name", "error", "french"),
    [
        ("", RequiredError, "obligatoire"),
        (" \t\n ", RequiredError, "obligatoire"),
        ("x" * 151, TooLongError, "150 caractères au plus"),
    ],
)
def test_a_refused_name_writes_nothing_and_says_why(
    vault: vaults.Vault, name: str, error: type[Exception], french: str
) -> None:
    with pytest.raises(error) as refused, vault.session() as s:  # noqa: PT012 (one unit)
        vault_settings.save_organisation(s, "CCAS de Villeneuve")
        vault_settings.save_organisation(s, name)
    assert french in describe(refused.value, "fr")
    assert describe(refused.value, "en") != describe(refused.value, "fr")
    with vault.session() as s:
        assert vault_settings.organisation(s) == ""  # the unit of work rolled back whole
    vault.lock()


def test_an_unreadable_stored_name_reads_as_unset(vault: vaults.Vault) -> None:
    with vault.session() as s:
        s.add(Setting(key=vault_settings.ORGANISATION, value="   "))
    with vault.session() as s:
        assert vault_settings.organisation(s) == ""
    vault.lock()


def test_the_demo_vault_names_its_invented_organisation() -> None:
    with demo_vault() as vault, vault.session() as s:
        assert vault_settings.organisation(s) == (
            "Atelier technique VIF de Villeneuve (démonstration)"
        )
    with demo_vault(populated=False) as vault, vault.session() as s:
        assert vault_settings.organisation(s) == ""  # an empty vault, as a new one


def test_the_command_line_shows_and_sets_the_name(
    vault: vaults.Vault, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    vault.lock()
    secret = tmp_path / "secret"
    secret.write_text("réglages du coffre 42", encoding="utf-8")
    base = ["--lang", "fr", "--vault", str(tmp_path / "v"), "settings"]
    unlock = ["--passphrase-file", str(secret)]

    assert main([*base, *unlock]) == EXIT_OK
    shown = capsys.readouterr().out
    assert "non renseignée" in shown
    assert "Programme de prévention des violences intrafamiliales" in shown

    assert main([*base, "--organisation", "  CCAS   de Villeneuve ", *unlock]) == EXIT_OK
    assert capsys.readouterr().out.strip() == (
        "Nom de l'organisation enregistré : CCAS de Villeneuve"
    )
    for refused, said in (("   ", "obligatoire"), ("x" * 151, "150 caractères au plus")):
        assert main([*base, "--organisation", refused, *unlock]) == EXIT_USAGE
        error = capsys.readouterr().err
        assert said in error
        assert "--organisation" in error
    assert main([*base, *unlock]) == EXIT_OK
    assert capsys.readouterr().out.splitlines() == [
        "Organisation : CCAS de Villeneuve",
        "Organisateur·rice des invitations : non renseigné·e (pas d'invitation possible).",
    ]
    with vaults.unlock(tmp_path / "v", passphrase="réglages du coffre 42") as v, v.session() as s:
        assert vault_settings.organisation(s) == "CCAS de Villeneuve"
