"""Helpers shared by the QA tests (assignment, agreement, review, QA sessions): synthetic documents
and annotator work. Texts are written here, never copied from the shared corpus.

Annotation goes through ``annotate.ops`` when that module exists (the store owner's operations), and
writes the same rows directly otherwise, so these tests run at every stage of the project.
"""
from __future__ import annotations

import hashlib
import importlib.util
import json

from store.models import Annotator, Assignment, Document, Span, utcnow

TEXTS = [
    "广元市总工会于二〇二三年三月召开全委会议，张伟同志作工作报告。",
    "利州区人民政府联合四川省卫生健康委员会开展“安康杯”竞赛活动。",
    "昭化区教育局表彰了李娜等十名优秀教师，发放奖金五万元。",
    "苍溪县农业农村局二〇二二年完成高标准农田建设三万亩。",
    "剑阁县人民医院组织医务人员赴白龙镇开展义诊，服务群众八百人次。",
    "旺苍县总工会为困难职工发放慰问金十二万元，覆盖率达百分之九十五。",
]

HAS_OPS = importlib.util.find_spec("annotate.ops") is not None


def make_document(text: str, source: str = "doc.txt") -> int:
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    doc = Document.create(content_hash=digest, source=source, raw=text.encode("utf-8"), encoding="utf-8",
                          clean_text=text, length=len(text), offset_map=json.dumps({}), report="{}",
                          cleaner_version="test", group_key=digest[:16])
    return doc.id


def make_documents(n: int | None = None) -> list[int]:
    texts = TEXTS if n is None else TEXTS[:n]
    return [make_document(t, f"doc{i}.txt") for i, t in enumerate(texts)]


def annotator(name: str, role: str = "annotator") -> Annotator:
    row, created = Annotator.get_or_create(name=name, defaults={"role": role})
    if not created and row.role != role:
        row.role = role
        row.save()
    return row


def add_span(name: str, document_id: int, start: int, end: int, label: str,
             origin: str = "added") -> None:
    if HAS_OPS and origin == "added":
        from annotate import ops

        ops.add_span(annotator=name, document_id=document_id, start=start, end=end, label=label)
        return
    a = annotator(name)
    Span.create(document=document_id, annotator=a, start=start, end=end, label=label, origin=origin)
    # as ops does: the first action on a document puts it in the annotator's queue, in progress
    if not Assignment.select().where(Assignment.document == document_id, Assignment.annotator == a).exists():
        Assignment.create(document=document_id, annotator=a, status="in_progress", position=document_id)
    else:
        Assignment.update(status="in_progress").where(
            Assignment.document == document_id, Assignment.annotator == a,
            Assignment.status == "assigned").execute()


def finish(name: str, document_id: int) -> None:
    if HAS_OPS:
        from annotate import ops

        ops.set_document_status(annotator=name, document_id=document_id, status="done")
        return
    a = annotator(name)
    row = Assignment.get_or_none(document=document_id, annotator=a)
    if row is None:
        Assignment.create(document=document_id, annotator=a, status="done", finished_at=utcnow())
    else:
        row.status, row.finished_at = "done", utcnow()
        row.save()


def find(text: str, needle: str) -> tuple[int, int]:
    start = text.index(needle)
    return start, start + len(needle)


# --------------------------------------------------------------------------------------------------
# a small project played through: suggestions, two or three annotators' plans, a reviewer

#: suggestions the machine made, per document index: (needle, label)
SUGGESTIONS = {
    0: [("广元市总工会", "ORG"), ("二〇二三年三月", "DATE"), ("张伟", "PER")],
    1: [("利州区人民政府", "ORG"), ("安康杯", "EVENT")],
    2: [("昭化区教育局", "ORG"), ("五万元", "MONEY")],
    3: [("苍溪县农业农村局", "ORG")],
}
#: what each annotator does, per document index: (needle, label, "suggestion" | "add")
PLANS = {
    "alice": {
        0: [("广元市总工会", "ORG", "suggestion"), ("二〇二三年三月", "DATE", "suggestion"), ("张伟", "PER", "suggestion")],
        1: [("利州区人民政府", "ORG", "suggestion"), ("四川省卫生健康委员会", "ORG", "add"), ("安康杯", "EVENT", "suggestion")],
        2: [("昭化区教育局", "ORG", "suggestion"), ("李娜", "PER", "add"), ("五万元", "MONEY", "suggestion")],
        3: [("苍溪县农业农村局", "ORG", "suggestion"), ("二〇二二年", "DATE", "add")],
    },
    "bob": {
        0: [("广元市总工会", "ORG", "suggestion"), ("二〇二三年三月", "DATE", "suggestion"), ("张伟同志", "PER", "add")],
        1: [("利州区人民政府", "ORG", "suggestion"), ("四川省卫生健康委员会", "ORG", "add"), ("安康杯", "HONOR", "add")],
        2: [("昭化区教育局", "ORG", "suggestion"), ("李娜", "PER", "add")],
        3: [("苍溪县农业农村局", "ORG", "suggestion"), ("二〇二二年", "DATE", "add"), ("三万亩", "QUANTITY", "add")],
    },
    "carol": {
        0: [("广元市总工会", "ORG", "suggestion"), ("张伟", "PER", "suggestion")],
        1: [("利州区人民政府", "ORG", "suggestion"), ("四川省卫生健康委员会", "ORG", "add")],
        2: [("昭化区", "LOC", "add"), ("李娜", "PER", "add"), ("五万元", "MONEY", "suggestion")],
        3: [("苍溪县农业农村局", "ORG", "suggestion"), ("三万亩", "QUANTITY", "add")],
    },
}


def add_suggestions(doc_ids: list[int]) -> dict[tuple[int, int, int, str], int]:
    """Suggestion rows as the suggesters would store them; returns (doc, start, end, label) → id."""
    from store.models import Suggestion

    out = {}
    for index, items in SUGGESTIONS.items():
        text = TEXTS[index]
        for needle, label in items:
            s, e = find(text, needle)
            row = Suggestion.create(document=doc_ids[index], start=s, end=e, label=label, text=needle,
                                    score=0.9, source="test", version="test")
            out[(doc_ids[index], s, e, label)] = row.id
    return out


def suggestion_ids(doc_ids: list[int]) -> dict[tuple[int, int, int, str], int]:
    from store.models import Suggestion

    return {(r.document_id, r.start, r.end, r.label_id): r.id
            for r in Suggestion.select().where(Suggestion.document.in_(doc_ids))}


def play(name: str, doc_ids: list[int]) -> None:
    """``name`` works through their queue: accepts suggestions and adds spans per PLANS, finishes each."""
    from annotate import ops
    from annotate.assign import annotator_queue

    suggestions = suggestion_ids(doc_ids)
    for doc in annotator_queue(name):
        index = doc_ids.index(doc)
        for needle, label, via in PLANS[name].get(index, []):
            s, e = find(TEXTS[index], needle)
            if via == "suggestion":
                ops.accept_suggestion(annotator=name, suggestion_id=suggestions[(doc, s, e, label)])
            else:
                ops.add_span(annotator=name, document_id=doc, start=s, end=e, label=label)
        ops.set_document_status(annotator=name, document_id=doc, status="done")


def expected_versions(names: list[str], doc_ids: list[int]) -> dict[str, dict[int, set]]:
    """The spans PLANS say each annotator made, computed from the plan (not from the database)."""
    out: dict[str, dict[int, set]] = {}
    for name in names:
        out[name] = {doc_ids[i]: {(*find(TEXTS[i], n), label) for n, label, _ in items}
                     for i, items in PLANS[name].items() if i < len(doc_ids)}
    return out
