"""Staff update the content from a pack: pick it (a USB stick first), see what it changes, install it."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from desktopguide.core.content import resources
from desktopguide.core.kiosk.settings import KioskSettings
from desktopguide.core.packs import install as install_module
from desktopguide.core.packs.active import active_content_dir, forget_resolution
from desktopguide.core.packs.build import build_pack
from desktopguide.core.packs.keys import generate_key_pair, load_public_key
from desktopguide.core.packs.trust import trust_key
from desktopguide.gui.dialogs import update_content_dialog
from desktopguide.gui.dialogs.about_dialog import AboutDialog
from desktopguide.gui.dialogs.update_content_dialog import UpdateContentDialog, usb_start_folder
from desktopguide.gui.kiosk.admin_dialog import AdminDialog


@pytest.fixture
def bundled(content: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The test content stands for the content bundled with the app; packs go to this test's folders."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setattr(resources, "bundled_content_dir", lambda: content)
    monkeypatch.setattr(update_content_dialog, "bundled_content_dir", lambda: content)
    (content / "content.yaml").write_text("version: 2026.01.01\n", encoding="utf-8")
    forget_resolution()
    yield content
    forget_resolution()


@pytest.fixture
def pack(bundled: Path, tmp_path: Path) -> Path:
    """A pack signed by a trusted key that changes one guide."""
    secret, public = generate_key_pair(tmp_path / "maintainer")
    trust_key(load_public_key(public), "Test legal aid")
    newer = Path(shutil.copytree(bundled, tmp_path / "newer"))
    guide = newer / "guides" / "agents-at-door" / "en.md"
    guide.write_text(
        guide.read_text(encoding="utf-8").replace("Keep the door closed.", "Keep the door shut."), encoding="utf-8"
    )
    return build_pack(newer, secret, tmp_path / "update.dgpack", content_version="2026.02.01").path


@pytest.fixture
def file_dialog(monkeypatch: pytest.MonkeyPatch) -> dict[str, object]:
    """The file dialog answers with the chosen pack and notes where it was opened."""
    asked: dict[str, object] = {}

    def answer(parent, caption, folder, filters):
        asked["folder"] = folder
        return str(asked["answer"]), filters

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(answer))
    return asked


@pytest.fixture
def open_from_settings(qtbot, window):
    """Settings > Update content…; both dialogs closed after the test."""
    opened = []

    def open_it() -> UpdateContentDialog:
        settings = window.open_settings()
        opened.append(settings)
        settings.update_content_button.click()
        dialog = settings.findChild(UpdateContentDialog)
        assert dialog is not None and dialog.isVisible()
        return dialog

    yield open_it
    for settings in opened:
        settings.reject()


def test_staff_pick_a_pack_see_what_it_changes_and_install_it(
    qtbot, window, bundled: Path, pack: Path, file_dialog, tmp_path: Path, monkeypatch, open_from_settings
) -> None:
    threads: list[threading.Thread] = []
    real_install = install_module.install_pack

    def install_noting_thread(*args, **kwargs):
        threads.append(threading.current_thread())
        return real_install(*args, **kwargs)

    monkeypatch.setattr(update_content_dialog, "install_pack", install_noting_thread)
    dialog = open_from_settings()
    dialog.start_folder = tmp_path
    assert "bundled with the app" in dialog.in_use_label.text()
    file_dialog["answer"] = pack
    dialog.choose_button.click()
    assert file_dialog["folder"] == str(tmp_path)
    qtbot.waitUntil(dialog.install_button.isEnabled, timeout=30_000)
    assert "Signed by Test legal aid" in dialog.summary.text()
    assert "Guides changed (1)" in dialog.summary.text() and "agents-at-door" in dialog.summary.text()
    assert active_content_dir(bundled) == bundled  # nothing changes before Install

    progress_seen: list[int] = []
    dialog.progress.valueChanged.connect(progress_seen.append)
    with qtbot.waitSignal(dialog.installed, timeout=120_000) as installed:
        dialog.install_button.click()
        assert not dialog.install_button.isEnabled() and dialog.progress.isVisible()
    result = installed.args[0]
    assert threads and threads[0] is not threading.main_thread()  # the GUI thread never waited for it
    assert dialog.progress.value() == 100 and len(set(progress_seen)) > 3
    assert active_content_dir(bundled) == result.folder
    assert "2026.02.01" in dialog.in_use_label.text()
    # The app window now shows the new content.
    qtbot.waitUntil(lambda: window.library.root == result.folder, timeout=30_000)
    assert "Keep the door shut." in window.library.guides["agents-at-door"].texts["en"].body


def test_a_refused_pack_is_named_in_one_sentence_and_cannot_be_installed(
    qtbot, window, bundled: Path, pack: Path, file_dialog, tmp_path: Path, open_from_settings
) -> None:
    stranger, _public = generate_key_pair(tmp_path / "stranger")
    foreign = build_pack(bundled, stranger, tmp_path / "foreign.dgpack", content_version="2026.02.01").path
    dialog = open_from_settings()
    file_dialog["answer"] = foreign
    dialog.choose_button.click()
    qtbot.waitUntil(lambda: "does not trust" in dialog.summary.text(), timeout=30_000)
    assert not dialog.install_button.isEnabled()
    assert active_content_dir(bundled) == bundled


def test_kiosk_staff_options_offer_update_content(qtbot, window, bundled: Path) -> None:
    admin = AdminDialog(KioskSettings(), parent=window)
    qtbot.addWidget(admin)
    admin.update_content_button.click()
    assert admin.findChild(UpdateContentDialog) is not None


def test_about_says_which_content_is_in_use(qtbot, window, bundled: Path, pack: Path) -> None:
    about = AboutDialog(window.library, "en", window)
    qtbot.addWidget(about)
    assert "bundled with the app" in about.summary.text()
    result = install_module.install_pack(pack, bundled)
    from desktopguide.core.content.loader import load_library

    about = AboutDialog(load_library(result.folder), "en", window)
    qtbot.addWidget(about)
    text = about.summary.text()
    assert "2026.02.01" in text and "Test legal aid" in text


def test_the_file_dialog_opens_on_a_usb_stick_first(tmp_path: Path) -> None:
    media = tmp_path / "media"
    assert usb_start_folder((media,), home=tmp_path) == tmp_path  # no /media: home
    (media / "KIOSK-UPDATE").mkdir(parents=True)
    assert usb_start_folder((media,), home=tmp_path) == media / "KIOSK-UPDATE"


def test_an_older_pack_installs_only_when_staff_tick_the_box(
    qtbot, window, bundled: Path, pack: Path, file_dialog, tmp_path: Path, open_from_settings
) -> None:
    install_module.install_pack(pack, bundled)  # 2026.02.01 in use
    older_content = Path(shutil.copytree(bundled, tmp_path / "older"))
    older = build_pack(
        older_content, tmp_path / "maintainer.key", tmp_path / "older.dgpack", content_version="2026.01.15"
    ).path
    dialog = open_from_settings()
    file_dialog["answer"] = older
    dialog.choose_button.click()
    qtbot.waitUntil(dialog.install_button.isEnabled, timeout=30_000)
    assert dialog.force_box.isVisible() and not dialog.force_box.isChecked()
    dialog.install_button.click()
    qtbot.waitUntil(lambda: "older than the content in use" in dialog.summary.text(), timeout=60_000)
    assert "2026.02.01" in dialog.in_use_label.text()
    dialog.force_box.setChecked(True)
    with qtbot.waitSignal(dialog.installed, timeout=120_000):
        dialog.install_button.click()
    assert "2026.01.15" in dialog.in_use_label.text()
