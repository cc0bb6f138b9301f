"""Suggestion quality on our own gold set (tests/data/gold); fails when the figures drop below floors.

train.jsonl was used for tuning and calibration; heldout.jsonl (written last, never tuned on) is the
honest check. Floors sit a little under the figures measured when they were set (docs/suggestions.md).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from annotate.suggest.evaluate import evaluate, suggest_predictor
from annotate.suggest.goldfile import read_jsonl

GOLD = Path(__file__).resolve().parents[2] / "data" / "gold"

TRAIN_FLOORS = {"micro": 0.95, "MONEY": 0.95, "PERCENT": 0.95, "QUANTITY": 0.95, "DATE": 0.95, "DOC": 0.95,
                "PER": 0.90, "ORG": 0.90, "LOC": 0.85, "EVENT": 0.85, "HONOR": 0.85}
HELDOUT_FLOORS = {"micro": 0.90, "QUANTITY": 0.95, "MONEY": 0.95, "ORG": 0.90}


@pytest.fixture(scope="module")
def reports() -> dict:
    predict = suggest_predictor()
    return {name: evaluate(read_jsonl(GOLD / f"{name}.jsonl"), predict) for name in ("train", "heldout")}


def test_gold_set_is_big_and_covers_every_label():
    from annotate.schema import load_schema

    docs = read_jsonl(GOLD / "train.jsonl") + read_jsonl(GOLD / "heldout.jsonl")
    labels = [lab for d in docs for _, _, lab in d.spans]
    assert len(labels) >= 600
    assert set(load_schema().codes()) <= set(labels)
    for d in docs:  # the gold follows the rules: no punctuation or quote marks at span edges
        for s, e, _ in d.spans:
            assert d.text[s] not in "“”《》,。、()" and d.text[e - 1] not in "“”《》,。、()"


@pytest.mark.parametrize("name,floors", [("train", TRAIN_FLOORS), ("heldout", HELDOUT_FLOORS)])
def test_f1_floors(reports, name, floors):
    report = reports[name]
    got = {"micro": report["micro"]["f1"], **{lab: r["f1"] for lab, r in report["labels"].items()}}
    low = {k: (got.get(k, 0.0), floor) for k, floor in floors.items() if got.get(k, 0.0) < floor}
    assert not low, f"{name}: F1 below floor (got, floor): {low}"


def test_actions_per_span_beat_annotating_by_hand(reports):
    assert reports["train"]["actions_per_gold_span"] <= 1.2
    assert reports["heldout"]["actions_per_gold_span"] <= 1.4


def test_jieba_baseline_is_far_worse(reports):
    from annotate.suggest.baseline import jieba_posseg_suggest

    base = evaluate(read_jsonl(GOLD / "heldout.jsonl"), jieba_posseg_suggest)
    assert base["micro"]["f1"] + 0.3 < reports["heldout"]["micro"]["f1"]
