"""Why a coordinator card, a facilitator key or a bundle was refused."""

from __future__ import annotations

from enum import StrEnum

from vpi_groups.errors import AppError


class ConsolidationErrorCode(StrEnum):
    """Why a consolidation step was refused; nothing was changed."""

    NOT_A_CARD = "not-a-card"  # not a coordinator card
    NOT_A_KEY = "not-a-key"  # not a facilitator's public key
    NOT_A_BUNDLE = "not-a-bundle"  # not a bundle at all
    TRUNCATED = "truncated"  # a bundle cut short (a copy that did not finish)
    WRONG_COORDINATOR = "wrong-coordinator"  # sealed for another coordinator's key
    TAMPERED = "tampered"  # changed after it was sealed, or its signature is wrong
    UNKNOWN_SENDER = "unknown-sender"  # signed by a key this vault has not paired
    REVOKED_SENDER = "revoked-sender"  # signed by a key the coordinator revoked
    OTHER_PROGRAMME = "other-programme"  # from a vault of another programme
    NEWER_SCHEMA = "newer-schema"  # made by a newer version of the application
    REPLAYED = "replayed"  # older than a bundle already received for those months
    DUPLICATE = "duplicate"  # this very bundle was already imported
    NO_COORDINATOR_KEY = "no-coordinator-key"  # this vault holds no coordinator key
    NO_COORDINATOR = "no-coordinator"  # this vault has no coordinator card registered
    NO_SIGNING_KEY = "no-signing-key"  # this vault has no signing key yet
    OWN_KEY = "own-key"  # a vault's own key or card, given to itself
    NO_SUCH_SENDER = "no-such-sender"  # revoking a sender that is not paired


class ConsolidationError(AppError):
    """A refused card, key or bundle; ``code`` says why, and nothing was changed."""

    code: ConsolidationErrorCode

    def __init__(self, code: ConsolidationErrorCode, detail: str = "") -> None:
        super().__init__(code.value if not detail else f"{code.value}: {detail}")
        self.code = code
