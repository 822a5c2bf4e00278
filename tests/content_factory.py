"""Writes a small content folder that passes `desktopguide check` with no problems.

The validator tests each break one thing in it and look for the problem at its line,
so the line numbers of these files matter: change them and the tests say where.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

from desktopguide.core.content.guides import guide_source_hash
from desktopguide.core.content.loader import load_library
from desktopguide.core.content.translation_status import record_source_hash

LANGUAGES = """\
- code: en
  locale: en
- code: es
  locale: es
- code: ar
  locale: ar
"""

SOURCES = """\
- id: city-page
  title: Status of ICE Operations
  publisher: City of Alexandria, Virginia
  kind: official
  date: 2026-02-19
- id: legal-article
  title: Do Local Police Work With ICE?
  publisher: A legal information site
  kind: legal-information
"""

GUIDE_EN = """\
---
id: agents-at-door
title: Immigration agents at your door
summary: You do not have to open the door.
topics: [home, ice]
sources: [legal-article]
updated: 2026-01-10
related: [stopped]
card:
  headline: Do not open the door
  key_points:
    - Talk through the closed door.
  phrases:
    - I do not consent to your entry.
  officer_statement: I do not consent to your entry.
  contacts: [city-hotline]
---
# Immigration agents at your door

Keep the door closed. Read about a [detainer](term:detainer) and
what to do when [stopped](guide:stopped).
"""

GUIDE_ES = """\
---
id: agents-at-door
title: Agentes de inmigración en su puerta
summary: No tiene que abrir la puerta.
card:
  headline: No abra la puerta
  key_points:
    - Hable a través de la puerta cerrada.
translation:
  status: machine
  from_hash: "{hash}"
---
# Agentes de inmigración en su puerta

Mantenga la puerta cerrada. Lea sobre una [orden de retención](term:detainer) y qué hacer si lo [paran](guide:stopped).
"""

GUIDE_STOPPED = """\
---
id: stopped
title: Stopped by police
summary: You have the right to remain silent.
topics: [street]
sources: [legal-article]
updated: 2026-01-10
card:
  headline: Stay calm
  key_points:
    - You may remain silent.
---
# Stopped by police

You may ask: am I free to leave?
"""

DIRECTORY = """\
id: city-hotline
name: Alex311
kind: public-office
description:
  en: The city's information line.
  es: La línea de información de la ciudad.
services: [city-information]
phones:
  - number: "703-746-4311"
    type: voice
physical_address:
  city: Alexandria
  state_province: VA
  postal_code: "22314"
service_area:
  - state: VA
    county: Alexandria city
verified: 2026-02-19
sources: [city-page]
translations:
  es: {{status: machine, from_hash: "{hash}"}}
"""

PLACE = """\
id: us-va-alexandria
name: Alexandria
kind: city
state: VA
county: Alexandria city
summary: The city does not assist with civil immigration enforcement.
facts:
  - topic: 287g
    agency: police
    answer: "no"
    text: The city has no 287(g) agreement.
    sources: [city-page]
    as_of: 2026-02-19
contacts: [city-hotline]
verified: 2026-02-19
sources: [city-page]
"""

TERM = """\
id: detainer
term:
  en: ICE detainer
definition:
  en: A written request from ICE to keep a person in jail up to 48 hours longer.
synonyms:
  en: [immigration hold]
sources: [legal-article]
"""


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def write_minimal_content(root: Path) -> Path:
    write(root / "languages.yaml", LANGUAGES)
    write(root / "sources.yaml", SOURCES)
    write(root / "guides/agents-at-door/en.md", GUIDE_EN)
    write(root / "guides/stopped/en.md", GUIDE_STOPPED)
    write(root / "directory/city-hotline.yaml", DIRECTORY.format(hash="0"))
    write(root / "places/us-va-alexandria.yaml", PLACE)
    write(root / "glossary/detainer.yaml", TERM)
    # Stamp the translations with the hash of the English they were made from.
    library = load_library(root)
    guide_hash = guide_source_hash(library.guides["agents-at-door"].source_text)
    write(root / "guides/agents-at-door/es.md", GUIDE_ES.format(hash=guide_hash))
    record_hash = record_source_hash(library.directory["city-hotline"])
    write(root / "directory/city-hotline.yaml", DIRECTORY.format(hash=record_hash))
    return root


def dedent(text: str) -> str:
    return textwrap.dedent(text)
