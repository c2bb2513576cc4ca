"""``python -m wage_remedy``."""

import sys

from wage_remedy.cli import main

sys.exit(main())
