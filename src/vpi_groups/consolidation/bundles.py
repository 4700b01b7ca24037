"""Pairing, exporting, importing and the status of received totals, on a vault.

The flow (docs/consolidation.md):

1. The coordinator creates its key (:func:`create_coordinator_key`) and gives each
   facilitator its card (:func:`card`). The facilitator pairs it (:func:`pair`) and
   gives back its own public key (:func:`sender_key_file`), which the coordinator
   pairs in turn. Each side reads the other's key as words (:func:`words_of`) by phone.
2. The facilitator exports a bundle for a run of months (:func:`prepare_export` shows
   what it holds, :func:`export` seals and writes it, and records it in the ledger).
3. The coordinator imports bundles (:func:`import_bundle`): checked, then kept, the
   newest for each sender and months. :func:`status` lists what came and what is missing.
4. :func:`parts` hands the received totals, and the coordinator's own, to the
   consolidated report.

Every refusal is a :class:`~vpi_groups.consolidation.errors.ConsolidationError` raised
before anything is written: the caller's unit of work rolls back.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import json
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from vpi_groups import clock, validation, vault_settings
from vpi_groups.consolidation import crypto
from vpi_groups.consolidation.errors import ConsolidationError, ConsolidationErrorCode
from vpi_groups.reports import aggregates as agg
from vpi_groups.reports import ledger
from vpi_groups.reports.aggregates import Aggregates, Months
from vpi_groups.reports.consolidated import Part, live_months
from vpi_groups.reports.periods import PeriodSpec, _month_index
from vpi_groups.storage import audit
from vpi_groups.storage.atomic import write_atomic
from vpi_groups.storage.models import (
    AuditKind,
    ConsolidationKey,
    ConsolidationPeer,
    ReceivedBundle,
)

COORDINATOR = "coordinator"
SIGNING = "signing"
SENDER = "sender"
BUNDLE_FORMAT = "vpi-groups-bundle"
BUNDLE_SCHEMA = 1
NAME_MAX = 200

Code = ConsolidationErrorCode


def _refuse(code: ConsolidationErrorCode) -> ConsolidationError:
    return ConsolidationError(code)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def words_of(public: str | bytes) -> str:
    """A key's fingerprint as words to read aloud, separated by spaces."""
    return " ".join(crypto.fingerprint_words(public))


def _public_bytes(peer_public: str) -> bytes:
    return _unb64(peer_public)


# ---------------------------------------------------------------- own keys


@dataclass(frozen=True)
class OwnKeys:
    """This vault's keys, as shown in Settings (never the secrets)."""

    programme: str | None  # the coordinator key's programme, when it holds one
    coordinator_words: str | None
    signing_words: str | None


def own_keys(session: Session) -> OwnKeys:
    """What this vault holds: a coordinator key, a signing key, or neither yet."""
    coordinator = session.get(ConsolidationKey, COORDINATOR)
    signing = session.get(ConsolidationKey, SIGNING)
    return OwnKeys(
        programme=None if coordinator is None else coordinator.programme,
        coordinator_words=None if coordinator is None else words_of(coordinator.public),
        signing_words=None if signing is None else words_of(_unb64(signing.public)),
    )


def _clean_name(name: str) -> str:
    """The programme's name on one line; RequiredError or TooLongError (field "programme")."""
    cleaned = validation.clean_text(
        " ".join(name.split()), "programme", maximum=NAME_MAX, required=True
    )
    assert cleaned is not None  # required
    return cleaned


def create_coordinator_key(session: Session, programme: str) -> OwnKeys:
    """Make this vault a coordinator for ``programme`` (kept if it already is one).

    The programme's name goes on the card; facilitators' keys and bundles must carry it.
    """
    if session.get(ConsolidationKey, COORDINATOR) is None:
        secret, recipient = crypto.new_coordinator_identity()
        session.add(
            ConsolidationKey(
                role=COORDINATOR,
                secret=secret,
                public=recipient,
                programme=_clean_name(programme),
                created_at=clock.now(),
            )
        )
        session.flush()
    return own_keys(session)


def _coordinator(session: Session) -> ConsolidationKey:
    found = session.get(ConsolidationKey, COORDINATOR)
    if found is None:
        raise _refuse(Code.NO_COORDINATOR_KEY)
    return found


def _signing(session: Session) -> tuple[bytes, bytes]:
    """This vault's signing key pair, made the first time it is needed."""
    found = session.get(ConsolidationKey, SIGNING)
    if found is None:
        private, public = crypto.new_signing_key()
        found = ConsolidationKey(
            role=SIGNING,
            secret=_b64(private),
            public=_b64(public),
            programme=None,
            created_at=clock.now(),
        )
        session.add(found)
        session.flush()
    return _unb64(found.secret), _unb64(found.public)


def card(session: Session) -> bytes:
    """The coordinator card to give facilitators (its programme and public key)."""
    coordinator = _coordinator(session)
    return crypto.write_card(
        crypto.CoordinatorCard(coordinator.programme or "", coordinator.public)
    )


def _paired_coordinator(session: Session) -> ConsolidationPeer:
    found = session.scalars(
        select(ConsolidationPeer).where(ConsolidationPeer.role == COORDINATOR)
    ).first()
    if found is None:
        raise _refuse(Code.NO_COORDINATOR)
    return found


def sender_name(session: Session) -> str:
    """The name a facilitator's vault sends under: its organisation's, as reports print it."""
    return vault_settings.organisation(session) or "VPI Groups"


def sender_key_file(session: Session) -> bytes:
    """This facilitator vault's public key file, for its coordinator (paired first)."""
    coordinator = _paired_coordinator(session)
    _private, public = _signing(session)
    return crypto.write_sender_key(
        crypto.SenderKey(coordinator.programme, sender_name(session), public)
    )


# ---------------------------------------------------------------- pairing


@dataclass(frozen=True)
class Peer:
    """A paired vault, as listed."""

    id: int
    role: str  # "coordinator" or "sender"
    name: str
    programme: str
    words: str
    paired_at: dt.datetime
    revoked_at: dt.datetime | None


def _peer(row: ConsolidationPeer) -> Peer:
    public: str | bytes = row.public if row.role == COORDINATOR else _public_bytes(row.public)
    return Peer(
        row.id, row.role, row.name, row.programme, words_of(public), row.paired_at, row.revoked_at
    )


def peers(session: Session) -> list[Peer]:
    """Every paired vault: the coordinator first, then senders by name."""
    rows = session.scalars(select(ConsolidationPeer)).all()
    ordered = sorted(rows, key=lambda r: (r.role != COORDINATOR, r.name.casefold(), r.id))
    return [_peer(r) for r in ordered]


def pair(session: Session, data: bytes) -> Peer:
    """Register a coordinator card (on a facilitator's vault) or a facilitator's key.

    Raises:
        ConsolidationError: neither a card nor a key (NOT_A_KEY), this vault's own key
            (OWN_KEY), a key of another programme (OTHER_PROGRAMME), a revoked key
            (REVOKED_SENDER), a key while this vault holds no coordinator key
            (NO_COORDINATOR_KEY), or a file of a newer version (NEWER_SCHEMA).
    """
    try:
        found_card = crypto.read_card(data)
    except ConsolidationError as error:
        if error.code is Code.NEWER_SCHEMA:
            raise
        return _pair_sender(session, crypto.read_sender_key(data))
    return _pair_coordinator(session, found_card)


def _pair_coordinator(session: Session, found: crypto.CoordinatorCard) -> Peer:
    own = session.get(ConsolidationKey, COORDINATOR)
    if own is not None and own.public == found.recipient:
        raise _refuse(Code.OWN_KEY)
    # a facilitator sends to one coordinator: a new card replaces the old one
    session.execute(delete(ConsolidationPeer).where(ConsolidationPeer.role == COORDINATOR))
    row = ConsolidationPeer(
        role=COORDINATOR,
        name=found.programme,
        programme=found.programme,
        public=found.recipient,
        paired_at=clock.now(),
        revoked_at=None,
    )
    session.add(row)
    session.flush()
    return _peer(row)


def _pair_sender(session: Session, found: crypto.SenderKey) -> Peer:
    coordinator = _coordinator(session)
    if found.programme != coordinator.programme:
        raise _refuse(Code.OTHER_PROGRAMME)
    own = session.get(ConsolidationKey, SIGNING)
    public = _b64(found.public)
    if own is not None and own.public == public:
        raise _refuse(Code.OWN_KEY)
    row = session.scalars(
        select(ConsolidationPeer).where(ConsolidationPeer.public == public)
    ).first()
    if row is not None and row.revoked_at is not None:
        raise _refuse(Code.REVOKED_SENDER)
    if row is None:
        row = ConsolidationPeer(
            role=SENDER,
            name=found.sender,
            programme=found.programme,
            public=public,
            paired_at=clock.now(),
            revoked_at=None,
        )
        session.add(row)
    else:
        row.name = found.sender
    session.flush()
    return _peer(row)


def revoke(session: Session, peer_id: int) -> Peer:
    """Revoke a sender: its bundles are dropped and its new ones refused."""
    row = session.get(ConsolidationPeer, peer_id)
    if row is None or row.role != SENDER:
        raise _refuse(Code.NO_SUCH_SENDER)
    if row.revoked_at is None:
        row.revoked_at = clock.now()
        session.execute(delete(ReceivedBundle).where(ReceivedBundle.peer_id == row.id))
        session.flush()
    return _peer(row)


# ---------------------------------------------------------------- exporting


@dataclass(frozen=True)
class Prepared:
    """A bundle ready to be sealed: what it holds, readable before it is written."""

    months: Months
    sender: str
    programme: str
    coordinator_words: str
    aggregates: Aggregates
    figures: dict[str, int]

    @property
    def actions(self) -> list[str]:
        """The actions named in the bundle, as "title (year)"."""
        return self.aggregates.action_names()

    @property
    def groups(self) -> list[str]:
        """The talk groups named in the bundle."""
        return sorted(name for name, _a in self.aggregates.groups.values())

    @property
    def partners(self) -> list[str]:
        """The partners whose tallies the bundle adds up."""
        return sorted(self.aggregates.partners.values())


def prepare_export(session: Session, months: Months) -> Prepared:
    """Read the totals of ``months`` to send, and what the summary shows (nothing written)."""
    coordinator = _paired_coordinator(session)
    found = agg.collect(session, months)
    return Prepared(
        months=months,
        sender=sender_name(session),
        programme=coordinator.programme,
        coordinator_words=words_of(coordinator.public),
        aggregates=found,
        figures=found.summary(),
    )


def export(session: Session, prepared: Prepared, path: Path) -> bytes:
    """Seal ``prepared`` for the coordinator, write it to ``path``, record it; return the file.

    In the caller's unit of work: the ledger line and the file are kept together.
    """
    coordinator = _paired_coordinator(session)
    private, _public = _signing(session)
    payload = {
        "format": BUNDLE_FORMAT,
        "schema": BUNDLE_SCHEMA,
        "programme": prepared.programme,
        "sender": prepared.sender,
        "bundle_id": uuid.uuid4().hex,
        "created_at": clock.now().isoformat(),
        "months": list(prepared.months),
        "aggregates": prepared.aggregates.to_json(),
    }
    raw = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode()
    sealed = crypto.seal(raw, signing_private=private, recipient=coordinator.public)
    audit.record(session, AuditKind.EXPORT_REPORT, {"bundle": 1, "size": len(sealed)})
    _record_release(session, prepared, sealed, path)
    write_atomic(path, sealed)
    return sealed


def _record_release(session: Session, prepared: Prepared, data: bytes, path: Path) -> None:
    k = vault_settings.load(session).suppression_k
    ledger.record_sealed(session, "bundle", data, path, agg.span_of(prepared.months), k)


# ---------------------------------------------------------------- importing


@dataclass(frozen=True)
class Imported:
    """What an import did."""

    sender: str
    words: str
    months: Months
    replaced: tuple[Months, ...]  # the months of the older bundles it replaced whole
    kept: tuple[Months, ...]  # older bundles still read for the months this one lacks
    before: dict[str, int] | None  # the replaced bundle's figures (same months), if any
    figures: dict[str, int]


def _payload(raw: bytes) -> dict[str, Any]:
    try:
        payload = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise _refuse(Code.TAMPERED) from None
    if not isinstance(payload, dict) or payload.get("format") != BUNDLE_FORMAT:
        raise _refuse(Code.NOT_A_BUNDLE)
    schema = payload.get("schema")
    if type(schema) is not int:
        raise _refuse(Code.NOT_A_BUNDLE)
    if schema > BUNDLE_SCHEMA:
        raise _refuse(Code.NEWER_SCHEMA)
    return payload


def import_bundle(session: Session, data: bytes) -> Imported:
    """Check a bundle and keep it; refuse it whole, changing nothing, if anything is wrong.

    Raises:
        ConsolidationError: not a bundle, cut short, tampered with, sealed for another
            coordinator, signed by an unknown or revoked key, of another programme, of a
            newer version, already imported, or older than the one kept for its months.
    """
    coordinator = _coordinator(session)
    opened = crypto.open_bundle(data, identity=coordinator.secret)
    payload = _payload(opened.payload)
    row = session.scalars(
        select(ConsolidationPeer).where(
            ConsolidationPeer.public == _b64(opened.signer), ConsolidationPeer.role == SENDER
        )
    ).first()
    if row is None:
        raise _refuse(Code.UNKNOWN_SENDER)
    if row.revoked_at is not None:
        raise _refuse(Code.REVOKED_SENDER)
    if payload.get("programme") != coordinator.programme:
        raise _refuse(Code.OTHER_PROGRAMME)
    try:
        bundle_id = str(payload["bundle_id"])
        created = dt.datetime.fromisoformat(str(payload["created_at"]))
        if created.tzinfo is None or len(bundle_id) > 64:
            raise ValueError("created_at")
        found = Aggregates.from_json(payload["aggregates"])
        if list(found.months) != payload["months"]:
            raise ValueError("months")
    except agg.NewerSchemaError:
        raise _refuse(Code.NEWER_SCHEMA) from None
    except (KeyError, TypeError, ValueError, binascii.Error, ArithmeticError):
        raise _refuse(Code.NOT_A_BUNDLE) from None
    if session.scalars(
        select(ReceivedBundle.id).where(ReceivedBundle.bundle_id == bundle_id)
    ).first():
        raise _refuse(Code.DUPLICATE)
    held = session.scalars(
        select(ReceivedBundle)
        .where(ReceivedBundle.peer_id == row.id)
        .order_by(ReceivedBundle.created_at)
    ).all()
    overlapping = [
        o for o in held if o.first_month <= found.months[1] and o.last_month >= found.months[0]
    ]
    if any(old.created_at >= created for old in overlapping):
        raise _refuse(Code.REPLAYED)
    same = next((o for o in overlapping if (o.first_month, o.last_month) == found.months), None)
    before = None
    if same is not None:
        before = Aggregates.from_json(json.loads(same.aggregates)).summary()
    # An older bundle is dropped once newer ones hold all its months; until then it is
    # kept, and read only for the months no newer bundle holds (a quarter sent again
    # after the year leaves the year's other nine months in place).
    live = live_months([*((o.first_month, o.last_month) for o in held), found.months])
    replaced, kept = [], []
    # the last entry of ``live`` is the new bundle's own
    for old, months in zip(held, live[:-1], strict=True):
        if old not in overlapping:
            continue
        if months:
            kept.append((old.first_month, old.last_month))
        else:
            replaced.append((old.first_month, old.last_month))
            session.delete(old)
    session.flush()
    session.add(
        ReceivedBundle(
            peer_id=row.id,
            bundle_id=bundle_id,
            created_at=created,
            imported_at=clock.now(),
            first_month=found.months[0],
            last_month=found.months[1],
            sha256=hashlib.sha256(data).hexdigest(),
            aggregates=json.dumps(payload["aggregates"], separators=(",", ":")),
        )
    )
    session.flush()
    return Imported(
        row.name,
        words_of(opened.signer),
        found.months,
        tuple(replaced),
        tuple(kept),
        before,
        found.summary(),
    )


# ---------------------------------------------------------------- status and reports


@dataclass(frozen=True)
class Received:
    """One bundle kept for a sender."""

    months: Months
    created_at: dt.datetime
    imported_at: dt.datetime


@dataclass(frozen=True)
class SenderStatus:
    """A paired sender: what it sent, and which months of the year asked are missing."""

    peer: Peer
    received: tuple[Received, ...]
    missing: tuple[int, ...]  # month indexes


def status(session: Session, months: Months) -> list[SenderStatus]:
    """Every paired sender with its bundles and the months of ``months`` nobody sent."""
    out = []
    for peer in peers(session):
        if peer.role != SENDER:
            continue
        rows = session.scalars(
            select(ReceivedBundle)
            .where(ReceivedBundle.peer_id == peer.id)
            .order_by(ReceivedBundle.first_month)
        ).all()
        got = {m for r in rows for m in range(r.first_month, r.last_month + 1)}
        wanted = range(months[0], months[1] + 1)
        out.append(
            SenderStatus(
                peer,
                tuple(
                    Received((r.first_month, r.last_month), r.created_at, r.imported_at)
                    for r in rows
                ),
                () if peer.revoked_at else tuple(m for m in wanted if m not in got),
            )
        )
    return out


def parts(session: Session, spec: PeriodSpec) -> list[Part]:
    """The coordinator's own totals for ``spec``, then each active sender's bundles."""
    first, last = _month_index(spec.start), _month_index(spec.end)
    own: list[Aggregates] = []
    start = first
    while start <= last:
        end = min(last, (start // 12) * 12 + 11)  # year by year
        own.append(agg.collect(session, (start, end)))
        start = end + 1
    out = [Part(sender_name(session), tuple(own))]
    for peer in peers(session):
        if peer.role != SENDER or peer.revoked_at is not None:
            continue
        rows = session.scalars(
            select(ReceivedBundle)
            .where(
                ReceivedBundle.peer_id == peer.id,
                ReceivedBundle.first_month <= last,
                ReceivedBundle.last_month >= first,
            )
            .order_by(ReceivedBundle.created_at)
        ).all()
        out.append(
            Part(peer.name, tuple(Aggregates.from_json(json.loads(r.aggregates)) for r in rows))
        )
    return out


def month_label(month: int) -> str:
    """A month index as "MM/YYYY"."""
    return f"{month % 12 + 1:02d}/{month // 12}"


def months_label(months: Months) -> str:
    """A run of months as "01/2026–12/2026" (or one month)."""
    if months[0] == months[1]:
        return month_label(months[0])
    return f"{month_label(months[0])}–{month_label(months[1])}"
