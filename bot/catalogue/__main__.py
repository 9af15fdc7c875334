"""``python -m bot.catalogue``: see :mod:`bot.catalogue.cli`."""

import sys

from bot.catalogue.cli import main

sys.exit(main())
