"""The worker helper: slow work off the GUI thread, its outcome back on it."""

from __future__ import annotations

import threading

import pytest
import shiboken6
from PySide6.QtCore import QObject, QThreadPool

from desktopguide.gui.worker import Worker, run_in_background


def test_the_function_runs_on_another_thread_and_the_result_arrives_on_the_gui_thread(qtbot) -> None:
    gui_thread = threading.get_ident()
    seen: dict[str, int] = {}

    def on_success(worker_thread: int) -> None:
        seen["worker"] = worker_thread
        seen["callback"] = threading.get_ident()

    worker = run_in_background(threading.get_ident, on_success=on_success)
    with qtbot.waitSignal(worker.finished, timeout=5000):
        pass
    assert seen["worker"] != gui_thread
    assert seen["callback"] == gui_thread
    assert not worker.running


def test_an_exception_is_reported_not_raised(qtbot) -> None:
    def broken() -> None:
        raise ValueError("the index could not be built")

    worker = Worker(broken)
    failures: list[Exception] = []
    worker.failed.connect(failures.append)
    with qtbot.waitSignal(worker.finished, timeout=5000):
        worker.start()
    assert len(failures) == 1 and isinstance(failures[0], ValueError)


@pytest.mark.parametrize("value", [None, 0, "", [1, 2]])
def test_any_return_value_is_delivered(qtbot, value: object) -> None:
    worker = Worker(lambda: value)
    with qtbot.waitSignal(worker.succeeded, timeout=5000) as blocker:
        worker.start()
    assert blocker.args == [value]


def test_work_still_waiting_for_the_pool_never_runs_once_its_worker_is_deleted(qtbot) -> None:
    pool = QThreadPool()
    pool.setMaxThreadCount(1)
    release = threading.Event()
    ran: list[str] = []
    busy = Worker(lambda: release.wait(5))
    busy.start(pool)  # holds the pool's one thread
    owner = QObject()
    waiting = Worker(lambda: ran.append("waiting"), owner)
    waiting.start(pool)
    kept = Worker(lambda: ran.append("kept"))
    with qtbot.waitSignal(kept.finished, timeout=5000):
        kept.start(pool)
        shiboken6.delete(owner)  # the page that started it is gone (its worker with it)
        release.set()
    assert pool.waitForDone(5000)
    assert ran == ["kept"]
