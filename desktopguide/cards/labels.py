"""The words a card prints around the content, in the card's own language.

A card is printed in the visitor's language whatever language the app is in, so these
strings are looked up in that language's catalog, not through the current `_`.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from gettext import NullTranslations

from desktopguide.i18n import N_, load_translations

# TRANSLATORS: above the things a person can say out loud, on a printed card
SAY = N_("You can say:")
# TRANSLATORS: above the statement a person hands or shows to an officer, on a printed card
SHOW_OFFICER = N_("Show this to the officer:")
# TRANSLATORS: before the English version of the officer statement on a card in another language
IN_ENGLISH = N_("In English:")
# TRANSLATORS: heading of the list of phone numbers on a printed card
LOCAL_HELP = N_("Help near you:")
NOT_ADVICE = N_("General legal information, not legal advice.")
# TRANSLATORS: {date} is the day the card's text was written or last changed (not a review)
UPDATED = N_("Updated {date}")
# TRANSLATORS: on a printed card whose text no lawyer has checked
NO_LEGAL_REVIEW = N_("Not yet reviewed by a lawyer.")
# TRANSLATORS: on a printed card; {date} is the day a lawyer checked its text
LEGAL_REVIEW = N_("Reviewed by a lawyer {date}")
# TRANSLATORS: {content} is a content hash, {version} the program version: they tell which texts were printed
CONTENT_VERSION = N_("Content {content}, desktopguide {version}")
MACHINE = N_("Machine translation, not yet reviewed by a person.")
OUT_OF_DATE = N_("This translation is older than the English text.")
# TRANSLATORS: heading of a printed list of legal-aid organizations
HELP_LIST_TITLE = N_("Free and low-cost legal help")
# TRANSLATORS: on a printed list of organizations; {date} is the date of the newest source of its details
VERIFIED = N_("Details as of {date}")
# TRANSLATORS: on a printed list of organizations, before the languages spoken there
LANGUAGES_SPOKEN = N_("Languages:")


@functools.cache
def _catalog(lang: str) -> NullTranslations:
    return NullTranslations() if lang == "en" else load_translations(lang)


def labels_for(lang: str) -> Callable[[str], str]:
    """A gettext for one language's card labels (English where no catalog has the string)."""
    return _catalog(lang).gettext
