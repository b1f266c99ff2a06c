"""Checking options: one way for every public function, as scikit-learn's ``validate_params``.

A public function names what each option may be, once, beside its signature::

    @validate_params(voice=Options(VOICES), min_count=WHOLE, jobs=JOBS)
    def count_terms(corpus, *, voice="all", min_count=10, jobs=1): ...

and a bad value is refused before any work with a :class:`~framing.errors.ParameterError`
that names the option, what it may be and what it was::

    voice must be one of all, narrator, quoted, not 'x'.

(the command line exits 2 with that message, as for a bad command-line flag).
``ParameterError`` is also a ``ValueError``, so code that catches ``ValueError`` around a
call keeps working. The constraints stay on the function as ``__framing_params__``.

An option checked outside a call (a class's field, a value read from a file) is checked
with :func:`check` and the same constraint, so no rule is written twice.
"""

from __future__ import annotations

import functools
import inspect
import numbers
from collections.abc import Callable, Iterable

from .errors import ParameterError

__all__ = ["Constraint", "Options", "Interval", "Instance", "WHOLE", "POSITIVE", "JOBS", "check", "validate_params",
           "declared"]


class Constraint:
    """What one option may be: :meth:`holds` says whether a value fits, :attr:`text` says
    it in words, :meth:`message` says why a value is refused."""

    text = ""

    def holds(self, value) -> bool:  # pragma: no cover - every constraint defines it
        raise NotImplementedError

    def message(self, name: str, value) -> str:
        return f"{name} must be {self.text}, not {value!r}."

    def __repr__(self) -> str:
        return f"<{type(self).__name__}: {self.text}>"


class Options(Constraint):
    """One of a fixed set of values (compared exactly, or after ``key``: ``key=str.upper``
    accepts ``"m"`` for ``"M"``); ``none`` lets None through too. ``text`` replaces the
    words of the message (``"one of a, b, c"``; as given, with nothing added)."""

    def __init__(self, values: Iterable, *, none: bool = False, key: Callable | None = None, text: str | None = None):
        self.values = tuple(values)
        self.none = none
        self.key = key
        self.text = text or "one of " + ", ".join(str(v) for v in self.values) + (" (or None)" if none else "")

    def holds(self, value) -> bool:
        if value is None:
            return self.none
        try:
            if self.key is not None:
                value = self.key(value)
            if isinstance(value, bool) and not any(isinstance(v, bool) for v in self.values):
                return False  # True == 1: not an option unless it is one
            return value in self.values
        except (TypeError, ValueError, AttributeError):  # a key that cannot read the value, an array
            return False


class Interval(Constraint):
    """A number between ``low`` and ``high`` (either may be None: unbounded), the ends in or
    out as ``closed`` says (``"both"``, ``"left"``, ``"right"``, ``"neither"``); ``whole``
    asks for an integer. ``True``/``False`` are refused: they are not numbers of anything."""

    def __init__(self, low=None, high=None, *, closed: str = "both", whole: bool = False, none: bool = False,
                 text: str | None = None):
        if closed not in ("both", "left", "right", "neither"):
            raise ValueError(f"closed must be one of both, left, right, neither, not {closed!r}")
        self.low, self.high, self.closed, self.whole, self.none = low, high, closed, whole, none
        self.text = text or self._words() + (" (or None)" if none else "")

    def _words(self) -> str:
        kind = "a whole number" if self.whole else "a number"
        low_in, high_in = self.closed in ("both", "left"), self.closed in ("both", "right")
        low, high = self.low, self.high
        if low is not None and high is not None:
            if not low_in and not high_in:
                return f"{kind} between {low:g} and {high:g}"
            return f"{kind} {'from' if low_in else 'above'} {low:g} {'to' if high_in else 'and below'} {high:g}"
        if low is not None:
            return f"{kind} of {low:g} or more" if low_in else f"{kind} above {low:g}"
        if high is not None:
            return f"{kind} of {high:g} or less" if high_in else f"{kind} below {high:g}"
        return kind

    def holds(self, value) -> bool:
        if value is None:
            return self.none
        if isinstance(value, bool) or not isinstance(value, numbers.Real):
            return False
        if self.whole and not isinstance(value, numbers.Integral):
            return False
        if value != value:  # NaN
            return False
        if self.low is not None and (value < self.low or (value == self.low and self.closed in ("right", "neither"))):
            return False
        if self.high is not None and (value > self.high or (value == self.high and self.closed in ("left", "neither"))):
            return False
        return True


class Instance(Constraint):
    """An instance of one of ``types`` (``text`` names them for the message)."""

    def __init__(self, *types: type, none: bool = False, text: str | None = None):
        self.types, self.none = types, none
        self.text = text or " or ".join(t.__name__ for t in types) + (" (or None)" if none else "")

    def holds(self, value) -> bool:
        if value is None:
            return self.none
        if isinstance(value, bool) and bool not in self.types:
            return False
        return isinstance(value, self.types)


#: A count or threshold: 0, 1, 2 …
WHOLE = Interval(0, None, whole=True)
#: A number of things that must be at least one.
POSITIVE = Interval(1, None, whole=True)
#: Processes to use, this one included (0 or None: every core).
JOBS = Interval(0, None, whole=True, none=True, text="a whole number of processes (0 for every core)")


def check(name: str, value, constraint: Constraint) -> None:
    """Refuse ``value`` for the option ``name`` unless ``constraint`` holds, naming both."""
    if not constraint.holds(value):
        raise ParameterError(constraint.message(name, value))


def validate_params(**constraints: Constraint) -> Callable:
    """Decorate a function so that the named options are checked at each call, before it
    runs, whether passed by keyword or by position (defaults are not checked: they hold).
    The constraints are kept on the function as ``__framing_params__``."""
    for name, c in constraints.items():
        if not isinstance(c, Constraint):
            raise TypeError(f"the constraint of {name!r} is not a Constraint: {c!r}")

    def decorate(func: Callable) -> Callable:
        params = inspect.signature(func).parameters
        unknown = [n for n in constraints if n not in params or params[n].kind is inspect.Parameter.VAR_KEYWORD]
        if unknown:  # a mistake in the package, caught at import
            raise TypeError(f"{func.__qualname__} has no parameter {unknown[0]!r} to validate")
        positional = [(i, n, constraints[n]) for i, n in enumerate(params) if n in constraints
                      and params[n].kind in (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)]
        items = tuple(constraints.items())

        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            for i, name, c in positional:
                if i < len(args) and not c.holds(args[i]):
                    raise ParameterError(c.message(name, args[i]))
            if kwargs:
                for name, c in items:
                    if name in kwargs and not c.holds(kwargs[name]):
                        raise ParameterError(c.message(name, kwargs[name]))
            return func(*args, **kwargs)

        wrapper.__framing_params__ = dict(constraints)
        return wrapper

    return decorate


def declared(func: Callable) -> dict:
    """The constraints a function declares (``{}`` for one not decorated)."""
    return dict(getattr(func, "__framing_params__", {}))
