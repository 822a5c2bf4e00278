"""The interface's gettext catalogs, through Babel: extract, update, compile, check.

translations/desktopguide.pot is the template; translations/<code>/LC_MESSAGES/desktopguide.po
holds each language. Qt-free: used by `desktopguide i18n` and the tests.
"""

from __future__ import annotations

import gettext
import io
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

from desktopguide.core.content.resources import translations_dir
from desktopguide.core.storage import atomic_write_bytes

DOMAIN = "desktopguide"
PACKAGE_DIR = Path(__file__).resolve().parents[1]
KEYWORDS = {"_": None, "N_": None, "ngettext": (1, 2)}
PLACEHOLDER = re.compile(r"\{(\w*)\}")
# The header comment line that says who made a catalog's translations; a reviewer
# changes "machine" to "reviewed" once a person has checked every entry.
STATUS_LINE = re.compile(r"^# translation-status: (machine|reviewed)\s*$", re.MULTILINE)
# The counts a plural rule is tried on: a catalog's forms are matched to Babel's by what
# they do for these (1 first, so that the form for "one" keeps the singular text).
SAMPLE_COUNTS = (*range(1, 201), 0, 1_000, 10_000, 100_000, 1_000_000)
MACHINE_HEADER = (
    "# desktopguide interface strings.\n"
    "# translation-status: machine\n"
    "# Made by the desktopguide developers; not yet reviewed by a person."
)


def template_path(root: Path | None = None) -> Path:
    return (root or translations_dir()) / f"{DOMAIN}.pot"


def po_path(code: str, root: Path | None = None) -> Path:
    return (root or translations_dir()) / code / "LC_MESSAGES" / f"{DOMAIN}.po"


def extract(source_dir: Path = PACKAGE_DIR) -> Catalog:
    """Every marked string in the package, with its `# TRANSLATORS:` notes."""
    catalog = Catalog(project="desktopguide", domain=DOMAIN, charset="utf-8")
    for filename, lineno, message, comments, context in extract_from_dir(
        str(source_dir), method_map=[("**.py", "python")], keywords=KEYWORDS, comment_tags=("TRANSLATORS:",),
    ):
        catalog.add(message, None, [(f"desktopguide/{filename}", lineno)], auto_comments=comments, context=context)
    return catalog


def write_catalog(catalog: Catalog, path: Path) -> None:
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=100, omit_header=False, sort_output=True, ignore_obsolete=True)
    atomic_write_bytes(path, buffer.getvalue(), make_parents=True)


def read_catalog(path: Path, locale: str | None = None) -> Catalog:
    with path.open("rb") as handle:
        return read_po(handle, locale=locale, domain=DOMAIN)


def update(template: Catalog, code: str, locale: str | None, root: Path | None = None) -> Catalog:
    """Merge the template into a language's catalog, creating it when new; the header gets
    Babel's plural rule for the locale (a language Babel does not know keeps its own)."""
    path = po_path(code, root)
    if path.exists():
        catalog = read_catalog(path, locale)
    else:
        catalog = Catalog(
            locale=locale,
            domain=DOMAIN,
            project="desktopguide",
            charset="utf-8",
            header_comment=MACHINE_HEADER,
            fuzzy=False,
        )
    catalog.update(template, no_fuzzy_matching=True)
    if locale:
        expected = Catalog(locale=locale)
        set_plural_rule(catalog, expected.num_plurals, expected.plural_expr)
    else:
        set_plural_rule(catalog, catalog.num_plurals, catalog.plural_expr)
    write_catalog(catalog, path)
    return catalog


def plural_function(expression: str) -> Callable[[int], int]:
    """A gettext Plural-Forms expression as a function from a count to a form number."""
    return gettext.c2py(expression)


def same_plural_rule(count_a: int, expression_a: str, count_b: int, expression_b: str) -> bool:
    """Whether two plural rules pick the same form for every count tried, whatever their text."""
    rule_a, rule_b = plural_function(expression_a), plural_function(expression_b)
    return count_a == count_b and all(rule_a(n) == rule_b(n) for n in SAMPLE_COUNTS)


def set_plural_rule(catalog: Catalog, num_plurals: int, expression: str) -> None:
    """Give the catalog this plural rule, written in its header, and move each translation's
    forms to the new form numbers: a new form takes the text of the old form that the first
    count using it had (so a rule that only renumbers its forms loses no translation)."""
    old_rule, new_rule = plural_function(catalog.plural_expr), plural_function(expression)
    sources: list[int] = []
    for form in range(num_plurals):
        count = next((n for n in SAMPLE_COUNTS if new_rule(n) == form), None)
        sources.append(old_rule(count) if count is not None else -1)
    for message in catalog:
        if message.id and message.pluralizable and isinstance(message.string, (list, tuple)):
            old = list(message.string)
            message.string = tuple(old[source] if 0 <= source < len(old) else "" for source in sources)
    # Setting the header even when unchanged writes it out for a language Babel does not know.
    catalog.mime_headers = [("Plural-Forms", f"nplurals={num_plurals}; plural={expression};")]


def translation_status(catalog: Catalog) -> str:
    """'machine' or 'reviewed', from the catalog's header comment; machine when it says neither."""
    found = STATUS_LINE.search(catalog.header_comment or "")
    return found.group(1) if found else "machine"


def status_of(code: str, root: Path | None = None) -> str:
    """'machine', 'reviewed' or 'missing' for a language's catalog, from its header alone."""
    path = po_path(code, root)
    if not path.is_file():
        return "missing"
    with path.open(encoding="utf-8") as handle:
        header = "".join(line for line in itertools.islice(handle, 20) if line.startswith("#"))
    found = STATUS_LINE.search(header)
    return found.group(1) if found else "machine"


def compile_catalog(catalog: Catalog) -> bytes:
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    return buffer.getvalue()


@dataclass
class CatalogProblem:
    msgid: str
    message: str


def problems(catalog: Catalog) -> list[CatalogProblem]:
    """Placeholders that differ from the English, fuzzy entries, Babel's own checks."""
    found: list[CatalogProblem] = []
    for message in catalog:
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, (list, tuple)) else (message.id,)
        strings = message.string if isinstance(message.string, (list, tuple)) else (message.string,)
        expected = set(PLACEHOLDER.findall(ids[0])) | (set(PLACEHOLDER.findall(ids[-1])) if len(ids) > 1 else set())
        for text in strings:
            if text and set(PLACEHOLDER.findall(text)) - expected:
                found.append(CatalogProblem(ids[0], f"unknown placeholder in translation: {text!r}"))
            elif text and expected - set(PLACEHOLDER.findall(text)) and len(ids) == 1:
                found.append(CatalogProblem(ids[0], f"a placeholder is missing from the translation: {text!r}"))
        if message.fuzzy:
            found.append(CatalogProblem(ids[0], "the entry is marked fuzzy"))
        for error in message.check(catalog):
            found.append(CatalogProblem(ids[0], str(error)))
    return found


def translated_count(catalog: Catalog) -> tuple[int, int]:
    """(translated, total) messages of a catalog."""
    messages = [m for m in catalog if m.id]
    done = [m for m in messages if (all(m.string) if isinstance(m.string, (list, tuple)) else m.string) and not m.fuzzy]
    return len(done), len(messages)
