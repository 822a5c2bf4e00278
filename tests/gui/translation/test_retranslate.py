"""One retranslation mechanism: `Retranslating` answers LanguageChange; no widget has its own copy."""

from __future__ import annotations

import ast
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from desktopguide.gui.app_window import AppWindow
from desktopguide.gui.history import Location
from desktopguide.gui.translation.retranslate import Retranslating
from desktopguide.i18n import _

GUI = Path(__file__).resolve().parents[3] / "desktopguide" / "gui"
MECHANISM = GUI / "translation" / "retranslate.py"


def language_change_handlers(source: str) -> list[str]:
    """The names of functions in `source` that look at QEvent.Type.LanguageChange."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.FunctionDef):
            for inner in ast.walk(node):
                if isinstance(inner, ast.Attribute) and inner.attr == "LanguageChange":
                    # Sending the event is the window's job; handling it is the mechanism's.
                    sent = any(
                        isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and call.func.id == "QEvent"
                        for call in ast.walk(node)
                    )
                    if not sent:
                        found.append(node.name)
    return found


def test_the_finder_sees_a_hand_written_copy() -> None:
    copy = (
        "def changeEvent(self, event):\n"
        "    if event.type() == QEvent.Type.LanguageChange:\n"
        "        self.retranslate()\n"
        "    super().changeEvent(event)\n"
    )
    assert language_change_handlers(copy) == ["changeEvent"]


def test_no_widget_handles_language_change_outside_the_mechanism() -> None:
    copies = {
        str(path.relative_to(GUI)): names
        for path in sorted(GUI.rglob("*.py"))
        if path != MECHANISM and (names := language_change_handlers(path.read_text(encoding="utf-8")))
    }
    assert copies == {}
    assert language_change_handlers(MECHANISM.read_text(encoding="utf-8")) == ["changeEvent"]


def test_one_method_name_retranslates_everywhere() -> None:
    named_otherwise = [
        str(path.relative_to(GUI)) for path in GUI.rglob("*.py") if "retranslate_ui" in path.read_text(encoding="utf-8")
    ]
    assert named_otherwise == []


class Greeting(Retranslating, QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.label = QLabel(self)
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(_("Home"))


def test_a_retranslating_widget_sets_its_texts_again_on_a_language_change(qtbot, monkeypatch) -> None:
    widget = Greeting()
    qtbot.addWidget(widget)
    assert widget.label.text() == "Home"
    monkeypatch.setattr(f"{__name__}._", lambda text: f"[{text}]")
    QCoreApplication.sendEvent(widget, QEvent(QEvent.Type.LanguageChange))
    assert widget.label.text() == "[Home]"


def test_a_page_speaks_the_new_language_when_the_language_changes(qtbot, window: AppWindow) -> None:
    window.go(Location("home"))
    heading = window.home_page.heading
    english = heading.text()
    window.set_language("es")
    QApplication.processEvents()  # the application posts LanguageChange on to its widgets
    assert heading.text() not in ("", english)
    assert window.home_action.text() == "Inicio"
    window.set_language("en")
    QApplication.processEvents()
    assert heading.text() == english
