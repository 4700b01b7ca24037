"""The words of each action's sheet in the yearly bilan, kept for next year's.

An action's sheet says what it aimed at, for whom, what was done and what comes next.
Those words are written once a year and kept with the action, so that next year's
sheet of the same action (its renewal) starts from them rather than from a blank page.

Every function takes the unit of work's Session, flushes and never commits.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from vpi_groups.programme.records import _get
from vpi_groups.storage.models import Action, ActionNarrative
from vpi_groups.validation import clean_text

__all__ = ["NarrativeSpec", "get_narrative", "set_narrative", "starting_point"]


@dataclass(frozen=True)
class NarrativeSpec:
    """The words of an action's sheet; each may be left empty (None).

    Attributes:
        aims: what the action aimed at.
        audience: for whom (the people or the professionals it reached).
        narrative: what was done, in words.
        next_steps: what comes next, and what changes.
    """

    aims: str | None = None
    audience: str | None = None
    narrative: str | None = None
    next_steps: str | None = None

    @property
    def is_empty(self) -> bool:
        """Whether nothing is written."""
        return not (self.aims or self.audience or self.narrative or self.next_steps)


def _stored(session: Session, action_id: int) -> NarrativeSpec | None:
    row = session.get(ActionNarrative, action_id)
    if row is None:
        return None
    return NarrativeSpec(row.aims, row.audience, row.narrative, row.next_steps)


def get_narrative(session: Session, action_id: int) -> NarrativeSpec:
    """The words stored for an action's sheet (an empty spec when none are).

    Raises:
        NotFoundError: no such action.
    """
    _get(session, Action, action_id, "action")
    return _stored(session, action_id) or NarrativeSpec()


def starting_point(session: Session, action_id: int) -> NarrativeSpec:
    """What an action's sheet starts from.

    The words stored for it, if any. Otherwise, for a renewal, last year's action's
    aims and audience: the aims carry on, and so does the audience. What was done last
    year is not this year's (the narrative starts empty), nor is what came next
    (next steps start empty); but last year's next steps become this year's aims when
    last year said no aims. Otherwise an empty spec.

    Raises:
        NotFoundError: no such action.
    """
    action = _get(session, Action, action_id, "action")
    stored = _stored(session, action_id)
    if stored is not None:
        return stored
    if action.previous_action_id is None:
        return NarrativeSpec()
    last = _stored(session, action.previous_action_id)
    if last is None:
        return NarrativeSpec()
    return NarrativeSpec(aims=last.aims or last.next_steps, audience=last.audience)


def _clean(spec: NarrativeSpec) -> NarrativeSpec:
    return NarrativeSpec(
        aims=clean_text(spec.aims, "aims", maximum=None),
        audience=clean_text(spec.audience, "audience", maximum=None),
        narrative=clean_text(spec.narrative, "narrative", maximum=None),
        next_steps=clean_text(spec.next_steps, "next_steps", maximum=None),
    )


def set_narrative(session: Session, action_id: int, spec: NarrativeSpec) -> NarrativeSpec:
    """Store the words of an action's sheet (blank ones as None); return them as stored.

    All four empty: the stored words are removed.

    Raises:
        NotFoundError: no such action.
    """
    _get(session, Action, action_id, "action")
    spec = _clean(spec)
    row = session.get(ActionNarrative, action_id)
    if spec.is_empty:
        if row is not None:
            session.delete(row)
            session.flush()
        return spec
    if row is None:
        row = ActionNarrative(action_id=action_id)
        session.add(row)
    row.aims, row.audience = spec.aims, spec.audience
    row.narrative, row.next_steps = spec.narrative, spec.next_steps
    session.flush()
    return spec
