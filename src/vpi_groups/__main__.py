"""Allow ``python -m vpi_groups``."""

import sys

from vpi_groups.cli import main

sys.exit(main())
