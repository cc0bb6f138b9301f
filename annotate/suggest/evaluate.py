"""Scoring suggestions against a gold set: P/R/F1 per label and micro, and actions per gold span.

Exact match: a suggestion counts only when start, end and label equal a gold span's. Actions per
gold span (design.md, "the figure annotators feel"): one key per right suggestion accepted, one per
wrong suggestion rejected, three actions per gold span the suggesters missed; divided by the
number of gold spans. Annotating by hand costs 3.0.

    python -m annotate.suggest.evaluate tests/data/gold            # every *.jsonl in the folder
    python -m annotate.suggest.evaluate tests/data/gold/heldout.jsonl --baseline jieba
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from annotate.suggest.goldfile import GoldDoc, read_gold, read_jsonl

MISSED_COST = 3
Spans = set[tuple[int, int, str]]


@dataclass
class Scores:
    tp: Counter = field(default_factory=Counter)
    fp: Counter = field(default_factory=Counter)
    fn: Counter = field(default_factory=Counter)
    by_rule: dict[str, Counter] = field(default_factory=dict)  # rule -> {"tp": n, "fp": n}

    def add(self, gold: Spans, predicted: Spans) -> None:
        for s in predicted:
            (self.tp if s in gold else self.fp)[s[2]] += 1
        for s in gold - predicted:
            self.fn[s[2]] += 1

    @staticmethod
    def _prf(tp: int, fp: int, fn: int) -> dict:
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
                "gold": tp + fn, "predicted": tp + fp, "correct": tp}

    def report(self) -> dict:
        labels = sorted(set(self.tp) | set(self.fp) | set(self.fn))
        per = {lab: self._prf(self.tp[lab], self.fp[lab], self.fn[lab]) for lab in labels}
        tp, fp, fn = sum(self.tp.values()), sum(self.fp.values()), sum(self.fn.values())
        gold = tp + fn
        actions = (tp + fp + MISSED_COST * fn) / gold if gold else 0.0
        return {"micro": self._prf(tp, fp, fn), "labels": per,
                "actions_per_gold_span": round(actions, 3)}


def evaluate(docs: Iterable[GoldDoc], predict: Callable[[str], Iterable]) -> dict:
    """Score ``predict(text) -> objects with start, end, label`` on ``docs``."""
    scores = Scores()
    n_docs = 0
    for doc in docs:
        predicted = {(s.start, s.end, s.label) for s in predict(doc.text)}
        scores.add(set(doc.spans), predicted)
        n_docs += 1
    out = scores.report()
    out["documents"] = n_docs
    return out


def suggest_predictor(min_score: float | None = None) -> Callable[[str], list]:
    from annotate.suggest import DEFAULT_MIN_SCORE, suggest

    threshold = DEFAULT_MIN_SCORE if min_score is None else min_score
    return lambda text: suggest(text, min_score=threshold)


def load(path: Path) -> list[GoldDoc]:
    return read_gold(path) if Path(path).is_dir() else read_jsonl(path)


def format_table(report: dict, title: str) -> str:
    lines = [f"### {title}", "", "| label | gold | predicted | precision | recall | F1 |", "|---|---|---|---|---|---|"]
    for lab, r in report["labels"].items():
        lines.append(f"| {lab} | {r['gold']} | {r['predicted']} | {r['precision']:.3f} | {r['recall']:.3f} | {r['f1']:.3f} |")
    m = report["micro"]
    lines.append(f"| **micro** | {m['gold']} | {m['predicted']} | {m['precision']:.3f} | {m['recall']:.3f} | **{m['f1']:.3f}** |")
    lines += ["", f"Actions per gold span: **{report['actions_per_gold_span']:.2f}** "
                  f"({report['documents']} documents)", ""]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m annotate.suggest.evaluate", description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path, nargs="+", help="gold .jsonl files or folders of them")
    parser.add_argument("--baseline", choices=["jieba"], help="score a baseline instead of the suggesters")
    parser.add_argument("--min-score", type=float, default=None)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    docs = [d for path in args.gold for d in load(path)]
    if args.baseline == "jieba":
        from annotate.suggest.baseline import jieba_posseg_suggest

        predict, title = jieba_posseg_suggest, "jieba.posseg tags alone"
    else:
        predict, title = suggest_predictor(args.min_score), "annotate.suggest"
    report = evaluate(docs, predict)
    print(json.dumps(report, ensure_ascii=False, indent=1) if args.json else format_table(report, title))
    return 0


if __name__ == "__main__":
    sys.exit(main())
