"""``python -m internapp`` is the same as the ``internapp`` command."""

import sys

from internapp.app import main

sys.exit(main())
