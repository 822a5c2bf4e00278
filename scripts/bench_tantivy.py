"""Tantivy on the search benchmark's corpus and queries, for comparison with our search.

    python -m desktopguide bench search --corpus-out /tmp/corpus.jsonl
    python scripts/bench_tantivy.py /tmp/corpus.jsonl

The app ranks with Tantivy (`core/search/ranking.py`); this is Tantivy bare, the floor
under our search's ranking: two fields, no filters, no passes, no snippets. The text is
folded and split exactly as our index does (`core.search.normalize`: Chinese and Korean
as character pairs) and given to tantivy's whitespace tokenizer. Titles weigh 10x bodies;
all words wanted, then any word when all find nothing; a word still being typed (the
last one, without a trailing space) is a prefix; the first 20 matches and their ids
are fetched. Prints the keys of `desktopguide bench search --json` that mean the same.
"""

from __future__ import annotations

import json
import re
import sys
import tempfile
import time
from pathlib import Path

import tantivy
from bench_timing import time_queries  # beside this script: its folder is on sys.path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from desktopguide.core.search.normalize import index_text, word_tokens, words

TITLE_BOOST = 10.0
FIELDS = ("title", "body")


def main(corpus_path: str) -> dict[str, float | int]:
    queries = [(q["query"], q["lang"]) for q in json.loads(Path(corpus_path + ".queries.json").read_text("utf-8"))]
    with tempfile.TemporaryDirectory(prefix="tantivy-bench-") as folder:
        builder = tantivy.SchemaBuilder()
        for name in FIELDS:
            builder.add_text_field(name, stored=False, tokenizer_name="ws")
        builder.add_text_field("id", stored=True, tokenizer_name="raw")
        schema = builder.build()
        started = time.perf_counter()
        index = tantivy.Index(schema, path=folder)
        index.register_tokenizer("ws", tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.whitespace()).build())
        writer = index.writer(heap_size=128_000_000, num_threads=1)
        records = 0
        with open(corpus_path, encoding="utf-8") as stream:
            for line in stream:
                record = json.loads(line)
                writer.add_document(
                    tantivy.Document(
                        id=record["id"], title=index_text(record["title"]), body=index_text(record["body"])
                    )
                )
                records += 1
        writer.commit()
        writer.wait_merging_threads()
        index.reload()
        build_s = time.perf_counter() - started
        searcher = index.searcher()

        def word_query(tokens: list[str], prefix: bool) -> tantivy.Query:
            per_field = []
            for name in FIELDS:
                if prefix and len(tokens) == 1:
                    query = tantivy.Query.regex_query(schema, name, re.escape(tokens[0]) + ".*")
                elif len(tokens) == 1:
                    query = tantivy.Query.term_query(schema, name, tokens[0])
                else:
                    query = tantivy.Query.phrase_query(schema, name, list[str | tuple[int, str]](tokens))
                if name == "title":
                    query = tantivy.Query.boost_query(query, TITLE_BOOST)
                per_field.append((tantivy.Occur.Should, query))
            return tantivy.Query.boolean_query(per_field)

        def search(text: str) -> list[str]:
            found = words(text)[:12]
            if not found:
                return []
            typing = not text[-1:].isspace()
            groups = [word_query(word_tokens(w), typing and i == len(found) - 1) for i, w in enumerate(found)]
            for occur in (tantivy.Occur.Must, tantivy.Occur.Should):
                result = searcher.search(tantivy.Query.boolean_query([(occur, g) for g in groups]), 20)
                if result.hits:
                    return [searcher.doc(address)["id"][0] for _score, address in result.hits]
            return []

        timings = time_queries(search, queries)
        size = sum(f.stat().st_size for f in Path(folder).rglob("*") if f.is_file())
    return {
        "records": records,
        "queries": len(queries),
        **timings,
        "build_s": round(build_s, 2),
        "index_bytes": size,
    }


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print("usage: python scripts/bench_tantivy.py CORPUS.jsonl", file=sys.stderr)
        sys.exit(2)
    print(json.dumps(main(sys.argv[1])))
