"""In IPython and Jupyter, an expected error (a wrong column, a missing file, a malformed
lexicon) is shown as its message, like the command line does, not as a traceback through the
package, and a warning of the package as its message, without the line of the cell that
raised it. Set the environment variable ``FRAMING_DEBUG=1`` to see full tracebacks."""

from __future__ import annotations

import os
import sys
import warnings

from .errors import FramingError, FramingWarning


def _short(shell, etype, value, tb, tb_offset=None):
    lines = [f"{etype.__name__}: {value}"]
    shell._showtraceback(etype, value, lines)
    return lines


_other_warnings = [warnings.showwarning]  # how warnings not of the package are shown


def _show_warning(message, category, filename, lineno, file=None, line=None):
    if not issubclass(category, FramingWarning):
        return _other_warnings[0](message, category, filename, lineno, file, line)
    print(f"{category.__name__}: {message}", file=file or sys.stderr)


def install() -> bool:
    """Register the short display of :class:`FramingError` and of :class:`FramingWarning` in
    the running IPython, if any."""
    if os.environ.get("FRAMING_DEBUG") or "IPython" not in sys.modules:
        return False
    shell = sys.modules["IPython"].get_ipython()
    if shell is None:
        return False
    shell.set_custom_exc((FramingError,), _short)
    if warnings.showwarning is not _show_warning:
        _other_warnings[0] = warnings.showwarning
        warnings.showwarning = _show_warning
    return True
