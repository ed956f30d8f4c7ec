"""``python -m kzdesk``: the same as the ``kzdesk`` command."""

import sys

from kzdesk.cli.main import main

sys.exit(main())
