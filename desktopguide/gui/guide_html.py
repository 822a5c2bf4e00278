"""A guide as the HTML page the reader shows: disclaimer, status, body, review date, sources."""

from __future__ import annotations

import html

from babel.dates import format_date

from desktopguide.core.markdown import render_html
from desktopguide.core.model import SOURCE_LANGUAGE, Guide, Library
from desktopguide.i18n import _


def _locale_for(library: Library, lang: str) -> str:
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


def guide_page_html(library: Library, guide: Guide, lang: str) -> str:
    text = guide.text(lang)
    parts = []
    notice = translation_notice(library, guide, lang)
    if notice:
        parts.append(f'<p style="background:#fff4d6; padding:6px;"><b>{html.escape(notice)}</b></p>')
    parts.append(render_html(text.body))
    reviewed = format_date(guide.reviewed, format="long", locale=_locale_for(library, lang))
    parts.append("<hr/>")
    parts.append(f"<p><b>{html.escape(_('Reviewed on {date}').format(date=reviewed))}</b></p>")
    sources = [library.sources[s] for s in guide.sources if s in library.sources]
    if sources:
        items = "".join(
            f"<li>{html.escape(s.title)}, {html.escape(s.publisher)}"
            + (f", {html.escape(format_date(s.date, format='medium', locale=_locale_for(library, lang)))}" if s.date else "")
            + "</li>"
            for s in sources
        )
        parts.append(f"<p>{html.escape(_('Where these facts come from:'))}</p><ul>{items}</ul>")
    parts.append(f"<p><i>{html.escape(_('General legal information, not legal advice.'))}</i></p>")
    return "\n".join(parts)
