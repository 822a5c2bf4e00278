"""A place answer as the HTML the "what happens here" page shows: facts per agency in plain
language, each with its source and date; claims marked as claims; the no-profile fallback.

Links are `guide:<id>` and `org:<id>`; the page turns them into signals. No colours are
set, so the high-contrast theme applies.
"""

from __future__ import annotations

import html

from babel.dates import format_date

from desktopguide.core.bidi import isolate_html
from desktopguide.core.directory_query import DirectoryResult, distance_phrase
from desktopguide.core.model import Library, Place
from desktopguide.core.place_lookup import (
    AGENCY_LABELS,
    KIND_LABELS,
    PlaceAnswer,
    fact_heading,
    facts_by_agency,
)
from desktopguide.i18n import _


def locale_for(library: Library, lang: str) -> str:
    language = library.languages.get(lang)
    return (language.locale if language and language.locale else None) or "en"


def text_direction(library: Library, lang: str) -> str:
    language = library.languages.get(lang)
    return "rtl" if language is not None and language.is_rtl else "ltr"


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def profile_html(library: Library, answer: PlaceAnswer, place: Place, lang: str) -> list[str]:
    locale = locale_for(library, lang)
    kind = _(KIND_LABELS.get(place.kind, place.kind))
    parts = [f"<h2>{_e(place.name)} ({_e(kind)})</h2>", f"<p>{_e(place.summary.get(lang))}</p>"]
    checked = _("Profile checked on {date}.").format(date=format_date(place.verified, format="long", locale=locale))
    if answer.profile_is_stale(place):
        checked += " " + _("Not verified for over 12 months: it may be out of date.")
    parts.append(f"<p><i>{_e(checked)}</i></p>")
    if place.unverified:
        parts.append(
            f"<p><b>{_e(_('Not confirmed by a source: {items}').format(items='; '.join(place.unverified)))}</b></p>"
        )
    for agency, views in facts_by_agency(library, place):
        parts.append(f"<h3>{_e(_(AGENCY_LABELS.get(agency, agency)))}</h3>")
        for view in views:
            fact = view.fact
            heading = fact_heading(view)
            body = _e(fact.text.get(lang))
            if view.is_claim:
                body = f"<i>{body}</i>"
            cited = "; ".join(f"{s.title}, {s.publisher}" for s in view.sources) or ", ".join(fact.sources)
            source = _("Source: {sources}. As of {date}.").format(
                sources=cited, date=format_date(fact.as_of, format="long", locale=locale)
            )
            parts.append(f"<p><b>{_e(heading)}</b><br/>{body}<br/><small>{_e(source)}</small></p>")
    return parts


def place_answer_html(library: Library, answer: PlaceAnswer, lang: str, help_results: list[DirectoryResult]) -> str:
    locale = locale_for(library, lang)
    parts = [f"<h1>{_e(_('What happens here: {place}').format(place=answer.location.label()))}</h1>"]
    if answer.missing:
        parts.append(f"<p><b>{_e(answer.missing)}</b></p>")
    for place in answer.nearby_profiles:
        note = _(
            "{name} ({kind}) has a profile; it applies only inside the city. Ask about one of its ZIP codes to see it."
        ).format(name=place.name, kind=_(KIND_LABELS.get(place.kind, place.kind)))
        parts.append(f"<p>{_e(note)}</p>")
    for place in answer.profiles:
        parts.extend(profile_html(library, answer, place, lang))
    if answer.guides:
        parts.append(f"<h2>{_e(_('Guides that apply everywhere'))}</h2><ul>")
        for guide in answer.guides:
            text = guide.text(lang)
            parts.append(f'<li><a href="guide:{_e(guide.id)}">{_e(text.title)}</a>: {_e(text.summary)}</li>')
        parts.append("</ul>")
    if answer.contacts:
        parts.append(f"<h2>{_e(_('Local contacts'))}</h2><ul>")
        for record in answer.contacts:
            phones = ", ".join(p.display for p in record.phones)
            parts.append(
                f'<li><a href="org:{_e(record.id)}">{_e(record.name)}</a>'
                + (f": <b>{_e(phones)}</b>" if phones else "")
                + "</li>"
            )
        parts.append("</ul>")
    parts.append(f"<h2>{_e(_('Nearest legal help'))}</h2>")
    if not help_results:
        parts.append(f"<p>{_e(_('The directory has no legal help for this place.'))}</p>")
    else:
        parts.append("<ul>")
        for result in help_results:
            record = result.record
            details = [d for d in (distance_phrase(result, locale), ", ".join(p.display for p in record.phones)) if d]
            stale = f" ({_e(_('not verified for over 12 months'))})" if result.stale else ""
            parts.append(
                f'<li><a href="org:{_e(record.id)}">{_e(record.name)}</a>{stale}<br/>{_e(" · ".join(details))}</li>'
            )
        parts.append("</ul>")
    parts.append(f"<p><i>{_e(_('General legal information, not legal advice.'))}</i></p>")
    direction = text_direction(library, lang)
    body = "\n".join(parts)
    # Phone numbers and English names keep their order inside right-to-left text.
    return f'<div dir="{direction}">' + (isolate_html(body) if direction == "rtl" else body) + "</div>"
