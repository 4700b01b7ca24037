"""The coordinator's consolidation: facilitators' person-free totals, sealed, received, added up.

- :mod:`.errors`: why a card, a key or a bundle was refused.
- :mod:`.crypto`: the coordinator's age identity, a facilitator's Ed25519 signing key,
  the card and key files, fingerprints in words, and the sealed bundle format.
- :mod:`.bundles`: pairing, exporting, importing and the status of what was received,
  on a vault.
"""
