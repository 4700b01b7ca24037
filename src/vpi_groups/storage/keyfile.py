"""The vault's key header (``vault.key``): key slots that wrap one random data key.

Layout, three lines of ASCII::

    VPI-GROUPS-VAULT-KEY
    {"format_version": 2, "vault_id": ..., "generation": ..., "db_salt": ...,
     "kdf": {...}, "slots": [...], "mac": ...}
    sha256:<hex of the JSON line>

The checksum tells a damaged file from a wrong passphrase without any secret. Every
field is range-checked on reading: a value outside what this version writes is damage,
never a hang, a memory error or a crash.

Two slots wrap the same 256-bit data key:

- **passphrase**: AES-256-GCM under a key derived with Argon2id; the associated data
  names the vault id and the Argon2id parameters.
- **recovery key**: an age X25519 identity (``pyrage``) encrypted with AES-256-GCM under
  HKDF-SHA256 of the recovery key (150 random bits need no stretching), and the data key
  encrypted *to* that identity's public key. Re-keying the vault therefore needs only the
  public key: the recovery key keeps working after every passphrase change, and an old
  key file (from an old backup) never opens a database re-encrypted since.

Once a secret has opened a slot, an HMAC keyed from the data key authenticates the whole
header: vault id, write generation, the database it belongs to (the SQLCipher salt, the
first 16 bytes of ``vault.db``), the Argon2id parameters and both slots.

Format 1 (the first version's: a symmetric recovery slot, no generation, no salt, no
MAC) is still read; unlocking upgrades it.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import re
import secrets
import time
import unicodedata
import uuid
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pyrage
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from pyrage import x25519

from vpi_groups.storage.errors import VaultDamagedError, VaultTooNewError, WrongSecretError

MAGIC = b"VPI-GROUPS-VAULT-KEY"
FORMAT_VERSION = 2
LEGACY_FORMAT = 1
DATA_KEY_BYTES = 32
DB_SALT_BYTES = 16
PASSPHRASE = "passphrase"
RECOVERY = "recovery key"
MAX_FILE_BYTES = 16 * 1024
_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_SALT, _NONCE, _TAG = 16, 12, 16
_VAULT_ID = re.compile(r"[0-9a-f]{32}")
_RECIPIENT = re.compile(r"age1[02-9ac-hj-np-z]{58}")
_MAX_GENERATION = 2**53


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
MAX_MEMORY_KIB = 256 * 1024
MAX_LANES = 16
# The most work a key file may ask for: what calibration can choose at most (64 passes
# over 64 MiB, about 3 s here). A file asking for more is damaged, not obeyed.
MAX_KDF_WORK = MAX_ITERATIONS * MIN_KDF.memory_kib


@dataclass(frozen=True)
class KeySlot:
    """The passphrase slot: the data key under an Argon2id-derived key."""

    salt: bytes
    nonce: bytes
    wrapped: bytes


@dataclass(frozen=True)
class RecoverySlot:
    """The recovery slot: an age identity under the recovery key, the data key sealed to it.

    Attributes:
        salt: HKDF salt of the key that encrypts the identity.
        nonce: AES-GCM nonce of the encrypted identity.
        identity: the age identity (``AGE-SECRET-KEY-1…``), encrypted.
        recipient: the identity's public key (``age1…``), in clear: re-keying seals the
            new data key to it without the recovery key.
        sealed: the data key, age-encrypted to ``recipient``.
    """

    salt: bytes
    nonce: bytes
    identity: bytes
    recipient: str
    sealed: bytes


@dataclass(frozen=True)
class LegacyRecoverySlot:
    """A format-1 recovery slot: the data key under HKDF of the recovery key.

    It cannot follow a new data key; re-keying such a vault issues a new recovery key.
    """

    salt: bytes
    nonce: bytes
    wrapped: bytes


@dataclass(frozen=True)
class KeyHeader:
    """The parsed content of ``vault.key``."""

    vault_id: str
    kdf: KdfParams
    passphrase: KeySlot
    recovery: RecoverySlot | LegacyRecoverySlot
    generation: int = 0
    db_salt: bytes = b""
    mac: bytes = b""
    format_version: int = FORMAT_VERSION

    @property
    def authenticated(self) -> bool:
        """Whether the header carries a MAC (format 2)."""
        return self.format_version >= FORMAT_VERSION


# ---------------------------------------------------------------- derivation


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


def _hkdf(secret: bytes, salt: bytes | None, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(secret)


def calibrate(target_seconds: float) -> KdfParams:
    """Choose Argon2id passes so one derivation takes about ``target_seconds`` here.

    Never below :data:`MIN_KDF`, never above :data:`MAX_ITERATIONS`.
    """
    salt = os.urandom(16)
    start = time.perf_counter()
    derive_passphrase_key("calibration", salt, MIN_KDF)
    elapsed = max(time.perf_counter() - start, 1e-6)
    scale = target_seconds / elapsed
    iterations = min(MAX_ITERATIONS, max(MIN_KDF.iterations, round(MIN_KDF.iterations * scale)))
    return replace(MIN_KDF, iterations=iterations)


def _aad(vault_id: str, kind: str, bound: object) -> bytes:
    return json.dumps([vault_id, kind, bound], sort_keys=True).encode()


def wrap_with_passphrase(
    data_key: bytes, passphrase: str, vault_id: str, params: KdfParams
) -> KeySlot:
    """Wrap the data key under a fresh key derived from the passphrase."""
    salt, nonce = os.urandom(_SALT), os.urandom(_NONCE)
    kek = derive_passphrase_key(passphrase, salt, params)
    wrapped = AESGCM(kek).encrypt(nonce, data_key, _aad(vault_id, PASSPHRASE, params.as_dict()))
    return KeySlot(salt, nonce, wrapped)


def new_recovery_slot(data_key: bytes, vault_id: str) -> tuple[RecoverySlot, bytes, str]:
    """Make a new recovery key and its slot.

    Returns:
        The slot, the recovery key's bytes, and its display form (shown once).
    """
    raw, text = new_recovery_key()
    identity = x25519.Identity.generate()
    recipient = str(identity.to_public())
    salt, nonce = os.urandom(_SALT), os.urandom(_NONCE)
    kek = _hkdf(raw, salt, b"vpi-groups recovery slot")
    encrypted = AESGCM(kek).encrypt(
        nonce, str(identity).encode("ascii"), _aad(vault_id, RECOVERY, recipient)
    )
    sealed = pyrage.encrypt(data_key, [x25519.Recipient.from_str(recipient)])
    return RecoverySlot(salt, nonce, encrypted, recipient, sealed), raw, text


def reseal_recovery(slot: RecoverySlot, data_key: bytes) -> RecoverySlot:
    """Seal a new data key to the recovery identity (no recovery key needed)."""
    sealed = pyrage.encrypt(data_key, [x25519.Recipient.from_str(slot.recipient)])
    return replace(slot, sealed=sealed)


def _unwrap_recovery(header: KeyHeader, recovery: bytes, file: Path) -> bytes:
    slot = header.recovery
    try:
        if isinstance(slot, LegacyRecoverySlot):
            kek = _hkdf(recovery, slot.salt, b"vpi-groups recovery slot")
            return AESGCM(kek).decrypt(
                slot.nonce, slot.wrapped, json.dumps([header.vault_id, RECOVERY]).encode()
            )
        kek = _hkdf(recovery, slot.salt, b"vpi-groups recovery slot")
        identity_text = AESGCM(kek).decrypt(
            slot.nonce, slot.identity, _aad(header.vault_id, RECOVERY, slot.recipient)
        )
    except InvalidTag:
        raise WrongSecretError(RECOVERY) from None
    try:
        identity = x25519.Identity.from_str(identity_text.decode("ascii"))
        if str(identity.to_public()) != slot.recipient:
            raise ValueError("recipient")
        return pyrage.decrypt(slot.sealed, [identity])
    except (pyrage.DecryptError, pyrage.IdentityError, ValueError):
        # The recovery key opened the identity (authenticated), so the rest is damage.
        raise VaultDamagedError(file, "recovery slot unreadable") from None


def unwrap(
    header: KeyHeader,
    *,
    passphrase: str | None = None,
    recovery: bytes | None = None,
    file: Path = Path("vault.key"),
) -> bytes:
    """Return the data key, from the passphrase or the recovery key.

    The header's MAC is not checked here: see :func:`check_mac`.

    Raises:
        WrongSecretError: the secret does not open the slot.
        VaultDamagedError: the recovery key opened its identity but the sealed data key
            is unreadable (``file`` is named).
    """
    if passphrase is not None:
        slot = header.passphrase
        kek = derive_passphrase_key(passphrase, slot.salt, header.kdf)
        aad = _aad(header.vault_id, PASSPHRASE, header.kdf.as_dict())
        try:
            data_key = AESGCM(kek).decrypt(slot.nonce, slot.wrapped, aad)
        except InvalidTag:
            raise WrongSecretError(PASSPHRASE) from None
    elif recovery is not None:
        data_key = _unwrap_recovery(header, recovery, file)
    else:
        raise ValueError("a passphrase or a recovery key is needed")
    if len(data_key) != DATA_KEY_BYTES:
        raise WrongSecretError(PASSPHRASE if passphrase is not None else RECOVERY)
    return data_key


def new_header(
    data_key: bytes,
    passphrase: str,
    params: KdfParams,
    *,
    db_salt: bytes,
    vault_id: str | None = None,
    generation: int = 0,
) -> tuple[KeyHeader, str]:
    """Build and authenticate the header of a vault with both slots.

    Returns:
        The header and the new recovery key's display form (to show once).
    """
    vault_id = vault_id or uuid.uuid4().hex
    recovery, _raw, text = new_recovery_slot(data_key, vault_id)
    header = KeyHeader(
        vault_id=vault_id,
        kdf=params,
        passphrase=wrap_with_passphrase(data_key, passphrase, vault_id, params),
        recovery=recovery,
        generation=generation,
        db_salt=db_salt,
    )
    return seal(header, data_key), text


# ---------------------------------------------------------------- authentication


def _mac_key(data_key: bytes) -> bytes:
    return _hkdf(data_key, None, b"vpi-groups key header mac")


def _mac(header: KeyHeader, data_key: bytes) -> bytes:
    body = header_body(replace(header, mac=b""))
    body.pop("mac", None)
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":")).encode("ascii")
    return hmac.new(_mac_key(data_key), canonical, hashlib.sha256).digest()


def seal(header: KeyHeader, data_key: bytes) -> KeyHeader:
    """Return the header in the current format, authenticated with the data key."""
    current = replace(header, format_version=FORMAT_VERSION, mac=b"")
    return replace(current, mac=_mac(current, data_key))


def mac_ok(header: KeyHeader, data_key: bytes) -> bool:
    """Whether the header's MAC matches this data key (False for a format-1 header)."""
    return header.authenticated and hmac.compare_digest(header.mac, _mac(header, data_key))


def check_mac(header: KeyHeader, data_key: bytes, file: Path) -> None:
    """Check that nobody altered an authenticated header (format 1 has nothing to check).

    Raises:
        VaultDamagedError: the header was altered after it was written.
    """
    if header.authenticated and not mac_ok(header, data_key):
        raise VaultDamagedError(file, "altered (authentication failed)")


# ---------------------------------------------------------------- serialisation


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def header_body(header: KeyHeader) -> dict[str, Any]:
    """Return the header as the JSON-ready object stored on disk and in backups."""
    recovery: dict[str, Any] = {"kind": RECOVERY, "salt": _b64(header.recovery.salt)}
    recovery["nonce"] = _b64(header.recovery.nonce)
    if isinstance(header.recovery, RecoverySlot):
        recovery["identity"] = _b64(header.recovery.identity)
        recovery["recipient"] = header.recovery.recipient
        recovery["sealed"] = _b64(header.recovery.sealed)
    else:
        recovery["wrapped"] = _b64(header.recovery.wrapped)
    body: dict[str, Any] = {
        "format_version": header.format_version,
        "vault_id": header.vault_id,
        "kdf": header.kdf.as_dict(),
        "slots": [
            {
                "kind": PASSPHRASE,
                "salt": _b64(header.passphrase.salt),
                "nonce": _b64(header.passphrase.nonce),
                "wrapped": _b64(header.passphrase.wrapped),
            },
            recovery,
        ],
    }
    if header.format_version >= FORMAT_VERSION:
        body["generation"] = header.generation
        body["db_salt"] = _b64(header.db_salt)
        body["mac"] = header.mac.hex()
    return body


def serialize(header: KeyHeader) -> bytes:
    """Return the bytes of ``vault.key``."""
    body = json.dumps(header_body(header), sort_keys=True, separators=(",", ":")).encode("ascii")
    digest = hashlib.sha256(body).hexdigest().encode("ascii")
    return MAGIC + b"\n" + body + b"\nsha256:" + digest + b"\n"


class _MalformedError(ValueError):
    """A field is missing, of the wrong type or out of range (internal)."""


def _field(obj: Any, name: str) -> Any:
    if not isinstance(obj, dict) or name not in obj:
        raise _MalformedError(name)
    return obj[name]


def _int(obj: Any, name: str, low: int, high: int) -> int:
    value = _field(obj, name)
    if type(value) is not int or not low <= value <= high:
        raise _MalformedError(name)
    return value


def _bytes(obj: Any, name: str, low: int, high: int | None = None) -> bytes:
    value = _field(obj, name)
    if not isinstance(value, str) or len(value) > 4 * MAX_FILE_BYTES:
        raise _MalformedError(name)
    try:
        data = base64.b64decode(value, validate=True)
    except ValueError:
        raise _MalformedError(name) from None
    if not low <= len(data) <= (low if high is None else high):
        raise _MalformedError(name)
    return data


def _keys(obj: Any, allowed: set[str], name: str) -> None:
    if not isinstance(obj, dict) or not set(obj) <= allowed:
        raise _MalformedError(name)


def _kdf(body: Any) -> KdfParams:
    kdf = _field(body, "kdf")
    _keys(kdf, {"name", "iterations", "memory_kib", "lanes"}, "kdf")
    if _field(kdf, "name") != "argon2id":
        raise _MalformedError("kdf.name")
    params = KdfParams(
        _int(kdf, "iterations", MIN_KDF.iterations, MAX_ITERATIONS),
        _int(kdf, "memory_kib", MIN_KDF.memory_kib, MAX_MEMORY_KIB),
        _int(kdf, "lanes", MIN_KDF.lanes, MAX_LANES),
    )
    if params.iterations * params.memory_kib > MAX_KDF_WORK:
        raise _MalformedError("kdf work")
    return params


def _slots(body: Any) -> tuple[KeySlot, RecoverySlot | LegacyRecoverySlot]:
    slots = _field(body, "slots")
    if not isinstance(slots, list) or len(slots) != 2:
        raise _MalformedError("slots")
    by_kind: dict[str, Any] = {}
    for slot in slots:
        kind = _field(slot, "kind")
        if kind not in (PASSPHRASE, RECOVERY) or kind in by_kind:
            raise _MalformedError("slot kind")
        by_kind[kind] = slot
    wrapped_size = DATA_KEY_BYTES + _TAG
    own = by_kind[PASSPHRASE]
    _keys(own, {"kind", "salt", "nonce", "wrapped"}, "passphrase slot")
    passphrase = KeySlot(
        _bytes(own, "salt", _SALT),
        _bytes(own, "nonce", _NONCE),
        _bytes(own, "wrapped", wrapped_size),
    )
    rec = by_kind[RECOVERY]
    salt, nonce = _bytes(rec, "salt", _SALT), _bytes(rec, "nonce", _NONCE)
    recovery: RecoverySlot | LegacyRecoverySlot
    if "identity" in rec:
        _keys(rec, {"kind", "salt", "nonce", "identity", "recipient", "sealed"}, "recovery slot")
        recipient = _field(rec, "recipient")
        if not isinstance(recipient, str) or not _RECIPIENT.fullmatch(recipient):
            raise _MalformedError("recipient")
        recovery = RecoverySlot(
            salt,
            nonce,
            _bytes(rec, "identity", 74 + _TAG),
            recipient,
            _bytes(rec, "sealed", 100, 1024),
        )
    else:
        _keys(rec, {"kind", "salt", "nonce", "wrapped"}, "recovery slot")
        recovery = LegacyRecoverySlot(salt, nonce, _bytes(rec, "wrapped", wrapped_size))
    return passphrase, recovery


def header_from_body(body: Any, file: Path) -> KeyHeader:
    """Build a header from its JSON object, checking the type and range of every field.

    Raises:
        VaultTooNewError: a newer format version.
        VaultDamagedError: a missing, malformed or out-of-range field.
    """
    try:
        version = _field(body, "format_version")
        if type(version) is not int:
            raise _MalformedError("format_version")
        if version > FORMAT_VERSION:
            raise VaultTooNewError(f"key format {version}")
        if version < LEGACY_FORMAT:
            raise _MalformedError("format_version")
        vault_id = _field(body, "vault_id")
        if not isinstance(vault_id, str) or not _VAULT_ID.fullmatch(vault_id):
            raise _MalformedError("vault_id")
        common = {"format_version", "vault_id", "kdf", "slots"}
        kdf = _kdf(body)
        passphrase, recovery = _slots(body)
        if version == LEGACY_FORMAT:
            _keys(body, common, "header")
            if isinstance(recovery, RecoverySlot):
                raise _MalformedError("recovery slot")
            return KeyHeader(vault_id, kdf, passphrase, recovery, format_version=version)
        _keys(body, common | {"generation", "db_salt", "mac"}, "header")
        mac = _field(body, "mac")
        if not isinstance(mac, str) or not re.fullmatch(r"[0-9a-f]{64}", mac):
            raise _MalformedError("mac")
        return KeyHeader(
            vault_id=vault_id,
            kdf=kdf,
            passphrase=passphrase,
            recovery=recovery,
            generation=_int(body, "generation", 0, _MAX_GENERATION),
            db_salt=_bytes(body, "db_salt", DB_SALT_BYTES),
            mac=bytes.fromhex(mac),
            format_version=version,
        )
    except _MalformedError as exc:
        raise VaultDamagedError(file, f"malformed header ({exc})") from None


def parse(data: bytes, file: Path) -> KeyHeader:
    """Parse and check the bytes of a key file.

    Raises:
        VaultDamagedError: the file is truncated, altered, too large or not a key file.
        VaultTooNewError: the file was written by a newer version.
    """
    if len(data) > MAX_FILE_BYTES:
        raise VaultDamagedError(file, "not a key file (too large)")
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
    except (ValueError, RecursionError):
        raise VaultDamagedError(file, "unreadable header") from None
    return header_from_body(decoded, file)


def read(file: Path) -> KeyHeader:
    """Read and check a key file."""
    if file.exists() and not file.is_file():  # a folder, a pipe: never read (a pipe blocks)
        raise VaultDamagedError(file, "not a regular file")
    try:
        with file.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise VaultDamagedError(file, "missing") from None
    except IsADirectoryError:
        raise VaultDamagedError(file, "not a file") from None
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
