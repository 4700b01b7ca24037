"""An action's review status "renewed" exactly when next year's action continues it.

Revision ID: 0010_review_follows_renewal
Revises: 0009_referral_unknown
Create Date: 2026-12-03

The review screen read the stored status while the report counted the renewal links:
an action could show "renewed" with nothing continuing it (the report counted 0
renewed), or be continued while its status said otherwise. The services now keep
the two in step; this revision puts earlier vaults in step once: a "renewed" action
that nothing continues is "running" again (the review is to be made), and an action
that next year's continues is "renewed". No schema change; the downgrade keeps the
data as it is (it was valid before too).

Written by hand (not imported from the models) so that it stays what it was when
later revisions change the models.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0010_review_follows_renewal"
down_revision: str | None = "0009_referral_unknown"
branch_labels: str | None = None
depends_on: str | None = None

_CONTINUED = "EXISTS (SELECT 1 FROM action AS n WHERE n.previous_action_id = action.id)"


def upgrade() -> None:
    """Put every action's review status in step with the renewal links."""
    op.execute(
        sa.text(
            "UPDATE action SET review_status = 'running', review_reason = NULL "
            f"WHERE review_status = 'renewed' AND NOT {_CONTINUED}"
        )
    )
    op.execute(
        sa.text(
            "UPDATE action SET review_status = 'renewed', review_reason = NULL "
            f"WHERE review_status != 'renewed' AND {_CONTINUED}"
        )
    )


def downgrade() -> None:
    """Nothing to undo: the statuses set are valid in the earlier schema."""
