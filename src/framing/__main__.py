"""``python -m framing``: the ``framing`` command (:func:`framing.cli.main`)."""

import sys

from .cli import main

sys.exit(main())
