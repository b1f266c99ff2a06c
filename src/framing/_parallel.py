"""Chunks of a corpus mapped over processes, in order, with bounded memory and a progress bar."""

from __future__ import annotations

import os
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor

from .errors import FramingError

__all__ = ["map_chunks", "check_jobs", "split_frames"]


def check_jobs(jobs: int | None) -> int:
    """``jobs`` as a number of processes: None or 0 means every core."""
    if jobs is None or jobs == 0:
        return os.cpu_count() or 1
    if not isinstance(jobs, int) or jobs < 0:
        raise FramingError(f"jobs must be a whole number of processes (0 for every core), not {jobs!r}.")
    return jobs


def map_chunks(func: Callable, chunks: Iterable, *, jobs: int = 1, progress: bool = False, size=len,
               unit: str = "doc") -> Iterator:
    """Yield ``func(chunk)`` for each chunk, in order.

    With ``jobs > 1`` the work is shared by ``jobs`` processes: this one and ``jobs - 1``
    helpers. Chunks go to the helpers while they have fewer than two waiting each; the
    others are done here, between reading chunks — so no core is asked to do two things at
    once and half the text never has to be copied to another process. Memory stays bounded
    by the chunk size whatever the corpus size. The progress bar (tqdm, on standard error)
    appears only on runs longer than two seconds.
    """
    jobs = check_jobs(jobs)
    bar = None
    if progress:
        try:
            from tqdm import tqdm

            bar = tqdm(unit=unit, delay=2, file=sys.stderr, dynamic_ncols=True)
        except ImportError:  # pragma: no cover - tqdm is a dependency
            bar = None
    try:
        if jobs == 1:
            for chunk in chunks:
                yield func(chunk)
                if bar is not None:
                    bar.update(size(chunk))
            return
        helpers = jobs - 1
        with ProcessPoolExecutor(max_workers=helpers) as pool:
            pending: deque = deque()  # (future or finished result, size), in chunk order
            for chunk in chunks:
                waiting = sum(1 for item, _ in pending if isinstance(item, Future) and not item.done())
                if waiting < 2 * helpers:
                    pending.append((pool.submit(func, chunk), size(chunk)))
                else:
                    pending.append((_Finished(func(chunk)), size(chunk)))
                # hand on what is finished at the head; wait when too much is held
                while pending and (pending[0][0].done() or len(pending) > 4 * jobs):
                    item, n = pending.popleft()
                    yield item.result()
                    if bar is not None:
                        bar.update(n)
            while pending:
                item, n = pending.popleft()
                yield item.result()
                if bar is not None:
                    bar.update(n)
    finally:
        if bar is not None:
            bar.close()


class _Finished:
    """A result computed in this process, standing in the queue like a future."""

    __slots__ = ("value",)

    def __init__(self, value):
        self.value = value

    def done(self) -> bool:
        return True

    def result(self):
        return self.value


def split_frames(frames: Iterable, jobs: int | None, *, smallest: int = 50) -> Iterator:
    """Each table cut into ``2 × jobs`` pieces in order (none under ``smallest`` rows), so
    that every process has work until the end of a run instead of waiting on the last
    large chunk."""
    parts = 2 * check_jobs(jobs)
    for df in frames:
        step = max(smallest, -(-len(df) // parts))
        if len(df) <= step:
            yield df
            continue
        for lo in range(0, len(df), step):
            yield df.iloc[lo:lo + step]
