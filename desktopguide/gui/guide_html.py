"""A guide as the HTML page the reader shows: body, review date, sources, what is unverified."""

from __future__ import annotations

import datetime as dt
import html

from babel.dates import format_date

from desktopguide.core.markdown import render_html
from desktopguide.core.model import SOURCE_LANGUAGE, Guide, Library
from desktopguide.i18n import _

# A guide not reviewed for this long is shown as possibly out of date.
STALE_AFTER = dt.timedelta(days=365)

PAGE_STYLE = """
<style>
table {{ border-collapse: collapse; margin: 6px 0; }}
th, td {{ border: 1px solid #888; padding: 4px 8px; }}
th {{ background: {heading}; }}
</style>
"""
LIGHT_HEADING = "#e8eef5"


def page_style() -> str:
    """The page's table style in the theme's colours: a pale heading row on a light theme, the
    palette's alternate base on the high-contrast one (a pale row under white text is unreadable)."""
    from PySide6.QtGui import QGuiApplication, QPalette

    palette = QGuiApplication.palette()
    dark = palette.color(QPalette.ColorRole.Base).lightness() < palette.color(QPalette.ColorRole.Text).lightness()
    heading = palette.color(QPalette.ColorRole.AlternateBase).name() if dark else LIGHT_HEADING
    return PAGE_STYLE.format(heading=heading)


def babel_locale(library: Library, lang: str) -> str:
    language = library.languages.get(lang)
    return (language.locale if language and language.locale else None) or "en"


def translation_notice(library: Library, guide: Guide, lang: str) -> str:
    """One plain sentence about where this text came from, or '' for reviewed or source text."""
    text = guide.text(lang)
    if text.lang != lang:
        name = library.languages[lang].native_name if lang in library.languages else lang
        return _("This guide is not yet available in {language}. It is shown in English.").format(language=name)
    if text.lang == SOURCE_LANGUAGE:
        return ""
    if text.translation.out_of_date:
        return _("This translation is older than the English text and may be missing recent changes.")
    if text.translation.status == "machine":
        return _("This is a machine translation that a person has not yet reviewed.")
    return ""


def guide_page_html(library: Library, guide: Guide, lang: str, today: dt.date | None = None) -> str:
    text = guide.text(lang)
    locale = babel_locale(library, lang)
    text_language = library.languages.get(text.lang)
    parts = [page_style(), render_html(text.body, rtl=bool(text_language and text_language.is_rtl)), "<hr/>"]
    reviewed = format_date(guide.reviewed, format="long", locale=locale)
    # Translated strings stay outside f-strings, where the extractor cannot see them.
    reviewed_line = _("Reviewed on {date}").format(date=reviewed)
    parts.append(f"<p><b>{html.escape(reviewed_line)}</b></p>")
    if (today or dt.date.today()) - guide.reviewed > STALE_AFTER:
        stale = _("This guide was reviewed more than a year ago. Some facts may have changed.")
        parts.append(f"<p><b>{html.escape(stale)}</b></p>")
    if text.unverified:
        items = "".join(f"<li>{html.escape(item)}</li>" for item in text.unverified)
        unconfirmed = _("Not confirmed by a cited source:")
        parts.append(f"<p>{html.escape(unconfirmed)}</p><ul>{items}</ul>")
    sources = [library.sources[s] for s in guide.sources if s in library.sources]
    if sources:
        items = "".join(
            f"<li>{html.escape(s.title)}, {html.escape(s.publisher)}"
            + (f", {html.escape(format_date(s.date, format='medium', locale=locale))}" if s.date else "")
            + "</li>"
            for s in sources
        )
        where_from = _("Where these facts come from:")
        parts.append(f"<p>{html.escape(where_from)}</p><ul>{items}</ul>")
    disclaimer = _("General legal information, not legal advice.")
    parts.append(f"<p><i>{html.escape(disclaimer)}</i></p>")
    return "\n".join(parts)
