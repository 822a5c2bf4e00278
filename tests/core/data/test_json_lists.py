"""A list published as JSON takes its date from its file name, or is refused with a name to use."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktopguide.core.data.cleaning import ListFormatError
from desktopguide.core.data.json_lists import date_in_name


def test_a_day_or_only_a_month_in_the_name_gives_the_date_and_says_which() -> None:
    assert date_in_name(Path("recognized-organizations-2026-09-13.json"), "x.json") == ("2026-09-13", True)
    assert date_in_name(Path("pro-bono-providers-2026-07.json"), "x.json") == ("2026-07-01", False)


@pytest.mark.parametrize("name", ["pro-bono-providers.json", "pro-bono-providers-2026-13.json"])
def test_a_name_without_a_real_date_is_refused_with_one_that_has_it(name: str) -> None:
    with pytest.raises(ListFormatError) as refused:
        date_in_name(Path(name), "recognized-organizations-2026-09-13.json", "roster")
    assert str(refused.value) == (
        f"{name} does not say the roster's date: name it like recognized-organizations-2026-09-13.json."
    )
