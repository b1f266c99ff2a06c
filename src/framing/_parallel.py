"""Chunks of a corpus mapped over processes, in order, with bounded memory and a progress bar."""

from __future__ import annotations

import os
import sys
import warnings
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor

from ._params import JOBS, check
from .errors import FramingWarning, caller_stacklevel

__all__ = ["map_chunks", "check_jobs", "split_frames"]


def check_jobs(jobs: int | None) -> int:
    """``jobs`` as a number of processes: None or 0 means every core (the option checked
    against :data:`framing._params.JOBS`, as the public functions declare it)."""
    check("jobs", jobs, JOBS)
    if jobs is None or jobs == 0:
        return os.cpu_count() or 1
    cores = os.cpu_count() or 1
    if jobs > cores:
        warnings.warn(f"jobs={jobs} is more than this machine's {cores} cores; using {cores} (more processes than "
                      "cores only add memory).", FramingWarning, stacklevel=caller_stacklevel())
        return cores
    return jobs


def map_chunks(func: Callable, chunks: Iterable, *, jobs: int = 1, progress: bool = False, size=len,
               unit: str = "doc") -> Iterator:
    """Yield ``func(chunk)`` for each chunk, in order.

    With ``jobs > 1`` the work is shared by ``jobs`` processes: this one and ``jobs - 1``
    helpers. ``func`` (with the lexicon it carries) is sent to each helper once, not with
    every chunk. Chunks go to the helpers while they have fewer than ``QUEUE`` waiting each
    (enough to keep them busy while this process reads the next chunk); the others are done
    here, between reading chunks — so no core is asked to do two things at once and part of
    the text never has to be copied to another process. Memory stays bounded by the chunk
    size whatever the corpus size. The progress bar (tqdm, on standard error)
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
        with ProcessPoolExecutor(max_workers=helpers, initializer=_install, initargs=(func,)) as pool:
            try:
                pending: deque = deque()  # [future or finished result, size, chunk], in chunk order
                for chunk in chunks:
                    waiting = sum(1 for item, _, _ in pending if isinstance(item, Future) and not item.done())
                    if waiting < QUEUE * helpers:
                        pending.append([pool.submit(_call_installed, chunk), size(chunk), chunk])
                    else:
                        pending.append([_Finished(func(chunk)), size(chunk), None])
                    # hand on what is finished at the head; wait when too much is held
                    while pending and (pending[0][0].done() or len(pending) > 2 * QUEUE * jobs):
                        item, n, _ = pending.popleft()
                        yield item.result()
                        if bar is not None:
                            bar.update(n)
                # no more chunks: take back the helpers' queued chunks, latest first, rather than
                # wait here while they work through them
                for entry in reversed(pending):
                    if isinstance(entry[0], Future) and entry[0].cancel():
                        entry[0] = _Finished(func(entry[2]))
                while pending:
                    item, n, _ = pending.popleft()
                    yield item.result()
                    if bar is not None:
                        bar.update(n)
            except BaseException:  # an error here, or the caller stopped reading: drop the queue
                pool.shutdown(wait=True, cancel_futures=True)
                raise
    finally:
        if bar is not None:
            bar.close()


#: Chunks waiting for each helper process (the one it works on included).
QUEUE = 4

_INSTALLED: list = []


def _install(func: Callable) -> None:
    """In a helper process: keep the function the chunks are for. A helper ends as its
    parent says (the pool shuts it down): the parent's handlers of SIGTERM and SIGHUP,
    inherited by forking, are put back to the default."""
    import signal

    for name in ("SIGTERM", "SIGHUP"):
        sig = getattr(signal, name, None)
        if sig is not None:
            signal.signal(sig, signal.SIG_DFL)
    _INSTALLED[:] = [func]
    _watch_parent()


#: How often a helper looks whether its parent still lives (seconds).
PARENT_CHECK = 0.5


def _watch_parent() -> None:
    """End this helper when its parent dies without telling it (SIGKILL, the out-of-memory
    killer): the pool's pipe never closes then, since the other helpers hold it too, and the
    helper would sleep forever. A daemon thread sees the parent's pid change (to 1, or to a
    subreaper) and exits the process at once."""
    import threading
    import time

    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_CHECK)
        os._exit(1)

    threading.Thread(target=watch, name="framing-parent-watch", daemon=True).start()


def _call_installed(chunk):
    return _INSTALLED[0](chunk)


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
    """Each table cut into ``4 × jobs`` pieces in order (none under ``smallest`` rows), so
    that every process has work until the end of a run instead of waiting on the last
    large chunk."""
    parts = 4 * check_jobs(jobs)
    for df in frames:
        step = max(smallest, -(-len(df) // parts))
        if len(df) <= step:
            yield df
            continue
        for lo in range(0, len(df), step):
            yield df.iloc[lo:lo + step]
