"""About: content version and date, languages with their translation status, the disclaimer."""

from __future__ import annotations

from babel.dates import format_date
from babel.numbers import format_decimal
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from desktopguide import __version__
from desktopguide.core.content.coverage import guide_coverage
from desktopguide.core.content.model import SOURCE_LANGUAGE, Library
from desktopguide.gui.dialogs.dialog_fit import fit_to_screen
from desktopguide.gui.pages.guide_html import babel_locale
from desktopguide.gui.pages.page_parts import scrolling
from desktopguide.gui.widgets.wrapped_table import fit_columns_to_width, natural_width
from desktopguide.i18n import _
from desktopguide.i18n.catalogs import status_of


class AboutDialog(QDialog):
    def __init__(self, library: Library, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about_dialog")
        self.setWindowTitle(_("About this guide"))
        newest = max((g.updated for g in library.guides.values()), default=None)
        updated = format_date(newest, format="long", locale=babel_locale(library, lang)) if newest else _("unknown")
        reviewed = [g for g in library.guides.values() if g.legal_review is not None]
        review_note = (
            _("{count} of {total} guides have been reviewed by a lawyer.").format(
                count=len(reviewed), total=len(library.guides)
            )
            if reviewed else _("No lawyer has reviewed these guides yet.")
        )
        checked = sum(
            1 for g in library.guides.values() for code, t in g.texts.items()
            if code != SOURCE_LANGUAGE and t.translation.status == "reviewed"
        )
        translation_note = (
            _("Translated guides checked by a person: {count}. The others are machine translations.").format(
                count=checked
            )
            if checked
            else _("The translations are machine translations: no person has reviewed them yet.")
        )
        from desktopguide.gui.dialogs.update_content_dialog import describe_content

        self.summary = QLabel(
            _("Know-your-rights guide, version {version}. Content version {content}, last changed {date}.").format(
                version=__version__, content=library.content_hash, date=updated
            )
            + " "
            + review_note
            + " "
            + translation_note
            + " "
            # TRANSLATORS: in About, before the version, date and signer of the content in use
            + _("Content: {description}").format(description=describe_content(library.root))
        )
        self.summary.setWordWrap(True)
        self.disclaimer = QLabel(
            "<b>"
            + _("General legal information, not legal advice.")
            + "</b> "
            + _(
                "For advice about your own situation, talk to a licensed immigration attorney or a DOJ-accredited "
                "representative."
            )
        )
        self.disclaimer.setWordWrap(True)
        self.privacy = QLabel(_("This app works without the internet. It does not keep what you search or read."))
        self.privacy.setWordWrap(True)

        # TRANSLATORS: column headings of the About box's table; the last four count guides
        headers = [
            _("Language"),
            _("Interface"),
            _("Original or checked by a person"),
            _("Machine translation"),
            _("Out of date"),
            _("Not translated"),
        ]
        coverage = guide_coverage(library)
        locale = babel_locale(library, lang)
        interface_status = {
            "source": _("Original (English)"),
            "machine": _("Machine translation"),
            "reviewed": _("Reviewed"),
            "missing": _("Not translated"),
        }
        self.table = QTableWidget(len(coverage), len(headers))
        self.table.setObjectName("language_status_table")
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().hide()
        for row, (code, counts) in enumerate(coverage.items()):
            # English is the original text, counted with the reviewed ones.
            status = interface_status["source" if code == SOURCE_LANGUAGE else status_of(code)]
            numbers = [counts.reviewed + counts.source, counts.machine, counts.out_of_date, counts.missing]
            values = [library.languages[code].native_name, status, *(format_decimal(n, locale=locale) for n in numbers)]
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        # Columns share the dialog's width; headings and cells wrap rather than need a scrollbar.
        fit_columns_to_width(self.table)
        self.table.setAccessibleName(_("Translation status of the interface and the guides in each language"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        # The sentences scroll on their own when large text leaves them too little room.
        texts = QWidget()
        text_layout = QVBoxLayout(texts)
        text_layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.summary, self.disclaimer, self.privacy):
            text_layout.addWidget(widget)
        text_layout.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(scrolling(texts), 1)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        fit_to_screen(self, QSize(natural_width(self.table) + 40, 520))  # room for wrapped text, never past the screen
