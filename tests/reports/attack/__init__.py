"""An outside attacker on exported report files, and the tests that run it."""
