"""Alembic migrations of the vault's schema (run at unlock, after a backup)."""
