"""One-tap printing at a kiosk: straight to the default printer, with a page limit per visitor."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktopguide.i18n import _, ngettext

if TYPE_CHECKING:  # printing and cards load at the first print, not with the kiosk
    from PySide6.QtPrintSupport import QPrinter

    from desktopguide.cards import CardPlan

PrinterFactory = Callable[[], "QPrinter | None"]
# The print queue's job list shows a job's name: never the guide a visitor chose.
JOB_NAME = "desktopguide"


def default_printer() -> QPrinter | None:
    """The system's default printer, or None when none is set up."""
    from desktopguide.gui.local_printing import use_local_print_server

    use_local_print_server()  # never CUPS over TCP (the app starts with it; tests may not)
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

    info = QPrinterInfo.defaultPrinter()
    if info.isNull():
        return None
    return QPrinter(info, QPrinter.PrinterMode.HighResolution)


@dataclass
class PrintAnswer:
    printed: bool
    message: str  # one calm sentence or two, for the visitor
    pages: int = 0


class KioskPrinting:
    """Counts the pages a visitor prints; `reset()` when the next visitor comes."""

    def __init__(self, page_limit: int, printer_factory: PrinterFactory = default_printer) -> None:
        self.page_limit = page_limit
        self.printer_factory = printer_factory
        self.pages_printed = 0

    def reset(self) -> None:
        self.pages_printed = 0

    def print_plan(self, make_plan: Callable[[], CardPlan]) -> PrintAnswer:
        from desktopguide.cards import CardError, paint_plan, setup_device

        if self.page_limit <= 0:
            return PrintAnswer(False, _("This kiosk does not print. Please ask a staff member for a paper copy."))
        try:
            plan = make_plan()
        except CardError as error:
            return PrintAnswer(False, _("This cannot be printed: {reason}").format(reason=error.message))
        if self.pages_printed + plan.page_count > self.page_limit:
            return PrintAnswer(
                False,
                ngettext(
                    "Each visitor may print {limit} page here, and this would be more. "
                    "Please ask a staff member for more copies.",
                    "Each visitor may print {limit} pages here, and this would be more. "
                    "Please ask a staff member for more copies.",
                    self.page_limit,
                ).format(limit=self.page_limit),
            )
        printer = self.printer_factory()
        if printer is None:
            return PrintAnswer(
                False, _("This kiosk has no printer set up. Please ask a staff member for a paper copy.")
            )
        printer.setDocName(JOB_NAME)
        printer.setFullPage(True)  # pages are painted from the sheet's corner
        setup_device(printer, plan.paper)
        try:
            paint_plan(plan, printer)
        except CardError:
            return PrintAnswer(False, _("The printer is not answering. Please ask a staff member for help."))
        self.pages_printed += plan.page_count
        return PrintAnswer(
            True,
            ngettext(
                "Printing {pages} page. Please take it from the printer.",
                "Printing {pages} pages. Please take them from the printer.",
                plan.page_count,
            ).format(pages=plan.page_count),
            plan.page_count,
        )
