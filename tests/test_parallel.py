"""framing._parallel.map_chunks: order, every chunk once, errors, work shared."""

from __future__ import annotations

import os
import time

import pytest

from framing._parallel import map_chunks


def _one(chunk) -> int:
    return 1


def _slow_square(x: int) -> tuple[int, int]:
    time.sleep(0.02)
    return x * x, os.getpid()


def _fails_on_seven(x: int) -> int:
    if x == 7:
        raise ValueError("chunk 7 is broken")
    return x


@pytest.mark.parametrize("jobs", [1, 2, 3])
def test_results_in_chunk_order_each_once(jobs):
    out = list(map_chunks(_slow_square, range(40), jobs=jobs, size=_one))
    assert [r for r, _ in out] == [x * x for x in range(40)]


def test_both_processes_work_and_the_caller_takes_back_the_tail():
    out = list(map_chunks(_slow_square, range(40), jobs=2, size=_one))
    pids = [pid for _, pid in out]
    assert os.getpid() in pids  # this process did its share
    assert len(set(pids)) == 2  # and so did the helper
    # the last chunks were queued for the helper when the input ended; this process took
    # back those it had not started
    assert pids[-1] == os.getpid()


def test_an_error_in_a_helper_reaches_the_caller():
    with pytest.raises(ValueError, match="chunk 7"):
        list(map_chunks(_fails_on_seven, range(20), jobs=2, size=_one))


_PARENT = os.getpid()


def _fails_here(x: int) -> int:
    time.sleep(0.02)
    if os.getpid() == _PARENT:
        raise RuntimeError(f"chunk {x} failed in the calling process")
    return x


def test_an_error_in_this_process_stops_the_run():
    # the helpers' queue is full, so this process scores a chunk itself, and fails
    with pytest.raises(RuntimeError, match="failed in the calling process"):
        list(map_chunks(_fails_here, range(40), jobs=2, size=_one))


def test_a_reader_that_stops_early_leaves_no_process_behind():
    import multiprocessing

    results = map_chunks(_slow_square, range(40), jobs=2, size=_one)
    assert next(results)[0] == 0
    results.close()
    assert multiprocessing.active_children() == []
