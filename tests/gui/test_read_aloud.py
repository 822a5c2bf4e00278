"""Read aloud: the button reads the open guide in its language where a voice speaks it, says
"Stop" while reading, and is hidden (not disabled) where there is no engine or no voice."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt

from desktopguide.gui.app_window import AppWindow
from desktopguide.gui.history import Location
from desktopguide.gui.read_aloud import ReadAloudButton, Speaker, best_locale, default_speaker
from desktopguide.i18n import _


class FakeSpeaker(Speaker):
    """Speaks the languages it is given; remembers what it was asked to say."""

    def __init__(self, languages: set[str]) -> None:
        super().__init__()
        self.languages = languages
        self.said: list[tuple[str, str]] = []
        self._speaking = False

    def has_voice(self, locale: str) -> bool:
        return locale.split("_")[0] in self.languages

    def say(self, text: str, locale: str) -> None:
        self.said.append((text, locale))
        self._speaking = True
        self.speaking_changed.emit(True)

    def stop(self) -> None:
        self._speaking = False
        self.speaking_changed.emit(False)

    @property
    def is_speaking(self) -> bool:
        return self._speaking


def open_guide(window: AppWindow, lang: str, guide_id: str, speaker: Speaker | None) -> ReadAloudButton:
    window.reader.read_aloud_button.use_speaker(speaker)
    window.choose_language(lang)
    window.go(Location("guide", guide_id))
    return window.reader.read_aloud_button


def test_read_aloud_reads_the_open_guide_in_its_language_and_stop_stops(qtbot, window: AppWindow) -> None:
    speaker = FakeSpeaker({"en", "es"})
    button = open_guide(window, "es", "agents-at-door", speaker)
    assert button.isVisible()
    assert button.text() == _("Read aloud")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    [(text, locale)] = speaker.said
    assert locale == "es"
    assert "Mantenga la puerta cerrada." in text
    assert "Written or last changed on" not in text  # the dates and sources under the guide are not read
    assert speaker.is_speaking
    assert button.text() == _("Stop reading")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not speaker.is_speaking
    assert button.text() == _("Read aloud")


def test_the_button_is_hidden_where_no_voice_speaks_the_guides_language(window: AppWindow) -> None:
    button = open_guide(window, "es", "agents-at-door", FakeSpeaker({"en"}))
    assert not button.isVisible()


def test_a_guide_shown_in_english_is_read_with_an_english_voice(qtbot, window: AppWindow) -> None:
    speaker = FakeSpeaker({"en"})
    button = open_guide(window, "ar", "stopped", speaker)  # not translated: shown in English
    assert button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    [(text, locale)] = speaker.said
    assert locale == "en" and "You may ask" in text


def test_the_button_is_hidden_where_the_machine_has_no_speech_engine(window: AppWindow) -> None:
    button = open_guide(window, "en", "agents-at-door", None)
    assert not button.isVisible()
    assert window.reader.print_button.isVisible()  # the rest of the bar is unchanged


def test_leaving_the_guide_stops_the_voice(qtbot, window: AppWindow) -> None:
    speaker = FakeSpeaker({"en"})
    button = open_guide(window, "en", "agents-at-door", speaker)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert speaker.is_speaking
    window.go_home()
    assert not speaker.is_speaking


def test_opening_another_guide_stops_the_first_one(qtbot, window: AppWindow) -> None:
    speaker = FakeSpeaker({"en"})
    button = open_guide(window, "en", "agents-at-door", speaker)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    window.go(Location("guide", "stopped"))
    assert not speaker.is_speaking
    assert button.isVisible()


def test_voice_locale_prefers_the_same_country_then_any_of_the_language() -> None:
    voices = [QLocale("fa_IR"), QLocale("en_US"), QLocale("en_GB"), QLocale("zh_CN"), QLocale("es_ES")]
    assert best_locale(voices, "fa_AF") == QLocale("fa_IR")  # Dari read by a Persian voice
    assert best_locale(voices + [QLocale("fa_AF")], "fa_AF") == QLocale("fa_AF")
    assert best_locale(voices, "en_GB") == QLocale("en_GB")
    assert best_locale(voices, "zh_Hans") == QLocale("zh_CN")
    assert best_locale(voices, "es") == QLocale("es_ES")
    assert best_locale(voices, "am") is None
    assert best_locale(voices, "hmn") is None  # a language Qt does not know


def test_qt_speech_engine_reads_through_the_same_button(qtbot) -> None:
    """Qt's own test engine ("mock") stands in for speech-dispatcher: the real QtSpeaker path."""
    # No skip: scripts/setup.sh installs libpulse0, without which this import fails, and that
    # failure should show.
    from PySide6 import QtTextToSpeech

    from desktopguide.gui.read_aloud import QtSpeaker

    speaker = QtSpeaker(QtTextToSpeech.QTextToSpeech("mock"))
    assert speaker.has_voice("en") and not speaker.has_voice("am")
    button = ReadAloudButton(lambda: speaker)
    qtbot.addWidget(button)
    button.set_reading(lambda: "Keep the door closed.", "en")
    button.show()
    with qtbot.waitSignal(speaker.speaking_changed, check_params_cb=lambda speaking: speaking, timeout=5000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert speaker.engine.locale().language() == QLocale.Language.English
    speaker.stop()


def test_the_default_engine_is_never_qts_test_engine() -> None:
    speaker = default_speaker()
    assert speaker is None or speaker.engine.engine() != "mock"


def test_the_card_print_preview_reads_the_card_aloud(qtbot, window: AppWindow) -> None:
    from desktopguide.gui.dialogs.print_dialog import CardPrintDialog

    dialog = CardPrintDialog(window.library, "agents-at-door", "es", window)
    qtbot.addWidget(dialog)
    speaker = FakeSpeaker({"es"})
    dialog.read_aloud_button.use_speaker(speaker)
    dialog.resize(1024, 700)  # the options toolbar fits, so nothing is folded into its overflow menu
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.read_aloud_button.isVisible()
    qtbot.mouseClick(dialog.read_aloud_button, Qt.MouseButton.LeftButton)
    [(text, locale)] = speaker.said
    card = window.library.guides["agents-at-door"].card_text("es").card
    assert locale == "es" and text.startswith(card.headline) and card.key_points[0] in text
    dialog.reject()
    assert not speaker.is_speaking  # closing the preview silences it


def test_the_card_print_preview_has_no_read_aloud_button_without_a_voice(qtbot, window: AppWindow) -> None:
    from desktopguide.gui.dialogs.print_dialog import CardPrintDialog

    dialog = CardPrintDialog(window.library, "agents-at-door", "es", window)
    qtbot.addWidget(dialog)
    dialog.read_aloud_button.use_speaker(FakeSpeaker({"en"}))
    dialog.resize(1024, 700)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.read_aloud_button.isVisible()
    dialog.reject()
