"""QA sessions: a reviewer samples finished work, marks each item pass or fail, and gets a report.

An item is one annotator's finished version of one document (``QAItem`` with its annotator), so a
verdict is about a person's work, not about the text. Samples are drawn by a registered sampler
(``SAMPLERS``: random, by annotator, by label), seeded, from finished versions only (the rule of
``annotate.agreement.load_versions``).

The report (Markdown or HTML) holds: verdict counts; agreement over the session's documents; error
types, counted two ways — from the gold-vs-annotator diff (missed, spurious, wrong label, wrong
boundary) and from words in fail notes (``resources/qa/error_keywords.json``); and per annotator:
documents, spans per active hour, exact F1 against gold, and accepted suggestions that the review
removed. Charts are inline SVG in HTML (no plotting dependency) and text bars in Markdown.

Spans per hour uses the annotator's ``Action`` timestamps: active time is the sum of gaps between
consecutive actions, each gap capped at ``IDLE_CAP`` so a lunch break does not count as work.
"""
from __future__ import annotations

import datetime as dt
import html
import json
import random
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Callable, Optional

from annotate.agreement import MatchCounts, SpanT, agreement_report, exact_counts, greedy_overlap_pairs, load_versions
from annotate.errors import InputError
from annotate.paths import resource
from annotate.review import gold_spans, require_reviewer

IDLE_CAP = dt.timedelta(minutes=5)
QA_START, QA_MARK = "qa_start", "qa_mark"
VERDICTS = ("pass", "fail")
ERROR_TYPES = ("missed", "spurious", "wrong_label", "wrong_boundary")

Pair = tuple[int, str]  # (document id, annotator name)
Sampler = Callable[[dict[str, dict[int, set[SpanT]]], Optional[str]], list[Pair]]
SAMPLERS: dict[str, Sampler] = {}


def sampler(name: str) -> Callable[[Sampler], Sampler]:
    def register(fn: Sampler) -> Sampler:
        SAMPLERS[name] = fn
        return fn
    return register


@sampler("random")
def _all_pairs(versions, value):
    return [(d, n) for n, docs in versions.items() for d in docs]


@sampler("annotator")
def _by_annotator(versions, value):
    if not value:
        raise InputError("--value: name the annotator to sample")
    if value not in versions:
        raise InputError(f"--value: {value} has no finished document")
    return [(d, value) for d in versions[value]]


@sampler("label")
def _by_label(versions, value):
    if not value:
        raise InputError("--value: name the label to sample")
    return [(d, n) for n, docs in versions.items() for d, spans in docs.items()
            if any(s[2] == value for s in spans)]


# --------------------------------------------------------------------------------------------------
# sessions


@dataclass(frozen=True)
class ItemRow:
    id: int
    document_id: int
    source: str
    annotator: Optional[str]
    verdict: str
    notes: str


def start_session(*, reviewer: str, name: str, sample_size: int, by: str = "random",
                  value: Optional[str] = None, seed: int = 0) -> int:
    """Create a named session over a seeded sample of finished work; returns the session id."""
    from store.db import db
    from store.models import Action, Annotator, QAItem, QASession

    if by not in SAMPLERS:
        raise InputError(f"--by: {by!r} is not one of {', '.join(sorted(SAMPLERS))}")
    if sample_size < 1:
        raise InputError(f"--size: must be at least 1, not {sample_size}")
    name = name.strip()
    if not name:
        raise InputError("name: a QA session needs a name")
    with db.atomic():
        rev = require_reviewer(reviewer)
        if QASession.select().where(QASession.name == name).exists():
            raise InputError(f"name: a QA session called {name!r} exists already")
        versions, _ = load_versions(min_annotators=1)
        population = sorted(SAMPLERS[by](versions, value))
        if not population:
            raise InputError(f"--by {by}: no finished work matches")
        sample = random.Random(seed).sample(population, min(sample_size, len(population)))
        params = {"by": by, "value": value, "seed": seed, "sample_size": sample_size,
                  "population": len(population)}
        session = QASession.create(name=name, reviewer=rev, params=json.dumps(params, ensure_ascii=False))
        ids = {a.name: a.id for a in Annotator.select()}
        QAItem.insert_many([{"session": session.id, "document": d, "annotator": ids[n]}
                            for d, n in sorted(sample)]).execute()
        Action.create(annotator=rev, kind=QA_START,
                      payload=json.dumps({"session": session.id, **params}, ensure_ascii=False))
    return session.id


def session_items(name: str) -> list[ItemRow]:
    from peewee import JOIN

    from store.models import Annotator, Document, QAItem

    session = _session(name)
    q = (QAItem.select(QAItem.id, QAItem.document, Document.source, Annotator.name, QAItem.verdict,
                       QAItem.notes)
         .join(Document).switch(QAItem).join(Annotator, join_type=JOIN.LEFT_OUTER)
         .where(QAItem.session == session.id).order_by(QAItem.id))
    return [ItemRow(*row) for row in q.tuples()]


def mark(*, reviewer: str, item_id: int, verdict: str, notes: str = "") -> None:
    """Record a pass or fail (with notes) on one item."""
    from store.db import db
    from store.models import Action, QAItem, utcnow

    if verdict not in VERDICTS:
        raise InputError(f"--verdict: must be pass or fail, not {verdict!r}")
    with db.atomic():
        rev = require_reviewer(reviewer)
        item = QAItem.get_or_none(QAItem.id == item_id)
        if item is None:
            raise InputError(f"item {item_id}: no such QA item")
        before = {"verdict": item.verdict, "notes": item.notes}
        item.verdict, item.notes, item.updated_at = verdict, notes.strip(), utcnow()
        item.save()
        Action.create(annotator=rev, document=item.document_id, kind=QA_MARK,
                      payload=json.dumps({"item": item_id, "before": before,
                                          "after": {"verdict": verdict, "notes": item.notes}},
                                         ensure_ascii=False))


def _session(name: str):
    from store.models import QASession

    session = QASession.get_or_none(QASession.name == name)
    if session is None:
        raise InputError(f"QA session {name!r}: no such session")
    return session


def list_sessions() -> list[str]:
    from store.models import QASession

    return [s.name for s in QASession.select(QASession.name).order_by(QASession.id)]


# --------------------------------------------------------------------------------------------------
# figures


def diff_errors(gold: set[SpanT], spans: set[SpanT]) -> Counter:
    """Error types of an annotator's spans against gold (pairs matched one-to-one by overlap)."""
    errors: Counter = Counter()
    pairs = greedy_overlap_pairs(gold, spans, same_label=False)
    for g, s in pairs:
        if g == s:
            continue
        errors["wrong_label" if g[2] != s[2] else "wrong_boundary"] += 1
    errors["missed"] += len(gold) - len(pairs)
    errors["spurious"] += len(spans) - len(pairs)
    return Counter({k: v for k, v in errors.items() if v})


def note_errors(notes: str, keywords: dict[str, list[str]]) -> set[str]:
    low = notes.lower()
    return {kind for kind, words in keywords.items() if any(w.lower() in low for w in words)}


def error_keywords() -> dict[str, list[str]]:
    path = resource("qa", "error_keywords.json")
    try:
        return json.loads(path.read_text(encoding="utf-8"))["types"]
    except (OSError, ValueError, KeyError) as exc:
        raise InputError(f"{path}: cannot read error keywords: {exc}") from exc


def active_hours(times: list[dt.datetime]) -> float:
    """Hours of work from action timestamps, each gap capped at ``IDLE_CAP``."""
    times = sorted(times)
    total = sum((min(b - a, IDLE_CAP) for a, b in zip(times, times[1:])), dt.timedelta())
    return total.total_seconds() / 3600


def spans_per_hour(annotator_id: int) -> Optional[float]:
    from store.models import Action, Span

    times = [t if isinstance(t, dt.datetime) else dt.datetime.fromisoformat(str(t)) for (t,) in
             Action.select(Action.created_at).where(Action.annotator == annotator_id).tuples()]
    hours = active_hours(times)
    spans = Span.select().where(Span.annotator == annotator_id).count()
    return None if hours <= 0 else spans / hours


def removed_suggestions(annotator_id: int, reviewed_docs: set[int], gold: dict[int, set[SpanT]]) -> int:
    """Spans the annotator took from a suggestion that have no matching gold span after review."""
    from store.models import Span

    count = 0
    for d, s, e, label in (Span.select(Span.document, Span.start, Span.end, Span.label)
                           .where(Span.annotator == annotator_id, Span.origin == "suggestion",
                                  Span.document.in_(sorted(reviewed_docs) or [0])).tuples()):
        if (s, e, label) not in gold.get(d, set()):
            count += 1
    return count


def session_figures(name: str) -> dict:
    """Everything the report shows, as plain data (the CLI's --json and the window use it too)."""
    from annotate.assign import reviewed_documents
    from store.models import Annotator

    session = _session(name)
    items = session_items(name)
    docs = sorted({i.document_id for i in items})
    verdicts = Counter(i.verdict for i in items)
    agreement = agreement_report(document_ids=docs).to_dict()
    gold = gold_spans(docs)
    reviewed = reviewed_documents() | set(gold)
    versions, _ = load_versions(document_ids=docs, min_annotators=1)
    keywords = error_keywords()
    diff_total: Counter = Counter()
    notes_total: Counter = Counter()
    per: dict[str, dict] = defaultdict(lambda: {"items": 0, "pass": 0, "fail": 0, "documents": set(),
                                                "spans": 0, "gold": MatchCounts()})
    for item in items:
        name_ = item.annotator or "(none)"
        row = per[name_]
        row["items"] += 1
        row["documents"].add(item.document_id)
        if item.verdict in VERDICTS:
            row[item.verdict] += 1
        spans = versions.get(name_, {}).get(item.document_id, set())
        row["spans"] += len(spans)
        if item.document_id in gold:
            diff_total.update(diff_errors(gold[item.document_id], spans))
            row["gold"].add(exact_counts(gold[item.document_id], spans))
        if item.verdict == "fail":
            notes_total.update(note_errors(item.notes, keywords))
    ids = {a.name: a.id for a in Annotator.select()}
    annotators = {}
    for n, row in sorted(per.items()):
        aid = ids.get(n)
        annotators[n] = {
            "items": row["items"], "pass": row["pass"], "fail": row["fail"],
            "documents": len(row["documents"]), "spans": row["spans"],
            "spans_per_hour": None if aid is None else _r(spans_per_hour(aid)),
            "f1_vs_gold": _r(row["gold"].f1),
            "suggestions_removed_in_review": 0 if aid is None else removed_suggestions(aid, reviewed, gold),
        }
    return {
        "session": session.name, "reviewer": session.reviewer.name,
        "params": json.loads(session.params), "created_at": str(session.created_at)[:19],
        "items": len(items), "documents": len(docs),
        "verdicts": {v: verdicts.get(v, 0) for v in ("pass", "fail", "pending")},
        "agreement": agreement,
        "errors_from_gold": {k: diff_total.get(k, 0) for k in ERROR_TYPES},
        "errors_from_notes": {k: notes_total.get(k, 0) for k in ERROR_TYPES if k in keywords},
        "annotators": annotators,
        "fail_notes": [{"item": i.id, "document": i.source, "annotator": i.annotator, "notes": i.notes}
                       for i in items if i.verdict == "fail"],
    }


def _r(x: Optional[float]) -> Optional[float]:
    return None if x is None else round(x, 3)


# --------------------------------------------------------------------------------------------------
# rendering


def _fmt(x) -> str:
    return "–" if x is None else (f"{x:.3f}" if isinstance(x, float) else str(x))


def text_bars(values: dict[str, float], width: int = 30) -> list[str]:
    top = max([v for v in values.values() if v] or [1])
    return [f"{k:<16} {'█' * round(width * (v or 0) / top):<{width}} {_fmt(v)}" for k, v in values.items()]


def svg_bars(title: str, values: dict[str, float], *, color: str = "#4a7bd0", width: int = 420) -> str:
    """A horizontal bar chart as inline SVG (no plotting library needed)."""
    row, left = 22, 130
    height = row * max(1, len(values)) + 30
    top = max([v for v in values.values() if v] or [1])
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img" '
             f'aria-label="{html.escape(title)}">',
             f'<text x="0" y="14" font-size="13" font-weight="bold">{html.escape(title)}</text>']
    for i, (k, v) in enumerate(values.items()):
        y = 24 + i * row
        w = 0 if not v else (width - left - 60) * v / top
        parts.append(f'<text x="0" y="{y + 14}" font-size="12">{html.escape(str(k))}</text>')
        parts.append(f'<rect x="{left}" y="{y + 3}" width="{w:.1f}" height="{row - 6}" fill="{color}"/>')
        parts.append(f'<text x="{left + w + 4:.1f}" y="{y + 14}" font-size="12">{_fmt(v)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _tables(f: dict) -> list[tuple[str, list[str], list[list]]]:
    """(title, header, rows) of every table in the report, shared by both formats."""
    pairs = [[f"{p['a']} / {p['b']}", p["documents"], p["span_f1_exact"], p["span_f1_overlap"], p["kappa"]]
             for p in f["agreement"]["pairs"]]
    o = f["agreement"]["overall"]
    pairs.append(["overall (α " + _fmt(o["alpha"]) + ")", o["documents"], o["span_f1_exact"],
                  o["span_f1_overlap"], o["kappa"]])
    ann = [[n, a["items"], a["pass"], a["fail"], a["documents"], a["spans"], a["spans_per_hour"],
            a["f1_vs_gold"], a["suggestions_removed_in_review"]] for n, a in f["annotators"].items()]
    errors = [[k, f["errors_from_gold"].get(k, 0), f["errors_from_notes"].get(k, 0)] for k in ERROR_TYPES]
    fails = [[x["item"], x["document"], x["annotator"], x["notes"]] for x in f["fail_notes"]]
    return [
        ("Agreement", ["pair", "documents", "F1 exact", "F1 overlap", "kappa"], pairs),
        ("Error types", ["type", "gold diff", "fail notes"], errors),
        ("Annotators", ["annotator", "items", "pass", "fail", "documents", "spans", "spans/hour",
                        "F1 vs gold", "suggestions removed in review"], ann),
        ("Failed items", ["item", "document", "annotator", "notes"], fails),
    ]


def _charts(f: dict) -> list[tuple[str, dict]]:
    return [("Verdicts", f["verdicts"]),
            ("Errors (gold diff)", f["errors_from_gold"]),
            ("F1 vs gold by annotator", {n: a["f1_vs_gold"] for n, a in f["annotators"].items()}),
            ("F1 exact by label", {k: v["span_f1_exact"] for k, v in
                                   f["agreement"]["overall"]["by_label"].items()})]


def render_markdown(f: dict) -> str:
    lines = [f"# QA session: {f['session']}", "",
             f"Reviewer {f['reviewer']}, started {f['created_at']}; sample by {f['params']['by']}"
             + (f" = {f['params']['value']}" if f["params"].get("value") else "")
             + f" (seed {f['params']['seed']}): {f['items']} item(s) over {f['documents']} document(s).", "",
             "Verdicts: " + ", ".join(f"{k} {v}" for k, v in f["verdicts"].items()), ""]
    for title, values in _charts(f):
        if values:
            lines += [f"## {title}", "", "```", *text_bars(values), "```", ""]
    for title, header, rows in _tables(f):
        lines += [f"## {title}", "", "| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
        lines += ["| " + " | ".join(_fmt(c).replace("|", "\\|") for c in r) + " |" for r in rows]
        lines.append("")
    return "\n".join(lines)


def render_html(f: dict) -> str:
    e = html.escape
    out = ['<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">',
           f"<title>QA {e(f['session'])}</title><style>body{{font-family:sans-serif;max-width:60em;margin:2em auto}}"
           "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #bbb;padding:.2em .6em}"
           "svg{display:block;margin:1em 0}</style></head><body>",
           f"<h1>QA session: {e(f['session'])}</h1>",
           f"<p>Reviewer {e(f['reviewer'])}, started {e(f['created_at'])}; sample by {e(f['params']['by'])}"
           + (f" = {e(str(f['params']['value']))}" if f["params"].get("value") else "")
           + f" (seed {f['params']['seed']}): {f['items']} item(s) over {f['documents']} document(s).</p>"]
    for title, values in _charts(f):
        if values:
            out.append(svg_bars(title, values))
    for title, header, rows in _tables(f):
        out.append(f"<h2>{e(title)}</h2><table><tr>" + "".join(f"<th>{e(h)}</th>" for h in header) + "</tr>")
        out += ["<tr>" + "".join(f"<td>{e(_fmt(c))}</td>" for c in r) + "</tr>" for r in rows]
        out.append("</table>")
    out.append("</body></html>")
    return "\n".join(out)


RENDERERS: dict[str, Callable[[dict], str]] = {"md": render_markdown, "html": render_html}


def session_report(name: str, fmt: str = "md") -> str:
    if fmt not in RENDERERS:
        raise InputError(f"--format: {fmt!r} is not one of {', '.join(RENDERERS)}")
    return RENDERERS[fmt](session_figures(name))
