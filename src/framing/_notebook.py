"""In IPython and Jupyter, an expected error (a wrong column, a missing file, a malformed
lexicon) is shown as its message, like the command line does, not as a traceback through the
package. Set the environment variable ``FRAMING_DEBUG=1`` to see full tracebacks."""

from __future__ import annotations

import os
import sys

from .errors import FramingError


def _short(shell, etype, value, tb, tb_offset=None):
    lines = [f"{etype.__name__}: {value}"]
    shell._showtraceback(etype, value, lines)
    return lines


def install() -> bool:
    """Register the short display of :class:`FramingError` in the running IPython, if any."""
    if os.environ.get("FRAMING_DEBUG") or "IPython" not in sys.modules:
        return False
    shell = sys.modules["IPython"].get_ipython()
    if shell is None:
        return False
    shell.set_custom_exc((FramingError,), _short)
    return True
