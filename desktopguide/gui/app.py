"""Start the desktop app: the language screen at once, the library as soon as it has loaded."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from desktopguide.core.content.problems import ContentError
from desktopguide.core.language.list_cache import load_languages_cached


def has_display() -> bool:
    """Whether Qt has somewhere to draw; without one it would abort the process."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    if sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def run_app(content: Path | None = None, lang: str | None = None, kiosk: bool = False) -> int:
    languages = load_languages_cached(content)
    if lang in ("en-XA", "ar-XB"):  # a developer's pseudo-locale: every string longer, or reversed right to left
        from desktopguide.i18n.pseudo import pseudo_languages

        languages = {**languages, **pseudo_languages()}
    if lang and lang not in languages:
        raise ContentError(f"'{lang}' is not a language of this guide; choose one of: {', '.join(languages)}")
    if not has_display():
        raise ContentError("there is no display to open the app on (set DISPLAY, or run it in a desktop session)")

    from desktopguide.gui.local_printing import use_local_print_server

    use_local_print_server()  # before Qt's print support first asks CUPS anything
    from PySide6.QtWidgets import QApplication

    from desktopguide.gui.app_window import AppWindow
    from desktopguide.gui.first_paint import ENV_VAR as FIRST_PAINT_ENV
    from desktopguide.gui.first_paint import exit_after_first_paint, when_first_painted
    from desktopguide.gui.preferences import PreferenceStore
    from desktopguide.gui.touch import install_touch_style

    kiosk_settings = read_kiosk_settings(kiosk)
    kiosk = kiosk or kiosk_settings.start_in_kiosk_mode
    if kiosk:
        from desktopguide.gui.kiosk.core_dumps import disable_core_dumps
        from desktopguide.gui.touch import use_virtual_keyboard

        disable_core_dumps()  # a crash must not write what visitors typed and read to disk
        use_virtual_keyboard()  # Qt reads the input method once, as the application starts
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("desktopguide")
    app.setOrganizationName("desktopguide")
    # At a kiosk a touch screen may send its taps as mouse events: then a drag flicks too.
    touch_style = install_touch_style(app, mouse_flicks=True if kiosk else None)
    touch_style.hold_kinetic_scrolling()
    # A kiosk starts from the staff's saved choices and writes none of the visitors'.
    # A kiosk starts every visit on the language screen (in --lang's language, if given).
    window = AppWindow(
        languages, PreferenceStore(persistent=not kiosk, read_saved=True), first_language=None if kiosk else lang
    )

    def after_first_paint() -> None:
        # The first screen needs only the language list; the rest loads on a worker once it
        # is painted, and flicking is set up then.
        touch_style.release_kinetic_scrolling()
        load_library_in_background(window, content)
        if kiosk:
            from PySide6.QtCore import QTimer

            from desktopguide.gui.kiosk.warm_keyboard import warm_up_keyboard

            QTimer.singleShot(0, lambda: warm_up_keyboard(window))  # not at the first visitor's tap

    when_first_painted(window.stack.currentWidget(), after_first_paint)
    if os.environ.get(FIRST_PAINT_ENV):
        # Installed last, so it runs first: the benchmark times the first paint alone.
        exit_after_first_paint(window.stack.currentWidget())
    if kiosk:
        from desktopguide.gui.kiosk.kiosk_mode import KioskMode

        KioskMode.install(window, kiosk_settings, visitor_language=lang).present()
    else:
        window.show()
    return app.exec()


def read_kiosk_settings(kiosk: bool):
    """The staff's kiosk settings. A damaged file does not stop a kiosk (it starts locked, with the
    defaults, and says why on stderr); without --kiosk it only means "do not start as a kiosk"."""
    from desktopguide.core.kiosk.settings import KioskSettings, KioskSettingsError, load_settings

    try:
        return load_settings()
    except KioskSettingsError as error:
        if kiosk:
            print(f"desktopguide: {error} The kiosk starts with its default settings.", file=sys.stderr)
        return KioskSettings()


def load_library_in_background(window, content: Path | None) -> None:
    """Read and check the content on a worker thread; the window gets it, or a calm message."""
    from desktopguide.gui.worker import run_in_background

    def load():
        from desktopguide.core.content.loader import load_library

        return load_library(content)

    run_in_background(load, on_success=window.set_library, on_failure=window.show_load_failure, parent=window)
