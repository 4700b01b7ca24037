"""Alembic environment: always runs on the open vault's connection, never on a URL."""

from __future__ import annotations

from alembic import context

from vpi_groups.storage.models import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
