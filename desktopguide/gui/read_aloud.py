"""Read aloud: Qt's text-to-speech reads a guide or a card in its own language.

    button = ReadAloudButton()                       # the machine's engine, found when first needed
    button.set_reading(lambda: text, "es")           # shown only if a voice speaks Spanish
    ReadAloudButton(speaker_source=lambda: fake)     # tests: any Speaker, or None for "no engine"

The button reads "Read aloud" and, while speaking, "Stop". It is hidden (not disabled) where
there is no engine or no voice for the language, and stops speaking when it is hidden, so
leaving the page or a kiosk's reset silences it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Signal
from PySide6.QtWidgets import QPushButton, QWidget

from desktopguide.gui.translation.retranslate import Retranslating
from desktopguide.i18n import _

# Qt's own test engine speaks nothing; never offer it to a visitor.
IGNORED_ENGINES = frozenset({"mock"})
# Direction marks and isolates steer the display only; a voice may spell them out.
_BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


class Speaker(QObject):
    """Says text in a language's voice. Subclasses: QtSpeaker, and the fakes of the tests."""

    speaking_changed = Signal(bool)

    def has_voice(self, locale: str) -> bool:
        raise NotImplementedError

    def say(self, text: str, locale: str) -> None:
        raise NotImplementedError

    def stop(self) -> None:
        raise NotImplementedError

    @property
    def is_speaking(self) -> bool:
        raise NotImplementedError


def best_locale(available: list[QLocale], wanted: str) -> QLocale | None:
    """The voice locale for a language (Babel style: "es", "fa_AF", "zh_Hans"): the same language,
    preferring the same country, then the same script; None when no voice speaks it."""
    target = QLocale(wanted.replace("-", "_"))
    if target.language() in (QLocale.Language.C, QLocale.Language.AnyLanguage):
        return None  # Qt does not know the language (it would fall back to "C")
    same = [loc for loc in available if loc.language() == target.language()]
    if not same:
        return None
    same.sort(key=lambda loc: (loc.territory() != target.territory(), loc.script() != target.script()))
    return same[0]


class QtSpeaker(Speaker):
    """A Speaker over a QTextToSpeech engine."""

    def __init__(self, engine, parent: QObject | None = None) -> None:  # QTextToSpeech, imported lazily
        super().__init__(parent)
        from PySide6.QtTextToSpeech import QTextToSpeech

        self._states = QTextToSpeech.State
        self.engine = engine
        engine.setParent(self)
        engine.stateChanged.connect(lambda _state: self.speaking_changed.emit(self.is_speaking))

    def has_voice(self, locale: str) -> bool:
        return best_locale(self.engine.availableLocales(), locale) is not None

    def say(self, text: str, locale: str) -> None:
        voice_locale = best_locale(self.engine.availableLocales(), locale)
        if voice_locale is None:
            return
        self.engine.setLocale(voice_locale)
        self.engine.say(text)

    def stop(self) -> None:
        self.engine.stop()

    @property
    def is_speaking(self) -> bool:
        return self.engine.state() in (self._states.Speaking, self._states.Synthesizing)


def default_speaker() -> Speaker | None:
    """The machine's speech engine, or None: no Qt speech module (it needs libpulse), no engine,
    or an engine that failed (speech-dispatcher not running)."""
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except ImportError:
        return None
    for name in QTextToSpeech.availableEngines():
        if name in IGNORED_ENGINES:
            continue
        engine = QTextToSpeech(name)
        if engine.state() != QTextToSpeech.State.Error:
            return QtSpeaker(engine, QCoreApplication.instance())
        engine.deleteLater()
    return None


_shared: list[Speaker | None] = []


def shared_speaker() -> Speaker | None:
    """One engine for the whole app, opened the first time something could be read."""
    if not _shared:
        _shared.append(default_speaker())
    return _shared[0]


class ReadAloudButton(Retranslating, QPushButton):
    """Reads what `set_reading` gave it; "Stop" while speaking; hidden where no voice can."""

    def __init__(
        self, speaker_source: Callable[[], Speaker | None] = shared_speaker, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("read_aloud_button")
        self._speaker_source: Callable[[], Speaker | None] | None = speaker_source
        self._speaker: Speaker | None = None
        self._text: Callable[[], str] = str
        self._locale = ""
        self.clicked.connect(self._on_clicked)
        self.hide()  # until there is something to read and a voice to read it
        self.retranslate()

    @property
    def speaker(self) -> Speaker | None:
        if self._speaker_source is not None:
            source, self._speaker_source = self._speaker_source, None
            self.use_speaker(source())
        return self._speaker

    def use_speaker(self, speaker: Speaker | None) -> None:
        if self._speaker is not None:
            self._speaker.speaking_changed.disconnect(self._on_speaking_changed)
        self._speaker_source = None
        self._speaker = speaker
        if speaker is not None:
            speaker.speaking_changed.connect(self._on_speaking_changed)
        self._update()

    def set_reading(self, text: Callable[[], str], locale: str) -> None:
        """What a press reads (asked for only then) and in which language; stops any reading."""
        self.stop()
        self._text, self._locale = text, locale
        self._update()

    @property
    def can_read(self) -> bool:
        speaker = self.speaker
        return bool(self._locale) and speaker is not None and speaker.has_voice(self._locale)

    def stop(self) -> None:
        speaker = self._speaker
        if speaker is not None and speaker.is_speaking:
            speaker.stop()

    def _on_clicked(self) -> None:
        speaker = self.speaker
        if speaker is None:
            return
        if speaker.is_speaking:
            speaker.stop()
        elif self.can_read:
            text = _BIDI_CONTROLS.sub("", self._text()).strip()
            if text:
                speaker.say(text, self._locale)
        self.retranslate()

    def _on_speaking_changed(self, _speaking: bool) -> None:
        self.retranslate()

    def _update(self) -> None:
        self.setVisible(self.can_read)
        self.retranslate()

    def hideEvent(self, event) -> None:
        self.stop()  # the page or dialog went away: so does the voice
        super().hideEvent(event)

    def retranslate(self) -> None:
        speaking = self._speaker is not None and self._speaker.is_speaking
        # TRANSLATORS: a button that reads the guide or card out loud; while reading it says "Stop".
        self.setText(_("Stop reading") if speaking else _("Read aloud"))
        self.setAccessibleName(_("Stop reading aloud") if speaking else _("Read this aloud"))
