"""One directory record as the HTML of the directory page's detail pane: phones large and clear,
hours, languages, cost, the verified date with the over-12-months flag, and "unverified" marks
on each field the record lists in `unverified`. No colours are set, so the high-contrast theme applies.
"""

from __future__ import annotations

import html

from babel.dates import format_date

from desktopguide.core.bidi import isolate_html, isolate_untranslated
from desktopguide.core.content.model import Library
from desktopguide.core.directory.legal_help import listing_notes
from desktopguide.core.directory.query import (
    ACCREDITATION_LABELS,
    FEE_LABELS,
    KIND_LABELS,
    SERVICE_LABELS,
    DirectoryResult,
    area_label,
    distance_phrase,
    spoken_languages,
)
from desktopguide.gui.pages.place_html import locale_for, text_direction
from desktopguide.i18n import N_, _

# TRANSLATORS: the kind of phone line
PHONE_TYPE_LABELS = {
    "voice": N_("Phone"),
    "fax": N_("Fax"),
    "text": N_("Text messages"),
    "hotline": N_("Hotline"),
}


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def language_list(library: Library, codes: list[str]) -> str:
    return ", ".join(library.languages[c].native_name if c in library.languages else c for c in codes)


def record_detail_html(library: Library, result: DirectoryResult, lang: str, qr_source: str = "") -> str:
    """The detail pane; `qr_source` names the document resource holding the website's QR code, if any."""
    record = result.record
    locale = locale_for(library, lang)
    unverified = set(record.unverified)

    # Translated strings stay outside f-strings, where the extractor cannot see them.
    # TRANSLATORS: shown after a detail that no source confirms.
    unverified_word = _("unverified")

    def mark(field: str) -> str:
        return f" <i>({_e(unverified_word)})</i>" if field in unverified else ""

    def row(label: str, value: str, field: str) -> str:
        return f"<p><b>{_e(label)}</b> {value}{mark(field)}</p>"

    parts = [f"<h2>{_e(record.name)}{mark('name')}</h2>"]
    if record.alternate_name:
        parts.append(f"<p>{_e(record.alternate_name)}{mark('alternate_name')}</p>")
    kind_label = _(KIND_LABELS.get(record.kind, record.kind))
    parts.append(f"<p>{_e(kind_label)}</p>")
    distance = distance_phrase(result, locale)
    if distance:
        parts.append(f"<p><b>{_e(distance)}</b></p>")
    for phone in record.phones:
        kind = _(PHONE_TYPE_LABELS.get(phone.type, PHONE_TYPE_LABELS["voice"]))
        spoken = f" ({_e(language_list(library, phone.languages))})" if phone.languages else ""
        note = f"<br/>{_e(phone.description)}" if phone.description else ""
        parts.append(
            f'<p>{_e(kind)}:<br/><span style="font-size:22pt; font-weight:bold;">{_e(phone.display)}</span>'
            f"{mark('phones')}{spoken}{note}</p>"
        )
    # Text shown in English for want of a translation keeps its own punctuation in place.
    rtl = text_direction(library, lang) == "rtl"
    description = isolate_untranslated(record.description.get(lang), rtl)
    if description:
        parts.append(f"<p>{_e(description)}{mark('description')}</p>")
    if record.listing is not None:
        notes = "".join(f"<li>{_e(note)}</li>" for note in listing_notes(record.listing, locale))
        official = _("What the official lists say:")
        parts.append(f"<p><b>{_e(official)}</b></p><ul>{notes}</ul>")
    if record.schedule is not None:
        parts.append(row(_("Hours:"), _e(isolate_untranslated(record.schedule.get(lang), rtl)), "schedule"))
    spoken = spoken_languages(record)
    if spoken:
        parts.append(row(_("Languages spoken:"), _e(language_list(library, spoken)), "languages"))
    if record.services:
        parts.append(
            row(_("Services:"), _e(", ".join(_(SERVICE_LABELS.get(s, s)) for s in record.services)), "services")
        )
    if record.fees:
        parts.append(row(_("Cost:"), _e(_(FEE_LABELS.get(record.fees, record.fees))), "fees"))
    if record.accreditations:
        names = ", ".join(_(ACCREDITATION_LABELS.get(a, a)) for a in record.accreditations)
        parts.append(row(_("Accreditation:"), _e(names), "accreditations"))
    address = record.physical_address
    if address is not None:
        lines = [
            address.address_1,
            address.address_2,
            " ".join(p for p in (address.city, address.state_province, address.postal_code) if p),
        ]
        parts.append(row(_("Address:"), "<br/>".join(_e(line) for line in lines if line), "physical_address"))
    if record.email:
        parts.append(row(_("Email:"), _e(record.email), "email"))
    if record.url:
        parts.append(row(_("Website:"), _e(record.url), "url"))
        if qr_source:
            alt = _("QR code for {url}").format(url=record.url)
            scan = _("Scan the code with a phone camera to open the website there.")
            parts.append(f'<p><img src="{_e(qr_source)}" alt="{_e(alt)}"/><br/>{_e(scan)}</p>')
    areas = [_("Everywhere in the United States") if a.national else area_label(a) for a in record.service_area]
    if areas:
        parts.append(row(_("Serves:"), _e("; ".join(areas)), "service_area"))
    verified = _("Details as of {date}.").format(date=format_date(record.verified, format="long", locale=locale))
    if record.listing is not None and not record.service_area:
        # TRANSLATORS: a record taken from an official list; {date} is the list's date
        verified = _("Details as the list gives them on {date}.").format(
            date=format_date(record.verified, format="long", locale=locale)
        )
    parts.append(f"<p><i>{_e(verified)}</i></p>")
    if result.stale:
        stale = _("These details are over 12 months old: call first to make sure they are still right.")
        parts.append(f"<p><b>{_e(stale)}</b></p>")
    if record.unverified:
        unconfirmed = _("Details marked unverified are not confirmed by a source.")
        parts.append(f"<p><i>{_e(unconfirmed)}</i></p>")
    disclaimer = _("General legal information, not legal advice.")
    parts.append(f"<p><i>{_e(disclaimer)}</i></p>")
    direction = text_direction(library, lang)
    body = "\n".join(parts)
    # Phone numbers and English names keep their order inside right-to-left text.
    return f'<div dir="{direction}">' + (isolate_html(body) if direction == "rtl" else body) + "</div>"
