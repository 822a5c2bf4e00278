"""A content folder for the place and directory tests: made-up offices at real ZIP codes.

Names and numbers are fictional (555-01xx numbers), so distance order, service areas and
every filter can be tested without touching the real content. Dates are relative to
today, so "recent" stays recent and "stale" stays over 12 months old.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from desktopguide.core.content.model import Library
from desktopguide.core.content.problems import Problem
from tests.content_factory import write, write_minimal_content

TODAY = dt.date.today()
RECENT = (TODAY - dt.timedelta(days=30)).isoformat()
STALE = (TODAY - dt.timedelta(days=400)).isoformat()

ADVOCACY_SOURCE = """\
- id: advocacy-page
  title: Campaign page
  publisher: A community group
  kind: advocacy
"""

RECORDS = {
    "near-help": f"""\
id: near-help
name: Old Town Immigrant Law Clinic
kind: organization
description:
  en: Free immigration legal help near King Street.
  es: Ayuda legal de inmigración gratuita cerca de King Street.
services: [immigration-legal-help]
languages: [en, es]
fees: free
accreditations: [doj-recognized-organization, accredited-representative]
url: https://clinic.example.org/help
email: help@clinic.example.org
phones:
  - number: "703-555-0100"
    type: voice
    description: Intake line
    languages: [es]
physical_address:
  address_1: 1 Example Street
  city: Alexandria
  state_province: VA
  postal_code: "22314"
schedule:
  en: Monday to Friday, 9 to 5
service_area:
  - state: VA
verified: {RECENT}
sources: [legal-article]
unverified: [schedule]
translations:
  es: {{status: machine, from_hash: "0"}}
""",
    "arlington-help": f"""\
id: arlington-help
name: Arlington Defense Project
kind: organization
description: Deportation defense with attorneys.
services: [deportation-defense]
languages: [en, ar]
fees: sliding-scale
accreditations: [attorneys]
phones:
  - number: "571-555-0142"
physical_address:
  city: Arlington
  state_province: VA
  postal_code: "22201"
service_area:
  - state: VA
    county: Arlington County
  - state: VA
    county: Alexandria city
verified: {STALE}
sources: [legal-article]
""",
    "richmond-help": f"""\
id: richmond-help
name: Richmond Legal Aid Desk
kind: organization
description: Legal help for immigrants across Virginia.
services: [immigration-legal-help]
languages: [es]
fees: low-cost
physical_address:
  city: Richmond
  state_province: VA
  postal_code: "23219"
service_area:
  - state: VA
verified: {RECENT}
sources: [legal-article]
""",
    "national-hotline": f"""\
id: national-hotline
name: National Rights Hotline
kind: organization
description: A national know-your-rights hotline.
services: [know-your-rights]
phones:
  - number: "800-555-0199"
    type: hotline
    languages: [es, ar]
service_area: national
verified: {RECENT}
sources: [legal-article]
""",
    "charlotte-help": f"""\
id: charlotte-help
name: Queen City Immigrant Services
kind: organization
description: Legal help in Mecklenburg County.
services: [immigration-legal-help]
languages: [en, es]
fees: free
physical_address:
  city: Charlotte
  state_province: NC
  postal_code: "28202"
service_area:
  - state: NC
    county: Mecklenburg County
verified: {RECENT}
sources: [legal-article]
""",
}

PLACES = {
    "us-va": f"""\
id: us-va
name: Virginia
kind: state
state: VA
summary:
  en: What Virginia state law says.
  es: Lo que dice la ley del estado de Virginia.
facts:
  - topic: state-law
    agency: state
    answer: "no"
    text: No state law requires local police to enforce immigration law.
    sources: [legal-article]
    as_of: {RECENT}
verified: {RECENT}
sources: [legal-article]
translations:
  es: {{status: machine, from_hash: "0"}}
""",
    "us-va-arlington": f"""\
id: us-va-arlington
name: Arlington County
kind: county
state: VA
county: Arlington County
summary: The county's sheriff and police.
facts:
  - topic: detainers
    agency: sheriff
    answer: "no"
    text: The sheriff honors only judicial warrants.
    sources: [city-page]
    as_of: {RECENT}
  - topic: release-notification
    agency: sheriff
    answer: "yes"
    text: A campaign page says the jail calls ICE before release.
    sources: [advocacy-page]
    as_of: {RECENT}
verified: {STALE}
sources: [city-page]
unverified: [release dates]
""",
    "us-nc-charlotte": f"""\
id: us-nc-charlotte
name: Charlotte
kind: city
state: NC
county: Mecklenburg County
summary: The city of Charlotte.
facts:
  - topic: police-practice
    agency: police
    answer: "no"
    text: City police do not ask about immigration status.
    sources: [legal-article]
    as_of: {RECENT}
verified: {RECENT}
sources: [legal-article]
""",
}

LOCAL_POLICE_GUIDE = """\
---
id: local-police
title: Local police and ICE
summary: What local police may and may not do.
topics: [local-police, detainers]
sources: [legal-article]
updated: 2026-01-10
card:
  headline: Police are not ICE
  key_points:
    - Local police enforce state law.
---
# Local police and ICE

Local police enforce state and local law.
"""


def write_directory_content(root: Path) -> Path:
    """The minimal content plus the records, places and guide above; loads with no errors."""
    from desktopguide.core.content.loader import load_library
    from desktopguide.core.content.translation_status import record_source_hash

    write_minimal_content(root)
    with (root / "sources.yaml").open("a", encoding="utf-8") as sources:
        sources.write(ADVOCACY_SOURCE)
    for record_id, text in RECORDS.items():
        write(root / f"directory/{record_id}.yaml", text)
    for place_id, text in PLACES.items():
        write(root / f"places/{place_id}.yaml", text)
    write(root / "guides/local-police/en.md", LOCAL_POLICE_GUIDE)
    # Stamp the Spanish texts with the hash of their English.
    library = load_library(root)
    stamp = record_source_hash(library.directory["near-help"])
    write(root / "directory/near-help.yaml", RECORDS["near-help"].replace('from_hash: "0"', f'from_hash: "{stamp}"'))
    stamp = record_source_hash(library.places["us-va"])
    write(root / "places/us-va.yaml", PLACES["us-va"].replace('from_hash: "0"', f'from_hash: "{stamp}"'))
    return root


def directory_problems(library: Library) -> list[Problem]:
    """Every error, and any warning outside the places: their dates are relative to today, so
    they draw the date warnings of `check` (a fact newer than its document) by design."""
    return [p for p in library.problems if p.is_error or "places" not in p.path.parts]
