"""Warm-up loads what the first clean-and-suggest needs (jieba's dictionary above all)."""
from __future__ import annotations

from annotate.progress import Reporter
from annotate.suggest import segment
from annotate.warmup import warm_up


def test_warm_up_reports_each_stage_and_loads_the_segmenter(monkeypatch):
    monkeypatch.setattr(segment, "_segmenter", None)  # as in a fresh process
    seen = []
    warm_up(Reporter(lambda p: seen.append((p.done, p.total))))
    assert seen == [(0, 2), (1, 2), (2, 2)]
    assert segment._segmenter is not None and segment._segmenter.tokenizer.initialized
