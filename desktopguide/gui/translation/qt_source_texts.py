"""The English texts of Qt's own dialogs (buttons, print, print preview, file), by Qt's
translation context, that our catalogs translate for the languages Qt ships no qtbase catalog
for (Amharic, Tigrinya, Pashto, Punjabi, Hmong, Haitian Creole, Tagalog, Vietnamese).

They must match Qt's source strings exactly, ampersand mnemonics included; Qt asks for them
through `QTranslator.translate(context, text)`. Paper size names (A4, Letter, ...), units,
"N (AxB)" page counts and key names (Alt+Left) are left as Qt has them.
"""

from __future__ import annotations

from desktopguide.i18n import N_

_STANDARD_BUTTONS = frozenset({
    # TRANSLATORS: a standard button of a dialog
    N_("OK"),
    N_("Cancel"),
    N_("Close"),
    N_("Save"),
    N_("Open"),
})

_PRINT_DIALOG = frozenset({
    # TRANSLATORS: the system print dialog, its title and its Print button ("&" marks the Alt+letter key)
    N_("Print"),
    N_("&Print"),
    # TRANSLATORS: print dialog button that shows (>>) or hides (<<) more options
    N_("&Options >>"),
    N_("&Options <<"),
    # TRANSLATORS: print dialog: which pages of a document to print
    N_("All Pages"),
    N_("Odd Pages"),
    N_("Even Pages"),
    # TRANSLATORS: print dialog: the "printer" that writes a PDF file instead of printing
    N_("Print to File (PDF)"),
    # TRANSLATORS: print dialog: where the PDF "printer" is (a file on this computer)
    N_("Local file"),
    # TRANSLATORS: print dialog: what kind of printer the PDF "printer" is
    N_("Write PDF file"),
    # TRANSLATORS: print dialog: the order of pages printed on one sheet
    N_("Left to Right, Top to Bottom"),
    N_("Left to Right, Bottom to Top"),
    N_("Right to Left, Bottom to Top"),
    N_("Right to Left, Top to Bottom"),
    N_("Bottom to Top, Left to Right"),
    N_("Bottom to Top, Right to Left"),
    N_("Top to Bottom, Left to Right"),
    N_("Top to Bottom, Right to Left"),
})

_PRINT_WIDGET = frozenset({
    # TRANSLATORS: print dialog: the printer box and its fields
    N_("Printer"),
    N_("&Name:"),
    N_("P&roperties"),
    N_("Location:"),
    N_("Preview"),
    N_("Type:"),
    N_("Output &file:"),
})

_PRINT_OUTPUT = frozenset(
    {
        # TRANSLATORS: print dialog: the "Copies" tab and its choices
        N_("Copies"),
        N_("Copies:"),
        N_("Print range"),
        N_("Print all"),
        # TRANSLATORS: print dialog: print the pages numbered from ... to ...
        N_("Pages from"),
        N_("to"),
        N_("Pages"),
        N_("Current Page"),
        N_("Selection"),
        # TRANSLATORS: print dialog: print the pages in reverse order
        N_("Reverse"),
        # TRANSLATORS: print dialog: print each copy's pages together, in order
        N_("Collate"),
        N_("Output Settings"),
        N_("Page &Set:"),
        N_(
            "Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. "
            "E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9."
        ),
        # TRANSLATORS: print dialog: the "Options" tab
        N_("Options"),
        N_("Color Mode"),
        N_("Color"),
        N_("Grayscale"),
        N_("Double Sided Printing"),
        # TRANSLATORS: print dialog: double sided printing turned off
        N_("Off"),
        N_("Long side binding"),
        N_("Short side binding"),
    }
)

_PRINTER_PROPERTIES_WINDOW = frozenset(
    {
        # TRANSLATORS: print dialog: the printer's own settings, in a second window
        N_("Printer Properties"),
        N_("Job Options"),
    }
)

_PRINTER_PROPERTIES = frozenset(
    {
        # TRANSLATORS: print dialog (printer properties): its tabs
        N_("Page"),
        N_("Advanced"),
        N_("There are conflicts in some options. Please fix them."),
    }
)

_PAGE_SETUP = frozenset(
    {
        # TRANSLATORS: print dialog: paper and page layout settings
        N_("Paper"),
        N_("Page size:"),
        N_("Width:"),
        N_("Height:"),
        N_("Paper source:"),
        N_("Custom"),
        N_("Orientation"),
        N_("Portrait"),
        N_("Landscape"),
        N_("Reverse landscape"),
        N_("Reverse portrait"),
        N_("Margins"),
        N_("top margin"),
        N_("left margin"),
        N_("right margin"),
        N_("bottom margin"),
        N_("Page Layout"),
        # TRANSLATORS: print dialog: how many pages of the document go on one sheet of paper
        N_("Pages &per sheet:"),
        N_("Page &order:"),
    }
)

_PRINT_JOB = frozenset(
    {
        # TRANSLATORS: print dialog (printer properties): when and how the printer prints the job
        N_("Job"),
        N_("Job Control"),
        N_("Scheduled &printing:"),
        N_("Print Immediately"),
        N_("Hold Indefinitely"),
        N_("Day (06:00 to 17:59)"),
        N_("Night (18:00 to 05:59)"),
        N_("Second Shift (16:00 to 23:59)"),
        N_("Third Shift (00:00 to 07:59)"),
        N_("Weekend (Saturday to Sunday)"),
        N_("Specific Time"),
        N_("&Billing information:"),
        N_("Job &priority:"),
        # TRANSLATORS: print dialog (printer properties): a cover sheet the printer adds to a job
        N_("Banner Pages"),
        # TRANSLATORS: print dialog: the banner sheet printed before the job
        N_("&Start:"),
        # TRANSLATORS: print dialog: the banner sheet printed after the job
        N_("&End:"),
        # TRANSLATORS: print dialog: no banner sheet
        N_("None"),
        # TRANSLATORS: print dialog: the kinds of banner sheet a printer offers
        N_("Standard"),
        N_("Unclassified"),
        N_("Confidential"),
        N_("Classified"),
        N_("Secret"),
        N_("Top Secret"),
    }
)

_PRINT_PREVIEW = frozenset(
    {
        # TRANSLATORS: print preview window: its title and its toolbar's buttons
        N_("Print Preview"),
        N_("Print"),
        N_("Next page"),
        N_("Previous page"),
        N_("First page"),
        N_("Last page"),
        N_("Fit width"),
        N_("Fit page"),
        N_("Zoom in"),
        N_("Zoom out"),
        N_("Portrait"),
        N_("Landscape"),
        N_("Show single page"),
        N_("Show facing pages"),
        N_("Show overview of all pages"),
        N_("Page setup"),
    }
)

_FILE_DIALOG = frozenset(
    {
        # TRANSLATORS: Qt's file dialog (Save as PDF): its labels and buttons ("&" marks the Alt+letter key)
        N_("&Look in:"),
        N_("File &name:"),
        N_("Files of &type:"),
        N_("&Save"),
        N_("&Open"),
        N_("All Files (*)"),
        N_("Files"),
        # TRANSLATORS: file dialog: the buttons above the list of files, and what they say on hover
        N_("Back"),
        N_("Forward"),
        N_("Parent Directory"),
        N_("Create New Folder"),
        N_("List View"),
        N_("Detail View"),
        N_("Go back"),
        N_("Go forward"),
        N_("Go to the parent directory"),
        N_("Create a New Folder"),
        N_("Change to list view mode"),
        N_("Change to detail view mode"),
        # TRANSLATORS: file dialog: the list of places (Home, Computer, ...) at its side
        N_("Sidebar"),
        N_("List of places and bookmarks"),
        # TRANSLATORS: file dialog: what a right click on a file offers
        N_("&Rename"),
        N_("&Delete"),
        N_("Show &hidden files"),
        N_("&New Folder"),
    }
)

_FILE_LIST = frozenset(
    {
        # TRANSLATORS: file dialog: the headings of the list of files
        N_("Name"),
        N_("Size"),
        N_("Type"),
        N_("Date Modified"),
        # TRANSLATORS: file dialog: the whole computer, above its drives
        N_("Computer"),
    }
)

_FILE_KINDS = frozenset(
    {
        # TRANSLATORS: file dialog: the kind of an entry in the list of files
        N_("Drive"),
        N_("Folder"),
    }
)

QT_SOURCE_TEXTS: dict[str, frozenset[str]] = {
    "QPlatformTheme": _STANDARD_BUTTONS,
    "QDialogButtonBox": _STANDARD_BUTTONS,
    "QMessageBox": _STANDARD_BUTTONS,
    "QPrintDialog": _PRINT_DIALOG,
    "QPrintWidget": _PRINT_WIDGET,
    "QPrintSettingsOutput": _PRINT_OUTPUT,
    "QPrintPropertiesDialog": _PRINTER_PROPERTIES_WINDOW,
    "QPrintPropertiesWidget": _PRINTER_PROPERTIES,
    "QPageSetupWidget": _PAGE_SETUP,
    "QCupsJobWidget": _PRINT_JOB,
    "QPrintPreviewDialog": _PRINT_PREVIEW,
    "QFileDialog": _FILE_DIALOG,
    "QFileSystemModel": _FILE_LIST,
    "QAbstractFileIconProvider": _FILE_KINDS,
}


def is_qt_source_text(context: str, source_text: str) -> bool:
    """True when our catalogs translate `source_text` as Qt uses it in `context`."""
    return source_text in QT_SOURCE_TEXTS.get(context, ())
