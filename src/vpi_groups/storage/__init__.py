"""Encrypted storage: the vault, its engine, the ORM models and migrations (no Qt)."""
