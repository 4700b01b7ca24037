"""Allow ``python -m vpi_groups``."""

import sys

from vpi_groups.launch import main

sys.exit(main())
