"""Replaying a gold set as an annotator would work through it, to measure what learning brings.

Documents are taken in order. Each is scored on what the suggesters propose given what the project
has learned so far, then the annotator's decisions are played into the learned counts exactly as
the operations (annotate/ops.py) count them:

- a suggestion equal to a gold span is accepted;
- one that shares a label and one edge with a gold span is accepted and resized to it (the text
  learned moves to the gold span's, and the edge convention is counted: 2012年 → 2012年以来);
- one with a gold span's bounds but another label is accepted under the gold label (relabelled);
- any other is rejected;
- gold spans no suggestion led to are added by hand.

The cold figures (nothing learned) over the same documents come from the same run, so the
difference is what the project's learning is worth on that set. Gold sets whose writers followed
a convention the rules do not (以来 inside dates, sub-units inside organizations) are where it shows.

    python -m annotate.suggest.replay tests/data/gold/heldout21.jsonl [more sets ...]
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import Iterable

from annotate.suggest.evaluate import Scores, load, suggest_predictor
from annotate.suggest.goldfile import GoldDoc
from annotate.suggest.learned import LearnedPatterns, edge_between

Span = tuple[int, int, str]


def decisions(text: str, gold: set[Span], predicted: Iterable[Span]) -> Counter:
    """(key, label, 'accepted' | 'rejected') -> count: what one document's decisions teach."""
    learned: Counter = Counter()
    led_to: set[Span] = set()
    by_bounds = {g[:2]: g for g in gold}
    ordered_gold = sorted(gold)
    for start, end, label in sorted(predicted):
        ptext = text[start:end]
        if (start, end, label) in gold:
            learned[(ptext, label, "accepted")] += 1
            led_to.add((start, end, label))
            continue
        relabel = by_bounds.get((start, end))
        if relabel is not None:
            learned[(ptext, relabel[2], "accepted")] += 1
            learned[(ptext, label, "rejected")] += 1
            led_to.add(relabel)
            continue
        # the first gold span of the label that one moved edge reaches: accepted, then resized to it
        resized = next(((g, edge) for g in ordered_gold if g[2] == label and g not in led_to
                        for edge in (edge_between(text, (start, end), g[:2]),) if edge is not None), None)
        if resized is not None:
            (g_start, g_end, _), edge = resized
            learned[(text[g_start:g_end], label, "accepted")] += 1
            learned[(edge.key(), label, "accepted")] += 1
            led_to.add(resized[0])
            continue
        learned[(ptext, label, "rejected")] += 1
    for start, end, label in gold - led_to:
        learned[(text[start:end], label, "accepted")] += 1  # added by hand
    return learned


def replay(docs: list[GoldDoc], min_score: float | None = None) -> tuple[dict, dict]:
    """(cold report, replayed report) over the same documents."""
    predict = suggest_predictor(min_score)
    cold, warm = Scores(), Scores()
    counts: dict[tuple[str, str], tuple[int, int]] = {}
    for doc in docs:
        gold = set(doc.spans)
        cold.add(gold, {(s.start, s.end, s.label) for s in predict(doc.text)})
        patterns = LearnedPatterns(dict(counts))
        predicted = {(s.start, s.end, s.label) for s in _predict_learned(doc.text, patterns, min_score)}
        warm.add(gold, predicted)
        for (key, label, kind), n in decisions(doc.text, gold, predicted).items():
            accepted, rejected = counts.get((key, label), (0, 0))
            counts[(key, label)] = (accepted + n, rejected) if kind == "accepted" else (accepted, rejected + n)
    return cold.report(), warm.report()


def _predict_learned(text: str, patterns: LearnedPatterns, min_score: float | None):
    from annotate.suggest import DEFAULT_MIN_SCORE, suggest

    return suggest(text, learned=patterns, min_score=DEFAULT_MIN_SCORE if min_score is None else min_score)


def format_row(name: str, cold: dict, warm: dict, labels: list[str]) -> str:
    def f1(report: dict, label: str) -> str:
        r = report["labels"].get(label)
        return f"{r['f1']:.3f}" if r else "  -  "

    cells = [f"{cold['micro']['f1']:.3f} → {warm['micro']['f1']:.3f}"]
    cells += [f"{f1(cold, lab)} → {f1(warm, lab)}" for lab in labels]
    return f"| {name} | " + " | ".join(cells) + " |"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m annotate.suggest.replay", description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path, nargs="+", help="gold .jsonl files (each replayed on its own)")
    parser.add_argument("--labels", default="PER,ORG,LOC,DATE", help="labels to show (default PER,ORG,LOC,DATE)")
    args = parser.parse_args(argv)
    labels = [lab for lab in args.labels.split(",") if lab]
    print("| set | micro cold → replayed | " + " | ".join(labels) + " |")
    print("|---" * (len(labels) + 2) + "|")
    for path in args.gold:
        cold, warm = replay(load(path))
        print(format_row(path.stem, cold, warm, labels))
    return 0


if __name__ == "__main__":
    sys.exit(main())
