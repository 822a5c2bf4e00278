"""Each importer on the agency's real file: counts checked against what the file holds."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from desktopguide.core.data.eoir_roster import pdf_text
from desktopguide.core.data.ice_offices import aor_of_field_office
from desktopguide.core.data.refresh import ImportOutcome
from desktopguide.core.data.snapshot import read_snapshot, snapshot_path

Imported = tuple[Path, dict[str, ImportOutcome]]


def records(imported: Imported, kind: str) -> tuple[dict[str, Any], ...]:
    return read_snapshot(snapshot_path(imported[0], kind)).records


def by_id(imported: Imported, kind: str) -> dict[str, dict[str, Any]]:
    return {r["id"]: r for r in records(imported, kind)}


# -- EOIR roster (PDF) ------------------------------------------------------------------------

def test_roster_reads_every_office_of_both_kinds_with_its_phone(imported: Imported, fixtures: Path) -> None:
    offices = records(imported, "eoir-roster")
    text = pdf_text(fixtures / "raroster-orgs-reps-by-state-and-city-2025-04-21.pdf")
    section_1 = text[: text.index("Accredited Representative          Accreditation")]
    # Every office block starts with its label line; 16 blocks repeat an office's mailing address.
    labels = len(re.findall(r"(?m)^(?:.*Principal Office|.*Extension Off\w*|[^\n]*Office)\s*$", section_1))
    assert len(offices) > 1550 and abs(len(offices) + 16 - labels) < 40
    kinds = Counter(o["office_type"] for o in offices)
    assert kinds["principal"] > 950 and kinds["extension"] > 580
    phones = {o["phone"] for o in offices if o["phone"]}
    assert sum(1 for o in offices if o["phone"]) == 1540
    printed = set(re.findall(r"\(\d{3}\) \d{3}-\d{4}", section_1))
    assert phones <= printed  # no phone that the roster does not print


def test_roster_office_block_reads_dates_and_pending_renewal(imported: Imported) -> None:
    dothan = by_id(imported, "eoir-roster")[
        "al-36302-catholic-social-services-archdiocese-of-mobile-dothan-extension-office"
    ]
    assert dothan["office_type"] == "extension"
    assert (dothan["street"], dothan["city"], dothan["state"], dothan["zip"]) == (
        "557 West Main Street",
        "Dothan",
        "AL",
        "36302",
    )
    assert dothan["phone"] == "(334) 793-3601"
    assert (dothan["recognized"], dothan["expires"], dothan["pending_renewal"]) == ("2000-04-06", "2025-03-01", True)
    assert dothan["county_fips"] == "01069"


def test_roster_repairs_a_zip_that_lost_its_leading_zero_only_when_hud_knows_it(imported: Imported) -> None:
    framingham = [o for o in records(imported, "eoir-roster") if o["organization"] == "Metrowest Legal Services, Inc."]
    assert [o["zip"] for o in framingham] == ["01702"]


def test_roster_counts_representatives_without_keeping_their_names(imported: Imported) -> None:
    offices = records(imported, "eoir-roster")
    hispanic = [o for o in offices if o["organization"] == "Hispanic Catholic Social Services"]
    assert hispanic and hispanic[0]["representatives"] == 1 and hispanic[0]["fully_accredited"] is False
    assert any(o["fully_accredited"] for o in offices)
    text = snapshot_path(imported[0], "eoir-roster").read_text(encoding="utf-8")
    for person in ("Cabrera Balderrama", "Leinnette", "Serret, Ivana"):
        assert person not in text


def test_roster_import_notes_how_many_representatives_it_counted(imported: Imported) -> None:
    note = imported[1]["eoir-roster"].notes[0]
    counted = int(re.search(r"(\d+) representatives", note).group(1))  # type: ignore[union-attr]
    assert 2650 <= counted <= 2800  # the roster lists about 2,700


# -- EOIR JSON lists -----------------------------------------------------------------------------


def test_recognized_list_keeps_every_organization_and_empties_a_field_it_cannot_read(
    imported: Imported, fixtures: Path
) -> None:
    raw = json.loads((fixtures / "recognized-organizations-2026-09-13.json").read_text(encoding="utf-8"))
    found = records(imported, "eoir-recognized")
    assert len(found) == len(raw) == 851
    three_dates = [r for r in raw if len(str(r["organization_recognized_date"]).split()) > 1]
    assert len(three_dates) == 1
    same = [r for r in found if r["organization"] == three_dates[0]["organization_name"]]
    assert same[0]["recognized"] is None and same[0]["expires"] is not None


def test_pro_bono_drops_rows_that_name_no_organization_and_counts_them(imported: Imported, fixtures: Path) -> None:
    raw = json.loads((fixtures / "pro-bono-providers-2026-07.json").read_text(encoding="utf-8"))
    outcome = imported[1]["eoir-pro-bono"]
    found = records(imported, "eoir-pro-bono")
    assert outcome.header.dropped == len(raw) - len(found) >= 40
    for record in found:
        assert not record["organization"].endswith(":")
        assert not re.match(r"(?i)toll free|mailing address|information hotline", record["organization"])
        assert record["street"] is None or not re.search(r"\d{3}\)? ?\d{3}-\d{4}", record["street"])


def test_pro_bono_takes_the_phone_out_of_an_address_and_keeps_headings_of_known_offices(imported: Imported) -> None:
    found = records(imported, "eoir-pro-bono")
    aba = [r for r in found if r["organization"] == "ABA Commission on Immigration Detention"]
    assert aba[0]["street"] == "1050 Connecticut Avenue, NW, Unit 400"
    assert aba[0]["phone"] == "(855) 641-6081"
    assert aba[0]["detained"] is True
    assert any(r["organization"] == "American Gateways – Waco Extension Office" for r in found)


def test_pro_bono_languages_are_language_names_only(imported: Imported) -> None:
    languages = Counter(name for r in records(imported, "eoir-pro-bono") for name in r["languages"])
    assert languages["Spanish"] > 20
    assert not {"languages", "Any", "other", "Interpreters available"} & set(languages)


# -- ICE 287(g) ------------------------------------------------------------------------------------


def _sheet_models(path: Path) -> Counter[str]:
    sheet = openpyxl.load_workbook(path, read_only=True).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    column = [str(c).strip() for c in rows[0]].index("SUPPORT TYPE")
    return Counter(str(r[column]).strip() for r in rows[1:] if r[column])


def test_287g_agreements_per_model_match_the_sheet(imported: Imported, fixtures: Path) -> None:
    sheet = _sheet_models(fixtures / "287g-participating-agencies-2026-05-18.xlsx")
    found = Counter(r["model"] for r in records(imported, "ice-287g") if r["status"] == "participating")
    assert found == {
        "task-force": sheet["Task Force Model"],
        "warrant-service-officer": sheet["Warrant Service Officer"],
        "jail-enforcement": sheet["Jail Enforcement Model"],
    }
    assert sum(found.values()) == 1843


def test_287g_links_are_unwrapped_to_ice_gov(imported: Imported) -> None:
    agreements = records(imported, "ice-287g")
    links = [r["agreement_url"] for r in agreements if r["agreement_url"]]
    assert len(links) == 1680  # 163 rows say "link pending"
    assert all(link.startswith("https://www.ice.gov/") for link in links)
    colbert = [
        r
        for r in agreements
        if r["agency"] == "Colbert County Sheriff's Office" and r["model"] == "warrant-service-officer"
    ]
    assert (
        colbert[0]["agreement_url"]
        == "https://www.ice.gov/doclib/287gMOA/ColbertCoSheriffsOfficeAL_WSO_MOA_05.08.25.pdf"
    )


def test_287g_cells_lose_their_stray_spaces(imported: Imported) -> None:
    agreements = records(imported, "ice-287g")
    assert {r["agency_type"] for r in agreements} == {"County", "Municipality", "State Agency"}
    assert all(r["agency"] == r["agency"].strip() and "  " not in r["agency"] for r in agreements)


def test_houston_police_department_in_missouri_is_not_houstons(imported: Imported) -> None:
    houston = [r for r in records(imported, "ice-287g") if r["agency"] == "Houston Police Department"]
    assert [(r["state"], r["county_fips"]) for r in houston] == [("MO", "29215")]


def test_287g_says_how_each_county_was_found(imported: Imported) -> None:
    agreements = records(imported, "ice-287g")
    found_by = Counter(r["county_found_by"] for r in agreements)
    assert found_by["name"] > 1500 and found_by["spelling"] > 0 and found_by["city"] > 0
    frankin = [r for r in agreements if r["county"] == "Frankin County"]
    assert frankin[0]["county_fips"] == "01059" and frankin[0]["county_found_by"] == "spelling"


def test_287g_harris_county_georgia_agreements_are_in_georgia(imported: Imported) -> None:
    harris = [r for r in records(imported, "ice-287g") if r["agency"] == "Harris County Sheriff's Office"]
    assert harris and {r["county_fips"] for r in harris} == {"13145"}


def test_287g_statewide_agencies_have_no_county_and_unresolved_counties_are_reported(imported: Imported) -> None:
    agreements = records(imported, "ice-287g")
    assert all(r["county_fips"] is None for r in agreements if r["agency_type"] == "State Agency")
    notes = " ".join(imported[1]["ice-287g"].notes)
    assert re.search(r"\d+ county names could not be matched to a FIPS code", notes)


def test_287g_pending_agencies_join_the_participating_ones(imported: Imported) -> None:
    agreements = records(imported, "ice-287g")
    pending = [r for r in agreements if r["status"] == "pending"]
    assert len(pending) == 2 and {r["list_date"] for r in pending} == {"2026-02-27"}
    assert sum(1 for r in agreements if r["status"] == "participating") == 1843


# -- ICE facilities and offices ------------------------------------------------------------------


def test_facilities_are_every_row_of_the_statistics_sheet_and_the_over_72_list(
    imported: Imported, fixtures: Path
) -> None:
    sheet = openpyxl.load_workbook(fixtures / "detention-statistics-FY26-2026-04-09.xlsx", read_only=True)[
        "Facilities FY26"
    ]
    rows = list(sheet.iter_rows(values_only=True))
    named = sum(1 for r in rows[10:] if r[0])
    found = records(imported, "ice-facilities")
    assert sum(1 for r in found if r["on_statistics_list"]) == named == 203
    assert sum(1 for r in found if r["over_72_hours"]) > 150
    imperial = [r for r in found if r["name"] == "IMPERIAL REGIONAL DETENTION FACILITY"]
    assert imperial[0]["state"] == "CA"  # its State cell is empty; its ZIP says California


def test_every_ero_field_office_has_its_area_code(imported: Imported) -> None:
    offices = records(imported, "ice-offices")
    field = [r for r in offices if r["office_type"] == "ERO field office"]
    assert len(field) == 25 and all(r["aor"] for r in field)
    assert {r["aor"] for r in field} >= {"WAS", "HOU", "CHI", "PHO", "ATL", "HLG"}


# -- DOJ, HUD, county table ----------------------------------------------------------------------


def test_sanctuary_counties_resolve_by_fips(imported: Imported) -> None:
    listed = by_id(imported, "doj-sanctuary")
    assert listed["county-md-baltimore-county"]["fips"] == "24005"
    assert listed["county-il-cook-county"]["fips"] == "17031"
    assert listed["state-il-illinois"]["fips"] == "17"
    assert listed["city-il-chicago"]["county_fips_for_city"] == "17031"
    assert len(listed) == 35


def test_hud_crosswalk_keeps_every_row_with_a_county(imported: Imported, fixtures: Path) -> None:
    lines = (fixtures / "hud-zip-county-2023q1.csv").read_text(encoding="utf-8").splitlines()[1:]
    unplaced = sum(1 for line in lines if line.split(",")[1] == "99999")
    outcome = imported[1]["hud-zip-county"]
    assert outcome.header.records == len(lines) - unplaced
    assert outcome.header.dropped == unplaced


def test_county_table_names_every_county_with_its_area(imported: Imported) -> None:
    counties = by_id(imported, "county-ice-aor")
    assert len(counties) == 3220
    assert counties["51510"] == {
        "id": "51510",
        "county_fips": "51510",
        "county": "Alexandria city",
        "state": "VA",
        "aor": "WAS",
    }
    assert counties["48201"]["county"] == "Harris County" and counties["48201"]["aor"] == "HOU"


@pytest.mark.parametrize("kind", ["eoir-roster", "ice-287g", "ice-facilities", "doj-sanctuary", "hud-zip-county"])
def test_snapshot_headers_carry_the_list_date_and_publisher(imported: Imported, kind: str) -> None:
    header = read_snapshot(snapshot_path(imported[0], kind)).header
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", header.date)
    assert header.publisher and header.url.startswith("https://")


@pytest.mark.parametrize(
    ("office", "code"),
    [("Washington Field Office", "WAS"), ("Washington D.C. Field Office", "WAS"), ("Miramar Sub Office", "MIA")],
)
def test_field_offices_and_the_over_72_list_name_areas_from_one_table_of_codes(office: str, code: str) -> None:
    assert aor_of_field_office(office) == code
