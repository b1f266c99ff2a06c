"""The glue to Hyperscan (compiled multi-pattern matching): which engine finds a lexicon's
candidates, databases compiled once per process, a scratch space per thread, matches
taken back from UTF-8 bytes to characters, and :class:`WordFinder` for sets of words.

Without Hyperscan (not installed, or ``engine="python"``) the same results come from a
plain-Python word scan; ``tests/test_engines.py`` checks that the two agree."""

from __future__ import annotations

import re
import threading

try:  # compiled multi-pattern matching; without it the same results come from a word scan
    import hyperscan
except ImportError:  # pragma: no cover - depends on the platform
    hyperscan = None

from .._params import Options, check
from .forms import case_key

__all__ = ["ENGINES", "ENGINE", "ENGINE_OPTION", "WordFinder", "check_engine", "uses_hyperscan"]

#: How candidates for a match are found: ``"auto"`` (Hyperscan where it is installed and
#: serves, else the word scan), ``"hyperscan"`` (the same, but an error when Hyperscan is not
#: installed) and ``"python"`` (the plain-Python word scan). Every engine finds the same matches.
ENGINES = ("auto", "hyperscan", "python")

# Non-ASCII characters that Python lower-cases or case-folds (in a case-insensitive regex)
# to ASCII letters: "İ", "ı", "ſ" and the Kelvin sign. A lexicon's scan reads them as those
# letters (:func:`hits` with ``fold_ascii``); a :class:`WordFinder` leaves such texts to the
# caller's word scan.
_FOLDS_TO_ASCII = "\u0130\u0131\u017f\u212a"
_TO_ASCII = str.maketrans(_FOLDS_TO_ASCII, "Iisk")

class _Engine(Options):
    """The ``engine`` option: one of :data:`ENGINES`, and ``"hyperscan"`` only where it is
    installed (the message then says what to install)."""

    def holds(self, value) -> bool:
        return super().holds(value) and not (value == "hyperscan" and hyperscan is None)

    def message(self, name: str, value) -> str:
        if super().holds(value):
            return (f"{name}='hyperscan' needs the hyperscan package (pip install hyperscan); "
                    f"{name}='auto' uses it where it is installed and the word scan elsewhere.")
        return super().message(name, value)


_ENGINES_TEXT = "one of " + ", ".join(map(repr, ENGINES))
#: An engine: one of :data:`ENGINES`.
ENGINE = _Engine(ENGINES, text=_ENGINES_TEXT)
#: The ``engine`` option of the loaders (None: a loaded lexicon's own, else ``"auto"``).
ENGINE_OPTION = _Engine(ENGINES, none=True, text=_ENGINES_TEXT)


def check_engine(engine) -> str:
    """``engine`` if it is one of :data:`ENGINES`; otherwise a
    :class:`~framing.errors.ParameterError` (a ``ValueError``) naming them (or saying what to
    install when ``"hyperscan"`` is asked for without it)."""
    check("engine", engine, ENGINE)
    return engine


def uses_hyperscan(engine: str) -> bool:
    """Whether Hyperscan finds candidates under ``engine`` (it is installed, not "python")."""
    return hyperscan is not None and engine != "python"


_DATABASES: dict = {}  # compiled once per process: a lexicon copied to a worker for each chunk reuses it


def database(exprs: list[bytes], caseless: list[bool] | None = None):
    """A block-mode database of ``exprs`` (ASCII case folded unless ``caseless`` says
    otherwise for one, match starts reported)."""
    caseless = [True] * len(exprs) if caseless is None else caseless
    key = (tuple(exprs), tuple(caseless))
    db = _DATABASES.get(key)
    if db is None:
        som = hyperscan.HS_FLAG_SOM_LEFTMOST
        db = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
        db.compile(expressions=list(exprs), ids=list(range(len(exprs))), elements=len(exprs),
                   flags=[som | hyperscan.HS_FLAG_CASELESS if c else som for c in caseless])
        _DATABASES[key] = db
    return db


def _on_hit(i, start, end, flags, hits):
    hits.append((start, i))


_THREAD = threading.local()


def _scan(db, buf: bytes, hits: list) -> None:
    """Scan with this thread's own scratch space for ``db`` (Hyperscan refuses a scratch
    space that another thread is using: a Dask or thread-pool worker gets its own)."""
    scratches = getattr(_THREAD, "scratches", None)
    if scratches is None:
        scratches = _THREAD.scratches = {}
    scratch = scratches.get(db)
    if scratch is None:
        scratch = scratches[db] = hyperscan.Scratch(db)
    db.scan(buf, match_event_handler=_on_hit, context=hits, scratch=scratch)


def hits(db, seg: str, *, fold_ascii: bool = False, folded: bool = False) -> list | None:
    """``[(character offset, pattern id)]`` of the matches of ``db`` in ``seg``, by start;
    None when ``seg`` needs the plain-Python scan: a character that Python lower-cases or
    folds to ASCII letters (Hyperscan folds ASCII only) unless ``fold_ascii`` (they are then
    scanned as those letters, one character for one: a superset of where a case-insensitive
    regex can match), or one UTF-8 cannot encode. ``folded``: ``seg`` is scanned as
    :func:`framing.lexicon.forms.case_key` writes it (for a database of words so written)."""
    ascii_only = seg.isascii()
    if folded:
        seg = case_key(seg)
    elif not ascii_only and any(c in seg for c in _FOLDS_TO_ASCII):
        if not fold_ascii:
            return None
        seg = seg.translate(_TO_ASCII)
    try:
        buf = seg.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates
        return None
    found: list = []
    _scan(db, buf, found)
    found.sort()
    if ascii_only:
        return found
    out = []
    byte_pos = char_pos = 0
    for b, i in found:  # UTF-8 byte offset to character offset, decoding each stretch once
        char_pos += len(buf[byte_pos:b].decode("utf-8"))
        byte_pos = b
        out.append((char_pos, i))
    return out


def expression(key: str) -> bytes:
    """The Hyperscan expression (bytes, not UTF-8 mode) of the literal ``key``: an ASCII
    character itself (Hyperscan folds its case under ``HS_FLAG_CASELESS``), another its
    UTF-8 bytes, which a database of words beyond ASCII finds in texts it reads case-folded
    (:func:`hits` with ``folded``: Hyperscan's own Unicode case tables are older than
    Python's, and alternations of each letter's cases compile three times slower)."""
    out = []
    for c in key.translate(_TO_ASCII):  # as :func:`hits` reads a text
        out.append(re.escape(c).encode("ascii") if c.isascii() else b"".join(b"\\x%02x" % b for b in c.encode("utf-8")))
    return b"".join(out)


def is_word(c: str) -> bool:
    return c.isalnum() or c == "_"


class WordFinder:
    """Where any of a set of ASCII words stands as a whole word (Python's ``\\w`` runs,
    any case), found by Hyperscan; :meth:`find` returns None where the caller's own word
    scan must decide (no Hyperscan, ``engine="python"``, or a text with a character that
    lower-cases or folds to ASCII letters, or one UTF-8 cannot encode).

    ``engine`` is one of :data:`ENGINES` (a ``ValueError`` names them otherwise)."""

    def __init__(self, words, *, engine: str = "auto"):
        self.engine = check_engine(engine)
        self.words = sorted({w.lower() for w in words})
        if not all(w.isascii() and re.fullmatch(r"\w+", w) for w in self.words):
            raise ValueError("WordFinder takes ASCII words")
        self._db = None
        self._on = uses_hyperscan(self.engine)

    def find(self, text: str, end: int):
        """``[(start, end, word)]`` in text order for ``text[:end]``, or None."""
        if not self._on:
            return None
        seg = text if end == len(text) else text[:end]
        if self._db is None:
            # the words as plain literals, compiled in milliseconds (with ``\b`` around each,
            # 0.15-0.2 s per process): the word boundaries are Python's, tested below
            self._db = database([w.encode("ascii") for w in self.words])
        found = hits(self._db, seg)
        if found is None:
            return None
        out = []
        for p, i in found:
            w = self.words[i]
            e = p + len(w)
            # a whole word as Python reads one: "essay" holds no "say", "éclaims" no "claims"
            if (p > 0 and is_word(seg[p - 1])) or (e < len(seg) and is_word(seg[e])):
                continue
            out.append((p, e, w))
        return out

    def __getstate__(self):
        return {"words": self.words, "engine": self.engine, "_db": None}

    def __setstate__(self, state: dict):
        self.__dict__.update(state)
        self._on = uses_hyperscan(self.engine)
