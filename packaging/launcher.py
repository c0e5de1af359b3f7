"""The bundle's entry point: PyInstaller runs this file as __main__ (the `internapp` command)."""

import sys

from internapp.app import main

if __name__ == "__main__":
    sys.exit(main())
