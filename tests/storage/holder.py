"""Child process that opens a vault and holds it until stdin closes or it is killed.

Usage: ``python holder.py VAULT_DIR PASSPHRASE_FILE``; prints ``ready`` once open.
"""

from __future__ import annotations

import sys
from pathlib import Path

from vpi_groups.storage import vault as vaults


def main() -> None:
    """Open the vault, say so, wait."""
    folder, secret_file = Path(sys.argv[1]), Path(sys.argv[2])
    vault = vaults.unlock(folder, passphrase=secret_file.read_text(encoding="utf-8"))
    print("ready", flush=True)
    sys.stdin.read()
    vault.lock()


if __name__ == "__main__":
    main()
