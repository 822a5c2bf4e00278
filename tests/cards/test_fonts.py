"""Every script prints: characters are checked against the fonts in use before anything is drawn."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktopguide.cards import CardSpec, MissingGlyphError, fonts, write_cards_pdf
from desktopguide.cli.main import main
from desktopguide.core.content.loader import load_library
from desktopguide.core.content.model import Library
from tests.cards.scripts import TEXTS

# A few words of every script the shipped languages are written in.
SAMPLES = {
    "ar": "لا أوافق على دخولكم", "fa": "من حق دارم ساکت بمانم", "prs": "من حق دارم خاموش بمانم",
    "ps": "زه چوپ پاتې کېدل غواړم ټ ځ ښ ګ ڼ", "zh": "我不同意你们进入", "ko": "문을 열지 마세요",
    "am": "በሩን አይክፈቱ", "ti": "ማዕጾ ኣይትኽፈቱ", "pa": "ਦਰਵਾਜ਼ਾ ਨਾ ਖੋਲ੍ਹੋ", "ru": "Не открывайте дверь",
    "uk": "Не відчиняйте двері ї є ґ", "vi": "Đừng mở cửa. Tôi không đồng ý", "hmn": "Tsis txhob qhib qhov rooj",
    "ht": "Pa louvri pòt la", "tl": "Huwag buksan ang pinto", "fr": "N’ouvrez pas la porte", "pt": "Não abra a porta",
    "es": "No abra la puerta ¿Qué? «sí»", "en": "Do not open the door – “yes” · (703) 746-4444",
}


def test_every_shipped_language_has_its_fonts_installed(qapp) -> None:
    library = load_library()
    for code, language in library.languages.items():
        assert code in SAMPLES, f"add a sample of {language.english_name} to this test"
        # Raises MissingGlyphError, naming the font to install, when the machine lacks it.
        fonts.check_glyphs(SAMPLES[code] + language.native_name, code, language.english_name)


def test_a_missing_font_is_an_error_naming_the_language_and_the_font_to_install(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    without_ethiopic = frozenset(f for f in fonts.installed_families() if "Ethiopic" not in f)
    monkeypatch.setattr(fonts, "installed_families", lambda: without_ethiopic)
    with pytest.raises(MissingGlyphError) as caught:
        write_cards_pdf(library, CardSpec("agents-at-door", "am"), tmp_path / "am.pdf")
    message = str(caught.value)
    assert "Amharic" in message
    assert "Noto Sans Ethiopic (Debian package fonts-noto-core)" in message
    assert not (tmp_path / "am.pdf").exists()


def test_a_character_no_font_has_is_refused_rather_than_printed_as_a_box(
    script_content: Path, tmp_path: Path, qapp
) -> None:
    path = script_content / "guides/agents-at-door/zh.md"
    path.write_text(
        path.read_text(encoding="utf-8").replace(TEXTS["zh"][0], TEXTS["zh"][0] + "\ue000"), encoding="utf-8"
    )
    with pytest.raises(MissingGlyphError, match=r"Chinese card has the character .* \(U\+E000\)"):
        write_cards_pdf(load_library(script_content), CardSpec("agents-at-door", "zh"), tmp_path / "zh.pdf")


def test_check_reports_a_missing_glyph_at_the_card_line(
    script_content: Path, capsys: pytest.CaptureFixture[str], qapp
) -> None:
    path = script_content / "guides/agents-at-door/ar.md"
    path.write_text(
        path.read_text(encoding="utf-8").replace(TEXTS["ar"][1], TEXTS["ar"][1] + "\ue000"), encoding="utf-8"
    )
    card_line = path.read_text(encoding="utf-8").splitlines().index("card:") + 1
    assert main(["check", "--content", str(script_content)]) == 1
    assert f"{path}:{card_line}: error: the Arabic card has the character" in capsys.readouterr().out


def test_each_script_is_set_in_its_own_font_before_the_latin_one(qapp) -> None:
    assert fonts.font_families("am")[0] == "Noto Sans Ethiopic"
    assert fonts.font_families("ar")[0] == "Noto Sans Arabic"
    assert fonts.font_families("zh")[0] == "Noto Sans CJK SC"
    assert fonts.font_families("ko")[0] == "Noto Sans CJK KR"
    assert fonts.font_families("pa")[0] == "Noto Sans Gurmukhi"
    assert fonts.font_families("ru") == ["Noto Sans"]
