"""A separate annotator process for the concurrency and crash tests (run as a script).

    python store_worker.py mix TARGET ANNOTATOR N DOC_ID...
        N operations on shared documents (adds, accepts, undos, status changes), then one JSON line:
        {"spans": [ids of its live spans], "actions": actions logged, "learned": accepted count}
    python store_worker.py stream TARGET ANNOTATOR DOC_ID
        adds spans one after another for ever, printing "ack <span id> <start>" after each commit.
Any exception ends the process with a traceback and a non-zero status.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from annotate import ops  # noqa: E402
from store import open_database  # noqa: E402
from store.models import Suggestion  # noqa: E402


def mix(annotator: str, n: int, docs: list[int]) -> dict:
    from annotate.queries import document_view

    live: list[int] = []
    learned = actions = 0
    accepted = {doc: 0 for doc in docs}
    suggestions = {doc: [s for (s,) in Suggestion.select(Suggestion.id).where(Suggestion.document == doc)
                         .order_by(Suggestion.id).tuples()] for doc in docs}
    for i in range(n):
        doc = docs[i % len(docs)]
        slot = i // len(docs)
        if i % 10 == 9:
            changes = ops.undo(annotator=annotator)  # the previous operation is always an add
            assert changes.span_ids == (live.pop(),), changes
            learned -= 1
        elif i % 10 == 5 and accepted[doc] < len(suggestions[doc]):
            changes = ops.accept_suggestion(annotator=annotator, suggestion_id=suggestions[doc][accepted[doc]])
            accepted[doc] += 1
            live.extend(changes.span_ids)
            learned += 1
        elif i % 10 == 7:
            status = "done" if slot % 2 else "in_progress"
            changes = ops.set_document_status(annotator=annotator, document_id=doc, status=status)
            assert document_view(doc, annotator).status == status
            actions += changes.action_id is not None
            continue
        else:
            changes = ops.add_span(annotator=annotator, document_id=doc, start=2 * slot, end=2 * slot + 1,
                                   label="PER")
            live.extend(changes.span_ids)
            learned += 1
        actions += 1
    return {"spans": sorted(live), "learned": learned, "actions": actions}


def stream(annotator: str, doc: int) -> None:
    start = 0
    while True:
        changes = ops.add_span(annotator=annotator, document_id=doc, start=start, end=start + 1, label="PER")
        print(f"ack {changes.span_ids[0]} {start}", flush=True)
        start += 1


if __name__ == "__main__":
    mode, target, who = sys.argv[1:4]
    open_database(target)
    if mode == "mix":
        print(json.dumps(mix(who, int(sys.argv[4]), [int(x) for x in sys.argv[5:]])), flush=True)
    else:
        stream(who, int(sys.argv[4]))
