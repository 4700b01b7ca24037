"""The programme's directory and actions.

- ``records``: partner organisations and their yearly contributions, facilitators,
  rooms, actions by axis with their yearly review and renewal.
"""
