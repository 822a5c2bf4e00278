"""Multilingual full-text search over the Library: ranked with Tantivy, shown from SQLite (Qt-free).

`SearchIndex.for_library(library)` opens the cached index (building it when the content
changed) and `index.search(query, lang)` returns `SearchResults`.
"""

from desktopguide.core.search.documents import KINDS, SearchDocument
from desktopguide.core.search.results import SearchResult, SearchResults
from desktopguide.core.search.search_index import SearchIndex

__all__ = ["KINDS", "SearchDocument", "SearchIndex", "SearchResult", "SearchResults"]
