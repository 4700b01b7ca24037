"""The key header: slots, checksum, recovery keys, calibration."""

from __future__ import annotations

import dataclasses
import secrets
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vpi_groups.storage import keyfile
from vpi_groups.storage.errors import VaultDamagedError, VaultTooNewError, WrongSecretError

FILE = Path("vault.key")


SALT = bytes(range(16))


@pytest.fixture(scope="module")
def header_and_key() -> tuple[keyfile.KeyHeader, bytes, bytes]:
    data_key = secrets.token_bytes(32)
    header, text = keyfile.new_header(data_key, "phrase", keyfile.MIN_KDF, db_salt=SALT)
    return header, data_key, keyfile.parse_recovery_key(text)


def test_both_slots_unwrap_the_same_key(
    header_and_key: tuple[keyfile.KeyHeader, bytes, bytes],
) -> None:
    header, data_key, recovery = header_and_key
    assert keyfile.unwrap(header, passphrase="phrase") == data_key
    assert keyfile.unwrap(header, recovery=recovery) == data_key


def test_wrong_secrets_are_refused(header_and_key: tuple[keyfile.KeyHeader, bytes, bytes]) -> None:
    header, _data_key, recovery = header_and_key
    with pytest.raises(WrongSecretError) as exc:
        keyfile.unwrap(header, passphrase="Phrase")
    assert exc.value.kind == keyfile.PASSPHRASE
    other = bytes([recovery[0] ^ 1]) + recovery[1:]
    with pytest.raises(WrongSecretError) as exc:
        keyfile.unwrap(header, recovery=other)
    assert exc.value.kind == keyfile.RECOVERY


def test_passphrase_is_unicode_normalised(
    header_and_key: tuple[keyfile.KeyHeader, bytes, bytes],
) -> None:
    data_key = header_and_key[1]
    header, _text = keyfile.new_header(
        data_key, "caf\u00e9 cr\u00e8me", keyfile.MIN_KDF, db_salt=SALT
    )
    assert keyfile.unwrap(header, passphrase="cafe\u0301 cre\u0300me") == data_key


def test_serialise_parse_round_trip(header_and_key: tuple[keyfile.KeyHeader, bytes, bytes]) -> None:
    header = header_and_key[0]
    assert keyfile.parse(keyfile.serialize(header), FILE) == header


def test_slot_bound_to_kdf_parameters(
    header_and_key: tuple[keyfile.KeyHeader, bytes, bytes],
) -> None:
    """Lowering the stored Argon2id cost (to ease guessing) breaks the slot."""
    header = header_and_key[0]
    weakened = dataclasses.replace(header, kdf=dataclasses.replace(header.kdf, iterations=4))
    with pytest.raises(WrongSecretError):
        keyfile.unwrap(weakened, passphrase="phrase")


def test_newer_format_is_reported(header_and_key: tuple[keyfile.KeyHeader, bytes, bytes]) -> None:
    newer = dataclasses.replace(header_and_key[0], format_version=keyfile.FORMAT_VERSION + 1)
    with pytest.raises(VaultTooNewError):
        keyfile.parse(keyfile.serialize(newer), FILE)


@settings(max_examples=200, deadline=None)
@given(data=st.data())
def test_any_flipped_or_cut_byte_is_damage(
    header_and_key: tuple[keyfile.KeyHeader, bytes, bytes], data: st.DataObject
) -> None:
    raw = keyfile.serialize(header_and_key[0])
    if data.draw(st.booleans(), label="truncate"):
        cut = data.draw(st.integers(0, len(raw) - 1), label="length")
        altered = raw[:cut]
    else:
        pos = data.draw(st.integers(0, len(raw) - 1), label="position")
        bit = data.draw(st.integers(0, 7), label="bit")
        altered = raw[:pos] + bytes([raw[pos] ^ (1 << bit)]) + raw[pos + 1 :]
    with pytest.raises(VaultDamagedError):
        keyfile.parse(altered, FILE)


def test_recovery_key_display_form() -> None:
    raw, text = keyfile.new_recovery_key()
    groups = text.split("-")
    assert len(groups) == 8
    assert all(len(g) == 4 for g in groups)
    assert set(text.replace("-", "")) <= set("0123456789ABCDEFGHJKMNPQRSTVWXYZ")
    assert keyfile.parse_recovery_key(text) == raw


def test_recovery_key_tolerates_case_spaces_and_lookalikes() -> None:
    raw, text = keyfile.new_recovery_key()
    sloppy = text.lower().replace("-", " ").replace("1", "l").replace("0", "o")
    assert keyfile.parse_recovery_key(sloppy) == raw


@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_any_single_typo_in_a_recovery_key_is_caught(data: st.DataObject) -> None:
    _raw, text = keyfile.new_recovery_key()
    compact = text.replace("-", "")
    pos = data.draw(st.integers(0, len(compact) - 1), label="position")
    alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
    wrong = data.draw(st.sampled_from([c for c in alphabet if c != compact[pos]]), label="char")
    typo = compact[:pos] + wrong + compact[pos + 1 :]
    with pytest.raises(WrongSecretError):
        keyfile.parse_recovery_key(typo)


@pytest.mark.parametrize("text", ["", "ABCD", "U" * 32, "!" * 32])
def test_malformed_recovery_keys(text: str) -> None:
    with pytest.raises(WrongSecretError):
        keyfile.parse_recovery_key(text)


def test_calibration_never_goes_below_the_minimum() -> None:
    assert keyfile.calibrate(0.0) == keyfile.MIN_KDF
    assert keyfile.MIN_KDF.iterations >= 3
    assert keyfile.MIN_KDF.memory_kib >= 64 * 1024
    assert keyfile.MIN_KDF.lanes >= 4


def test_calibration_scales_iterations_with_the_target() -> None:
    params = keyfile.calibrate(1.0)
    assert params.iterations > keyfile.MIN_KDF.iterations
    assert params.memory_kib == keyfile.MIN_KDF.memory_kib
