#!/usr/bin/python3
"""Xapian on the search benchmark's corpus and queries, for comparison with our search.

    python -m desktopguide bench search --corpus-out /tmp/corpus.jsonl
    python -m pip install xapian-bindings-binary
    python scripts/bench_xapian.py /tmp/corpus.jsonl

Needs Xapian's Python bindings: PyPI's xapian-bindings-binary (manylinux wheels for
CPython 3.11 to 3.13), or Debian's python3-xapian (`apt-get install python3-xapian`),
which only the system python3 can import. Reads nothing of the project but the corpus
file and its queries (FILE.queries.json). The index is built in a temporary folder and
deleted. Like our search: titles weigh more than bodies (wdf x 10), Chinese and Korean
as character n-grams, the last word a prefix while typing, all words wanted, then any
word when all find nothing; the first 20 matches and their ids are fetched. Prints the
same keys as `desktopguide bench search --json` where they mean the same thing.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time

import xapian  # type: ignore[import-not-found]
from bench_timing import time_queries  # beside this script: its folder is on sys.path

TITLE_WEIGHT = 10


SNIPPET_CHARS = 180  # as our search's snippets


def main(corpus_path: str, snippets: bool = False) -> dict[str, float | int]:
    with open(corpus_path + ".queries.json", encoding="utf-8") as stream:
        queries = [(q["query"], q["lang"]) for q in json.load(stream)]
    with tempfile.TemporaryDirectory(prefix="xapian-bench-") as folder:
        started = time.perf_counter()
        database = xapian.WritableDatabase(folder, xapian.DB_CREATE_OR_OVERWRITE)
        generator = xapian.TermGenerator()
        generator.set_flags(xapian.TermGenerator.FLAG_CJK_NGRAM)
        records = 0
        with open(corpus_path, encoding="utf-8") as stream:
            for line in stream:
                record = json.loads(line)
                document = xapian.Document()
                generator.set_document(document)
                generator.index_text(record["title"], TITLE_WEIGHT)
                generator.increase_termpos()
                generator.index_text(record["body"])
                if snippets:
                    document.set_data(json.dumps([record["id"], record["title"], record["body"]]))
                else:
                    document.set_data(record["id"])
                database.add_document(document)
                records += 1
        database.commit()
        database.close()
        build_s = time.perf_counter() - started
        database = xapian.Database(folder)
        enquire = xapian.Enquire(database)
        parser = xapian.QueryParser()
        parser.set_database(database)
        flags_all = xapian.QueryParser.FLAG_PARTIAL | xapian.QueryParser.FLAG_CJK_NGRAM

        def search(text: str) -> list[str]:
            for operator in (xapian.Query.OP_AND, xapian.Query.OP_OR):
                parser.set_default_op(operator)
                enquire.set_query(parser.parse_query(text, flags_all))
                matches = enquire.get_mset(0, 20)
                if matches.size() and snippets:
                    return [_with_snippets(matches, match.document.get_data().decode()) for match in matches]
                if matches.size():
                    return [match.document.get_data().decode() for match in matches]
            return []

        timings = time_queries(search, queries)
        size = sum(f.stat().st_size for f in __import__("pathlib").Path(folder).iterdir())
    return {
        "records": records,
        "queries": len(queries),
        **timings,
        "build_s": round(build_s, 2),
        "index_bytes": size,
    }


def _with_snippets(matches: xapian.MSet, data: str) -> tuple[str, str, str]:
    record_id, title, body = json.loads(data)
    flags = xapian.MSet.SNIPPET_CJK_NGRAM
    marked_title = matches.snippet(title, len(title) + 1, xapian.Stem("none"), flags, "<b>", "</b>", "")
    snippet = matches.snippet(body, SNIPPET_CHARS, xapian.Stem("none"), flags, "<b>", "</b>", "…")
    return record_id, marked_title, snippet


if __name__ == "__main__":
    arguments = [a for a in sys.argv[1:] if a != "--snippets"]
    if len(arguments) != 1:
        print("usage: /usr/bin/python3 scripts/bench_xapian.py [--snippets] CORPUS.jsonl", file=sys.stderr)
        sys.exit(2)
    print(json.dumps(main(arguments[0], snippets="--snippets" in sys.argv[1:])))
