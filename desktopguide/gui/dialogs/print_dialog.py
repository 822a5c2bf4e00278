"""Print preview for cards and the legal-help list: paper and second-language choices, copies,
print to the system printer (the preview's own Print button) or save as PDF.

    CardPrintDialog(library, guide_id, lang, parent).exec()
    HelpListPrintDialog(library, records, lang, parent, title=None).exec()

The pages come from `desktopguide.cards`; a card that cannot print (it does not fit, or a
font is missing) shows the reason above the preview instead of a page with empty boxes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QToolBar,
    QWidget,
)

from desktopguide.cards import (
    PAPERS,
    CardError,
    CardPlan,
    CardSpec,
    paint_plan,
    plan_cards,
    setup_device,
    write_plan_pdf,
)
from desktopguide.cards.help_list import plan_help_list
from desktopguide.core.content.model import SOURCE_LANGUAGE, DirectoryRecord, Library
from desktopguide.core.papers import FULL_PAGE_PAPERS, PAPER_IDS, paper_name
from desktopguide.gui.dialogs.dialog_fit import fit_to_screen
from desktopguide.gui.pages.place_html import locale_for
from desktopguide.gui.read_aloud import ReadAloudButton
from desktopguide.gui.translation.language_names import picker_label
from desktopguide.gui.widgets.flow_layout import FlowLayout
from desktopguide.i18n import _, current_language


class PlanPreviewDialog(QPrintPreviewDialog):
    """A print preview of a `CardPlan` that `make_plan(paper, pair, copies)` lays out."""

    def __init__(
        self,
        make_plan: Callable[[str, str | None, int | None], CardPlan],
        papers: Sequence[str],
        pairs: Sequence[tuple[str, str | None]] = (),
        default_name: str = "card.pdf",
        parent: QWidget | None = None,
        languages: Sequence[tuple[str, str]] = (),
    ) -> None:
        self._printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self._printer.setFullPage(True)  # pages are painted from the sheet's corner
        super().__init__(self._printer, parent)
        self.setObjectName("print_dialog")
        self._make_plan = make_plan
        self._default_name = default_name
        self._plan: CardPlan | None = None
        self._plan_key: tuple | None = None

        self.paper_choice = QComboBox()
        self.paper_choice.setObjectName("paper_choice")
        for name in papers:
            self.paper_choice.addItem(paper_name(name), name)
        self.pair_choice = QComboBox()
        self.pair_choice.setObjectName("pair_choice")
        for label, code in pairs:
            self.pair_choice.addItem(label, code)
        self.pair_choice.setVisible(bool(pairs))
        # The card's own language, when there is a choice of it (a caseworker prints in the client's).
        self.language_choice = QComboBox()
        self.language_choice.setObjectName("card_language_choice")
        for label, code in languages:
            self.language_choice.addItem(label, code)
        self.language_choice.setVisible(bool(languages))
        self.copies_choice = QSpinBox()
        self.copies_choice.setObjectName("copies_choice")
        self.copies_choice.setRange(0, 100)
        self.copies_choice.setSpecialValueText(_("Automatic"))  # 0: one page, or a full sheet of wallet cards
        self.save_button = QPushButton(_("Save as PDF…"))
        self.save_button.setObjectName("save_pdf_button")
        self.problem = QLabel()
        self.problem.setObjectName("print_problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #a00000; font-weight: bold;")
        self.problem.hide()
        self.save_problem: QMessageBox | None = None  # why the last save failed, shown in a box

        # The options wrap onto a second row rather than hide behind a toolbar's overflow arrow.
        self.options_bar = QWidget(self)
        self.options_bar.setObjectName("card_options_bar")
        options = FlowLayout(self.options_bar)
        if languages:
            options.addWidget(QLabel(_("Card language:")))
            options.addWidget(self.language_choice)
        options.addWidget(QLabel(_("Paper:")))
        options.addWidget(self.paper_choice)
        if pairs:
            options.addWidget(QLabel(_("Second language:")))
            options.addWidget(self.pair_choice)
        options.addWidget(QLabel(_("Copies:")))
        options.addWidget(self.copies_choice)
        options.addWidget(self.save_button)
        layout = self.layout()
        layout.insertWidget(0, self.options_bar)
        layout.insertWidget(1, self.problem)
        self._name_controls()

        self.paintRequested.connect(self._paint)
        self.paper_choice.currentIndexChanged.connect(self._options_changed)
        self.pair_choice.currentIndexChanged.connect(self._options_changed)
        self.copies_choice.valueChanged.connect(self._options_changed)
        self.save_button.clicked.connect(self._ask_where_to_save)
        self._apply_paper()
        self._hide_page_layout_actions()
        # A preview wants all the room there is: the whole window (the whole screen at a kiosk).
        fit_to_screen(self, QSize(1 << 16, 1 << 16))

    def _hide_page_layout_actions(self) -> None:
        """Portrait, Landscape and Page setup of Qt's preview toolbar would change the page behind
        the card's own paper choice; without them the toolbar keeps Print in view at large text."""
        toolbar = self.findChild(QToolBar)
        actions = [a for a in toolbar.actions() if not a.isSeparator() and a.text()] if toolbar is not None else []
        if not actions or actions[-1].actionGroup() is None:
            return
        print_action = actions[-1]
        for action in print_action.actionGroup().actions():
            if action is not print_action:
                action.setVisible(False)  # Page setup
        for action in actions:
            group = action.actionGroup()
            # The checkable pair that is not the fit-width/fit-page pair: the orientation.
            if (
                group is not None
                and action.isCheckable()
                and len(group.actions()) == 2
                and not action.objectName().startswith("fit")
            ):
                action.setVisible(False)

    def _name_controls(self) -> None:
        """Names for screen readers: ours, and the zoom and page fields of Qt's preview toolbar."""
        self.paper_choice.setAccessibleName(_("Paper"))
        self.pair_choice.setAccessibleName(_("Second language"))
        self.language_choice.setAccessibleName(_("Card language"))
        self.copies_choice.setAccessibleName(_("Copies"))
        for combo in self.findChildren(QComboBox):
            if combo not in (self.paper_choice, self.pair_choice, self.language_choice):
                combo.setAccessibleName(_("Zoom"))
        for edit in self.findChildren(QLineEdit):
            container = edit.parentWidget()
            if isinstance(container, (QComboBox, QAbstractSpinBox)):
                edit.setAccessibleName(container.accessibleName())  # the text part of a named field
            else:
                edit.setAccessibleName(_("Page number"))

    # -- the plan the options ask for -------------------------------------------
    def options(self) -> tuple[str, str | None, int | None]:
        copies = self.copies_choice.value() or None
        return self.paper_choice.currentData(), self.pair_choice.currentData(), copies

    def plan(self) -> CardPlan:
        """The laid-out pages for the current choices; raises CardError when they cannot print."""
        key = (self.language_choice.currentData(), *self.options())
        if self._plan is None or key != self._plan_key:
            self._plan = None
            self._plan_key = key
            self._plan = self._make_plan(*self.options())
        return self._plan

    @property
    def preview(self) -> QPrintPreviewWidget:
        return self.findChild(QPrintPreviewWidget)

    def _apply_paper(self) -> None:
        setup_device(self._printer, PAPERS[self.paper_choice.currentData()])

    def _options_changed(self) -> None:
        self._apply_paper()
        self.preview.updatePreview()

    def _paint(self, printer: QPrinter) -> None:
        try:
            plan = self.plan()
        except CardError as error:
            self.problem.setText(_("This cannot be printed: {reason}").format(reason=error.message))
            self.problem.show()
            self.save_button.setEnabled(False)
            return
        self.problem.hide()
        self.save_button.setEnabled(True)
        printer.setFullPage(True)
        setup_device(printer, plan.paper)
        paint_plan(plan, printer)

    # -- saving -------------------------------------------------------------------
    def _ask_where_to_save(self) -> None:
        dialog = save_file_dialog(self, _("Save as PDF"), self._default_name, _("PDF files (*.pdf)"))
        dialog.fileSelected.connect(lambda path: self.save_pdf(Path(path)))
        dialog.open()

    def save_pdf(self, path: Path) -> bool:
        """Write the current choices to `path`; shows the reason and returns False when it cannot."""
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(path.suffix + ".pdf")
        try:
            write_plan_pdf(self.plan(), path)
        except CardError as error:
            sentence = _("This cannot be saved: {reason}").format(reason=error.message)
            self.problem.setText(sentence)
            self.problem.show()
            # Said where the person is looking too, calmly: the old file is still there.
            self.save_problem = QMessageBox(
                QMessageBox.Icon.Warning, _("Save as PDF"), sentence, QMessageBox.StandardButton.Ok, self
            )
            self.save_problem.open()  # not exec(): nothing waits on it
            return False
        return True


def save_file_dialog(parent: QWidget, title: str, default_name: str, file_filter: str) -> QFileDialog:
    """Qt's own save dialog (not the desktop's), its labels and buttons in our catalog's words:
    Qt ships no translation of it for Amharic, Tigrinya, Pashto, Punjabi, Hmong and others."""
    dialog = QFileDialog(parent, title, default_name, file_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    labels = {
        # TRANSLATORS: labels of the "Save as PDF" file dialog
        QFileDialog.DialogLabel.LookIn: _("Look in:"),
        QFileDialog.DialogLabel.FileName: _("File name:"),
        QFileDialog.DialogLabel.FileType: _("Files of type:"),
        QFileDialog.DialogLabel.Accept: _("Save"),
        QFileDialog.DialogLabel.Reject: _("Cancel"),
    }
    for label, text in labels.items():
        dialog.setLabelText(label, text)
    return dialog


class CardPrintDialog(PlanPreviewDialog):
    """Print a guide's card in `lang`, optionally beside (or, on wallet cards, backed by) a second language."""

    def __init__(
        self, library: Library, guide_id: str, lang: str, parent: QWidget | None = None, zip_code: str | None = None
    ) -> None:
        guide = library.guides[guide_id]
        if lang not in guide.texts:  # no card in that language yet: print the English one
            lang = SOURCE_LANGUAGE
        self.library, self.guide_id, self.lang = library, guide_id, lang
        # Both names in the pickers: the caseworker chooses the client's language, which they may not read.
        self._shown_in = locale_for(library, current_language())
        written = [code for code in library.languages if code in guide.texts]
        written.sort(key=lambda code: (code != SOURCE_LANGUAGE, library.languages[code].native_name))
        languages = [(picker_label(library.languages[code], self._shown_in), code) for code in written]

        def make_plan(paper: str, pair: str | None, copies: int | None) -> CardPlan:
            return plan_cards(library, [CardSpec(guide_id, self.lang, pair)], paper, zip_code, copies)

        super().__init__(make_plan, PAPER_IDS, self._pairs(lang), f"{guide_id}-{lang}.pdf", parent, languages)
        self.language_choice.setCurrentIndex(max(0, self.language_choice.findData(lang)))
        if lang != SOURCE_LANGUAGE and SOURCE_LANGUAGE in guide.texts:
            self.pair_choice.setCurrentIndex(self.pair_choice.findData(SOURCE_LANGUAGE))  # beside English
        self.language_choice.currentIndexChanged.connect(self._language_chosen)
        # Read the card aloud, in its language, where the machine has a voice for it. The button
        # sits in a holder so that hiding it does not fight the toolbar, which shows its widgets.
        holder = QWidget()
        holder_layout = QHBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        self.read_aloud_button = ReadAloudButton(parent=holder)
        holder_layout.addWidget(self.read_aloud_button)
        self.options_bar.layout().addWidget(holder)
        self._show_language()

    def _pairs(self, lang: str) -> list[tuple[str, str | None]]:
        """The second-language choices for a card in `lang`: none, then English, then the rest."""
        guide = self.library.guides[self.guide_id]
        others = [code for code in self.library.languages if code in guide.texts and code != lang]
        others.sort(key=lambda code: (code != SOURCE_LANGUAGE, self.library.languages[code].native_name))
        pairs: list[tuple[str, str | None]] = [(_("None"), None)]
        return pairs + [(picker_label(self.library.languages[code], self._shown_in), code) for code in others]

    def _language_chosen(self) -> None:
        lang = self.language_choice.currentData()
        if not lang or lang == self.lang:
            return
        self.lang = lang
        kept = self.pair_choice.currentData()
        self.pair_choice.blockSignals(True)
        self.pair_choice.clear()
        for label, code in self._pairs(lang):
            self.pair_choice.addItem(label, code)
        self.pair_choice.setCurrentIndex(max(0, self.pair_choice.findData(kept)) if kept != lang else 0)
        self.pair_choice.blockSignals(False)
        self._default_name = f"{self.guide_id}-{lang}.pdf"
        self._show_language()
        self._options_changed()

    def _show_language(self) -> None:
        guide = self.library.guides[self.guide_id]
        self.setWindowTitle(_("Print card: {title}").format(title=guide.card_text(self.lang).card.headline))
        language = self.library.languages.get(self.lang)
        self.read_aloud_button.set_reading(
            self.spoken_text, (language.locale or language.code) if language else self.lang
        )

    def spoken_text(self) -> str:
        """The card as a voice reads it: headline, key points, what to say, the statement for an officer."""
        card = self.library.guides[self.guide_id].card_text(self.lang).card
        return "\n\n".join(
            part for part in (card.headline, *card.key_points, *card.phrases, card.officer_statement) if part
        )


class HelpListPrintDialog(PlanPreviewDialog):
    """Print a one-page list of legal-aid organizations in `lang`."""

    def __init__(
        self,
        library: Library,
        records: Sequence[DirectoryRecord],
        lang: str,
        parent: QWidget | None = None,
        title: str | None = None,
    ) -> None:
        records = list(records)

        def make_plan(paper: str, _pair: str | None, copies: int | None) -> CardPlan:
            plan = plan_help_list(library, records, lang, paper, title)
            return CardPlan(plan.paper, plan.pages * (copies or 1), plan.title)

        super().__init__(make_plan, FULL_PAGE_PAPERS, (), "legal-help.pdf", parent)
        self.setWindowTitle(_("Print this list"))


def print_card(
    library: Library, guide_id: str, lang: str, parent: QWidget | None = None, zip_code: str | None = None
) -> int:
    """Open the card's print preview; returns the dialog's result."""
    return CardPrintDialog(library, guide_id, lang, parent, zip_code).exec()


def print_help_list(
    library: Library,
    records: Sequence[DirectoryRecord],
    lang: str,
    parent: QWidget | None = None,
    title: str | None = None,
) -> int:
    return HelpListPrintDialog(library, records, lang, parent, title).exec()
