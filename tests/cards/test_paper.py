"""The cards' paper sizes cover exactly the papers people are offered."""

from __future__ import annotations

from desktopguide.cards import PAPERS
from desktopguide.core.papers import FULL_PAGE_PAPERS, PAPER_IDS


def test_every_paper_offered_has_a_size_and_no_other() -> None:
    assert tuple(PAPERS) == PAPER_IDS
    assert all(PAPERS[paper].name == paper for paper in PAPER_IDS)
    assert [paper for paper in PAPER_IDS if not PAPERS[paper].is_wallet] == list(FULL_PAGE_PAPERS)
