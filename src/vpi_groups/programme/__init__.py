"""The programme's directory and actions.

- ``records``: partner organisations and their yearly contributions, facilitators,
  rooms, actions by axis with their yearly review and renewal.
- ``tallies``: the partners' monthly reception tallies.
- ``partnership``: the conventions, their signatories and renewal, the partners of a year.
- ``funding``: funders, grants and payments, the budget, the sums of a year.
- ``narratives``: the words of each action's sheet in the yearly bilan.
"""
