"""A guide as the HTML page the reader shows: body, dates (written, reviewed), sources, what is unverified."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable

from babel.dates import format_date

from desktopguide.core.content.markdown import render_html
from desktopguide.core.content.model import SOURCE_LANGUAGE, Guide, Library, Review, Source
from desktopguide.i18n import N_, _

# One whole sentence per kind of review: translators never assemble "reviewed by" + a noun.
REVIEW_SENTENCES = {
    # TRANSLATORS: under a guide; {date} is the day a lawyer checked its facts
    "legal": N_("Reviewed by a lawyer on {date}."),
    # TRANSLATORS: under a translated guide; {date} is the day a fluent person checked this translation
    "language": N_("This translation was checked by a fluent reader on {date}."),
}

# A guide not changed for this long is shown as possibly out of date.
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
    parts.extend(f"<p><b>{html.escape(line)}</b></p>" for line in guide_date_lines(guide, lang, locale, today))
    if text.unverified:
        items = "".join(f"<li>{html.escape(item)}</li>" for item in text.unverified)
        unconfirmed = _("Not confirmed by a cited source:")
        parts.append(f"<p>{html.escape(unconfirmed)}</p><ul>{items}</ul>")
    sources = [library.sources[s] for s in guide.sources if s in library.sources]
    if sources:
        items = "".join(f"<li>{html.escape(source_line(s, locale))}</li>" for s in sources)
        where_from = _("Where these facts come from:")
        parts.append(f"<p>{html.escape(where_from)}</p><ul>{items}</ul>")
    disclaimer = _("General legal information, not legal advice.")
    parts.append(f"<p><i>{html.escape(disclaimer)}</i></p>")
    return "\n".join(parts)


def guide_date_lines(guide: Guide, lang: str, locale: str, today: dt.date | None = None) -> list[str]:
    """When the guide was written or last changed, who reviewed it and when (or that no lawyer has)."""
    def day(value: dt.date) -> str:
        return format_date(value, format="long", locale=locale)

    lines = [_("Written or last changed on {date}.").format(date=day(guide.updated))]
    legal = guide.legal_review
    lines.append(review_line(legal, day) if legal else _("No lawyer has reviewed this guide yet."))
    text = guide.texts.get(lang)
    language = text.last_review("language") if text is not None and lang != SOURCE_LANGUAGE else None
    if language:
        lines.append(review_line(language, day))
    if (today or dt.date.today()) - guide.updated > STALE_AFTER:
        lines.append(_("This guide was last changed more than a year ago. Some facts may have changed."))
    return lines


def review_line(review: Review, day: Callable[[dt.date], str]) -> str:
    return _(REVIEW_SENTENCES[review.kind]).format(date=day(review.date))


def source_line(source: Source, locale: str) -> str:
    """A cited document: title, publisher and its date, or, for an undated one, the day it was read, said so."""
    line = f"{source.title}, {source.publisher}"
    if source.date:
        return line + ", " + format_date(source.date, format="medium", locale=locale)
    if source.accessed:
        # TRANSLATORS: after a document that gives no date of its own; {date} is the day it was read
        read_on = format_date(source.accessed, format="medium", locale=locale)
        return line + ", " + _("undated, read on {date}").format(date=read_on)
    return line + ", " + _("undated")
