r"""Keys, cards and sealed bundles of the consolidation, exchanged as files, offline.

A coordinator gathers the anonymous totals of several facilitators' vaults. Three kinds
of file travel between them (a USB stick, an e-mail attachment):

- the **coordinator card** (:class:`CoordinatorCard`): the programme's name and the
  coordinator's age X25519 recipient (``age1…``), a small UTF-8 JSON document;
- the **sender key** (:class:`SenderKey`): a facilitator's organisation and Ed25519 public
  key, a small UTF-8 JSON document;
- the **bundle**: a payload signed with the sender's Ed25519 key, then encrypted to the
  coordinator's recipient with age (:func:`seal`, :func:`open_bundle`).

Nothing here is home-made cryptography: age (``pyrage``) encrypts, ``cryptography``'s
Ed25519 signs. Two people compare a key by reading :func:`fingerprint_words` aloud.

Bundle layout
-------------
The file is the binary age file itself. Its plaintext is::

    b"VPI-GROUPS-BUNDLE\n"              magic line
    u32 version                          FORMAT_VERSION
    u32 length, signer                   Ed25519 public key, 32 bytes
    u32 length, signature                Ed25519 signature, 64 bytes
    u32 length, payload                  as given to seal()
    zero bytes                           up to the next multiple of 64 KiB

(integers big-endian). The signature covers ``b"vpi-groups-bundle\x00"``, the version,
then the coordinator's recipient, the signer's public key and the payload, each
length-prefixed: a bundle decrypted by one coordinator and re-encrypted to another no
longer verifies (:attr:`~ConsolidationErrorCode.TAMPERED`), and a signature cannot be
moved to another payload or claimed by another key.

The zero padding fills age's last 64 KiB chunk, so that a sealed bundle is always a whole
number of full chunks. That is what tells a copy cut short from a changed one: age
authenticates each chunk, and a chunk cut in the middle fails exactly like a chunk whose
bytes were changed; with full chunks only, a file of any other length is a truncation,
and a file cut exactly between two chunks is reported by age itself as truncated. (It
also hides the payload's size, to within 64 KiB.)
"""

from __future__ import annotations

import base64
import functools
import hashlib
import json
import struct
import unicodedata
from dataclasses import dataclass
from typing import Any

import pyrage
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from mnemonic import Mnemonic
from pyrage import x25519

from vpi_groups.consolidation.errors import ConsolidationError, ConsolidationErrorCode

FORMAT_VERSION = 1

CARD_FORMAT = "vpi-groups-coordinator-card"
KEY_FORMAT = "vpi-groups-sender-key"
#: The largest card or sender key file read; anything larger is not one.
MAX_TEXT_FILE_BYTES = 64 * 1024
#: The longest programme or organisation name, in characters.
MAX_NAME_CHARS = 200

PUBLIC_KEY_BYTES = 32
SIGNATURE_BYTES = 64
BUNDLE_MAGIC = b"VPI-GROUPS-BUNDLE\n"
SIGNATURE_CONTEXT = b"vpi-groups-bundle\x00"

#: age's chunk of plaintext; a bundle's plaintext is a whole number of them.
CHUNK_BYTES = 64 * 1024
#: The largest plaintext opened or sealed (1,024 chunks).
MAX_PLAINTEXT_BYTES = 64 * 1024 * 1024
_LENGTH = struct.Struct(">I")
_OVERHEAD = len(BUNDLE_MAGIC) + _LENGTH.size * 4 + PUBLIC_KEY_BYTES + SIGNATURE_BYTES
#: The largest payload :func:`seal` accepts.
MAX_PAYLOAD_BYTES = MAX_PLAINTEXT_BYTES - _OVERHEAD

# The age v1 format's framing (https://age-encryption.org/v1), read only to tell a file
# cut short from a changed one; age itself checks the header's MAC and every chunk.
AGE_MAGIC = b"age-encryption.org/v1"
_AGE_NONCE = 16
_AGE_TAG = 16
_AGE_CHUNK = CHUNK_BYTES + _AGE_TAG
_AGE_MAX_CHUNKS = MAX_PLAINTEXT_BYTES // CHUNK_BYTES
_AGE_BODY_COLUMNS = 64
_AGE_MAC_CHARS = 43  # 32 bytes, base64 without padding
_B64 = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
_VCHAR = frozenset(range(0x21, 0x7F))
#: A file larger than this is refused before any decryption.
MAX_BUNDLE_BYTES = MAX_PLAINTEXT_BYTES + 1024 * 1024
#: A bundle's age header takes about 300 bytes; a longer one is not a bundle's.
MAX_AGE_HEADER_BYTES = 16 * 1024

# Text that would hide or reorder what a person reads on screen.
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


# ---------------------------------------------------------------- keys


def new_coordinator_identity() -> tuple[str, str]:
    """A new age X25519 identity: (secret "AGE-SECRET-KEY-1…", public recipient "age1…")."""
    identity = x25519.Identity.generate()
    return str(identity), str(identity.to_public())


def new_signing_key() -> tuple[bytes, bytes]:
    """A new Ed25519 key pair: (private raw 32 bytes, public raw 32 bytes)."""
    private = Ed25519PrivateKey.generate()
    return private.private_bytes_raw(), private.public_key().public_bytes_raw()


@functools.cache
def _french_words() -> tuple[str, ...]:
    words = Mnemonic("french").wordlist
    if len(words) != 2048:  # pragma: no cover - a broken installation
        raise RuntimeError("the French BIP-39 word list does not hold 2048 words")
    return tuple(unicodedata.normalize("NFC", word) for word in words)


def fingerprint_words(public: bytes | str, count: int = 6) -> tuple[str, ...]:
    """The words two people read to each other by phone to compare a key.

    The SHA-256 digest of the key (bytes as given, a str encoded in UTF-8) is cut, from
    its first bit, into ``count`` numbers of 11 bits, each an index into the French
    BIP-39 word list of the ``mnemonic`` package (``Mnemonic("french").wordlist``, 2,048
    words). The words are returned in NFC (the list's file stores their accents
    decomposed). Six words carry 66 bits.

    Raises:
        ValueError: ``count`` is not between 1 and 23 (a digest has 256 bits).
    """
    if not 1 <= count <= 256 // 11:
        raise ValueError(f"count must be between 1 and {256 // 11}")
    data = public.encode("utf-8") if isinstance(public, str) else bytes(public)
    value = int.from_bytes(hashlib.sha256(data).digest(), "big")
    words = _french_words()
    return tuple(words[(value >> (256 - 11 * (i + 1))) & 0x7FF] for i in range(count))


# ---------------------------------------------------------------- cards and keys


def _check_name(value: object, what: str) -> str:
    """Return ``value`` if it is a name that can be shown; raise ValueError otherwise."""
    if not isinstance(value, str):
        raise ValueError(f"{what}: not text")
    if not value.strip():
        raise ValueError(f"{what}: empty")
    if len(value) > MAX_NAME_CHARS:
        raise ValueError(f"{what}: longer than {MAX_NAME_CHARS} characters")
    for char in value:
        if unicodedata.category(char) in ("Cc", "Cs") or char in _BIDI_CONTROLS:
            raise ValueError(f"{what}: control character U+{ord(char):04X}")
    return value


def _canonical_recipient(value: object) -> str:
    """Return the canonical form of an age X25519 recipient; ValueError if it is not one."""
    if not isinstance(value, str) or not value.isascii() or len(value) > 100:
        raise ValueError("not an age X25519 recipient")
    try:
        return str(x25519.Recipient.from_str(value))
    except pyrage.RecipientError:
        raise ValueError("not an age X25519 recipient") from None


@dataclass(frozen=True)
class CoordinatorCard:
    """What a facilitator needs to seal bundles for a coordinator.

    Attributes:
        programme: the programme's name, free text (at most 200 characters).
        recipient: the coordinator's age X25519 recipient, ``age1…``, canonical
            (lower-case) form.

    Raises:
        ValueError: an empty or too long name, a control character, or a recipient that
            is not a canonical age X25519 recipient.
    """

    programme: str
    recipient: str

    def __post_init__(self) -> None:
        _check_name(self.programme, "programme")
        if _canonical_recipient(self.recipient) != self.recipient:
            raise ValueError("recipient: not in canonical form")


@dataclass(frozen=True)
class SenderKey:
    """A facilitator's public signing key, as the coordinator pairs it.

    Attributes:
        programme: the programme's name.
        sender: the facilitator's organisation (non-empty, at most 200 characters).
        public: the Ed25519 public key, 32 bytes.

    Raises:
        ValueError: an empty or too long name, a control character, or a key that is
            not 32 bytes.
    """

    programme: str
    sender: str
    public: bytes

    def __post_init__(self) -> None:
        _check_name(self.programme, "programme")
        _check_name(self.sender, "sender")
        if not isinstance(self.public, bytes) or len(self.public) != PUBLIC_KEY_BYTES:
            raise ValueError("public: not a 32-byte Ed25519 public key")


def _dump(document: dict[str, Any]) -> bytes:
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:  # a person reading the file would see one, the program another
            raise ValueError(f"duplicate key {key!r}")
        result[key] = value
    return result


def _no_constant(name: str) -> Any:
    raise ValueError(f"not JSON: {name}")


def _load(data: bytes, kind: str, fields: set[str], code: ConsolidationErrorCode) -> dict[str, Any]:
    """Parse a card or key file up to its version; raise ``code`` if it is not one.

    Raises:
        ConsolidationError: ``code``; NEWER_SCHEMA for a version above FORMAT_VERSION.
    """
    if not isinstance(data, bytes | bytearray | memoryview):
        raise ConsolidationError(code, "not bytes")
    if len(data) > MAX_TEXT_FILE_BYTES:
        raise ConsolidationError(code, "too large")
    try:
        text = bytes(data).decode("utf-8-sig")
        document = json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except (ValueError, RecursionError):
        raise ConsolidationError(code, "not JSON") from None
    if not isinstance(document, dict) or document.get("format") != kind:
        raise ConsolidationError(code, "format")
    version = document.get("version")
    if type(version) is not int or version < 1:
        raise ConsolidationError(code, "version")
    if version > FORMAT_VERSION:
        raise ConsolidationError(ConsolidationErrorCode.NEWER_SCHEMA, f"{kind} {version}")
    if set(document) != fields | {"format", "version"}:
        raise ConsolidationError(code, "fields")
    return document


def write_card(card: CoordinatorCard) -> bytes:
    """Return the bytes of a coordinator card file (UTF-8 JSON, readable by a person)."""
    return _dump(
        {
            "format": CARD_FORMAT,
            "version": FORMAT_VERSION,
            "programme": card.programme,
            "recipient": card.recipient,
        }
    )


def read_card(data: bytes) -> CoordinatorCard:
    """Read a coordinator card file.

    The recipient is returned in canonical form. A UTF-8 byte order mark is ignored.

    Raises:
        ConsolidationError: NOT_A_CARD for anything that is not a valid card (not JSON,
            another kind of file, a missing, extra, duplicated or invalid field, more
            than 64 KiB); NEWER_SCHEMA for a card of a newer version.
    """
    code = ConsolidationErrorCode.NOT_A_CARD
    document = _load(data, CARD_FORMAT, {"programme", "recipient"}, code)
    try:
        recipient = _canonical_recipient(document["recipient"])
        return CoordinatorCard(programme=document["programme"], recipient=recipient)
    except ValueError as exc:
        raise ConsolidationError(code, str(exc)) from None


def write_sender_key(key: SenderKey) -> bytes:
    """Return the bytes of a sender key file (UTF-8 JSON, the key in base64)."""
    return _dump(
        {
            "format": KEY_FORMAT,
            "version": FORMAT_VERSION,
            "programme": key.programme,
            "sender": key.sender,
            "public": base64.b64encode(key.public).decode("ascii"),
        }
    )


def read_sender_key(data: bytes) -> SenderKey:
    """Read a sender key file.

    Raises:
        ConsolidationError: NOT_A_KEY for anything that is not a valid sender key (not
            JSON, another kind of file, a missing, extra, duplicated or invalid field, a
            key that is not canonical base64 of 32 bytes, more than 64 KiB);
            NEWER_SCHEMA for a key file of a newer version.
    """
    code = ConsolidationErrorCode.NOT_A_KEY
    document = _load(data, KEY_FORMAT, {"programme", "sender", "public"}, code)
    encoded = document["public"]
    try:
        if not isinstance(encoded, str) or len(encoded) > 100 or not encoded.isascii():
            raise ValueError("public: not base64")
        public = base64.b64decode(encoded, validate=True)
        if base64.b64encode(public).decode("ascii") != encoded:
            raise ValueError("public: not canonical base64")
        return SenderKey(programme=document["programme"], sender=document["sender"], public=public)
    except ValueError as exc:  # binascii.Error is a ValueError
        raise ConsolidationError(code, str(exc)) from None


# ---------------------------------------------------------------- bundles


@dataclass(frozen=True)
class Opened:
    """A bundle that decrypted and whose signature verified.

    Attributes:
        signer: the Ed25519 public key (32 bytes) that signed it; whether that key is
            paired, revoked or of this programme is for the caller to check.
        payload: the signed payload, as given to :func:`seal`.
    """

    signer: bytes
    payload: bytes


def _framed(*fields: bytes) -> bytes:
    return b"".join(_LENGTH.pack(len(field)) + field for field in fields)


def _signed_message(version: int, recipient: str, signer: bytes, payload: bytes) -> bytes:
    return (
        SIGNATURE_CONTEXT
        + _LENGTH.pack(version)
        + _framed(recipient.encode("ascii"), signer, payload)
    )


def seal(payload: bytes, *, signing_private: bytes, recipient: str) -> bytes:
    """Sign payload with the sender's Ed25519 key, then encrypt to the coordinator's age recipient.

    Returns:
        The bundle: a binary age file, a whole number of 64 KiB chunks (at least one).

    Raises:
        ValueError: a payload larger than :data:`MAX_PAYLOAD_BYTES`, a private key that
            is not 32 bytes, or a recipient that is not an age X25519 recipient.
    """
    payload = bytes(payload)
    if len(payload) > MAX_PAYLOAD_BYTES:
        raise ValueError(f"payload larger than {MAX_PAYLOAD_BYTES} bytes")
    canonical = _canonical_recipient(recipient)
    private = Ed25519PrivateKey.from_private_bytes(bytes(signing_private))
    signer = private.public_key().public_bytes_raw()
    signature = private.sign(_signed_message(FORMAT_VERSION, canonical, signer, payload))
    content = BUNDLE_MAGIC + _LENGTH.pack(FORMAT_VERSION) + _framed(signer, signature, payload)
    padding = -len(content) % CHUNK_BYTES
    plaintext = content + bytes(padding)
    return pyrage.encrypt(plaintext, [x25519.Recipient.from_str(canonical)])


def _is_stanza_line(line: bytes, *, partial: bool) -> bool:
    """Whether ``line`` (no LF) is a stanza's first line ``-> arg…`` (or, if partial, its start)."""
    args = line[3:].split(b" ")
    if partial:
        if args == [b""]:
            return True  # cut just after the arrow
        if args[-1] == b"":
            args.pop()  # cut just after a space: the next argument is missing
    return all(arg and _VCHAR.issuperset(arg) for arg in args)


def _is_mac_line(line: bytes, *, partial: bool) -> bool:
    """Whether ``line`` (no LF) is the line ``--- mac`` (or, if partial, its start)."""
    mac = line[4:]
    size_ok = len(mac) <= _AGE_MAC_CHARS if partial else len(mac) == _AGE_MAC_CHARS
    return size_ok and _B64.issuperset(mac)


def _age_header_length(data: bytes) -> int:
    """Return the length of the age header that starts ``data`` (its framing only).

    ``data`` starts with :data:`AGE_MAGIC`. The header is the version line, one or more
    stanzas (a line ``-> arg…``, then base64 lines of 64 columns ended by a shorter one),
    and the line ``--- `` with the MAC in base64 (43 characters).

    Raises:
        ConsolidationError: TRUNCATED if ``data`` ends inside a header well formed so
            far; TAMPERED if a line breaks that grammar; NOT_A_BUNDLE for a header
            longer than :data:`MAX_AGE_HEADER_BYTES`.
    """
    truncated = ConsolidationError(ConsolidationErrorCode.TRUNCATED, "age header cut short")
    tampered = ConsolidationError(ConsolidationErrorCode.TAMPERED, "age header malformed")
    pos = len(AGE_MAGIC)
    if len(data) == pos:
        raise truncated
    if data[pos] != ord("\n"):
        raise tampered
    pos += 1
    in_body = False
    stanzas = 0
    while True:
        end = data.find(b"\n", pos, MAX_AGE_HEADER_BYTES)
        partial = end < 0  # the data, or the longest header, ends inside this line
        line = data[pos:MAX_AGE_HEADER_BYTES] if partial else data[pos:end]
        if in_body:
            if len(line) > _AGE_BODY_COLUMNS or not _B64.issuperset(line):
                raise tampered
            in_body = partial or len(line) == _AGE_BODY_COLUMNS
        elif partial and len(line) < 4 and (b"-> ".startswith(line) or b"--- ".startswith(line)):
            pass
        elif line.startswith(b"-> ") and _is_stanza_line(line, partial=partial):
            stanzas += 1
            in_body = True
        elif line.startswith(b"--- ") and stanzas and _is_mac_line(line, partial=partial):
            if not partial:
                return end + 1
        else:
            raise tampered
        if partial and len(data) > MAX_AGE_HEADER_BYTES:
            raise ConsolidationError(ConsolidationErrorCode.NOT_A_BUNDLE, "age header too long")
        if partial:
            raise truncated
        pos = end + 1


def _age_payload_whole(data: bytes, header: int) -> bool:
    """Whether the age payload after the header is a nonce and whole chunks (at least one).

    Raises:
        ConsolidationError: NOT_A_BUNDLE for more chunks than :data:`MAX_PLAINTEXT_BYTES`.
    """
    rest = len(data) - header - _AGE_NONCE
    if rest < _AGE_CHUNK or rest % _AGE_CHUNK:
        return False
    if rest // _AGE_CHUNK > _AGE_MAX_CHUNKS:
        raise ConsolidationError(ConsolidationErrorCode.NOT_A_BUNDLE, "too large")
    return True


def _field(plaintext: bytes, pos: int) -> tuple[bytes, int]:
    if pos + _LENGTH.size > len(plaintext):
        raise ConsolidationError(ConsolidationErrorCode.TAMPERED, "a length is missing")
    (length,) = _LENGTH.unpack_from(plaintext, pos)
    start = pos + _LENGTH.size
    if start + length > len(plaintext):
        raise ConsolidationError(ConsolidationErrorCode.TAMPERED, "a field runs past the end")
    return plaintext[start : start + length], start + length


def _open_plaintext(plaintext: bytes, recipient: str) -> Opened:
    """Check the layout and the signature of a decrypted bundle."""
    tampered = ConsolidationErrorCode.TAMPERED
    if not plaintext.startswith(BUNDLE_MAGIC):
        raise ConsolidationError(tampered, "no bundle magic")
    pos = len(BUNDLE_MAGIC)
    if pos + _LENGTH.size > len(plaintext):
        raise ConsolidationError(tampered, "no version")
    (version,) = _LENGTH.unpack_from(plaintext, pos)
    if version > FORMAT_VERSION:
        raise ConsolidationError(ConsolidationErrorCode.NEWER_SCHEMA, f"bundle {version}")
    if version < 1:
        raise ConsolidationError(tampered, f"version {version}")
    signer, pos = _field(plaintext, pos + _LENGTH.size)
    signature, pos = _field(plaintext, pos)
    payload, pos = _field(plaintext, pos)
    if len(signer) != PUBLIC_KEY_BYTES or len(signature) != SIGNATURE_BYTES:
        raise ConsolidationError(tampered, "key or signature length")
    padding = len(plaintext) - pos
    if padding != -pos % CHUNK_BYTES or plaintext[pos:] != bytes(padding):
        raise ConsolidationError(tampered, "padding")
    try:
        Ed25519PublicKey.from_public_bytes(signer).verify(
            signature, _signed_message(version, recipient, signer, payload)
        )
    except (InvalidSignature, ValueError):
        raise ConsolidationError(tampered, "bad signature") from None
    return Opened(signer=signer, payload=payload)


def open_bundle(data: bytes, *, identity: str) -> Opened:
    """Decrypt with the coordinator's age identity and check the signature.

    Every refusal is a :class:`ConsolidationError`:

    - NOT_A_BUNDLE: empty, not starting with age's ``age-encryption.org/v1`` (a card, a
      key file, an armoured age file, fewer than 21 bytes of a bundle), or larger than
      :data:`MAX_BUNDLE_BYTES` or 64 MiB of plaintext, or with an age header longer
      than :data:`MAX_AGE_HEADER_BYTES` (all refused before decrypting).
    - TRUNCATED: a bundle cut short, at any length from the 21 bytes of age's magic to
      one byte less than the whole; a cut in the header or in the middle of a chunk is
      seen in the framing (a bundle is always whole 64 KiB chunks), a cut exactly
      between chunks is reported by age. A file to which bytes were added, so that it is
      no longer whole chunks, reads as TRUNCATED too.
    - WRONG_COORDINATOR: no stanza of the header opens with this identity: sealed for
      another coordinator (even if cut short, once the payload's 16-byte nonce is
      there), or its recipient stanza was changed.
    - TAMPERED: any other change: a header that breaks age's grammar or fails its MAC, a
      chunk that fails authentication, a plaintext with the wrong magic, lengths that do
      not add up, or padding that is not zeros, or a signature that does not verify. A
      bundle decrypted by another coordinator and re-encrypted to this one reads as
      TAMPERED: the signature names the recipient it was sealed for.
    - NEWER_SCHEMA: a bundle of a newer version.

    Raises:
        ConsolidationError: as above.
        ValueError: ``identity`` is not an age X25519 identity (the caller's error).
    """
    try:
        own = x25519.Identity.from_str(identity)
    except pyrage.IdentityError:
        raise ValueError("not an age X25519 identity") from None
    if len(data) > MAX_BUNDLE_BYTES:
        raise ConsolidationError(ConsolidationErrorCode.NOT_A_BUNDLE, "too large")
    data = bytes(data)
    if not data.startswith(AGE_MAGIC):
        raise ConsolidationError(ConsolidationErrorCode.NOT_A_BUNDLE, "not an age file")
    whole = _age_payload_whole(data, _age_header_length(data))
    try:
        plaintext = pyrage.decrypt(data, [own])
    except pyrage.DecryptError as exc:
        message = str(exc).lower()
        if "no matching keys" in message:
            raise ConsolidationError(ConsolidationErrorCode.WRONG_COORDINATOR, str(exc)) from None
        if not whole or "truncated" in message:
            raise ConsolidationError(ConsolidationErrorCode.TRUNCATED, str(exc)) from None
        raise ConsolidationError(ConsolidationErrorCode.TAMPERED, str(exc)) from None
    return _open_plaintext(plaintext, str(own.to_public()))
