"""Small test guides in Arabic, Chinese and Amharic (Ethiopic script), for cards in every script."""

from __future__ import annotations

from pathlib import Path

from desktopguide.core.content.guides import guide_source_hash
from desktopguide.core.content.loader import load_library
from tests.content_factory import write

EXTRA_LANGUAGES = """\
- code: zh
  locale: zh_Hans
  native_name: 中文
  english_name: Chinese
- code: am
  locale: am
"""

# headline, key point, phrase, officer statement
TEXTS: dict[str, tuple[str, str, str, str]] = {
    "ar": (
        "لا تفتح الباب",
        "تحدث من خلف الباب المغلق.",
        "لا أوافق على دخولكم.",
        "لا أوافق على دخولكم. أختار أن أبقى صامتًا.",
    ),
    "zh": ("不要开门", "隔着关着的门说话。", "我不同意你们进入。", "我不同意你们进入。我选择保持沉默。"),
    "am": ("በሩን አይክፈቱ", "በተዘጋው በር በኩል ይነጋገሩ።", "እንድትገቡ አልፈቅድም።", "እንድትገቡ አልፈቅድም። ዝም የማለት መብቴን እጠቀማለሁ።"),
}

GUIDE = """\
---
id: agents-at-door
title: {headline}
summary: {point}
card:
  headline: {headline}
  key_points:
    - {point}
  phrases:
    - {phrase}
  officer_statement: {statement}
translation:
  status: machine
  from_hash: "{hash}"
---
# {headline}

{point}
"""


def add_script_guides(root: Path) -> Path:
    """Add Chinese and Amharic to the languages and the door guide in Arabic, Chinese and Amharic."""
    languages = root / "languages.yaml"
    languages.write_text(languages.read_text(encoding="utf-8") + EXTRA_LANGUAGES, encoding="utf-8")
    source_hash = guide_source_hash(load_library(root).guides["agents-at-door"].source_text)
    for lang, (headline, point, phrase, statement) in TEXTS.items():
        write(
            root / f"guides/agents-at-door/{lang}.md",
            GUIDE.format(headline=headline, point=point, phrase=phrase, statement=statement, hash=source_hash),
        )
    return root
