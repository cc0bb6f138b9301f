"""Project statistics: counts for ``annotate stats`` and the series behind the statistics view.

Span statuses partition every span in the project: ``gold`` (reviewed GoldSpan rows), ``done`` (an
annotator's span on a document whose assignment that annotator finished, or that they annotated
without an assignment) and ``in_progress`` (the rest). ``spans.total`` is their sum.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Optional


def project_stats() -> dict:
    """The contract's stats object (cli-contract.md) plus a few extra keys."""
    from store.models import Annotator, Assignment, Document, GoldSpan, Span, Suggestion

    status = {(d, a): s for d, a, s in
              Assignment.select(Assignment.document, Assignment.annotator, Assignment.status).tuples()}
    names = {i: (n, r) for i, n, r in Annotator.select(Annotator.id, Annotator.name, Annotator.role).tuples()}
    by_label: Counter = Counter()
    by_status: Counter = Counter()
    per_annotator: dict[int, dict] = {
        i: {"role": role, "documents_assigned": 0, "documents_done": 0, "spans": 0}
        for i, (_, role) in names.items()}
    for doc_id, ann_id, label in Span.select(Span.document, Span.annotator, Span.label).tuples():
        by_label[label] += 1
        st = status.get((doc_id, ann_id))
        by_status["done" if st in ("done", None) else "in_progress"] += 1
        per_annotator[ann_id]["spans"] += 1
    gold_by_label: Counter = Counter(l for (l,) in GoldSpan.select(GoldSpan.label).tuples())
    by_label.update(gold_by_label)
    by_status["gold"] = sum(gold_by_label.values())
    for (doc_id, ann_id), st in status.items():
        per_annotator[ann_id]["documents_assigned"] += 1
        if st == "done":
            per_annotator[ann_id]["documents_done"] += 1
    gold_docs = GoldSpan.select(GoldSpan.document).distinct().count()
    return {
        "documents": Document.select().count(),
        "suggestions": Suggestion.select().count(),
        "spans": {"total": sum(by_status.values()), "by_label": dict(sorted(by_label.items())),
                  "by_status": {k: by_status.get(k, 0) for k in ("gold", "done", "in_progress")},
                  "gold_by_label": dict(sorted(gold_by_label.items()))},
        "documents_with_gold": gold_docs,
        "annotators": {names[i][0]: v for i, v in sorted(per_annotator.items(), key=lambda kv: names[kv[0]][0])},
    }


def progress_series(days: Optional[int] = None) -> list[tuple[str, int, int]]:
    """Per day: (ISO date, documents finished that day, spans created that day), oldest first."""
    from store.models import Assignment, Span

    finished: Counter = Counter()
    created: Counter = Counter()
    for (when,) in Assignment.select(Assignment.finished_at).where(Assignment.finished_at.is_null(False)).tuples():
        finished[_day(when)] += 1
    for (when,) in Span.select(Span.created_at).tuples():
        created[_day(when)] += 1
    keys = sorted(set(finished) | set(created))
    if days is not None:
        keys = keys[-days:]
    return [(k, finished.get(k, 0), created.get(k, 0)) for k in keys]


def agreement_by_label() -> dict[str, Optional[float]]:
    """Exact span F1 per label, pooled over every pair of annotators (``annotate.agreement``)."""
    from annotate.agreement import agreement_report

    report = agreement_report()
    return {label: counts.f1 for label, counts in sorted(report.exact_by_label.items())}


def _day(when) -> str:
    if isinstance(when, str):  # SQLite hands back text for some aggregate paths
        return when[:10]
    if isinstance(when, dt.datetime):
        return when.date().isoformat()
    return str(when)[:10]


__all__ = ["project_stats", "progress_series", "agreement_by_label"]
