"""The cleaner on the shared corpus and the raw samples: gold body snippets survive, noise does not,
no pinyin debris or convertible Traditional characters remain, offsets are exact, and cleaning is
idempotent."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from annotate.cleaning import CLEANER_VERSION, OffsetMap, clean
from annotate.cleaning.steps.opencc_step import to_simplified
from annotate.paths import resource
from annotate.readers import read_path
from cleaning_support import offset_errors  # noqa: E402

CORPUS = Path(__file__).resolve().parents[3].parent / "shared" / "corpus"
GOLD = json.loads((Path(__file__).resolve().parents[2] / "data" / "cleaning" / "corpus_gold.json")
                  .read_text(encoding="utf-8"))["files"]
PINYIN_DEBRIS = re.compile(r"\((?:[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*)\)")


@pytest.fixture(scope="module")
def corpus_results():
    if not CORPUS.is_dir():
        pytest.skip("shared corpus missing")
    out = {}
    for path in sorted(CORPUS.glob("*.txt")):
        raw = read_path(path)[0]
        out[path.name] = (raw, clean(raw.text, kind=raw.kind))
    return out


@pytest.mark.parametrize("name", sorted(GOLD))
def test_gold_body_survives_and_noise_goes(corpus_results, name):
    raw, result = corpus_results[name]
    gold = GOLD[name]
    assert [b for b in gold["body"] if b not in result.text] == []
    assert [n for n in gold["noise"] if n in result.text] == []
    for once in gold.get("once", []):
        assert result.text.count(once) == 1, once
    if "gaps" in gold:
        assert sum(1 for f in result.report["flags"] if f["kind"] == "gap") == gold["gaps"]


def test_no_pinyin_debris_no_traditional(corpus_results):
    for name, (_, result) in corpus_results.items():
        assert not PINYIN_DEBRIS.search(result.text), name
        converted = to_simplified(result.text)
        diff = [(a, b) for a, b in zip(result.text, converted) if a != b and a != "么"]
        assert diff == [], name


def test_offsets_exact_and_idempotent(corpus_results):
    for name, (raw, result) in corpus_results.items():
        assert offset_errors(raw.text, result) == [], name
        again = clean(result.text, kind=raw.kind)
        assert again.text == result.text, name
        assert OffsetMap.from_json(result.offset_map.to_json()) == result.offset_map
        assert result.version == CLEANER_VERSION


def test_report_entries_have_rule_reason_and_raw_offsets(corpus_results):
    for name, (raw, result) in corpus_results.items():
        for entry in result.report["removed"] + result.report["changed"]:
            assert entry["rule"] and entry["reason"]
            assert 0 <= entry["raw_start"] <= entry["raw_end"] <= len(raw.text)
        for flag in result.report["flags"]:
            assert 0 <= flag["start"] <= flag["end"] <= len(result.text)
            assert result.text[flag["start"]:flag["end"]] == flag["text"]


def test_duplicated_speeches_recorded_once(corpus_results):
    _, result = corpus_results["001_0b0ff6844c4bcf54.txt"]
    dups = [e for e in result.report["removed"] if e["rule"] == "duplicate_paragraph"]
    assert len(dups) >= 20
    exact = [e for e in dups if e["reason"].endswith("Jaccard 1.00")]
    assert exact
    for entry in exact:  # the first copy is still there
        assert entry["text"].strip() in result.text


def test_samples_body_checks():
    folder = resource("samples")
    checks_file = folder / "BODY_CHECKS.json"
    if not checks_file.exists():
        pytest.skip("resources/samples/BODY_CHECKS.json not written yet")
    checks = json.loads(checks_file.read_text(encoding="utf-8"))
    for name, check in checks.items():
        raw = read_path(folder / name)[0]
        result = clean(raw.text, kind=raw.kind)
        assert [b for b in check.get("body", []) if b not in result.text] == [], name
        assert [n for n in check.get("noise", []) if n in result.text] == [], name
        assert clean(result.text, kind=raw.kind).text == result.text, name
        assert offset_errors(raw.text, result) == [], name
