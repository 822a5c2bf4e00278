"""Staff's "Update content…": pick a signed pack (a USB stick first), see what it changes, install it.

Reached only from the caseworker's Settings and the kiosk's staff options (after the PIN).
Checking and installing run on the worker helper, so the window keeps painting; the
progress bar follows the install's steps. A refused pack is named in one calm sentence and
changes nothing.
"""

from __future__ import annotations

import contextlib
import getpass
import html
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktopguide.core.content.problems import Problem
from desktopguide.core.content.resources import bundled_content_dir
from desktopguide.core.packs.active import content_in_use
from desktopguide.core.packs.diff import ContentChanges
from desktopguide.core.packs.errors import PackError
from desktopguide.core.packs.install import InstallResult, install_pack, preview
from desktopguide.core.packs.manifest import version_key
from desktopguide.gui.dialogs.dialog_fit import fit_to_screen
from desktopguide.gui.pages.page_parts import heading_label
from desktopguide.gui.worker import Worker, run_in_background
from desktopguide.i18n import N_, _

if TYPE_CHECKING:
    from desktopguide.core.packs.verify import VerifiedPack
    from desktopguide.gui.app_window import AppWindow

# Share of the progress bar each install step takes (unpacking and checking are the long ones).
STEP_SPANS = {"verify": (0, 5), "unpack": (5, 45), "check": (45, 92), "switch": (92, 100)}
MEDIA_ROOTS = (Path("/media"), Path("/run/media"))
PACK_FILTER = N_("Content packs (*.dgpack *.zip);;All files (*)")


def usb_start_folder(roots: tuple[Path, ...] = MEDIA_ROOTS, home: Path | None = None) -> Path:
    """Where the file dialog opens: the first USB stick under /media (or /media/USER), else home."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = ""
    for root in roots:
        for base in ((root / user) if user else root, root):
            try:
                sticks = sorted(p for p in base.iterdir() if p.is_dir() and p.name != user)
            except OSError:
                continue
            if sticks:
                return sticks[0]
    return home or Path.home()


def full_check(root: Path) -> list[Problem]:
    """The same checks as `desktopguide check` (content and cards)."""
    from desktopguide.cli.check_command import checked_library

    return checked_library(root).problems


def describe_content(root: Path) -> str:
    """One line for About: the version, date and signer of the content at `root`."""
    info = content_in_use(root)
    if info.kind == "installed":
        return _("Content version {version} of {date}, signed by {signer} (key {fingerprint}).").format(
            version=info.version, date=info.created, signer=info.signer_name, fingerprint=info.signer_fingerprint
        )
    if info.kind == "bundled":
        return _("Content bundled with the app (version {version}).").format(version=info.version)
    return _("Content from the folder {path}.").format(path=info.root)


def changes_html(changes: ContentChanges) -> str:
    if changes.is_empty:
        return html.escape(_("It holds the same content as the one in use."))
    lines: list[str] = []

    def add(label: str, items: list[str]) -> None:
        if items:
            shown = ", ".join(items[:12]) + (" …" if len(items) > 12 else "")
            lines.append(f"<li>{html.escape(label.format(count=len(items)))}: {html.escape(shown)}</li>")

    add(_("Guides added ({count})"), changes.guides.added)
    add(_("Guides changed ({count})"), changes.guides.changed)
    add(_("Guides removed ({count})"), changes.guides.removed)
    for kind, records in sorted(changes.records.items()):
        # TRANSLATORS: {kind} is a folder of records, e.g. "directory" or "data/ice-287g"
        add(_("{kind}: records added ({{count}})").format(kind=kind), records.added)
        add(_("{kind}: records changed ({{count}})").format(kind=kind), records.changed)
        add(_("{kind}: records removed ({{count}})").format(kind=kind), records.removed)
    add(_("Other files changed ({count})"), [*changes.files.added, *changes.files.changed, *changes.files.removed])
    return "<ul>" + "".join(lines) + "</ul>"


class _ProgressRelay(QObject):
    """Made on the GUI thread: what the worker emits reaches the bar through a queued connection."""

    reported = Signal(str, int, int)


class UpdateContentDialog(QDialog):
    """Emits `installed(InstallResult)` once the new content is in use."""

    installed = Signal(object)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        bundled: Path | None = None,
        check: Callable[[Path], list[Problem]] = full_check,
        start_folder: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("update_content_dialog")
        self.setWindowTitle(_("Update content"))
        self.bundled = bundled or bundled_content_dir()
        self.check = check
        self.start_folder = start_folder
        self.pack_path: Path | None = None
        self.worker: Worker | None = None
        self.heading = heading_label(1.3)
        self.heading.setText(self.windowTitle())
        self.in_use_label = QLabel()
        self.in_use_label.setWordWrap(True)
        self.choose_button = QPushButton(_("Choose a content pack…"))
        self.choose_button.setObjectName("choose_pack_button")
        self.choose_button.clicked.connect(self.choose_pack)
        self.summary = QLabel(
            _("Choose the pack file, for example on a USB stick. Nothing changes until you install it.")
        )
        self.summary.setObjectName("pack_summary")
        self.summary.setWordWrap(True)
        self.force_box = QCheckBox(_("Install it although it is older than the content in use"))
        self.force_box.setObjectName("pack_force_box")
        self.force_box.hide()
        self.progress = QProgressBar()
        self.progress.setObjectName("pack_progress")
        self.progress.setRange(0, 100)
        self.progress.setAccessibleName(_("Installing the content"))
        self.progress.hide()
        self.install_button = QPushButton(_("Install"))
        self.install_button.setObjectName("install_pack_button")
        self.install_button.setEnabled(False)
        self.install_button.clicked.connect(self.install)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.install_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (
            self.heading,
            self.in_use_label,
            self.choose_button,
            self.summary,
            self.force_box,
            self.progress,
            self.buttons,
        ):
            layout.addWidget(widget)
        self.relay = _ProgressRelay(self)
        self.relay.reported.connect(self._show_progress)
        self._show_in_use()
        fit_to_screen(self, QSize(560, 380))

    def _show_in_use(self) -> None:
        from desktopguide.core.packs.install import current_content

        in_use = current_content(self.bundled)
        self.in_use_version = in_use.version
        self.in_use_label.setText(_("In use now: {content}").format(content=describe_content(in_use.root)))

    # -- choosing and checking --------------------------------------------------------------
    def choose_pack(self) -> None:
        start = self.start_folder or usb_start_folder()
        chosen, _filter = QFileDialog.getOpenFileName(self, _("Choose a content pack"), str(start), _(PACK_FILTER))
        if chosen:
            self.load_pack(Path(chosen))

    def load_pack(self, path: Path) -> None:
        self.pack_path = path
        self.install_button.setEnabled(False)
        self.force_box.hide()
        self.summary.setText(_("Checking {name}…").format(name=path.name))
        self.choose_button.setEnabled(False)
        self.worker = run_in_background(
            lambda: self._preview(path), on_success=self._show_preview, on_failure=self._show_refusal, parent=self
        )

    def _preview(self, path: Path) -> tuple[VerifiedPack, ContentChanges]:
        verified, changes, _in_use = preview(path, self.bundled)
        verified.close()
        return verified, changes

    def _show_preview(self, result: object) -> None:
        verified, changes = cast("tuple[VerifiedPack, ContentChanges]", result)
        manifest, signer = verified.manifest, verified.signer
        self.choose_button.setEnabled(True)
        intro = _("Signed by {signer} (key {fingerprint}). Content version {version} of {date}.").format(
            signer=signer.name,
            fingerprint=signer.fingerprint,
            version=manifest.content_version,
            date=manifest.created_date,
        )
        what_changes = _("What it changes:")
        self.summary.setText(f"<p>{html.escape(intro)}</p><p>{html.escape(what_changes)}</p>{changes_html(changes)}")
        older = version_key(manifest.content_version) < version_key(self.in_use_version or "0")
        self.force_box.setChecked(False)
        self.force_box.setVisible(older)
        self.install_button.setEnabled(True)

    def _show_refusal(self, error: Exception) -> None:
        self.choose_button.setEnabled(True)
        self.install_button.setEnabled(False)
        self.summary.setText(html.escape(self._sentence(error)))

    @staticmethod
    def _sentence(error: Exception) -> str:
        if isinstance(error, PackError):
            return str(error)
        return _("The pack could not be read ({reason}); nothing was changed.").format(reason=type(error).__name__)

    def reject(self) -> None:
        if (
            self.progress.isVisible()
            and self.progress.value() < 100
            and self.worker is not None
            and self.worker.running
        ):
            return  # an install under way finishes first (it is safe to cut, but then nobody is told how it went)
        super().reject()

    # -- installing ---------------------------------------------------------------------------
    def install(self) -> None:
        if self.pack_path is None:
            return
        path, force, relay = self.pack_path, self.force_box.isChecked(), self.relay
        for widget in (self.install_button, self.choose_button, self.force_box):
            widget.setEnabled(False)
        self.progress.setValue(0)
        self.progress.show()
        self.summary.setText(_("Installing… The content in use stays as it is until the new one is complete."))

        def report(stage: str, done: int, total: int) -> None:
            with contextlib.suppress(RuntimeError):  # the dialog was closed: the install goes on unseen
                relay.reported.emit(stage, done, total)

        self.worker = run_in_background(
            lambda: install_pack(path, self.bundled, force=force, check=self.check, progress=report),
            on_success=self._installed,
            on_failure=self._install_failed,
            parent=self,
        )

    def _show_progress(self, stage: str, done: int, total: int) -> None:
        start, end = STEP_SPANS.get(stage, (0, 100))
        self.progress.setValue(start + (end - start) * done // max(total, 1))

    def _installed(self, outcome: object) -> None:
        result = cast(InstallResult, outcome)
        self.progress.setValue(100)
        self.choose_button.setEnabled(True)
        self.force_box.setEnabled(True)
        self.summary.setText(
            html.escape(
                _("Installed: content version {version} is in use now.").format(version=result.manifest.content_version)
            )
        )
        self._show_in_use()
        self.installed.emit(result)

    def _install_failed(self, error: Exception) -> None:
        self.progress.setValue(0)
        self.progress.hide()
        self.choose_button.setEnabled(True)
        self.force_box.setEnabled(True)
        self.install_button.setEnabled(True)  # e.g. again with "older" ticked; nothing was changed
        self.summary.setText(html.escape(self._sentence(error)))


def reload_window_content(window: AppWindow, result: InstallResult) -> bool:
    """Show the new content in the app window, when it shows the content in use (not a --content folder)."""
    library = window.library
    if library is None or Path(library.root).resolve() != result.previous.root.resolve():
        return False
    from desktopguide.core.content.loader import load_library

    run_in_background(lambda: load_library(result.folder), on_success=window.set_library, parent=window)  # type: ignore[arg-type]
    return True


def app_window_of(widget: QWidget) -> AppWindow | None:
    from desktopguide.gui.app_window import AppWindow

    current: QWidget | None = widget
    while current is not None and not isinstance(current, AppWindow):
        current = current.parentWidget()
    return current


def open_update_content(parent: QWidget) -> UpdateContentDialog:
    """The dialog over `parent` (Settings or the kiosk's staff options); the app window follows an install."""
    dialog = UpdateContentDialog(parent)
    window = app_window_of(parent)
    if window is not None:
        dialog.installed.connect(lambda result: reload_window_content(window, result))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
