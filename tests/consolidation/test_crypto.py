"""Cards, sender keys and sealed bundles, attacked: every refusal has its code.

The bundle's plaintext and signed message are rebuilt here from their documented layout
(struct, pyrage and cryptography directly), not with the module's helpers, so a change
of format fails these tests.
"""

from __future__ import annotations

import base64
import hashlib
import json
import struct
import unicodedata
from collections.abc import Callable
from pathlib import Path

import mnemonic
import pyrage
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pyrage import x25519

from vpi_groups.consolidation import crypto
from vpi_groups.consolidation.crypto import (
    CoordinatorCard,
    Opened,
    SenderKey,
    fingerprint_words,
    new_coordinator_identity,
    new_signing_key,
    open_bundle,
    read_card,
    read_sender_key,
    seal,
    write_card,
    write_sender_key,
)
from vpi_groups.consolidation.errors import ConsolidationError
from vpi_groups.consolidation.errors import ConsolidationErrorCode as Code

AGE_MAGIC = b"age-encryption.org/v1"
MAGIC = b"VPI-GROUPS-BUNDLE\n"
CONTEXT = b"vpi-groups-bundle\x00"
CHUNK = 64 * 1024
AGE_CHUNK = CHUNK + 16
PAYLOAD = bytes(range(200))

#: Codes a damaged bundle may be refused with (never success, never another exception).
DAMAGE = {Code.NOT_A_BUNDLE, Code.TAMPERED, Code.TRUNCATED, Code.WRONG_COORDINATOR}


# ---------------------------------------------------------------- helpers


class Party:
    """A coordinator's age identity, or a facilitator's Ed25519 key pair."""

    def __init__(self) -> None:
        self.identity, self.recipient = new_coordinator_identity()
        self.private, self.public = new_signing_key()


@pytest.fixture(scope="module")
def coordinator() -> Party:
    return Party()


@pytest.fixture(scope="module")
def other() -> Party:
    return Party()


@pytest.fixture(scope="module")
def sender() -> Party:
    return Party()


@pytest.fixture(scope="module")
def bundle(coordinator: Party, sender: Party) -> bytes:
    return seal(PAYLOAD, signing_private=sender.private, recipient=coordinator.recipient)


def refusal(data: bytes, identity: str) -> Code:
    """The code ``open_bundle`` refuses ``data`` with; fails if it opens."""
    with pytest.raises(ConsolidationError) as caught:
        open_bundle(data, identity=identity)
    return caught.value.code


def header_length(data: bytes) -> int:
    """Where the age header ends: after the line ``--- <43 characters>``."""
    mac = data.index(b"\n--- ") + 1
    end = data.index(b"\n", mac) + 1
    assert end - mac == 4 + 43 + 1
    return end


def framed(*fields: bytes) -> bytes:
    return b"".join(struct.pack(">I", len(field)) + field for field in fields)


def signed_message(recipient: str, signer: bytes, payload: bytes, version: int = 1) -> bytes:
    return CONTEXT + struct.pack(">I", version) + framed(recipient.encode(), signer, payload)


def plaintext(
    signer: bytes, signature: bytes, payload: bytes, *, version: int = 1, pad: bool = True
) -> bytes:
    content = MAGIC + struct.pack(">I", version) + framed(signer, signature, payload)
    if pad:
        content += bytes(-len(content) % CHUNK)
    return content


def encrypt(plain: bytes, recipient: str) -> bytes:
    return pyrage.encrypt(plain, [x25519.Recipient.from_str(recipient)])


def decrypt(data: bytes, identity: str) -> bytes:
    return pyrage.decrypt(data, [x25519.Identity.from_str(identity)])


def sign(private: bytes, message: bytes) -> bytes:
    return Ed25519PrivateKey.from_private_bytes(private).sign(message)


def french_words_from_file() -> list[str]:
    path = Path(mnemonic.__file__).parent / "wordlist" / "french.txt"
    words = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
    words = [unicodedata.normalize("NFC", word) for word in words if word]
    assert len(words) == 2048
    return words


# ---------------------------------------------------------------- keys


def test_new_keys_have_the_documented_forms() -> None:
    identity, recipient = new_coordinator_identity()
    assert identity.startswith("AGE-SECRET-KEY-1")
    assert recipient.startswith("age1")
    assert str(x25519.Identity.from_str(identity).to_public()) == recipient
    private, public = new_signing_key()
    assert len(private) == 32
    assert len(public) == 32
    derived = Ed25519PrivateKey.from_private_bytes(private).public_key().public_bytes_raw()
    assert derived == public
    assert new_signing_key() != (private, public)
    assert new_coordinator_identity() != (identity, recipient)


# ---------------------------------------------------------------- fingerprints


def test_fingerprint_matches_a_vector_computed_from_the_word_list_file() -> None:
    words = french_words_from_file()
    key = bytes(range(32))
    bits = "".join(f"{byte:08b}" for byte in hashlib.sha256(key).digest())
    expected = tuple(words[int(bits[11 * i : 11 * i + 11], 2)] for i in range(6))
    assert fingerprint_words(key) == expected
    # The same vector, written out: a change of hash, bit order or list shows here.
    assert expected == ("farine", "fureur", "double", "réserve", "déplacer", "partager")


def test_fingerprint_of_a_recipient_hashes_its_utf8_text() -> None:
    words = french_words_from_file()
    recipient = "age1lukg20t530cjzqeggy6pyl06epeq6d49ggh93dmwng62pedjed9s8xns9l"
    bits = "".join(f"{byte:08b}" for byte in hashlib.sha256(recipient.encode()).digest())
    expected = tuple(words[int(bits[11 * i : 11 * i + 11], 2)] for i in range(6))
    assert fingerprint_words(recipient) == expected
    assert fingerprint_words(recipient.encode()) == expected


def test_fingerprints_are_six_french_words_and_tell_keys_apart() -> None:
    french = set(french_words_from_file())
    seen: dict[tuple[str, ...], bytes] = {}
    for _ in range(200):
        _private, public = new_signing_key()
        words = fingerprint_words(public)
        assert len(words) == 6
        assert set(words) <= french
        assert all(unicodedata.is_normalized("NFC", word) for word in words)
        assert fingerprint_words(public) == words  # deterministic
        assert words not in seen, "two keys read the same"
        seen[words] = public


def test_fingerprint_length_follows_count() -> None:
    key = b"\x01" * 32
    longer = fingerprint_words(key, count=23)
    assert len(longer) == 23
    assert longer[:6] == fingerprint_words(key)
    assert fingerprint_words(key, count=1) == longer[:1]
    for count in (0, -1, 24):
        with pytest.raises(ValueError, match="count"):
            fingerprint_words(key, count=count)


def test_fingerprint_words_keep_their_accents_composed() -> None:
    accented = [w for w in french_words_from_file() if not w.isascii()]
    assert accented  # the list has accented words: they come back in NFC
    for i in range(2000):
        for word in fingerprint_words(i.to_bytes(4, "big")):
            assert word == unicodedata.normalize("NFC", word)


# ---------------------------------------------------------------- cards


@pytest.fixture
def card(coordinator: Party) -> CoordinatorCard:
    return CoordinatorCard(
        programme="Programme « Parents ensemble » — Lille", recipient=coordinator.recipient
    )


@pytest.fixture
def key(sender: Party) -> SenderKey:
    return SenderKey(
        programme="Programme « Parents ensemble » — Lille",
        sender="Association Élan",
        public=sender.public,
    )


def test_card_round_trip_is_readable_json(card: CoordinatorCard) -> None:
    data = write_card(card)
    assert read_card(data) == card
    text = data.decode("utf-8")
    assert "Programme « Parents ensemble » — Lille" in text  # readable, not escaped
    document = json.loads(text)
    assert document == {
        "format": "vpi-groups-coordinator-card",
        "version": crypto.FORMAT_VERSION,
        "programme": card.programme,
        "recipient": card.recipient,
    }


def test_sender_key_round_trip_is_readable_json(key: SenderKey) -> None:
    data = write_sender_key(key)
    assert read_sender_key(data) == key
    document = json.loads(data)
    assert document["format"] == "vpi-groups-sender-key"
    assert document["version"] == crypto.FORMAT_VERSION
    assert document["sender"] == "Association Élan"
    assert base64.b64decode(document["public"], validate=True) == key.public


def test_a_card_is_not_a_key_and_a_key_is_not_a_card(card: CoordinatorCard, key: SenderKey) -> None:
    with pytest.raises(ConsolidationError) as caught:
        read_card(write_sender_key(key))
    assert caught.value.code is Code.NOT_A_CARD
    with pytest.raises(ConsolidationError) as caught:
        read_sender_key(write_card(card))
    assert caught.value.code is Code.NOT_A_KEY


def card_document(card: CoordinatorCard) -> dict[str, object]:
    document: dict[str, object] = json.loads(write_card(card))
    return document


def key_document(key: SenderKey) -> dict[str, object]:
    document: dict[str, object] = json.loads(write_sender_key(key))
    return document


def as_bytes(document: object) -> bytes:
    return json.dumps(document).encode("ascii")


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        ("version", 2, Code.NEWER_SCHEMA),
        ("version", 999, Code.NEWER_SCHEMA),
        ("version", 0, Code.NOT_A_CARD),
        ("version", -1, Code.NOT_A_CARD),
        ("version", "1", Code.NOT_A_CARD),
        ("version", 1.0, Code.NOT_A_CARD),
        ("version", True, Code.NOT_A_CARD),
        ("version", None, Code.NOT_A_CARD),
        ("format", "vpi-groups-sender-key", Code.NOT_A_CARD),
        ("format", "VPI-GROUPS-COORDINATOR-CARD", Code.NOT_A_CARD),
        ("programme", "", Code.NOT_A_CARD),
        ("programme", "   ", Code.NOT_A_CARD),
        ("programme", "x" * 201, Code.NOT_A_CARD),
        ("programme", "ligne\nsuivante", Code.NOT_A_CARD),
        ("programme", "nul\x00", Code.NOT_A_CARD),
        ("programme", "\u202eellil", Code.NOT_A_CARD),  # right-to-left override
        ("programme", "\ud800", Code.NOT_A_CARD),  # a lone surrogate
        ("programme", 12, Code.NOT_A_CARD),
        ("programme", ["a"], Code.NOT_A_CARD),
        ("recipient", "", Code.NOT_A_CARD),
        ("recipient", "age1", Code.NOT_A_CARD),
        ("recipient", 1, Code.NOT_A_CARD),
        ("recipient", "age1" + "q" * 200, Code.NOT_A_CARD),
    ],
)
def test_a_bad_card_field_is_refused(
    card: CoordinatorCard, field: str, value: object, expected: Code
) -> None:
    document = card_document(card)
    document[field] = value
    with pytest.raises(ConsolidationError) as caught:
        read_card(as_bytes(document))
    assert caught.value.code is expected


def test_a_newer_card_is_newer_even_with_other_fields() -> None:
    data = as_bytes({"format": "vpi-groups-coordinator-card", "version": 2, "keys": []})
    with pytest.raises(ConsolidationError) as caught:
        read_card(data)
    assert caught.value.code is Code.NEWER_SCHEMA


def test_a_recipient_with_one_character_changed_is_refused(card: CoordinatorCard) -> None:
    alphabet = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
    for i in range(4, len(card.recipient)):
        original = card.recipient[i]
        changed = alphabet[(alphabet.index(original) + 1) % 32]
        document = card_document(card)
        document["recipient"] = card.recipient[:i] + changed + card.recipient[i + 1 :]
        with pytest.raises(ConsolidationError) as caught:
            read_card(as_bytes(document))
        assert caught.value.code is Code.NOT_A_CARD, i


def test_a_secret_key_is_not_a_recipient(card: CoordinatorCard, coordinator: Party) -> None:
    document = card_document(card)
    document["recipient"] = coordinator.identity
    with pytest.raises(ConsolidationError) as caught:
        read_card(as_bytes(document))
    assert caught.value.code is Code.NOT_A_CARD


def test_an_upper_case_recipient_reads_in_canonical_form(card: CoordinatorCard) -> None:
    document = card_document(card)
    document["recipient"] = card.recipient.upper()
    assert read_card(as_bytes(document)).recipient == card.recipient


def test_the_longest_name_is_read(card: CoordinatorCard) -> None:
    document = card_document(card)
    document["programme"] = "é" * 200
    assert read_card(as_bytes(document)).programme == "é" * 200


@pytest.mark.parametrize("mutate", ["extra", "missing", "duplicate"])
def test_a_card_with_other_fields_is_refused(card: CoordinatorCard, mutate: str) -> None:
    text = write_card(card).decode()
    if mutate == "extra":
        document = card_document(card)
        document["note"] = "x"
        text = as_bytes(document).decode()
    elif mutate == "missing":
        document = card_document(card)
        del document["recipient"]
        text = as_bytes(document).decode()
    else:  # a person would read the first recipient, a parser might keep the last
        text = text.replace('"format"', f'"recipient": "{Party().recipient}",\n  "format"')
    with pytest.raises(ConsolidationError) as caught:
        read_card(text.encode())
    assert caught.value.code is Code.NOT_A_CARD


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"\x00" * 100,
        b"\xff\xfe{}",
        b"null",
        b"[]",
        b'"vpi-groups-coordinator-card"',
        b"{",
        b'{"format": NaN}',
        b"[" * 100_000,
        b"\x1f\x8b\x08\x00",  # a gzip header
        b"age-encryption.org/v1\n",
    ],
)
def test_garbage_is_neither_a_card_nor_a_key(data: bytes) -> None:
    with pytest.raises(ConsolidationError) as caught:
        read_card(data)
    assert caught.value.code is Code.NOT_A_CARD
    with pytest.raises(ConsolidationError) as caught:
        read_sender_key(data)
    assert caught.value.code is Code.NOT_A_KEY


def test_a_sealed_bundle_is_neither_a_card_nor_a_key(bundle: bytes) -> None:
    with pytest.raises(ConsolidationError) as caught:
        read_card(bundle)
    assert caught.value.code is Code.NOT_A_CARD
    with pytest.raises(ConsolidationError) as caught:
        read_sender_key(bundle)
    assert caught.value.code is Code.NOT_A_KEY


def test_a_file_over_64_kib_is_not_a_card(card: CoordinatorCard, key: SenderKey) -> None:
    padded = write_card(card).rstrip(b"\n") + b" " * (64 * 1024)
    json.loads(padded)  # still valid JSON
    with pytest.raises(ConsolidationError) as caught:
        read_card(padded)
    assert caught.value.code is Code.NOT_A_CARD
    padded = write_sender_key(key).rstrip(b"\n") + b" " * (64 * 1024)
    with pytest.raises(ConsolidationError) as caught:
        read_sender_key(padded)
    assert caught.value.code is Code.NOT_A_KEY


def test_a_byte_order_mark_is_ignored(card: CoordinatorCard, key: SenderKey) -> None:
    assert read_card(b"\xef\xbb\xbf" + write_card(card)) == card
    assert read_sender_key(b"\xef\xbb\xbf" + write_sender_key(key)) == key


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        ("version", 2, Code.NEWER_SCHEMA),
        ("version", 0, Code.NOT_A_KEY),
        ("version", "1", Code.NOT_A_KEY),
        ("format", "vpi-groups-coordinator-card", Code.NOT_A_KEY),
        ("sender", "", Code.NOT_A_KEY),
        ("sender", " \t", Code.NOT_A_KEY),
        ("sender", "s" * 201, Code.NOT_A_KEY),
        ("sender", "a\rb", Code.NOT_A_KEY),
        ("sender", None, Code.NOT_A_KEY),
        ("programme", "", Code.NOT_A_KEY),
        ("public", "", Code.NOT_A_KEY),
        ("public", base64.b64encode(b"k" * 31).decode(), Code.NOT_A_KEY),
        ("public", base64.b64encode(b"k" * 33).decode(), Code.NOT_A_KEY),
        ("public", base64.b64encode(b"k" * 32).decode().rstrip("="), Code.NOT_A_KEY),
        ("public", "not base64 at all!", Code.NOT_A_KEY),
        ("public", (b"k" * 32).hex(), Code.NOT_A_KEY),
        ("public", 42, Code.NOT_A_KEY),
    ],
)
def test_a_bad_key_field_is_refused(
    key: SenderKey, field: str, value: object, expected: Code
) -> None:
    document = key_document(key)
    document[field] = value
    with pytest.raises(ConsolidationError) as caught:
        read_sender_key(as_bytes(document))
    assert caught.value.code is expected


def test_a_key_in_non_canonical_base64_is_refused(key: SenderKey) -> None:
    encoded = base64.b64encode(key.public).decode()
    assert encoded.endswith("=")
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    last = alphabet.index(encoded[-2])
    variant = encoded[:-2] + alphabet[last ^ 1] + "="  # differs only in unused bits
    assert base64.b64decode(variant) == key.public
    document = key_document(key)
    document["public"] = variant
    with pytest.raises(ConsolidationError) as caught:
        read_sender_key(as_bytes(document))
    assert caught.value.code is Code.NOT_A_KEY


def test_invalid_cards_and_keys_cannot_be_made(coordinator: Party, sender: Party) -> None:
    for programme in ("", " ", "x" * 201, "a\nb"):
        with pytest.raises(ValueError, match="programme"):
            CoordinatorCard(programme=programme, recipient=coordinator.recipient)
    for recipient in ("", "age1", coordinator.identity, coordinator.recipient.upper()):
        with pytest.raises(ValueError, match="recipient"):
            CoordinatorCard(programme="P", recipient=recipient)
    with pytest.raises(ValueError, match="sender"):
        SenderKey(programme="P", sender="", public=sender.public)
    with pytest.raises(ValueError, match="public"):
        SenderKey(programme="P", sender="S", public=sender.public[:31])


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=12,
)
FIELDS = st.sampled_from(["format", "version", "programme", "recipient", "sender", "public"])
DOCUMENTS = st.dictionaries(
    FIELDS | st.text(max_size=5),
    JSON
    | st.sampled_from(["vpi-groups-coordinator-card", "vpi-groups-sender-key", 1, 2])
    | st.just(base64.b64encode(bytes(32)).decode()),
    max_size=6,
)


@given(st.binary(max_size=600) | DOCUMENTS.map(as_bytes))
@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
def test_anything_read_as_a_card_or_key_is_one_or_refused(data: bytes) -> None:
    for reader in (read_card, read_sender_key):
        try:
            result = reader(data)
        except ConsolidationError as exc:
            code = exc.code
        else:
            assert isinstance(result, CoordinatorCard | SenderKey)
            continue
        assert code in {Code.NOT_A_CARD, Code.NOT_A_KEY, Code.NEWER_SCHEMA}


# ---------------------------------------------------------------- bundles: opening


def test_a_sealed_bundle_opens(bundle: bytes, coordinator: Party, sender: Party) -> None:
    assert bundle.startswith(AGE_MAGIC + b"\n")
    opened = open_bundle(bundle, identity=coordinator.identity)
    assert opened == Opened(signer=sender.public, payload=PAYLOAD)


@pytest.mark.parametrize("size", [0, 1, CHUNK - 200, CHUNK, 3 * CHUNK + 5])
def test_payloads_of_any_size_round_trip(coordinator: Party, sender: Party, size: int) -> None:
    payload = bytes(i % 251 for i in range(size))
    data = seal(payload, signing_private=sender.private, recipient=coordinator.recipient)
    # Whole 64 KiB chunks: the payload's size is hidden and a cut is seen.
    assert (len(data) - header_length(data) - 16) % AGE_CHUNK == 0
    assert open_bundle(data, identity=coordinator.identity) == Opened(sender.public, payload)


def test_sealing_to_an_upper_case_recipient_binds_the_canonical_one(
    coordinator: Party, sender: Party
) -> None:
    data = seal(PAYLOAD, signing_private=sender.private, recipient=coordinator.recipient.upper())
    assert open_bundle(data, identity=coordinator.identity).payload == PAYLOAD


def test_a_bundle_built_from_the_documented_layout_opens(coordinator: Party, sender: Party) -> None:
    signature = sign(sender.private, signed_message(coordinator.recipient, sender.public, PAYLOAD))
    data = encrypt(plaintext(sender.public, signature, PAYLOAD), coordinator.recipient)
    assert open_bundle(data, identity=coordinator.identity) == Opened(sender.public, PAYLOAD)


def test_the_sealed_plaintext_has_the_documented_layout(
    bundle: bytes, coordinator: Party, sender: Party
) -> None:
    plain = decrypt(bundle, coordinator.identity)
    assert len(plain) == CHUNK
    assert plain.startswith(MAGIC + struct.pack(">I", 1) + framed(sender.public))
    signature = plain[len(MAGIC) + 4 + 4 + 32 + 4 :][:64]
    expected = plaintext(sender.public, signature, PAYLOAD)
    assert plain == expected
    public = Ed25519PrivateKey.from_private_bytes(sender.private).public_key()
    public.verify(signature, signed_message(coordinator.recipient, sender.public, PAYLOAD))


def test_another_coordinator_cannot_open_it(bundle: bytes, other: Party) -> None:
    assert refusal(bundle, other.identity) is Code.WRONG_COORDINATOR


def test_a_bundle_re_encrypted_to_another_coordinator_is_refused(
    bundle: bytes, coordinator: Party, other: Party
) -> None:
    plain = decrypt(bundle, coordinator.identity)  # the first coordinator reads it...
    moved = encrypt(plain, other.recipient)  # ...and passes it on as if sealed for another
    assert decrypt(moved, other.identity) == plain  # age itself is satisfied
    assert refusal(moved, other.identity) is Code.TAMPERED
    # Sealed for both at once, the signature still names only the first.
    both = pyrage.encrypt(
        plain, [x25519.Recipient.from_str(r) for r in (coordinator.recipient, other.recipient)]
    )
    assert open_bundle(both, identity=coordinator.identity).payload == PAYLOAD
    assert refusal(both, other.identity) is Code.TAMPERED


def test_a_signature_over_another_payload_is_refused(coordinator: Party, sender: Party) -> None:
    thief = Party()
    forged = b"totals: 9999"
    theirs = sign(thief.private, signed_message(coordinator.recipient, thief.public, forged))
    ours = sign(sender.private, signed_message(coordinator.recipient, sender.public, PAYLOAD))
    cases = [
        plaintext(sender.public, theirs, PAYLOAD),  # another key's signature, another payload
        plaintext(thief.public, theirs, PAYLOAD),  # a signature moved to another payload
        plaintext(sender.public, ours, forged),  # our signature on a forged payload
        plaintext(sender.public, ours, PAYLOAD + b"\x00"),
        plaintext(sender.public, bytes(64), PAYLOAD),
    ]
    for plain in cases:
        data = encrypt(plain, coordinator.recipient)
        assert refusal(data, coordinator.identity) is Code.TAMPERED
    # The same construction with the right fields opens: the refusals were the signature's.
    good = encrypt(plaintext(thief.public, theirs, forged), coordinator.recipient)
    assert open_bundle(good, identity=coordinator.identity) == Opened(thief.public, forged)


def test_a_signature_claimed_by_another_key_is_refused(coordinator: Party, sender: Party) -> None:
    impostor = Party()
    ours = sign(sender.private, signed_message(coordinator.recipient, sender.public, PAYLOAD))
    data = encrypt(plaintext(impostor.public, ours, PAYLOAD), coordinator.recipient)
    assert refusal(data, coordinator.identity) is Code.TAMPERED


def test_a_signature_of_another_version_or_recipient_is_refused(
    coordinator: Party, other: Party, sender: Party
) -> None:
    for message in (
        signed_message(other.recipient, sender.public, PAYLOAD),
        signed_message(coordinator.recipient, sender.public, PAYLOAD, version=0),
        signed_message(coordinator.recipient, sender.public, PAYLOAD)[len(CONTEXT) :],
        PAYLOAD,
    ):
        data = encrypt(
            plaintext(sender.public, sign(sender.private, message), PAYLOAD), coordinator.recipient
        )
        assert refusal(data, coordinator.identity) is Code.TAMPERED


def test_a_malformed_plaintext_is_refused(coordinator: Party, sender: Party) -> None:
    signature = sign(sender.private, signed_message(coordinator.recipient, sender.public, PAYLOAD))
    good = plaintext(sender.public, signature, PAYLOAD)
    content = len(MAGIC) + 4 + len(framed(sender.public, signature, PAYLOAD))
    payload_length_at = len(MAGIC) + 4 + 4 + 32 + 4 + 64

    def with_payload_length(length: int) -> bytes:
        return good[:payload_length_at] + struct.pack(">I", length) + good[payload_length_at + 4 :]

    cases = {
        "wrong magic": b"VPI-GROUPS-BUNDLF\n" + good[len(MAGIC) :],
        "no magic": good[len(MAGIC) :] + bytes(len(MAGIC)),
        "version 0": good[: len(MAGIC)] + struct.pack(">I", 0) + good[len(MAGIC) + 4 :],
        "payload longer than the file": with_payload_length(CHUNK),
        "payload length off by one": with_payload_length(len(PAYLOAD) + 1),
        "payload length short by one": with_payload_length(len(PAYLOAD) - 1),
        "a 31-byte signer": MAGIC
        + struct.pack(">I", 1)
        + framed(sender.public[:31], signature, PAYLOAD),
        "a 63-byte signature": MAGIC
        + struct.pack(">I", 1)
        + framed(sender.public, signature[:63], PAYLOAD),
        "padding not zero": good[:-1] + b"\x01",
        "padding not zero after the content": good[: content + 10] + b"\x01" + good[content + 11 :],
        "one chunk of padding too many": good + bytes(CHUNK),
        "no padding": plaintext(sender.public, signature, PAYLOAD, pad=False),
        "only the magic": MAGIC,
        "nothing": b"",
        "zeros": bytes(CHUNK),
    }
    for name, plain in cases.items():
        data = encrypt(plain, coordinator.recipient)
        assert refusal(data, coordinator.identity) is Code.TAMPERED, name
    assert open_bundle(encrypt(good, coordinator.recipient), identity=coordinator.identity)


@pytest.mark.parametrize("pad", [True, False])
def test_a_newer_bundle_is_newer_schema(coordinator: Party, sender: Party, pad: bool) -> None:
    signature = sign(
        sender.private, signed_message(coordinator.recipient, sender.public, PAYLOAD, 2)
    )
    plain = plaintext(sender.public, signature, PAYLOAD, version=2, pad=pad)
    data = encrypt(plain, coordinator.recipient)
    assert refusal(data, coordinator.identity) is Code.NEWER_SCHEMA
    # A newer layout may differ after the version: only the magic and version are read.
    data = encrypt(MAGIC + struct.pack(">I", 7) + b"anything", coordinator.recipient)
    assert refusal(data, coordinator.identity) is Code.NEWER_SCHEMA


@pytest.mark.parametrize(
    "make",
    [
        lambda card, key: b"",
        lambda card, key: card,
        lambda card, key: key,
        lambda card, key: b"age-encryption.org",  # fewer than 21 bytes of a bundle
        lambda card, key: b"AGE-ENCRYPTION.ORG/V1\n",
        lambda card, key: b"\n" + AGE_MAGIC + b"\n",
        lambda card, key: b"\xef\xbb\xbf" + AGE_MAGIC + b"\n",
        lambda card, key: b"-----BEGIN AGE ENCRYPTED FILE-----\n",
        lambda card, key: bytes(100),
    ],
)
def test_what_is_not_an_age_file_is_not_a_bundle(
    make: Callable[[bytes, bytes], bytes],
    card: CoordinatorCard,
    key: SenderKey,
    coordinator: Party,
) -> None:
    data = make(write_card(card), write_sender_key(key))
    assert refusal(data, coordinator.identity) is Code.NOT_A_BUNDLE


def test_an_armoured_age_file_is_not_a_bundle(bundle: bytes, coordinator: Party) -> None:
    armoured = pyrage.encrypt(
        decrypt(bundle, coordinator.identity),
        [x25519.Recipient.from_str(coordinator.recipient)],
        armored=True,
    )
    assert refusal(armoured, coordinator.identity) is Code.NOT_A_BUNDLE


def test_a_huge_file_is_refused_before_decrypting(
    bundle: bytes, coordinator: Party, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_decrypt(*_args: object) -> bytes:
        raise AssertionError("decrypted")

    monkeypatch.setattr(pyrage, "decrypt", no_decrypt)
    header = bundle[: header_length(bundle)]
    # 1,025 whole chunks: 64 MiB and one chunk of plaintext.
    too_many_chunks = header + bytes(16 + 1025 * AGE_CHUNK)
    assert len(too_many_chunks) <= crypto.MAX_BUNDLE_BYTES
    assert refusal(too_many_chunks, coordinator.identity) is Code.NOT_A_BUNDLE
    too_large = header + bytes(crypto.MAX_BUNDLE_BYTES)
    assert refusal(too_large, coordinator.identity) is Code.NOT_A_BUNDLE


def test_an_endless_header_is_not_a_bundle(coordinator: Party) -> None:
    lines = AGE_MAGIC + b"\n" + b"-> X25519 a\n\n" * 2000  # grammatical, 28 KB
    data = lines + b"--- " + b"A" * 43 + b"\n" + bytes(16 + AGE_CHUNK)
    assert refusal(data, coordinator.identity) is Code.NOT_A_BUNDLE
    one_line = AGE_MAGIC + b"\n-> " + b"a" * 20_000 + b"\n\n--- " + b"A" * 43 + b"\n"
    assert refusal(one_line, coordinator.identity) is Code.NOT_A_BUNDLE
    assert refusal(one_line[:20_000], coordinator.identity) is Code.NOT_A_BUNDLE
    assert refusal(one_line[:10_000], coordinator.identity) is Code.TRUNCATED
    # Junk is junk before it is long.
    assert refusal(AGE_MAGIC + b"\n" + bytes(20_000), coordinator.identity) is Code.TAMPERED


def test_a_payload_over_the_limit_is_not_sealed(coordinator: Party, sender: Party) -> None:
    with pytest.raises(ValueError, match="payload"):
        seal(
            bytes(crypto.MAX_PAYLOAD_BYTES + 1),
            signing_private=sender.private,
            recipient=coordinator.recipient,
        )
    assert crypto.MAX_PAYLOAD_BYTES + 130 == 64 * 1024 * 1024


def test_bad_keys_are_the_callers_error(coordinator: Party, sender: Party, bundle: bytes) -> None:
    with pytest.raises(ValueError, match="32 bytes"):
        seal(PAYLOAD, signing_private=sender.private[:31], recipient=coordinator.recipient)
    with pytest.raises(ValueError, match="recipient"):
        seal(PAYLOAD, signing_private=sender.private, recipient=coordinator.identity)
    with pytest.raises(ValueError, match="identity"):
        open_bundle(bundle, identity=coordinator.recipient)


# ---------------------------------------------------------------- bundles: damage


def flipped(data: bytes, position: int, bit: int) -> bytes:
    damaged = bytearray(data)
    damaged[position] ^= 1 << bit
    return bytes(damaged)


def test_every_bit_of_the_header_and_nonce_flipped_is_refused(
    bundle: bytes, coordinator: Party
) -> None:
    header = header_length(bundle)
    for position in range(header + 16):
        for bit in range(8):
            code = refusal(flipped(bundle, position, bit), coordinator.identity)
            if position < len(AGE_MAGIC):
                assert code is Code.NOT_A_BUNDLE, (position, bit)
            elif position >= header:  # the payload nonce: the chunk no longer authenticates
                assert code is Code.TAMPERED, (position, bit)
            else:  # a changed recipient stanza opens with no identity
                assert code in {Code.TAMPERED, Code.WRONG_COORDINATOR}, (position, bit)


def test_flipped_bytes_in_the_chunk_are_tampering(bundle: bytes, coordinator: Party) -> None:
    start = header_length(bundle) + 16
    positions = [
        *range(start, start + 1024),
        *range(start + 1024, len(bundle) - 1024, 13),
        *range(len(bundle) - 1024, len(bundle)),
    ]
    for position in positions:
        code = refusal(flipped(bundle, position, position % 8), coordinator.identity)
        assert code is Code.TAMPERED, position


def test_every_cut_is_a_truncation(bundle: bytes, coordinator: Party) -> None:
    header = header_length(bundle)
    lengths = [
        *range(header + 16 + 512),
        *range(header + 16 + 512, len(bundle) - 512, 97),
        *range(len(bundle) - 512, len(bundle)),
        len(bundle) // 2,
    ]
    for length in lengths:
        code = refusal(bundle[:length], coordinator.identity)
        if length < len(AGE_MAGIC):  # not even age's magic: nothing says it was a bundle
            assert code is Code.NOT_A_BUNDLE, length
        else:
            assert code is Code.TRUNCATED, length


def test_a_cut_between_chunks_is_a_truncation(coordinator: Party, sender: Party) -> None:
    payload = bytes(3 * CHUNK)  # four chunks with the framing
    data = seal(payload, signing_private=sender.private, recipient=coordinator.recipient)
    first = header_length(data) + 16
    assert len(data) == first + 4 * AGE_CHUNK
    for chunks in range(4):
        boundary = first + chunks * AGE_CHUNK
        for length in (boundary - 1, boundary, boundary + 1, boundary + 16, boundary + CHUNK):
            assert refusal(data[:length], coordinator.identity) is Code.TRUNCATED, length


def test_a_cut_bundle_of_another_coordinator_is_refused(bundle: bytes, other: Party) -> None:
    header = header_length(bundle)
    for length in (header - 1, header, header + 16, len(bundle) // 2, len(bundle) - 1):
        code = refusal(bundle[:length], other.identity)
        # Cut before the nonce, age stops before it tries the identities.
        expected = Code.TRUNCATED if length < header + 16 else Code.WRONG_COORDINATOR
        assert code is expected, length


def test_added_bytes_are_refused(bundle: bytes, coordinator: Party) -> None:
    for extra in (b"\x00", b"\n", bytes(16), bundle[-100:]):
        assert refusal(bundle + extra, coordinator.identity) is Code.TRUNCATED
    # A whole chunk more: age finds it after the last one.
    assert refusal(bundle + bytes(AGE_CHUNK), coordinator.identity) is Code.TAMPERED
    assert refusal(bundle + bundle[-AGE_CHUNK:], coordinator.identity) is Code.TAMPERED


def test_chunks_of_two_bundles_do_not_mix(coordinator: Party, sender: Party) -> None:
    one = seal(bytes(2 * CHUNK), signing_private=sender.private, recipient=coordinator.recipient)
    two = seal(bytes(2 * CHUNK), signing_private=sender.private, recipient=coordinator.recipient)
    h1, h2 = header_length(one), header_length(two)
    assert len(one) - h1 == len(two) - h2
    mixed = [
        one[:h1] + two[h2:],  # another file key
        one[: h1 + 16 + AGE_CHUNK] + two[h2 + 16 + AGE_CHUNK :],  # another nonce
        one[: h1 + 16]
        + one[h1 + 16 + AGE_CHUNK : h1 + 16 + 2 * AGE_CHUNK]
        + one[h1 + 16 : h1 + 16 + AGE_CHUNK]
        + one[h1 + 16 + 2 * AGE_CHUNK :],  # reordered
    ]
    for data in mixed:
        assert refusal(data, coordinator.identity) is Code.TAMPERED


ANY_IDENTITY = new_coordinator_identity()[0]
AGE_LIKE = st.one_of(
    st.binary(max_size=400),
    st.binary(max_size=400).map(lambda tail: AGE_MAGIC + b"\n" + tail),
    st.lists(
        st.sampled_from(
            [b"-> X25519 ", b"-> ", b"--- ", b"\n", b"A" * 43, b"A" * 64, b"x y", b"\xff"]
        ),
        max_size=12,
    ).map(lambda parts: AGE_MAGIC + b"\n" + b"".join(parts)),
)


@given(AGE_LIKE)
@settings(max_examples=500, deadline=None)
def test_anything_opened_is_refused_with_a_code(data: bytes) -> None:
    with pytest.raises(ConsolidationError) as caught:
        open_bundle(data, identity=ANY_IDENTITY)
    assert caught.value.code in DAMAGE


@given(st.data())
@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_a_real_header_with_any_tail_is_refused_with_a_code(
    bundle: bytes, coordinator: Party, data: st.DataObject
) -> None:
    cut = data.draw(st.integers(0, header_length(bundle) + 16), label="cut")
    tail = data.draw(st.binary(max_size=300), label="tail")
    code = refusal(bundle[:cut] + tail, coordinator.identity)
    assert code in DAMAGE
