"""``python -m ceremonykit`` – same as the ``ceremonykit`` command."""

import sys

from ceremonykit.cli import main

sys.exit(main())
