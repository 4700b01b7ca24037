"""Trying the application.

- ``data``: an invented, realistic programme.
- ``vault``: the temporary demo vault the window opens with ``--demo``.
"""
