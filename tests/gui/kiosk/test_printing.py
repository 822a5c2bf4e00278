"""Printing at a kiosk: one tap to the default printer, a page limit per visitor."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from desktopguide.gui.app_window import AppWindow
from desktopguide.gui.dialogs.print_dialog import PlanPreviewDialog
from desktopguide.gui.history import Location
from desktopguide.gui.kiosk.kiosk_mode import KioskMode
from desktopguide.i18n import ngettext
from tests.cards.pdf_reading import contains_text, page_sizes, page_text


def tap_print(qtbot, window: AppWindow, guide_id: str = "agents-at-door") -> None:
    window.go(Location("guide", guide_id))
    qtbot.mouseClick(window.reader.print_button, Qt.MouseButton.LeftButton)


def printed(folder: Path) -> list[Path]:
    return sorted(folder.glob("print-*.pdf"))


def no_preview() -> bool:
    return not [w for w in QApplication.topLevelWidgets() if isinstance(w, PlanPreviewDialog) and w.isVisible()]


def test_one_tap_prints_the_card_without_a_dialog(qtbot, kiosk_window: AppWindow, printouts: Path) -> None:
    kiosk_window.choose_language("es")
    tap_print(qtbot, kiosk_window)
    assert no_preview()
    [job] = printed(printouts)
    assert page_sizes(job) == [(612, 792)]  # Letter, the default paper
    assert contains_text(page_text(job), "No abra la puerta")
    # Told in the visitor's language.
    expected = ngettext(
        "Printing {pages} page. Please take it from the printer.",
        "Printing {pages} pages. Please take them from the printer.",
        1,
    ).format(pages=1)
    assert expected != "Printing 1 page. Please take it from the printer."
    assert KioskMode.of(kiosk_window).last_message == expected
    assert KioskMode.of(kiosk_window).printing.pages_printed == 1


def test_the_page_limit_stops_a_visitor_calmly_and_resets_for_the_next(
    qtbot, kiosk_window: AppWindow, printouts: Path
) -> None:
    kiosk_window.choose_language("en")
    for _job in range(2):
        tap_print(qtbot, kiosk_window)
    assert len(printed(printouts)) == 2  # the limit in these tests is 2 pages
    tap_print(qtbot, kiosk_window)
    assert len(printed(printouts)) == 2
    assert "may print 2 pages" in KioskMode.of(kiosk_window).last_message
    assert any(
        "ask a staff member" in box.text()
        for box in QApplication.topLevelWidgets()
        if isinstance(box, QMessageBox) and box.isVisible()
    )
    kiosk_window.reset_session()
    assert KioskMode.of(kiosk_window).printing.pages_printed == 0
    kiosk_window.choose_language("en")
    tap_print(qtbot, kiosk_window)
    assert len(printed(printouts)) == 3


def test_a_job_that_would_pass_the_limit_is_not_started(qtbot, kiosk_window: AppWindow, printouts: Path) -> None:
    kiosk_window.choose_language("es")
    kiosk_window.prefs.paper = "wallet"  # Spanish backed by English: a sheet printed on both sides, 2 pages
    tap_print(qtbot, kiosk_window)
    assert [len(page_sizes(job)) for job in printed(printouts)] == [2]
    tap_print(qtbot, kiosk_window)
    assert len(printed(printouts)) == 1


def test_no_printer_is_said_calmly(qtbot, kiosk_window: AppWindow, printouts: Path) -> None:
    KioskMode.of(kiosk_window).printing.printer_factory = lambda: None
    kiosk_window.choose_language("en")
    tap_print(qtbot, kiosk_window)
    assert printed(printouts) == [] and no_preview()
    assert "no printer" in KioskMode.of(kiosk_window).last_message
    assert KioskMode.of(kiosk_window).printing.pages_printed == 0


def test_a_print_limit_of_zero_turns_printing_off(qtbot, kiosk_window: AppWindow, printouts: Path) -> None:
    KioskMode.of(kiosk_window).printing.page_limit = 0
    kiosk_window.choose_language("en")
    tap_print(qtbot, kiosk_window)
    assert printed(printouts) == [] and "does not print" in KioskMode.of(kiosk_window).last_message


def test_the_legal_help_list_prints_at_once_too(qtbot, kiosk_window: AppWindow, printouts: Path) -> None:
    kiosk_window.choose_language("en")
    kiosk_window.go(Location("directory"))
    assert kiosk_window.directory_page.shown_record_ids()
    qtbot.mouseClick(kiosk_window.directory_page.print_button, Qt.MouseButton.LeftButton)
    assert no_preview()
    [job] = printed(printouts)
    assert len(page_sizes(job)) == 1


def test_with_wallet_cards_on_a4_the_legal_help_list_prints_on_a4(
    qtbot, kiosk_window: AppWindow, printouts: Path
) -> None:
    kiosk_window.prefs.paper = "wallet-a4"
    kiosk_window.choose_language("en")
    kiosk_window.go(Location("directory"))
    qtbot.mouseClick(kiosk_window.directory_page.print_button, Qt.MouseButton.LeftButton)
    [job] = printed(printouts)
    assert page_sizes(job) == [(595, 842)]  # A4, the wallet sheet's own size


def test_the_print_job_name_does_not_say_what_was_printed(qtbot, kiosk_window: AppWindow, monkeypatch) -> None:
    names: list[str] = []
    make = KioskMode.of(kiosk_window).printing.printer_factory

    def recording_printer():
        printer = make()
        original = printer.setDocName
        monkeypatch.setattr(printer, "setDocName", lambda name: (names.append(name), original(name)))
        return printer

    KioskMode.of(kiosk_window).printing.printer_factory = recording_printer
    kiosk_window.choose_language("en")
    tap_print(qtbot, kiosk_window)
    assert names == ["desktopguide"]


def test_a_caseworker_still_gets_the_print_preview(qtbot, window: AppWindow) -> None:
    window.choose_language("en")
    window.go(Location("guide", "agents-at-door"))
    dialog = window.open_card_print("agents-at-door", "en")
    assert isinstance(dialog, PlanPreviewDialog) and dialog.isVisible()
    dialog.reject()
