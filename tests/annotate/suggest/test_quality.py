"""Suggestion quality on our own gold sets (tests/data/gold); fails when the figures drop below floors.

train.jsonl, dev2.jsonl, heldout2.jsonl (since the third round), heldout3.jsonl (since the fourth) and
heldout4.jsonl (since the fifth) were used for tuning and calibration; heldout.jsonl and heldout5.jsonl
(written by hand, never tuned on) are the honest checks. Floors sit a little under the figures
measured when they were set (docs/suggestions.md), so a regression of a few spans fails them.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from annotate.suggest.evaluate import evaluate, suggest_predictor
from annotate.suggest.goldfile import read_jsonl

GOLD = Path(__file__).resolve().parents[2] / "data" / "gold"
SETS = ("train", "dev2", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8",
        "heldout9", "heldout10", "heldout11", "heldout12", "heldout13", "heldout14", "heldout15", "heldout16",
        "heldout17", "heldout18", "heldout19", "heldout20", "heldout21", "heldout22", "heldout23", "heldout24",
        "heldout25", "heldout26", "heldout27", "heldout28", "heldout29", "heldout30", "heldout31", "heldout32",
        "heldout33", "heldout34", "heldout35", "heldout36", "heldout37", "heldout38", "heldout39", "heldout40",
        "heldout41", "heldout42", "heldout43", "heldout44", "heldout45", "heldout46")

FLOORS = {
    # session 4: bare festivals (元旦、春节) are proposed at calibration's 0.5, as 15 of 28 writers mark them;
    # train, dev2, heldout4 and heldout27 are by writers who do not, so their DATE floors went down a step
    "train": {"micro": 0.98, "MONEY": 0.97, "PERCENT": 0.97, "QUANTITY": 0.97, "DATE": 0.96, "DOC": 0.95,
              "PER": 0.97, "ORG": 0.97, "LOC": 0.93, "EVENT": 0.95, "HONOR": 0.95},
    # dev2, heldout3-heldout5 (written in the first session) put a part of the day after the date outside it;
    # most helpers' sets put it inside (9月13日上午), which the engine follows since session 3
    "dev2": {"micro": 0.97, "PER": 0.95, "ORG": 0.97, "DATE": 0.93, "LOC": 0.93, "QUANTITY": 0.97},
    "heldout": {"micro": 0.97, "PER": 0.90, "DATE": 0.95, "QUANTITY": 0.95, "MONEY": 0.95, "ORG": 0.97,
                "LOC": 0.85},
    "heldout2": {"micro": 0.97, "PER": 0.95, "DATE": 0.95, "QUANTITY": 0.97, "MONEY": 0.97, "PERCENT": 0.97,
                 "DOC": 0.97, "ORG": 0.97, "LOC": 0.92, "EVENT": 0.88, "HONOR": 0.90},
    "heldout3": {"micro": 0.97, "PER": 0.95, "DATE": 0.97, "QUANTITY": 0.97, "MONEY": 0.97, "PERCENT": 0.97,
                 "DOC": 0.95, "ORG": 0.97, "LOC": 0.97, "EVENT": 0.95, "HONOR": 0.85},
    "heldout4": {"micro": 0.94, "PER": 0.95, "DATE": 0.92, "QUANTITY": 0.92, "MONEY": 0.97, "PERCENT": 0.97,
                 "DOC": 0.95, "ORG": 0.88, "LOC": 0.91, "EVENT": 0.95, "HONOR": 0.92},
    # heldout5: first run micro 0.939 / PER 0.936; floors under the fifth-round figures (0.942 / 0.944)
    "heldout5": {"micro": 0.91, "PER": 0.91, "DATE": 0.87, "QUANTITY": 0.97, "MONEY": 0.97, "PERCENT": 0.97,
                 "DOC": 0.95, "ORG": 0.94, "LOC": 0.87, "EVENT": 0.80, "HONOR": 0.88},
    # heldout6 (session 2, 592 spans, written by a helper who never read the rules): first run micro 0.910
    # (0.898 with the code before the round); dev set of the round since
    "heldout6": {"micro": 0.95, "PER": 0.95, "DATE": 0.96, "QUANTITY": 0.97, "MONEY": 0.97, "PERCENT": 0.97,
                 "DOC": 0.97, "ORG": 0.92, "LOC": 0.86, "EVENT": 0.97, "HONOR": 0.89},
    # heldout7 / heldout8 (two more helpers, after the sixth round's first changes): first runs micro 0.895 /
    # 0.872; dev sets of the seventh round since. heldout8's writer put 以来/前/期间 and festivals inside
    # DATE spans and 约 outside MONEY, unlike the other sets (docs/suggestions.md), so its DATE floor is low.
    "heldout7": {"micro": 0.93, "PER": 0.93, "DATE": 0.96, "QUANTITY": 0.95, "MONEY": 0.97, "PERCENT": 0.95,
                 "DOC": 0.95, "ORG": 0.88, "LOC": 0.90, "EVENT": 0.88, "HONOR": 0.89},
    "heldout8": {"micro": 0.91, "PER": 0.95, "DATE": 0.80, "QUANTITY": 0.97, "MONEY": 0.93, "PERCENT": 0.97,
                 "DOC": 0.97, "ORG": 0.88, "LOC": 0.85, "EVENT": 0.93, "HONOR": 0.95},
    # heldout9-heldout14 (three pairs by further helpers): first runs micro 0.935 / 0.920, 0.945 / 0.945,
    # 0.956 / 0.892 (docs/suggestions.md); dev sets of the later rounds. heldout9 and heldout11 keep
    # 以来/前 inside, or split ranges, so their DATE floors are low.
    "heldout9": {"micro": 0.92, "PER": 0.94, "ORG": 0.93, "LOC": 0.85, "DATE": 0.82, "QUANTITY": 0.95},
    "heldout10": {"micro": 0.93, "PER": 0.93, "ORG": 0.89, "LOC": 0.89, "DATE": 0.97, "QUANTITY": 0.97},
    "heldout11": {"micro": 0.93, "PER": 0.95, "ORG": 0.92, "LOC": 0.86, "DATE": 0.86, "QUANTITY": 0.97},
    "heldout12": {"micro": 0.94, "PER": 0.95, "ORG": 0.92, "LOC": 0.88, "DATE": 0.95, "QUANTITY": 0.96},
    "heldout13": {"micro": 0.94, "PER": 0.92, "ORG": 0.92, "LOC": 0.83, "DATE": 0.97, "QUANTITY": 0.97},
    "heldout14": {"micro": 0.93, "PER": 0.94, "ORG": 0.88, "LOC": 0.93, "DATE": 0.93, "QUANTITY": 0.97},
    # heldout15 / heldout16 (the last pair): first runs micro 0.933 / 0.873; both writers keep 以来/前 inside DATE
    "heldout15": {"micro": 0.94, "PER": 0.96, "ORG": 0.94, "LOC": 0.97, "DATE": 0.74, "QUANTITY": 0.95},
    "heldout16": {"micro": 0.92, "PER": 0.95, "ORG": 0.90, "LOC": 0.94, "DATE": 0.74, "QUANTITY": 0.96},
    # heldout17-19 and heldout20-22 (session 3, two batches by six more helpers): first runs micro 0.919 / 0.905 /
    # 0.897 and 0.933 / 0.903 / 0.935 (docs/suggestions.md, "Session 3"); dev sets since. heldout18 and
    # heldout21 count sub-units with their parent (市总工会办公室, 法律工作部) and heldout21 keeps 以来 inside
    # dates, unlike most sets, so their ORG and DATE floors are low.
    "heldout17": {"micro": 0.92, "PER": 0.96, "ORG": 0.83, "LOC": 0.90, "DATE": 0.94, "QUANTITY": 0.96},
    "heldout18": {"micro": 0.89, "PER": 0.97, "ORG": 0.74, "LOC": 0.88, "DATE": 0.86, "QUANTITY": 0.96},
    "heldout19": {"micro": 0.92, "PER": 0.93, "ORG": 0.82, "LOC": 0.91, "DATE": 0.93, "QUANTITY": 0.96},
    "heldout20": {"micro": 0.93, "PER": 0.96, "ORG": 0.89, "LOC": 0.92, "DATE": 0.90, "QUANTITY": 0.95},
    "heldout21": {"micro": 0.89, "PER": 0.95, "ORG": 0.78, "LOC": 0.96, "DATE": 0.75, "QUANTITY": 0.96},
    "heldout22": {"micro": 0.92, "PER": 0.97, "ORG": 0.88, "LOC": 0.90, "DATE": 0.87, "QUANTITY": 0.96},
    # heldout23-25 (the session's third batch): first runs micro 0.882 / 0.934 / 0.920; heldout23 keeps 以来/前/起
    # and festivals inside dates
    "heldout23": {"micro": 0.87, "PER": 0.92, "ORG": 0.79, "LOC": 0.72, "DATE": 0.75, "QUANTITY": 0.97},
    "heldout24": {"micro": 0.92, "PER": 0.90, "ORG": 0.84, "LOC": 0.83, "DATE": 0.93, "QUANTITY": 0.95},
    "heldout25": {"micro": 0.91, "PER": 0.93, "ORG": 0.86, "LOC": 0.91, "DATE": 0.89, "QUANTITY": 0.97},
    # heldout26-28 (the last batch, measured with the session's final code): first runs micro 0.936 / 0.954 / 0.944
    "heldout26": {"micro": 0.92, "PER": 0.85, "ORG": 0.89, "LOC": 0.65, "DATE": 0.89, "QUANTITY": 0.97},
    "heldout27": {"micro": 0.94, "PER": 0.93, "ORG": 0.83, "LOC": 0.95, "DATE": 0.96, "QUANTITY": 0.96},
    "heldout28": {"micro": 0.93, "PER": 0.93, "ORG": 0.92, "LOC": 0.84, "DATE": 0.93, "QUANTITY": 0.94},
    # heldout29-31 (the last batch of session 3): first runs micro 0.934 / 0.927 / 0.958
    "heldout29": {"micro": 0.92, "PER": 0.94, "ORG": 0.87, "LOC": 0.90, "DATE": 0.91, "QUANTITY": 0.96},
    "heldout30": {"micro": 0.91, "PER": 0.96, "ORG": 0.80, "LOC": 0.89, "DATE": 0.97, "QUANTITY": 0.96},
    "heldout31": {"micro": 0.94, "PER": 0.95, "ORG": 0.88, "LOC": 0.94, "DATE": 0.93, "QUANTITY": 0.96},
    # heldout32-37 (session 4, two batches of about 1,100 spans each): first runs micro 0.913 / 0.928 / 0.947 and
    # 0.947 / 0.940 / 0.959 (docs/suggestions.md, "Session 4"); dev sets since. heldout33 puts 前夕/期间/前 inside
    # dates; heldout36 keeps 以来 inside.
    "heldout32": {"micro": 0.93, "PER": 0.96, "ORG": 0.86, "LOC": 0.89, "DATE": 0.91, "QUANTITY": 0.96},
    "heldout33": {"micro": 0.94, "PER": 0.97, "ORG": 0.94, "LOC": 0.91, "DATE": 0.86, "QUANTITY": 0.95},
    "heldout34": {"micro": 0.94, "PER": 0.97, "ORG": 0.91, "LOC": 0.81, "DATE": 0.93, "QUANTITY": 0.97},
    "heldout35": {"micro": 0.93, "PER": 0.96, "ORG": 0.85, "LOC": 0.94, "DATE": 0.91, "QUANTITY": 0.97},
    "heldout36": {"micro": 0.92, "PER": 0.97, "ORG": 0.88, "LOC": 0.86, "DATE": 0.91, "QUANTITY": 0.97},
    "heldout37": {"micro": 0.94, "PER": 0.93, "ORG": 0.91, "LOC": 0.80, "DATE": 0.97, "QUANTITY": 0.97},
    # heldout38-40 (the session's last batch): first runs micro 0.943 / 0.939 / 0.948, pooled DATE 0.960;
    # heldout38 keeps 约/左右 outside amounts and counts durations; heldout39 marks festivals
    "heldout38": {"micro": 0.93, "PER": 0.95, "ORG": 0.90, "LOC": 0.85, "DATE": 0.97, "QUANTITY": 0.93},
    "heldout39": {"micro": 0.92, "PER": 0.90, "ORG": 0.88, "LOC": 0.83, "DATE": 0.88, "QUANTITY": 0.97},
    "heldout40": {"micro": 0.93, "PER": 0.92, "ORG": 0.83, "LOC": 0.88, "DATE": 0.97, "QUANTITY": 0.96},
    # heldout41-43 (measured with the session's final code): first runs micro 0.945 / 0.950 / 0.946
    "heldout41": {"micro": 0.93, "PER": 0.91, "ORG": 0.88, "LOC": 0.89, "DATE": 0.91, "QUANTITY": 0.96},
    "heldout42": {"micro": 0.93, "PER": 0.93, "ORG": 0.87, "LOC": 0.83, "DATE": 0.98, "QUANTITY": 0.96},
    "heldout43": {"micro": 0.93, "PER": 0.96, "ORG": 0.89, "LOC": 0.81, "DATE": 0.97, "QUANTITY": 0.95},
    # heldout44-46 (written after the last change of the session; never tuned on): first runs 0.929 / 0.952 /
    # 0.957; heldout44 keeps sub-units (急诊科, 公司工会) inside ORG
    "heldout44": {"micro": 0.91, "PER": 0.96, "ORG": 0.77, "LOC": 0.89, "DATE": 0.94, "QUANTITY": 0.95},
    "heldout45": {"micro": 0.93, "PER": 0.94, "ORG": 0.88, "LOC": 0.88, "DATE": 0.94, "QUANTITY": 0.96},
    "heldout46": {"micro": 0.94, "PER": 0.93, "ORG": 0.90, "LOC": 0.91, "DATE": 0.95, "QUANTITY": 0.96},
}
MAX_ACTIONS = {"train": 1.05, "dev2": 1.05, "heldout": 1.10, "heldout2": 1.10, "heldout3": 1.08,
               "heldout4": 1.16, "heldout5": 1.25, "heldout6": 1.12,
               "heldout7": 1.20, "heldout8": 1.25, "heldout9": 1.25, "heldout10": 1.25, "heldout11": 1.22,
               "heldout12": 1.22, "heldout13": 1.20, "heldout14": 1.22, "heldout15": 1.20, "heldout16": 1.22,
               "heldout17": 1.24, "heldout18": 1.32, "heldout19": 1.24, "heldout20": 1.22, "heldout21": 1.32,
               "heldout22": 1.24, "heldout23": 1.40, "heldout24": 1.25, "heldout25": 1.26,
               "heldout26": 1.25, "heldout27": 1.20, "heldout28": 1.22, "heldout29": 1.25, "heldout30": 1.28,
               "heldout31": 1.18, "heldout32": 1.20, "heldout33": 1.17, "heldout34": 1.16, "heldout35": 1.18,
               "heldout36": 1.22, "heldout37": 1.16, "heldout38": 1.21, "heldout39": 1.23, "heldout40": 1.20,
               "heldout41": 1.19, "heldout42": 1.20, "heldout43": 1.20, "heldout44": 1.24, "heldout45": 1.18,
               "heldout46": 1.16}


@pytest.fixture(scope="module")
def reports() -> dict:
    predict = suggest_predictor()
    return {name: evaluate(read_jsonl(GOLD / f"{name}.jsonl"), predict) for name in SETS}


def test_gold_sets_are_big_and_cover_every_label():
    from annotate.schema import load_schema

    docs = [d for name in SETS for d in read_jsonl(GOLD / f"{name}.jsonl")]
    labels = [lab for d in docs for _, _, lab in d.spans]
    assert len(labels) >= 1000
    assert set(load_schema().codes()) <= set(labels)
    for d in docs:  # the gold follows the rules: no punctuation or quote marks at span edges
        for s, e, _ in d.spans:
            assert d.text[s] not in "“”《》,。、()，：" and d.text[e - 1] not in "“”《》,。、(，："
    for name in ("heldout2", "heldout3", "heldout4"):
        held = read_jsonl(GOLD / f"{name}.jsonl")
        assert len(held) >= 6 and all(600 <= len(d.text) <= 1500 for d in held)
    held5 = read_jsonl(GOLD / "heldout5.jsonl")  # the fifth round's honest set: four name-rich documents
    assert len(held5) >= 4 and all(600 <= len(d.text) <= 900 for d in held5)
    assert sum(lab == "PER" for d in held5 for _, _, lab in d.spans) >= 60
    assert len(read_jsonl(GOLD / "dev2.jsonl")) >= 4


@pytest.mark.parametrize("name", SETS)
def test_f1_floors(reports, name):
    report = reports[name]
    got = {"micro": report["micro"]["f1"], **{lab: r["f1"] for lab, r in report["labels"].items()}}
    low = {k: (got.get(k, 0.0), floor) for k, floor in FLOORS[name].items() if got.get(k, 0.0) < floor}
    assert not low, f"{name}: F1 below floor (got, floor): {low}"


@pytest.mark.parametrize("name", SETS)
def test_actions_per_span_beat_annotating_by_hand(reports, name):
    assert reports[name]["actions_per_gold_span"] <= MAX_ACTIONS[name]


@pytest.mark.parametrize("name", ["heldout", "heldout2", "heldout3", "heldout4", "heldout5"])
def test_jieba_baseline_is_far_worse(reports, name):
    from annotate.suggest.baseline import jieba_posseg_suggest

    base = evaluate(read_jsonl(GOLD / f"{name}.jsonl"), jieba_posseg_suggest)
    assert base["micro"]["f1"] + 0.3 < reports[name]["micro"]["f1"]
