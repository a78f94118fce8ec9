"""Cells built on every core: worker processes started afresh (spawn, as Windows does).

The parent submits only a few cells ahead of the one it reports next, so what a build holds does
not grow with the number of cells, and it takes the results in cell order. Workers ignore Ctrl-C:
on Ctrl-C, or when a cell fails, the parent submits nothing more, cancels the cells not yet started and lets the cells started
finish whole before it stops (even after a second Ctrl-C: the workers never see it).
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from concurrent.futures import ProcessPoolExecutor


def default_jobs() -> int:
    return os.cpu_count() or 1


class Done:
    """A result computed at once, in this process."""

    def __init__(self, value):
        self.value = value

    def result(self):
        return self.value


def ignore_interrupt() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)


class Workers:
    """`submit(function, *args)` runs in a worker (or here, for one job); `.result()` is its result.

    The function and its arguments must be picklable: a module-level function, plain data. A
    worker that dies (killed, out of memory) fails its cell with BrokenProcessPool, never a hang.
    """

    def __init__(self, jobs: int):
        self.pool = None
        if jobs > 1:
            context = multiprocessing.get_context("spawn")
            self.pool = ProcessPoolExecutor(jobs, context, initializer=ignore_interrupt)
        self.ahead = 2 * jobs if self.pool else 0  # results not yet taken

    def submit(self, function, *args):
        return self.pool.submit(function, *args) if self.pool else Done(function(*args))

    def __enter__(self) -> Workers:
        return self

    def __exit__(self, kind, error, trace) -> None:
        if self.pool is None:
            return
        # the cells started finish whole; after a failure or Ctrl-C the others are not started
        self.pool.shutdown(wait=True, cancel_futures=kind is not None)
