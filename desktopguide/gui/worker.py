"""The one helper for slow work: run a function on a thread pool and hear how it went on
the GUI thread.

    worker = Worker(lambda: SearchIndex.for_library(library))
    worker.succeeded.connect(self.use_index)      # called on the GUI thread
    worker.failed.connect(self.show_problem)      # with the exception
    worker.start()

A worker lives on the thread that created it (the GUI thread) and re-emits what the
pool thread reports, so slots connected to its signals, lambdas included, always run on
the GUI thread. It keeps itself alive until it has finished; if its parent is deleted
first, the result is dropped, and work still waiting for the pool never runs (a search
page made for content that was replaced does not keep the pool's one thread busy). A
worker can be started again, with the same function or another (`start(function=...)`):
work that repeats, such as a search per keystroke, uses one worker rather than a new object
each time.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

# Workers without a parent, kept from garbage collection until they finish.
_running: set[Worker] = set()


class Worker(QObject):
    succeeded = Signal(object)  # the function's return value
    failed = Signal(object)  # the exception it raised
    finished = Signal()  # after either

    _reported = Signal(bool, object)  # emitted on the pool thread

    def __init__(self, function: Callable[[], object] | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._function = function
        self._pending = 0
        self._queued: set[_Work] = set()  # started, maybe not yet run
        # The receiver is this object, which lives on the GUI thread: a queued connection.
        self._reported.connect(self._report)
        # Not a method of self: it runs while this object is being destroyed.
        self.destroyed.connect(partial(_drop_all, self._queued))

    @property
    def running(self) -> bool:
        return self._pending > 0

    def start(self, pool: QThreadPool | None = None, function: Callable[[], object] | None = None) -> None:
        """Run `function` (default: the one given when made) on `pool` (default: the
        application's global pool). Each start reports once."""
        work = function or self._function
        if work is None:
            raise ValueError("a Worker needs a function to run")
        self._pending += 1
        if self.parent() is None:
            _running.add(self)
        self._queued.difference_update([w for w in self._queued if w.function is None])  # run already
        queued = _Work(work)
        self._queued.add(queued)
        (pool or QThreadPool.globalInstance()).start(_Task(queued, self._reported))

    @Slot(bool, object)
    def _report(self, ok: bool, value: object) -> None:
        self._pending -= 1
        if not self._pending:
            _running.discard(self)
        (self.succeeded if ok else self.failed).emit(value)
        self.finished.emit()


class _Work:
    """A function waiting for the pool: emptied once taken to run, or when its worker is gone."""

    __slots__ = ("function",)

    def __init__(self, function: Callable[[], object]) -> None:
        self.function: Callable[[], object] | None = function


def _drop_all(queued: set[_Work]) -> None:
    for work in queued:
        work.function = None
    queued.clear()


class _Task(QRunnable):
    def __init__(self, work: _Work, reported: Signal) -> None:
        super().__init__()
        self._work = work
        self._reported = reported

    def run(self) -> None:
        # Held no longer than the call: a search's function holds what a visitor typed, and the
        # task itself may outlive the run (Qt deletes it when it pleases).
        function, self._work.function = self._work.function, None
        if function is None:
            return  # run once only, and never for a worker that is gone
        try:
            outcome = (True, function())
        except Exception as exc:
            outcome = (False, exc)
        try:
            self._reported.emit(*outcome)
        except RuntimeError:
            pass  # the worker was deleted with its parent: nobody is waiting


def run_in_background(
    function: Callable[[], object],
    on_success: Callable[[object], None] | None = None,
    on_failure: Callable[[Exception], None] | None = None,
    parent: QObject | None = None,
    pool: QThreadPool | None = None,
) -> Worker:
    """Start `function` on the pool; `on_success(result)` or `on_failure(exception)` runs on
    the GUI thread."""
    worker = Worker(function, parent)
    if on_success is not None:
        worker.succeeded.connect(on_success)
    if on_failure is not None:
        worker.failed.connect(on_failure)
    worker.start(pool)
    return worker
