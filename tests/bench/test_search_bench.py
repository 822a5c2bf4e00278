"""`desktopguide bench search` and its synthetic corpus: the same work on every machine."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktopguide.bench.synthetic_corpus import LANGUAGES, generate, queries
from desktopguide.cli.main import main


def test_the_corpus_is_the_same_every_time_in_ten_languages() -> None:
    first = list(generate(300))
    assert first == list(generate(300))
    assert len(first) == 300 and len({r.id for r in first}) == 300
    assert {r.lang for r in first} == set(LANGUAGES) and len(LANGUAGES) == 10


def test_the_query_set_is_fixed_and_has_prefixes_and_typos() -> None:
    fixed = queries()
    assert fixed == queries()
    assert ("la migra", "es") in fixed and ("detainr", "en") in fixed
    assert {lang for _q, lang in fixed} == set(LANGUAGES)


def test_bench_prints_the_figures_and_writes_the_corpus(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "corpus.jsonl"
    assert main(["bench", "search", "--json", "--records", "200", "--corpus-out", str(corpus)]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert set(figures) == {
        "records", "queries", "p50_ms", "p95_ms", "p99_ms", "bare_p50_ms", "bare_p95_ms", "build_s", "index_bytes",
    }
    lines = corpus.read_text(encoding="utf-8").splitlines()
    assert len(lines) == figures["records"] > 200
    record = json.loads(lines[0])
    assert set(record) == {"id", "lang", "title", "body"}
    written = json.loads((tmp_path / "corpus.jsonl.queries.json").read_text(encoding="utf-8"))
    assert len(written) == figures["queries"] and set(written[0]) == {"query", "lang"}
    assert figures["p50_ms"] <= figures["p95_ms"] <= figures["p99_ms"]


def test_bench_gives_cpu_time_on_request(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["bench", "search", "--json", "--records", "100", "--cpu-time"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert {"cpu_p50_ms", "cpu_p95_ms", "bare_cpu_p95_ms"} <= set(figures)
    assert 0 < figures["cpu_p50_ms"] <= figures["cpu_p95_ms"]


def test_the_corpus_has_the_national_lists_and_every_guide_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "corpus.jsonl"
    assert main(["bench", "search", "--json", "--records", "10", "--corpus-out", str(corpus)]) == 0
    ids = [json.loads(line)["id"] for line in corpus.read_text(encoding="utf-8").splitlines()]
    # The same documents as the app's lists index (core.search.documents.national_documents).
    assert any(i.startswith("org:pro-bono-") for i in ids)
    assert any(i.startswith("org:roster-") for i in ids)
    assert any(i.startswith("place:county-48201") for i in ids)  # Harris County, TX
    guide_languages = {i.rsplit(":", 1)[1] for i in ids if i.startswith("guide:agents-at-door:")}
    assert len(guide_languages) == 19
