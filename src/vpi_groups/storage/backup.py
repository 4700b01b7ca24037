"""Backup files: one self-contained file, restorable with the passphrase or recovery key.

Layout::

    VPI-GROUPS-BACKUP
    {"format_version": 2, "vault_id": ..., "key": {...key header...}, "schema": ...,
     "created": ..., "payload_size": N, "payload_sha256": ..., "payload_hmac": ...,
     "header_hmac": ...}
    sha256:<hex of the JSON line>
    <N bytes: a SQLCipher copy of the database made by VACUUM INTO>

The payload is encrypted with the vault's data key (page by page, with SQLCipher's
HMACs). Its SHA-256 finds accidental damage without any secret. Two HMACs keyed from
the data key prove at restore that nobody rebuilt the file: one over the payload, one
over every other field of the header (vault id, creation time, schema, the key header).
Format 1 (no vault id, no header HMAC) is still restored.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import hmac
import json
import re
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from vpi_groups.storage import keyfile
from vpi_groups.storage.errors import VaultDamagedError, VaultTooNewError

MAGIC = b"VPI-GROUPS-BACKUP"
_HEX64 = re.compile(r"[0-9a-f]{64}")
_SCHEMA = re.compile(r"[0-9A-Za-z_]{1,64}")
FORMAT_VERSION = 2
SUFFIX = ".vpibak"


@dataclass(frozen=True)
class BackupHeader:
    """What a backup file says about itself (readable without any secret)."""

    key: keyfile.KeyHeader
    schema: str
    created: str
    payload_size: int
    payload_sha256: str
    payload_hmac: str
    header_hmac: str = ""  # empty in format 1
    format_version: int = FORMAT_VERSION

    @property
    def vault_id(self) -> str:
        """The id of the vault the backup was made from."""
        return self.key.vault_id


def mac_key(data_key: bytes) -> bytes:
    """Derive the key that authenticates backup payloads."""
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=b"vpi-groups backup mac"
    ).derive(data_key)


def payload_mac(data_key: bytes, payload: bytes) -> str:
    """Return the hex HMAC-SHA256 of a payload."""
    return hmac.new(mac_key(data_key), payload, hashlib.sha256).hexdigest()


def _body(header: BackupHeader) -> dict[str, Any]:
    body: dict[str, Any] = {
        "format_version": header.format_version,
        "key": keyfile.header_body(header.key),
        "schema": header.schema,
        "created": header.created,
        "payload_size": header.payload_size,
        "payload_sha256": header.payload_sha256,
        "payload_hmac": header.payload_hmac,
    }
    if header.format_version >= FORMAT_VERSION:
        body["vault_id"] = header.vault_id
    return body


def _header_mac(header: BackupHeader, data_key: bytes) -> str:
    line = json.dumps(_body(header), sort_keys=True, separators=(",", ":")).encode("ascii")
    return hmac.new(mac_key(data_key), b"header\n" + line, hashlib.sha256).hexdigest()


def serialize(
    key: keyfile.KeyHeader, schema: str, created: str, payload: bytes, data_key: bytes
) -> bytes:
    """Return the bytes of a backup file."""
    header = BackupHeader(
        key=key,
        schema=schema,
        created=created,
        payload_size=len(payload),
        payload_sha256=hashlib.sha256(payload).hexdigest(),
        payload_hmac=payload_mac(data_key, payload),
    )
    body = _body(header)
    body["header_hmac"] = _header_mac(header, data_key)
    line = json.dumps(body, sort_keys=True, separators=(",", ":")).encode("ascii")
    digest = hashlib.sha256(line).hexdigest().encode("ascii")
    return MAGIC + b"\n" + line + b"\nsha256:" + digest + b"\n" + payload


def parse(data: bytes, file: Path) -> tuple[BackupHeader, bytes]:
    """Split and check a backup file; return its header and payload.

    Raises:
        VaultDamagedError: truncated, altered, or not a backup file.
        VaultTooNewError: written by a newer version.
    """
    parts = data.split(b"\n", 3)
    if len(parts) != 4 or parts[0] != MAGIC or not parts[2].startswith(b"sha256:"):
        raise VaultDamagedError(file, "not a complete backup file")
    line, check, payload = parts[1], parts[2][7:], parts[3]
    if not secrets.compare_digest(hashlib.sha256(line).hexdigest().encode("ascii"), check):
        raise VaultDamagedError(file, "header checksum mismatch")
    try:
        body = json.loads(line)
        if not isinstance(body, dict):
            raise TypeError("body")
        version = body["format_version"]
        if type(version) is not int or version < 1:
            raise TypeError("format_version")
        if version > FORMAT_VERSION:
            raise VaultTooNewError(f"backup format {version}")
        expected = {
            "format_version",
            "key",
            "schema",
            "created",
            "payload_size",
            "payload_sha256",
            "payload_hmac",
        }
        if version >= FORMAT_VERSION:
            expected |= {"vault_id", "header_hmac"}
        if set(body) != expected:
            raise KeyError("fields")
        texts = {name: body[name] for name in expected - {"format_version", "key", "payload_size"}}
        if not all(isinstance(value, str) and len(value) <= 200 for value in texts.values()):
            raise TypeError("text field")
        for name in ("payload_sha256", "payload_hmac", "header_hmac"):
            if name in texts and not _HEX64.fullmatch(texts[name]):
                raise ValueError(name)
        if not _SCHEMA.fullmatch(texts["schema"]):
            raise ValueError("schema")
        created = dt.datetime.fromisoformat(texts["created"])
        if created.tzinfo is None:
            raise ValueError("created")
        size = body["payload_size"]
        if type(size) is not int or size < 0:
            raise TypeError("payload_size")
        header = BackupHeader(
            key=keyfile.header_from_body(body["key"], file),
            schema=texts["schema"],
            created=texts["created"],
            payload_size=size,
            payload_sha256=texts["payload_sha256"],
            payload_hmac=texts["payload_hmac"],
            header_hmac=texts.get("header_hmac", ""),
            format_version=version,
        )
        if version >= FORMAT_VERSION and texts["vault_id"] != header.key.vault_id:
            raise ValueError("vault_id")
    except (KeyError, TypeError, ValueError, RecursionError):
        raise VaultDamagedError(file, "malformed header") from None
    if len(payload) != header.payload_size:
        raise VaultDamagedError(file, "truncated or extended")
    if not secrets.compare_digest(hashlib.sha256(payload).hexdigest(), header.payload_sha256):
        raise VaultDamagedError(file, "payload checksum mismatch")
    return header, payload


def read(file: Path) -> tuple[BackupHeader, bytes]:
    """Read and check a backup file (no secret needed)."""
    try:
        data = file.read_bytes()
    except FileNotFoundError:
        raise VaultDamagedError(file, "missing") from None
    except IsADirectoryError:
        raise VaultDamagedError(file, "not a file") from None
    return parse(data, file)


def check_mac(header: BackupHeader, payload: bytes, data_key: bytes, file: Path) -> None:
    """Check the payload's HMAC, and the header's, with the unwrapped data key.

    Raises:
        VaultDamagedError: the payload or the header was altered (and its checksum rebuilt).
    """
    if not secrets.compare_digest(payload_mac(data_key, payload), header.payload_hmac):
        raise VaultDamagedError(file, "payload authentication failed")
    if header.format_version >= FORMAT_VERSION and not secrets.compare_digest(
        _header_mac(header, data_key), header.header_hmac
    ):
        raise VaultDamagedError(file, "header authentication failed")


def remove_quietly(path: Path) -> None:
    """Delete a partial file, ignoring a missing one."""
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
