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
table { border-collapse: collapse; margin: 6px 0; }
th, td { border: 1px solid #888; padding: 4px 8px; }
th { background: #e8eef5; }
</style>
"""


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
    parts = [PAGE_STYLE, render_html(text.body, rtl=bool(text_language and text_language.is_rtl)), "<hr/>"]
    reviewed = format_date(guide.reviewed, format="long", locale=locale)
    parts.append(f"<p><b>{html.escape(_('Reviewed on {date}').format(date=reviewed))}</b></p>")
    if (today or dt.date.today()) - guide.reviewed > STALE_AFTER:
        parts.append(
            f"<p><b>{html.escape(_('This guide was reviewed more than a year ago. Some facts may have changed.'))}"
            "</b></p>"
        )
    if text.unverified:
        items = "".join(f"<li>{html.escape(item)}</li>" for item in text.unverified)
        parts.append(f"<p>{html.escape(_('Not confirmed by a cited source:'))}</p><ul>{items}</ul>")
    sources = [library.sources[s] for s in guide.sources if s in library.sources]
    if sources:
        items = "".join(
            f"<li>{html.escape(s.title)}, {html.escape(s.publisher)}"
            + (f", {html.escape(format_date(s.date, format='medium', locale=locale))}" if s.date else "")
            + "</li>"
            for s in sources
        )
        parts.append(f"<p>{html.escape(_('Where these facts come from:'))}</p><ul>{items}</ul>")
    parts.append(f"<p><i>{html.escape(_('General legal information, not legal advice.'))}</i></p>")
    return "\n".join(parts)
