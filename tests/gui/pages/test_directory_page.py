"""The directory page, used as a person would: type a ZIP, filter, open a record, print the list."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextDocument

from desktopguide.core.content.model import Library
from desktopguide.gui.pages.directory_page import DirectoryPage
from tests.directory_content import TODAY
from tests.gui.pages.typing_keys import type_and_enter


@pytest.fixture
def page(on_screen, library: Library) -> DirectoryPage:
    return on_screen(DirectoryPage(library, "en", today=TODAY))


def type_where(qtbot, page: DirectoryPage, text: str) -> None:
    type_and_enter(qtbot, page.where_field, text)


def listed_names(page: DirectoryPage) -> list[str]:
    return [page.result_list.item(i).text().split("\n")[0] for i in range(page.result_list.count())]


def choose(box, value) -> None:
    box.setCurrentIndex(box.findData(value))


def click_row(qtbot, page: DirectoryPage, row: int) -> None:
    item = page.result_list.item(row)
    rect = page.result_list.visualItemRect(item)
    qtbot.mouseClick(page.result_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_everything_is_listed_by_name_before_a_place_is_typed(page: DirectoryPage, library: Library) -> None:
    names = listed_names(page)
    assert len(names) == len(library.directory) and names == sorted(names, key=str.casefold)
    assert page.message.text() == "6 places found."


def test_typing_a_zip_lists_help_that_serves_it_nearest_first(qtbot, page: DirectoryPage) -> None:
    type_where(qtbot, page, "22314")
    assert listed_names(page) == [
        "Alex311",
        "Old Town Immigrant Law Clinic",
        "Arlington Defense Project",
        "Richmond Legal Aid Desk",
        "National Rights Hotline",
    ]
    assert (
        page.message.text()
        == "5 places found. Help that serves 22314 (Alexandria, Alexandria city, VA), nearest first."
    )
    rows = [page.result_list.item(i).text() for i in range(page.result_list.count())]
    assert "About 6 mi (9.7 km) away" in rows[2]
    assert "details over 12 months old" in rows[2]
    assert "Distance unknown: no street address" in rows[-1]


def test_filtering_by_service_language_cost_and_accreditation(qtbot, page: DirectoryPage) -> None:
    type_where(qtbot, page, "22314")
    choose(page.service_box, "immigration-legal-help")
    assert listed_names(page) == ["Old Town Immigrant Law Clinic", "Richmond Legal Aid Desk"]
    choose(page.cost_box, 1)  # Free
    assert listed_names(page) == ["Old Town Immigrant Law Clinic"]
    choose(page.service_box, "")
    choose(page.cost_box, 0)
    choose(page.language_box, "ar")
    assert listed_names(page) == ["Arlington Defense Project", "National Rights Hotline"]
    choose(page.language_box, "")
    choose(page.accreditation_box, "attorneys")
    assert listed_names(page) == ["Arlington Defense Project"]


def test_distance_limit_applies_only_with_a_zip(qtbot, page: DirectoryPage) -> None:
    assert not page.distance_box.isEnabled()
    type_where(qtbot, page, "22314")
    assert page.distance_box.isEnabled()
    choose(page.distance_box, 50)
    assert "Richmond Legal Aid Desk" not in listed_names(page)
    assert "National Rights Hotline" in listed_names(page)  # a phone line serves everywhere
    type_where(qtbot, page, "Arlington County, VA")
    assert not page.distance_box.isEnabled()
    assert "Richmond Legal Aid Desk" in listed_names(page)


def test_opening_a_record_shows_large_phones_hours_languages_and_verified_date(qtbot, page: DirectoryPage) -> None:
    type_where(qtbot, page, "22314")
    click_row(qtbot, page, listed_names(page).index("Old Town Immigrant Law Clinic"))
    text = page.detail_view.toPlainText()
    assert "(703) 555-0100" in text and "Intake line" in text
    assert "Hours: Monday to Friday, 9 to 5 (unverified)" in text  # the record lists schedule as unverified
    assert "Languages spoken: English, español" in text
    assert "Cost: Free" in text
    assert "Accreditation: DOJ-recognized organization, Accredited representative" in text
    assert "Details as of" in text and "over 12 months old" not in text
    assert "font-size:22pt" in page.detail_view.toHtml().replace(" ", "")
    assert page.detail_view.accessibleName() == "Details of Old Town Immigrant Law Clinic"


def test_the_website_is_shown_as_text_and_as_a_qr_code_never_opened(qtbot, page: DirectoryPage) -> None:
    type_where(qtbot, page, "22314")
    click_row(qtbot, page, listed_names(page).index("Old Town Immigrant Law Clinic"))
    assert "Website: https://clinic.example.org/help" in page.detail_view.toPlainText()
    assert not page.qr_image.isNull() and page.qr_image.width() > 50
    document = page.detail_view.document()
    shown = document.resource(QTextDocument.ResourceType.ImageResource, QUrl("qr:near-help"))
    assert shown is not None and shown.cacheKey() == page.qr_image.cacheKey()
    assert 'src="qr:near-help"' in page.detail_view.toHtml()
    assert not page.detail_view.openLinks() and not page.detail_view.openExternalLinks()
    click_row(qtbot, page, listed_names(page).index("Arlington Defense Project"))
    assert page.qr_image.isNull() and "<img" not in page.detail_view.toHtml()  # no website, no code
    assert "These details are over 12 months old" in page.detail_view.toPlainText()


def test_print_this_list_sends_the_shown_record_ids_in_order(qtbot, page: DirectoryPage) -> None:
    type_where(qtbot, page, "22314")
    choose(page.service_box, "immigration-legal-help")
    with qtbot.waitSignal(page.print_list_requested) as printed:
        qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    assert printed.args == [["near-help", "richmond-help"]]


def test_a_bad_zip_is_explained_and_nothing_can_be_printed(qtbot, page: DirectoryPage) -> None:
    type_where(qtbot, page, "99999")
    assert page.message.text() == "There is no U.S. ZIP code 99999."
    assert page.result_list.count() == 0
    assert not page.print_button.isEnabled()


def test_nothing_found_suggests_fewer_filters(qtbot, page: DirectoryPage) -> None:
    type_where(qtbot, page, "28202")
    choose(page.accreditation_box, "attorneys")
    assert page.message.text().startswith("0 places found.") and "Try fewer filters." in page.message.text()


def test_a_record_can_be_opened_by_id_from_another_page(page: DirectoryPage) -> None:
    assert page.show_record("charlotte-help")
    assert "Queen City Immigrant Services" in page.detail_view.toPlainText()
    assert not page.show_record("no-such-record")


def test_guide_links_are_signals(qtbot, page: DirectoryPage) -> None:
    with qtbot.waitSignal(page.guide_requested) as guide:
        page.detail_view.anchorClicked.emit(QUrl("guide:local-police"))
    assert guide.args == ["local-police"]


def test_switching_language_shows_descriptions_in_that_language(qtbot, page: DirectoryPage) -> None:
    type_where(qtbot, page, "22314")
    click_row(qtbot, page, listed_names(page).index("Old Town Immigrant Law Clinic"))
    page.set_language("es")
    assert "Ayuda legal de inmigración gratuita" in page.detail_view.toPlainText()
    assert page.service_box.count() > 1 and page.where_field.text() == "22314"


def test_controls_have_accessible_names_and_fit_a_small_screen(page: DirectoryPage) -> None:
    for widget in (
        page.where_field,
        page.find_button,
        page.distance_box,
        page.service_box,
        page.language_box,
        page.cost_box,
        page.accreditation_box,
        page.result_list,
        page.print_button,
    ):
        assert widget.accessibleName(), widget.objectName()
    hint = page.minimumSizeHint()
    assert hint.width() <= 1024 and hint.height() <= 600


def test_arabic_details_run_right_to_left(qtbot, page: DirectoryPage) -> None:
    page.set_language("ar")
    page.show_record("near-help")
    block = page.detail_view.document().begin()
    assert block.blockFormat().layoutDirection() == Qt.LayoutDirection.RightToLeft
