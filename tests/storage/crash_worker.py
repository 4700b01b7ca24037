"""Child process for crash tests: commits transactions in a loop and reports each one.

Usage: ``python crash_worker.py VAULT_DIR PASSPHRASE_FILE FIRST_ID [MODE]``.

MODE ``commits`` (default): each transaction writes three rows ``t<i>-a/b/c`` in one
unit of work, and ``<i>`` is printed (flushed) only after the commit returned.
MODE ``passwd``: alternates the passphrase between the file's content and the same
with `` bis`` appended, printing the passphrase now in force after each change. Each
change re-encrypts the whole database under a new data key and prints ``step N`` at
each of its steps.
The parent kills this process with SIGKILL at a random moment.
"""

from __future__ import annotations

import sys
from pathlib import Path

from vpi_groups.storage import vault as vaults
from vpi_groups.storage.models import Setting


def main() -> None:
    """Open the vault and commit until killed."""
    folder, secret_file, first = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
    mode = sys.argv[4] if len(sys.argv) > 4 else "commits"
    passphrase = secret_file.read_text(encoding="utf-8")
    vault = vaults.unlock(folder, passphrase=passphrase)
    print("ready", flush=True)
    if mode == "passwd":
        other = passphrase + " bis"
        current = passphrase
        while True:
            current = other if current == passphrase else passphrase
            vault.change_passphrase(
                current,
                kdf_seconds=0,
                progress=lambda done, _total: print(f"step {done}", flush=True),
            )
            print(current, flush=True)
    i = first
    while True:
        with vault.session() as s:
            s.add_all(Setting(key=f"t{i}-{part}", value=f"{i} " * (1 + i % 50)) for part in "abc")
        print(i, flush=True)
        i += 1


if __name__ == "__main__":
    main()
