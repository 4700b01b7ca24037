"""The plenary day's orientations, linked to the following year's actions that carry them out."""

from __future__ import annotations

import dataclasses

import pytest

from vpi_groups.programme import records as programme
from vpi_groups.programme.records import ActionSpec, OrientationSpec
from vpi_groups.storage import vault as vaults
from vpi_groups.storage.models import ActionKind, PublicActionKind
from vpi_groups.validation import (
    NotApplicableError,
    NotFoundError,
    OutOfRangeError,
    RequiredError,
    TooLongError,
)


def _actions(vault: vaults.Vault) -> tuple[int, int, int, int]:
    """A 2026 plenary, two 2027 actions and one 2026 action."""
    with vault.session() as s:
        plenary = programme.create_action(s, ActionSpec("Plénière", ActionKind.PLENARY, 2026))
        training = programme.create_action(
            s, ActionSpec("Formation des médecins", ActionKind.TRAINING, 2027)
        )
        stand = programme.create_action(
            s,
            ActionSpec(
                "Stand au marché",
                ActionKind.PUBLIC_ACTION,
                2027,
                public_kind=PublicActionKind.STAND,
            ),
        )
        same_year = programme.create_action(
            s, ActionSpec("Formation 2026", ActionKind.TRAINING, 2026)
        )
    return plenary.id, training.id, stand.id, same_year.id


def test_three_orientations_with_their_actions_are_kept_in_order(vault: vaults.Vault) -> None:
    plenary, training, stand, _same = _actions(vault)
    adopted = (
        OrientationSpec("Former les médecins généralistes au repérage", (training,)),
        OrientationSpec("Aller vers les habitant·es des quartiers", (stand, training)),
        OrientationSpec("Ouvrir un second groupe de parole"),  # its action comes later
    )
    with vault.session() as s:
        spec = programme.get_action(s, plenary).spec
        programme.update_action(s, plenary, dataclasses.replace(spec, orientations=adopted))
    with vault.session() as s:
        stored = programme.get_action(s, plenary).spec.orientations
        listed = next(a for a in programme.list_actions(s) if a.id == plenary)
    assert [o.text for o in stored] == [o.text for o in adopted]
    assert stored[1].action_ids == tuple(sorted((stand, training)))
    assert stored[2].action_ids == ()
    assert listed.spec.orientations == stored
    # deleting nothing, editing the plenary again keeps them; an empty list clears them
    with vault.session() as s:
        programme.update_action(s, plenary, dataclasses.replace(spec, orientations=()))
        assert programme.get_action(s, plenary).spec.orientations == ()


def test_what_an_orientation_may_not_be(vault: vaults.Vault) -> None:
    plenary, training, _stand, same_year = _actions(vault)
    with vault.session() as s:
        spec = programme.get_action(s, plenary).spec
    cases: list[tuple[type[Exception], tuple[OrientationSpec, ...]]] = [
        (RequiredError, (OrientationSpec("   "),)),
        (TooLongError, (OrientationSpec("x" * 2001),)),
        (NotFoundError, (OrientationSpec("Texte", (99_999,)),)),
        (OutOfRangeError, (OrientationSpec("Texte", (same_year,)),)),  # not the next year
        (OutOfRangeError, tuple(OrientationSpec(f"n°{i}") for i in range(31))),
    ]
    for error, orientations in cases:
        with pytest.raises(error), vault.session() as s:
            programme.update_action(
                s, plenary, dataclasses.replace(spec, orientations=orientations)
            )
    with vault.session() as s:
        training_spec = programme.get_action(s, training).spec
    wrong = dataclasses.replace(training_spec, orientations=(OrientationSpec("Texte"),))
    with pytest.raises(NotApplicableError), vault.session() as s:
        programme.update_action(s, training, wrong)
    with vault.session() as s:
        assert programme.get_action(s, plenary).spec.orientations == ()


def test_an_action_carrying_out_an_orientation_keeps_its_year(vault: vaults.Vault) -> None:
    """Moved to another year, it would carry out an orientation of the wrong plenary."""
    from sqlalchemy import text

    from vpi_groups.error_messages import describe
    from vpi_groups.validation import InUseError

    plenary, training, stand, _same = _actions(vault)
    with vault.session() as s:
        spec = programme.get_action(s, plenary).spec
        adopted = (OrientationSpec("Former les médecins généralistes au repérage", (training,)),)
        programme.update_action(s, plenary, dataclasses.replace(spec, orientations=adopted))
    with vault.session() as s:
        moved = dataclasses.replace(programme.get_action(s, training).spec, year=2028)
    with pytest.raises(InUseError) as refused, vault.session() as s:
        programme.update_action(s, training, moved)
    said = describe(refused.value, "fr")
    assert "orientation de la journée plénière" in said, said
    with vault.session() as s:
        assert (
            s.execute(text("SELECT year FROM action WHERE id = :i"), {"i": training}).scalar()
            == 2027
        )
        # an action of no orientation still moves; the linked one moves once unlinked
        other = dataclasses.replace(programme.get_action(s, stand).spec, year=2028)
        assert programme.update_action(s, stand, other).spec.year == 2028
        programme.update_action(s, plenary, dataclasses.replace(spec, orientations=()))
        assert programme.update_action(s, training, moved).spec.year == 2028
