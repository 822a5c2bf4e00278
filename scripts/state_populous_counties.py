"""Write each state's most populous county (desktopguide/core/search/data/
state_populous_counties.yaml) from UWCHR's table of counties by ICE area of responsibility,
which gives each county's Census population estimate for 2022. The project's copy of the
table is the default (the importers' tests read it too); a newer one can be given:

    .venv/bin/python scripts/state_populous_counties.py [county-ice-area-of-responsibility.csv]

Search lists the legal help for a question that names a state and nothing nearer ("lawyer
in texas") nearest this county, where most of the state's people live, not nearest the
state's geographic middle (Waco, for Texas).
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from desktopguide.core.places.geo import STATE_NAMES

PROJECT = Path(__file__).resolve().parent.parent
SEARCH_DATA = PROJECT / "desktopguide" / "core" / "search" / "data"
TABLE = PROJECT / "tests" / "fixtures" / "data" / "county-ice-area-of-responsibility-2022.csv"
OUTPUT = SEARCH_DATA / "state_populous_counties.yaml"
HEADER = """\
# Each state's most populous county, by the Census Bureau's population estimates for 2022 as
# the University of Washington Center for Human Rights' table of counties by ICE area of
# responsibility gives them (github.com/UWCHR/ice-facilities, analyze/hand/county_aor.csv;
# the project's copy: county-ice-area-of-responsibility-2022.csv). Search lists legal help
# for a question naming only a state nearest this county's ZIP codes. Names as the table
# writes them. Written by scripts/state_populous_counties.py; do not edit by hand.
"""


def most_populous(rows: list[dict[str, str]]) -> dict[str, dict[str, object]]:
    """For each state (two-letter code), its county with the largest estimate; rows whose
    state, name or estimate cannot be read are left out."""
    codes = {name.casefold(): code for code, name in STATE_NAMES.items()}
    found: dict[str, dict[str, object]] = {}
    for row in rows:
        county, _comma, state_name = (row.get("name") or "").rpartition(",")
        code = codes.get(state_name.strip().casefold())
        try:
            population = int(row.get("estimate") or "")
        except ValueError:
            continue
        if code is None or not county.strip():
            continue
        if code not in found or population > int(str(found[code]["population_2022"])):
            found[code] = {"county": county.strip(), "population_2022": population}
    return dict(sorted(found.items()))


def read_table(path: Path) -> dict[str, dict[str, object]]:
    with open(path, encoding="utf-8", newline="") as source:
        return most_populous(list(csv.DictReader(source)))


def main(argv: list[str]) -> int:
    if len(argv) > 2:
        print(__doc__, file=sys.stderr)
        return 2
    table = Path(argv[1]) if len(argv) == 2 else TABLE
    try:
        found = read_table(table)
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        print(f"{table} could not be read as the county table: {error}", file=sys.stderr)
        return 1
    if not found:
        print(f"{table} has no county rows with a state and a population estimate.", file=sys.stderr)
        return 1
    OUTPUT.write_text(HEADER + yaml.safe_dump(found, allow_unicode=True, sort_keys=True), encoding="utf-8")
    print(f"{len(found)} states written to {OUTPUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
