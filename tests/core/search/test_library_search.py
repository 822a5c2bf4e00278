"""LibrarySearch merges the library's and the lists' results: every word first, from either index."""

from __future__ import annotations

from desktopguide.core.search.documents import SearchDocument
from desktopguide.core.search.search_index import SearchIndex
from desktopguide.core.search.with_lists import LibrarySearch


def _filler(n: int) -> list[SearchDocument]:
    return [SearchDocument("place", f"filler-{i}", "en", f"Filler place {i}", body="nothing here") for i in range(n)]


def test_results_say_whether_they_match_every_word() -> None:
    index = SearchIndex.from_documents(
        [
            SearchDocument("guide", "both", "en", "Quiet harbor", body="A quiet harbor."),
            SearchDocument("guide", "one", "en", "Harbor rules", body="The harbor."),
            *_filler(60),
        ]
    )
    flags = {r.id: r.all_words for r in index.search("quiet harbor", "en", prefix_last=False)}
    assert flags == {"both": True, "one": False}


def test_a_record_of_the_lists_with_every_word_comes_before_a_guide_with_some() -> None:
    library = SearchIndex.from_documents(
        [SearchDocument("guide", "harbor-guide", "en", "Harbor rules", body="The harbor."), *_filler(60)]
    )
    lists = SearchIndex.from_documents(
        [SearchDocument("org", "quiet-harbor", "en", "Quiet Harbor Center", body="Legal help."), *_filler(60)]
    )
    ids = LibrarySearch(library, lists).search("quiet harbor", "en", prefix_last=False).ids
    assert ids[:2] == ["quiet-harbor", "harbor-guide"]


def test_a_record_both_indexes_hold_shows_once() -> None:
    texas = SearchDocument("place", "us-tx", "en", "Texas", summary="What the state of Texas does.")
    library = SearchIndex.from_documents([texas, *_filler(60)])
    lists = SearchIndex.from_documents([texas, *_filler(60)])
    ids = LibrarySearch(library, lists).search("texas state", "en", prefix_last=False).ids
    assert ids.count("us-tx") == 1


def test_with_the_lists_a_question_naming_a_place_gets_legal_help_there_not_the_librarys_far_away() -> None:
    # The library's organization in the reader's language is in Virginia; the question names
    # Houston: the lists' organization there answers it, and the far one is not put first.
    library = SearchIndex.from_documents(
        [
            SearchDocument(
                "org", "virginia-legal", "es", "Centro de ayuda legal",
                summary="Consejos para inmigrantes.", postal_code="22301",
            ),
            *_filler(60),
        ]
    )
    lists = SearchIndex.from_documents(
        [
            SearchDocument(
                "org", "houston-legal", "en", "Houston Legal Aid Center",
                summary="Free legal help.", postal_code="77036",
            ),
            *_filler(60),
        ]
    )
    orgs = [r.id for r in LibrarySearch(library, lists).search("abogado gratis en houston", "es") if r.kind == "org"]
    assert orgs[0] == "houston-legal"
    # Alone, the library still answers with what it has, the nearest first.
    alone = [r.id for r in LibrarySearch(library, None).search("abogado gratis en houston", "es") if r.kind == "org"]
    assert alone == ["virginia-legal"]


def test_legal_help_near_the_home_zip_comes_from_the_lists_even_when_the_librarys_guides_fill_the_page() -> None:
    guides = [
        SearchDocument("guide", f"guide-{i}", "en", f"Lawyer question {i}", body="Ask a lawyer.") for i in range(25)
    ]
    library = SearchIndex.from_documents([*guides, *_filler(60)])
    lists = SearchIndex.from_documents(
        [
            SearchDocument(
                "org", "houston-legal", "en", "Houston Legal Aid Center",
                summary="Free legal help.", postal_code="77036",
            ),
            *_filler(60),
        ]
    )
    results = LibrarySearch(library, lists).search("I need a lawyer", "en", limit=20, home_zip="77036")
    assert len(results) == 20
    assert "houston-legal" in results.ids[:3]  # after the best match, before the other guides


def test_a_word_the_librarys_guides_use_is_no_place_in_the_lists_either() -> None:
    # "ਹਵਾਈ" is Hawaii in Punjabi and the "air" of "ਹਵਾਈ ਅੱਡਾ", the airport: the lists hold
    # no guides to tell, the library does. A question about the airport names no Hawaii.
    library = SearchIndex.from_documents(
        [SearchDocument("guide", "airport", "pa", "ਹਵਾਈ ਅੱਡੇ 'ਤੇ", body="ਹਵਾਈ ਅੱਡੇ 'ਤੇ ਤੁਹਾਡੇ ਹੱਕ।"), *_filler(60)]
    )
    lists = SearchIndex.from_documents(
        [SearchDocument("place", "us-hi", "en", "Hawaii", summary="What the state of Hawaii does."), *_filler(60)]
    )
    question = "ਹਵਾਈ ਅੱਡੇ"
    assert "us-hi" in lists.search(question, "pa", prefix_last=False).ids  # alone, the lists would take it for Hawaii
    assert LibrarySearch(library, lists).search(question, "pa", prefix_last=False).ids == ["airport"]


def _a_russian_library() -> SearchIndex:
    """Its guide says "бесплатной" and "адвоката": "бесплатный адвокат" (a free lawyer) is
    corrected to those forms."""
    return SearchIndex.from_documents(
        [
            SearchDocument(
                "guide", "legal-help", "ru", "Как найти адвоката", body="Помощь бесплатной консультации адвоката."
            ),
            *_filler(60),
        ]
    )


def test_words_the_library_corrects_and_the_lists_know_as_typed_are_searched_as_typed() -> None:
    library = _a_russian_library()
    assert library.search("бесплатный адвокат", "ru", prefix_last=False).corrected_query is not None
    lists = SearchIndex.from_documents(
        [SearchDocument("org", "free-lawyer", "ru", "Бесплатный адвокат", body="Помощь."), *_filler(60)]
    )
    found = LibrarySearch(library, lists).search("бесплатный адвокат", "ru", prefix_last=False)
    assert found.ids[:1] == ["free-lawyer"] and found.corrected_query is None


def test_words_the_library_corrects_and_the_lists_do_not_know_keep_the_librarys_answer() -> None:
    # The lists did not know "бесплатный" either, and listed legal help for "адвокат" alone,
    # uncorrected: their answer replaced the library's, and the guide on finding legal help was gone.
    lists = SearchIndex.from_documents(
        [
            SearchDocument(
                "org", "community-lawyers", "en", "Community Lawyers", body="Legal help.", postal_code="90221"
            ),
            *_filler(60),
        ]
    )
    found = LibrarySearch(_a_russian_library(), lists).search("бесплатный адвокат", "ru", prefix_last=False)
    assert found.ids == ["legal-help", "community-lawyers"]


def test_a_word_the_lists_know_only_from_a_street_keeps_the_librarys_answer() -> None:
    # "drive" is in the lists only as a street's word ("Thornhill Drive"): their records,
    # with none of the question's other words, replaced the library's driving guide.
    library = SearchIndex.from_documents(
        [
            SearchDocument("guide", "driving", "en", "Stopped while driving", body="Show your driver's license."),
            *_filler(60),
        ]
    )
    lists = SearchIndex.from_documents(
        [
            SearchDocument("org", "charities", "en", "Catholic Charities", summary="241 W Thornhill Drive"),
            *_filler(60),
        ]
    )
    # "drive" is a word, left as typed beside "license" (it had been corrected to "driver").
    assert library.search("drive without a license", "en", prefix_last=False).corrected_query is None
    found = LibrarySearch(library, lists).search("drive without a license", "en", prefix_last=False)
    assert found.ids[:1] == ["driving"]


def test_a_stop_word_is_not_searched_for_beside_a_word_an_index_lacks() -> None:
    # The lists have no "husband": they searched for "my" instead, and listed "My Sister's House".
    library = SearchIndex.from_documents(
        [
            SearchDocument("guide", "detained", "en", "Someone was detained", body="My husband was detained."),
            *_filler(60),
        ]
    )
    lists = SearchIndex.from_documents(
        [SearchDocument("org", "my-sisters-house", "en", "My Sister's House", body="Legal help."), *_filler(60)]
    )
    assert LibrarySearch(library, lists).search("my husband", "en", prefix_last=False).ids == ["detained"]
    assert lists.search("my", "en", prefix_last=False).ids == ["my-sisters-house"]  # a question of stop words alone
