"""The vault's key header (``vault.key``): key slots that wrap one random data key.

Layout, three lines of ASCII::

    VPI-GROUPS-VAULT-KEY
    {"format_version": 1, "vault_id": ..., "kdf": {...}, "slots": [...]}
    sha256:<hex of the JSON line>

The checksum tells a damaged file from a wrong passphrase. Each slot wraps the same
256-bit data key with AES-256-GCM under a key derived from a secret: the passphrase
through Argon2id, or the recovery key (150 random bits, which need no stretching)
through HKDF-SHA256. The associated data binds each slot to the vault id, the slot
kind and the KDF parameters, so none of them can be swapped unnoticed.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import secrets
import time
import unicodedata
import uuid
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from vpi_groups.storage.errors import VaultDamagedError, VaultTooNewError, WrongSecretError

MAGIC = b"VPI-GROUPS-VAULT-KEY"
FORMAT_VERSION = 1
DATA_KEY_BYTES = 32
PASSPHRASE = "passphrase"
RECOVERY = "recovery key"
_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


@dataclass(frozen=True)
class KdfParams:
    """Argon2id parameters: passes, memory in KiB, parallel lanes."""

    iterations: int
    memory_kib: int
    lanes: int

    def as_dict(self) -> dict[str, int | str]:
        """Return the parameters as stored in the header."""
        return {
            "name": "argon2id",
            "iterations": self.iterations,
            "memory_kib": self.memory_kib,
            "lanes": self.lanes,
        }


MIN_KDF = KdfParams(iterations=3, memory_kib=64 * 1024, lanes=4)
MAX_ITERATIONS = 64


@dataclass(frozen=True)
class KeySlot:
    """One wrapped copy of the data key."""

    kind: str
    salt: bytes
    nonce: bytes
    wrapped: bytes


@dataclass(frozen=True)
class KeyHeader:
    """The parsed content of ``vault.key``."""

    vault_id: str
    kdf: KdfParams
    slots: tuple[KeySlot, ...]
    format_version: int = FORMAT_VERSION

    def slot(self, kind: str) -> KeySlot:
        """Return the slot of the given kind."""
        for slot in self.slots:
            if slot.kind == kind:
                return slot
        raise KeyError(kind)

    def with_slot(self, new: KeySlot) -> KeyHeader:
        """Return a copy with the slot of ``new.kind`` replaced."""
        slots = tuple(new if s.kind == new.kind else s for s in self.slots)
        return replace(self, slots=slots)


def derive_passphrase_key(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    """Derive the key-encryption key of the passphrase slot (slow by design)."""
    normalized = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    kdf = Argon2id(
        salt=salt,
        length=32,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(normalized)


def _derive_recovery_key(recovery: bytes, salt: bytes) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=salt, info=b"vpi-groups recovery slot"
    ).derive(recovery)


def calibrate(target_seconds: float) -> KdfParams:
    """Choose Argon2id passes so one derivation takes about ``target_seconds`` here.

    Never below :data:`MIN_KDF`.
    """
    salt = os.urandom(16)
    start = time.perf_counter()
    derive_passphrase_key("calibration", salt, MIN_KDF)
    elapsed = max(time.perf_counter() - start, 1e-6)
    scale = target_seconds / elapsed
    iterations = min(MAX_ITERATIONS, max(MIN_KDF.iterations, round(MIN_KDF.iterations * scale)))
    return replace(MIN_KDF, iterations=iterations)


def _aad(vault_id: str, kind: str, params: KdfParams) -> bytes:
    # The recovery slot does not depend on Argon2id, so recalibrating the passphrase's
    # derivation must not invalidate it: only the passphrase slot names the parameters.
    bound: list[object] = [vault_id, kind]
    if kind == PASSPHRASE:
        bound.append(params.as_dict())
    return json.dumps(bound, sort_keys=True).encode()


def wrap_with_passphrase(
    data_key: bytes, passphrase: str, vault_id: str, params: KdfParams
) -> KeySlot:
    """Wrap the data key under a fresh key derived from the passphrase."""
    salt, nonce = os.urandom(16), os.urandom(12)
    kek = derive_passphrase_key(passphrase, salt, params)
    wrapped = AESGCM(kek).encrypt(nonce, data_key, _aad(vault_id, PASSPHRASE, params))
    return KeySlot(PASSPHRASE, salt, nonce, wrapped)


def wrap_with_recovery(
    data_key: bytes, recovery: bytes, vault_id: str, params: KdfParams
) -> KeySlot:
    """Wrap the data key under a key derived from the recovery key's bits."""
    salt, nonce = os.urandom(16), os.urandom(12)
    kek = _derive_recovery_key(recovery, salt)
    wrapped = AESGCM(kek).encrypt(nonce, data_key, _aad(vault_id, RECOVERY, params))
    return KeySlot(RECOVERY, salt, nonce, wrapped)


def unwrap(
    header: KeyHeader, *, passphrase: str | None = None, recovery: bytes | None = None
) -> bytes:
    """Return the data key, from the passphrase or the recovery key.

    Raises:
        WrongSecretError: the secret does not open the slot.
    """
    if passphrase is not None:
        kind = PASSPHRASE
        slot = header.slot(kind)
        kek = derive_passphrase_key(passphrase, slot.salt, header.kdf)
    elif recovery is not None:
        kind = RECOVERY
        slot = header.slot(kind)
        kek = _derive_recovery_key(recovery, slot.salt)
    else:
        raise ValueError("a passphrase or a recovery key is needed")
    try:
        data_key = AESGCM(kek).decrypt(
            slot.nonce, slot.wrapped, _aad(header.vault_id, kind, header.kdf)
        )
    except InvalidTag:
        raise WrongSecretError(kind) from None
    if len(data_key) != DATA_KEY_BYTES:  # pragma: no cover - authenticated above
        raise WrongSecretError(kind)
    return data_key


def new_header(data_key: bytes, passphrase: str, recovery: bytes, params: KdfParams) -> KeyHeader:
    """Build the header of a new vault with both slots."""
    vault_id = uuid.uuid4().hex
    return KeyHeader(
        vault_id=vault_id,
        kdf=params,
        slots=(
            wrap_with_passphrase(data_key, passphrase, vault_id, params),
            wrap_with_recovery(data_key, recovery, vault_id, params),
        ),
    )


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def header_body(header: KeyHeader) -> dict[str, Any]:
    """Return the header as the JSON-ready object stored on disk and in backups."""
    return {
        "format_version": header.format_version,
        "vault_id": header.vault_id,
        "kdf": header.kdf.as_dict(),
        "slots": [
            {
                "kind": s.kind,
                "salt": _b64(s.salt),
                "nonce": _b64(s.nonce),
                "wrapped": _b64(s.wrapped),
            }
            for s in header.slots
        ],
    }


def serialize(header: KeyHeader) -> bytes:
    """Return the bytes of ``vault.key``."""
    body = json.dumps(header_body(header), sort_keys=True, separators=(",", ":")).encode("ascii")
    digest = hashlib.sha256(body).hexdigest().encode("ascii")
    return MAGIC + b"\n" + body + b"\nsha256:" + digest + b"\n"


def header_from_body(body: Any, file: Path) -> KeyHeader:
    """Build a header from its JSON object, checking every field.

    Raises:
        VaultTooNewError: a newer format version.
        VaultDamagedError: a missing or malformed field.
    """
    try:
        version = body["format_version"]
        if not isinstance(version, int):
            raise TypeError("format_version")
        if version > FORMAT_VERSION:
            raise VaultTooNewError(f"key format {version}")
        kdf = body["kdf"]
        if kdf["name"] != "argon2id":
            raise ValueError("kdf")
        params = KdfParams(int(kdf["iterations"]), int(kdf["memory_kib"]), int(kdf["lanes"]))
        slots = tuple(
            KeySlot(
                str(s["kind"]),
                base64.b64decode(s["salt"], validate=True),
                base64.b64decode(s["nonce"], validate=True),
                base64.b64decode(s["wrapped"], validate=True),
            )
            for s in body["slots"]
        )
        header = KeyHeader(str(body["vault_id"]), params, slots, version)
        header.slot(PASSPHRASE)
        header.slot(RECOVERY)
    except VaultTooNewError:
        raise
    except (KeyError, TypeError, ValueError) as exc:
        raise VaultDamagedError(file, f"malformed header ({type(exc).__name__})") from None
    return header


def parse(data: bytes, file: Path) -> KeyHeader:
    """Parse and check the bytes of a key file.

    Raises:
        VaultDamagedError: the file is truncated, altered or not a key file.
        VaultTooNewError: the file was written by a newer version.
    """
    lines = data.split(b"\n")
    if (
        len(lines) != 4
        or lines[0] != MAGIC
        or lines[3] != b""
        or not lines[2].startswith(b"sha256:")
    ):
        raise VaultDamagedError(file, "not a complete key file")
    body = lines[1]
    if not secrets.compare_digest(hashlib.sha256(body).hexdigest().encode("ascii"), lines[2][7:]):
        raise VaultDamagedError(file, "checksum mismatch")
    try:
        decoded = json.loads(body)
    except ValueError:
        raise VaultDamagedError(file, "unreadable header") from None
    return header_from_body(decoded, file)


def read(file: Path) -> KeyHeader:
    """Read and check a key file."""
    try:
        data = file.read_bytes()
    except FileNotFoundError:
        raise VaultDamagedError(file, "missing") from None
    return parse(data, file)


# ---------------------------------------------------------------- recovery keys

RECOVERY_BITS = 150
RECOVERY_CHARS = RECOVERY_BITS // 5  # 30 data characters
_RECOVERY_BYTES = (RECOVERY_BITS + 7) // 8
_CHECK_MODULUS = 1021  # prime, < 32**2: catches every single mistyped character


def _check_chars(value: int) -> str:
    check = value % _CHECK_MODULUS
    return _CROCKFORD[check >> 5] + _CROCKFORD[check & 31]


def new_recovery_key() -> tuple[bytes, str]:
    """Return the recovery key's bytes and its display form.

    150 random bits as 30 Crockford base-32 characters plus 2 check characters,
    shown as 8 groups of 4 (``XXXX-XXXX-...``).
    """
    value = secrets.randbits(RECOVERY_BITS)
    chars = "".join(_CROCKFORD[(value >> (5 * i)) & 31] for i in reversed(range(RECOVERY_CHARS)))
    text = chars + _check_chars(value)
    return value.to_bytes(_RECOVERY_BYTES, "big"), "-".join(
        text[i : i + 4] for i in range(0, len(text), 4)
    )


def parse_recovery_key(text: str) -> bytes:
    """Return the bytes of a recovery key typed by the user.

    Spaces, dashes and case are ignored; I and L read as 1, O as 0.

    Raises:
        WrongSecretError: the text is not a well-formed recovery key (wrong length,
            an impossible character, or failed check characters: a typo).
    """
    cleaned = "".join(ch for ch in text.upper() if ch not in " -\t\n\r")
    cleaned = cleaned.translate(str.maketrans("ILO", "110"))
    if len(cleaned) != RECOVERY_CHARS + 2:
        raise WrongSecretError(RECOVERY)
    value = 0
    for ch in cleaned[:RECOVERY_CHARS]:
        index = _CROCKFORD.find(ch)
        if index < 0:
            raise WrongSecretError(RECOVERY)
        value = (value << 5) | index
    if cleaned[RECOVERY_CHARS:] != _check_chars(value):
        raise WrongSecretError(RECOVERY)
    return value.to_bytes(_RECOVERY_BYTES, "big")
