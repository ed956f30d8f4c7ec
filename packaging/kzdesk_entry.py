"""PyInstaller's entry script: the frozen ``kzdesk`` (and ``kzdesk-cli``) run the normal CLI."""

import sys

from kzdesk.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
