"""What made a table: the record that every written table carries (its manifest).

While a command runs (:func:`recording`, the command line's) or after a notebook made its
:class:`framing.notebook.Output` (:func:`start`), the places that read inputs note them here:
the lexicon loader each lexicon and gazetteer file with its SHA-256, the cue loader each cue
table, the corpus reader each corpus with its files, sizes, documents and problems. The
table writer (:mod:`framing._io`) then puts the record beside the table — ``NAME.EXT.manifest.json``,
or inside a Parquet file's metadata — so that a figure in a paper can be traced to the
files, options and version that made it (:func:`load_manifest` reads it back). Nothing is
noted when no record is active: the library called on its own pays nothing.
"""

from __future__ import annotations

import hashlib
import json
import os
import platform
import sys
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

from .errors import OutputError

__all__ = ["Record", "recording", "start", "active", "note_file", "note_role", "note_corpus", "note_warning",
           "load_manifest", "manifest_path", "file_sha256", "fingerprint", "MANIFEST_SUFFIX", "PARQUET_KEY"]

#: What a table's manifest file adds to the table's file name (``terms.csv.manifest.json``).
MANIFEST_SUFFIX = ".manifest.json"
#: The key of the manifest in a Parquet file's metadata.
PARQUET_KEY = b"framing.manifest"
#: The manifest's own format: a reader checks it.
FORMAT = "framing.manifest/1"
#: Files of a corpus listed one by one (the fingerprint covers them all).
FILES_LISTED = 100
#: Problems and warnings kept one by one (all are counted).
KEPT = 20

_ACTIVE: Record | None = None
_DIGESTS: dict = {}


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _version() -> str:
    from ._version import __version__

    return __version__


class Record:
    """The inputs, options and problems of one run, gathered as they are met."""

    def __init__(self, *, command=None, options: dict | None = None):
        self.started = _now()
        self.command = list(command) if command is not None else None
        self.options = dict(options or {})
        self.files: dict = {}  # (role, source) -> entry
        self.roles: dict = {}  # the name or path a role was given under -> role (a gazetteer)
        self.corpora: dict = {}  # source -> entry
        self.warnings: list = []
        self.warning_count = 0

    def manifest(self, table: dict) -> dict:
        """The manifest of a table written now (``table``: its file, format, rows …)."""
        files = []
        for (role, source), entry in self.files.items():
            files.append(dict(role=self.roles.get(source, role), **entry))
        return {"format": FORMAT, "table": table, "framing_version": _version(), "written": _now(),
                "started": self.started, "command": self.command, "options": self.options,
                "inputs": sorted(files, key=lambda e: (e["role"], e["source"])),
                "corpora": list(self.corpora.values()),
                "problems": {"corpus_problems": sum(c["problems"]["count"] for c in self.corpora.values()),
                             "warnings": self.warning_count, "warnings_kept": list(self.warnings)},
                "python": sys.version.split()[0], "platform": platform.platform(terse=True)}


@contextmanager
def recording(*, command=None, options: dict | None = None, record: Record | None = None):
    """Gather a :class:`Record` (a new one, or ``record``) while the block runs (the command line's run)."""
    global _ACTIVE
    before, _ACTIVE = _ACTIVE, record if record is not None else Record(command=command, options=options)
    try:
        yield _ACTIVE
    finally:
        _ACTIVE = before


def start(**kw) -> Record:
    """Gather a :class:`Record` from now on in this process (a notebook's session: every
    input read after this call, until another record starts)."""
    global _ACTIVE
    _ACTIVE = Record(**kw)
    return _ACTIVE


def active() -> Record | None:
    return _ACTIVE


def file_sha256(path) -> str:
    """SHA-256 of a file's bytes, kept per path, size and modification time."""
    st = os.stat(path)
    key = (os.fspath(path), st.st_size, st.st_mtime_ns)
    digest = _DIGESTS.get(key)
    if digest is None:
        h = hashlib.sha256()
        with open(path, "rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                h.update(block)
        digest = _DIGESTS[key] = h.hexdigest()
    return digest


def note_file(role: str, source: str, *, path=None, text: str | None = None) -> None:
    """Note an input file (a lexicon, gazetteer, cue table): ``source`` as it was named
    (``syria``, ``my.yaml``), its ``path`` (its bytes hashed, as ``sha256sum`` does) or,
    for a packaged file that is not on disk, its ``text`` (hashed as UTF-8)."""
    rec = _ACTIVE
    if rec is None:
        return
    entry = {"source": str(source)}
    if path is not None:
        p = Path(path)
        entry.update(path=str(p.resolve()), size=p.stat().st_size, sha256=file_sha256(p))
    elif text is not None:  # a packaged file that is not on disk: its text
        data = text.encode("utf-8")
        entry.update(size=len(data), sha256=hashlib.sha256(data).hexdigest())
    rec.files[role, str(source)] = entry


def note_role(source, role: str) -> None:
    """Say that the input named ``source`` plays ``role`` (a lexicon file used as the gazetteer)."""
    rec = _ACTIVE
    if rec is not None and isinstance(source, (str, os.PathLike)):
        rec.roles[str(source)] = role


def fingerprint(source) -> dict:
    """Files, sizes and modification times of a corpus path (a file or a folder, read
    recursively), and one SHA-256 over the sorted ``relative path, size`` lines: the same
    files give the same fingerprint without reading them (a corpus may be gigabytes)."""
    root = Path(source)
    if not root.exists():
        return {"source": str(source)}
    paths = sorted(p for p in root.rglob("*") if p.is_file()) if root.is_dir() else [root]
    listed, h, total = [], hashlib.sha256(), 0
    for p in paths:
        st = p.stat()
        raw = (p.relative_to(root).as_posix() if root.is_dir() else p.name).encode("utf-8", "surrogateescape")
        rel = raw.decode("utf-8", "backslashreplace")  # a name that is not UTF-8 as the problems name it
        h.update(raw + f"\t{st.st_size}\n".encode())
        total += st.st_size
        if len(listed) < FILES_LISTED:
            listed.append({"file": rel, "size": st.st_size,
                           "modified": datetime.fromtimestamp(st.st_mtime, timezone.utc).isoformat(timespec="seconds")})
    return {"source": _shown(str(source)), "path": _shown(str(root.resolve())), "files": len(paths), "bytes": total,
            "fingerprint": h.hexdigest(), "listed": listed}


def _shown(path: str) -> str:
    """A path as JSON can hold it (a byte that is not UTF-8 written as ``\\xe9``)."""
    return path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def note_corpus(source, *, documents: int, problems: list) -> None:
    """Note a corpus read whole: where from, its :func:`fingerprint`, the documents read and
    the problems met (``problems``: dicts with ``problem`` and ``action``)."""
    rec = _ACTIVE
    if rec is None:
        return
    is_path = isinstance(source, (str, os.PathLike))
    entry = fingerprint(source) if is_path else {"source": f"<{type(source).__name__}>"}
    actions: dict = {}
    for p in problems:
        actions[p["action"]] = actions.get(p["action"], 0) + 1
    entry.update(documents=int(documents), problems={"count": len(problems), "by_action": actions,
                                                     "first": [dict(p) for p in problems[:KEPT]]})
    rec.corpora[entry["source"]] = entry


def note_warning(message: str) -> None:
    """Note a warning shown during the run."""
    rec = _ACTIVE
    if rec is None:
        return
    rec.warning_count += 1
    if len(rec.warnings) < KEPT:
        rec.warnings.append(str(message))


def manifest_path(table) -> Path:
    """Where the manifest of the table at ``table`` is: ``NAME.EXT.manifest.json``."""
    p = Path(table)
    return p if p.name.endswith(MANIFEST_SUFFIX) else p.with_name(p.name + MANIFEST_SUFFIX)


def _manifest_json(raw: bytes, where: Path) -> dict:
    """A manifest's JSON object, or an error naming the file (a cut or hand-edited file)."""
    try:
        manifest = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise OutputError(f"{where}: not a framing manifest: its JSON cannot be read ({exc}); write the table "
                          "again to make a new one.") from None
    if not isinstance(manifest, dict):
        raise OutputError(f"{where}: not a framing manifest (its JSON is not an object).")
    return manifest


def load_manifest(path) -> dict:
    """The manifest of a table written by ``framing`` (the command line or a notebook's
    ``Output``): given the table's path or the manifest's.

    Returns
    -------
    dict
        ``format``; ``table`` (``file, format, rows, columns``, and ``sha256`` of the file
        for CSV and JSON); ``framing_version``; ``written`` and ``started`` (UTC, ISO 8601);
        ``command`` (the command line's words) and ``options``; ``inputs`` (each lexicon,
        gazetteer and cue table: ``role, source, path, size, sha256``); ``corpora`` (each
        corpus: ``source, path, files, bytes, fingerprint, listed, documents, problems``);
        ``problems`` (``corpus_problems``, ``warnings``, ``warnings_kept``); ``python``,
        ``platform``. A warning says when the table's SHA-256 is no longer the one recorded
        (the table was changed or replaced after the manifest was written).

    Raises
    ------
    OutputError
        No manifest there (the table was written by something else, to standard output, or
        before manifests existed).
    """
    import warnings

    from .errors import FramingWarning

    p = Path(path)
    if p.suffix.lower() == ".parquet" and not p.name.endswith(MANIFEST_SUFFIX):
        import pyarrow.parquet as pq

        try:
            meta = pq.read_metadata(p).metadata or {}
        except OSError as exc:
            raise OutputError(f"{p}: cannot read its Parquet metadata ({exc}).") from None
        if PARQUET_KEY not in meta:
            raise OutputError(f"{p}: this Parquet file carries no framing manifest (written by another program, or "
                              "before manifests).")
        return _manifest_json(meta[PARQUET_KEY], p)
    side = manifest_path(p)
    if not side.is_file():
        raise OutputError(f"{p}: no manifest at {side} (a table written to standard output has none, nor one "
                          "written by another program or before manifests).")
    manifest = _manifest_json(side.read_bytes(), side)
    if manifest.get("format") != FORMAT:
        raise OutputError(f"{side}: not a framing manifest (format {manifest.get('format')!r}).")
    table = side.with_name(side.name[:-len(MANIFEST_SUFFIX)])
    recorded = manifest.get("table", {}).get("sha256")
    if recorded and table.is_file() and file_sha256(table) != recorded:
        warnings.warn(f"{table} is not the table its manifest describes (SHA-256 differs): it was changed or "
                      "replaced after the manifest was written.", FramingWarning, stacklevel=2)
    return manifest
