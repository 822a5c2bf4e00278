"""Search latency on a synthetic 20,000-record corpus in ten languages, the real content
(every guide, term, place and directory record in every language) and the national
lists (every legal-help provider, ICE office, detention facility and county).

Prints the percentiles of `SearchIndex.search` (our whole layer: folding, synonyms, typo
fallback, ranking, snippets) and of a bare ranking of the same words on the same index
(every word, by BM25 with the field boosts: `SearchIndex.bare_search`), the build time
and the index size (the SQLite records and the Tantivy ranking index together).
`--corpus-out FILE` also writes the corpus as JSON lines and the queries beside it, so
other engines can be measured on the same work.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import tempfile
import time
from pathlib import Path

from desktopguide.core.storage import atomic_path, atomic_write_text

REPEATS = 5
RECORDS = 20_000


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--records",
        type=int,
        default=RECORDS,
        metavar="N",
        help=f"synthetic records to generate (default {RECORDS:,}; fewer for a quick check)",
    )
    parser.add_argument(
        "--cpu-time",
        action="store_true",
        help="also give the searching thread's CPU time percentiles (cpu_p50_ms, cpu_p95_ms, bare_cpu_p95_ms): "
        "on a busy machine the wall clock also counts other processes",
    )
    parser.add_argument(
        "--corpus-out",
        type=Path,
        metavar="FILE",
        help="write the corpus as JSON lines to FILE and the queries to FILE.queries.json",
    )


def run(args: argparse.Namespace) -> dict[str, float | int]:
    from desktopguide.bench.synthetic_corpus import generate, queries
    from desktopguide.core.content.loader import load_library
    from desktopguide.core.search import SearchIndex
    from desktopguide.core.search.documents import library_documents, national_documents
    from desktopguide.core.search.synonyms import SynonymTable

    library = load_library(getattr(args, "content", None))
    documents = [
        *(record.document() for record in generate(args.records)),
        *library_documents(library),
        *national_documents(library),
    ]
    query_set = queries()
    if args.corpus_out is not None:
        _write_corpus(args.corpus_out, documents, query_set)

    with tempfile.TemporaryDirectory(prefix="desktopguide-bench-") as folder:
        path = Path(folder) / "index"
        started = time.perf_counter()
        index = SearchIndex.from_documents(documents, SynonymTable.from_glossary(library.glossary.values()), path)
        build_s = time.perf_counter() - started
        index_bytes = sum(file.stat().st_size for file in path.rglob("*") if file.is_file())

        for query, lang in query_set:  # warm the page cache for both
            index.search(query, lang)
            index.bare_search(query)
        ours: list[float] = []
        bare: list[float] = []
        # CPU time of the searching thread too: on a busy machine the wall clock counts the
        # time other processes had the processor.
        ours_cpu: list[float] = []
        bare_cpu: list[float] = []
        for _ in range(REPEATS):
            for query, lang in query_set:
                # Every keystroke is a new query: nothing compiled for an earlier one helps
                # (highlighting keeps nothing between queries; `re`'s cache is cleared).
                re.purge()
                started, cpu_started = time.perf_counter(), time.thread_time()
                index.search(query, lang, limit=20)
                ours.append(time.perf_counter() - started)
                ours_cpu.append(time.thread_time() - cpu_started)
                started, cpu_started = time.perf_counter(), time.thread_time()
                index.bare_search(query, limit=20)
                bare.append(time.perf_counter() - started)
                bare_cpu.append(time.thread_time() - cpu_started)
        index.close()

    ours_cuts = _percentiles(ours)
    bare_cuts = _percentiles(bare)
    figures: dict[str, float | int] = {
        "records": len(documents),
        "queries": len(query_set),
        "p50_ms": ours_cuts[50],
        "p95_ms": ours_cuts[95],
        "p99_ms": ours_cuts[99],
        "bare_p50_ms": bare_cuts[50],
        "bare_p95_ms": bare_cuts[95],
        "build_s": round(build_s, 2),
        "index_bytes": index_bytes,
    }
    if getattr(args, "cpu_time", False):
        figures.update(
            cpu_p50_ms=_percentiles(ours_cpu)[50],
            cpu_p95_ms=_percentiles(ours_cpu)[95],
            bare_cpu_p95_ms=_percentiles(bare_cpu)[95],
        )
    return figures


def _percentiles(seconds: list[float]) -> dict[int, float]:
    cuts = statistics.quantiles(seconds, n=100, method="inclusive")
    return {p: round(cuts[p - 1] * 1000, 3) for p in (50, 95, 99)}


def _write_corpus(path: Path, documents, query_set: list[tuple[str, str]]) -> None:
    with atomic_path(path, make_parents=True) as temporary, temporary.open("w", encoding="utf-8") as out:
        for doc in documents:
            record_id = (
                doc.record_id if doc.record_id.endswith(f"-{doc.lang}") else f"{doc.kind}:{doc.record_id}:{doc.lang}"
            )
            body = "\n".join(part for part in (doc.questions, doc.summary, doc.keywords, doc.body) if part)
            out.write(
                json.dumps({"id": record_id, "lang": doc.lang, "title": doc.title, "body": body}, ensure_ascii=False)
            )
            out.write("\n")
    queries_path = path.with_name(path.name + ".queries.json")
    atomic_write_text(
        queries_path,
        json.dumps([{"query": q, "lang": lang} for q, lang in query_set], ensure_ascii=False, indent=1) + "\n",
    )
