"""Structural chrome: lines that read as website interface text, found from general features
instead of one site's wording (the phrase rules in chrome.json only know the families they were
written for).

Why structure: a page's chrome differs from site to site in wording but not in kind. It is made of
UI vocabulary (分享, 收藏, 阅读, 登录 …) and machine tokens (2024-03-08 09:00, 326, a URL) in short
lines cut by separators, and it sits before the first or after the last paragraph of prose. A
report's own lines outside the prose (its title, headings, addressee, signature unit and date,
附件/联系人 lines) are protected by shape. Every removal is a whole line, recorded with the rule
name, the evidence and raw offsets like the other rules; vocabulary and thresholds are data in
resources/cleaning/interface.json.

Idempotent by construction: prose lines fix the body region and are never removed here, every
decision depends only on the line itself, the region and how often the line occurs, and removing
lines only lowers those counts.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from annotate.cleaning.registry import step
from annotate.cleaning.rules import load_rules
from annotate.cleaning.work import Edit, Work


@dataclass(frozen=True, slots=True)
class Spec:
    rule: str
    ui: re.Pattern[str]
    machine: re.Pattern[str]
    content: re.Pattern[str]
    separators: re.Pattern[str]
    sentence_end: re.Pattern[str]
    clause_marks: re.Pattern[str]
    prose_min_len: int
    prose_short_end: re.Pattern[str]
    anchor_max_evidence: float
    ui_field: re.Pattern[str]
    ui_field_spec: dict
    protect: tuple[re.Pattern[str], ...]
    outside: dict
    field_shape: re.Pattern[str]
    inside: dict
    repeated: dict


@lru_cache(maxsize=1)
def _spec() -> Spec:
    data = load_rules("interface")
    words = sorted(set(data["ui_words"]), key=len, reverse=True)  # longest first: 阅读原文 before 阅读
    return Spec(
        rule=data["rule"],
        ui=re.compile("|".join(map(re.escape, words))),
        machine=re.compile(data["machine"]),
        content=re.compile(data["content"]),
        separators=re.compile(data["separators"]),
        sentence_end=re.compile(data["sentence_end"]),
        clause_marks=re.compile(data["clause_marks"]),
        prose_min_len=int(data["prose"]["min_len"]),
        prose_short_end=re.compile(data["prose"]["short_end"]),
        anchor_max_evidence=float(data["prose"]["anchor_max_evidence"]),
        ui_field=re.compile(data["ui_field"]["pattern"]),
        ui_field_spec=data["ui_field"],
        protect=tuple(re.compile(p) for p in data["protect"].values()),
        outside=data["outside"],
        field_shape=re.compile(data["outside"]["field_shape"]),
        inside=data["inside"],
        repeated=data["repeated"],
    )


def is_prose(spec: Spec, text: str) -> bool:
    """A line of body prose: ends a sentence and holds at least two clauses (a clause mark with
    text before it, not counting the final mark; never removed here); a short line only when it
    ends with 。/； (a short exclamation may be a reply or a prompt)."""
    if not spec.sentence_end.search(text) or not spec.clause_marks.search(text, 1, len(text) - 1):
        return False
    return len(text) >= spec.prose_min_len or bool(spec.prose_short_end.search(text))


@dataclass(frozen=True, slots=True)
class Score:
    evidence: float  # share of content characters in UI words or machine tokens
    segments: int  # pieces between separators
    machine: bool  # holds a machine token (date-time, counter, URL, e-mail, phone)
    content: int  # letters, digits and CJK characters


def score(spec: Spec, text: str) -> Score:
    """How much of the line is interface text: UI words and machine tokens, by character share."""
    spans = [m.span() for m in spec.machine.finditer(text)]
    machine = bool(spans)
    spans.extend(m.span() for m in spec.ui.finditer(text))
    findall = spec.content.findall
    content = len(findall(text))
    hit = 0
    if spans:
        spans.sort()
        start, end = spans[0]
        for a, b in spans[1:]:  # merge overlaps so no character counts twice
            if a > end:
                hit += len(findall(text, start, end))
                start, end = a, b
            elif b > end:
                end = b
        hit += len(findall(text, start, end))
    segments = sum(1 for part in spec.separators.split(text) if part)
    return Score(hit / content if content else 0.0, segments, machine, content)


def _protected(spec: Spec, text: str) -> bool:
    return is_prose(spec, text) or any(p.search(text) for p in spec.protect)


def _verdict(spec: Spec, text: str, inside: bool, count: int) -> str | None:
    """The reason to remove a (non-protected) line, or None to keep it."""
    n = len(text)
    out, ins, rep = spec.outside, spec.inside, spec.repeated
    if n > max(out["max_len"], ins["max_len"], rep["max_len"]):
        return None
    s = score(spec, text)
    if s.content == 0:
        return None if inside else out["divider_reason"]
    ends = bool(spec.sentence_end.search(text))
    key = spec.ui_field.match(text)
    if key and not ends and n <= spec.ui_field_spec["max_len"] and spec.ui.fullmatch(key.group(1)):
        return f"{spec.ui_field_spec['reason']} ({key.group(1)})"
    if count >= rep["min_count"] and n <= rep["max_len"] and s.evidence >= rep["min_evidence"]:
        return f"{rep['reason']} ({count}×, interface share {s.evidence:.0%})"
    if inside:
        if n <= ins["max_len"] and not ends and s.evidence >= ins["min_evidence"] and (
                s.segments >= 2 or s.content >= ins["min_content"]
                or (s.machine and s.evidence == 1.0 and n <= ins["machine_only_max_len"])):
            return f"{ins['reason']} (interface share {s.evidence:.0%}, {s.segments} segments)"
        return None
    if n > out["max_len"]:
        return None
    if s.evidence >= out["strong_evidence"]:
        return f"{out['reason']} (interface share {s.evidence:.0%})"
    if s.evidence >= out["weak_evidence"] and not ends and (
            s.segments >= out["min_segments"] or s.machine or spec.field_shape.search(text)):
        return f"{out['reason']} (interface share {s.evidence:.0%}, {s.segments} segments)"
    return None


def _region(spec: Spec, lines: list[str]) -> tuple[int, int]:
    """First and last index of prose lines that anchor the body region (long, prose, little
    interface text); (0, len) when there is none, so the whole text counts as 'inside'."""
    def anchor(text: str) -> bool:
        return (len(text) >= spec.prose_min_len and is_prose(spec, text)
                and score(spec, text).evidence < spec.anchor_max_evidence)

    first = next((k for k, text in enumerate(lines) if anchor(text)), None)
    if first is None:
        return 0, len(lines)
    last = next(k for k in range(len(lines) - 1, first - 1, -1) if anchor(lines[k]))
    return first, last


@step("interface_lines")
def interface_lines(work: Work) -> None:
    spec = _spec()
    lines = [line for line in work.lines() if line.text.strip()]
    if not lines:
        return
    texts = [line.text.strip() for line in lines]
    first, last = _region(spec, texts)
    counts = Counter(texts)
    longest = max(spec.outside["max_len"], spec.inside["max_len"], spec.repeated["max_len"])
    edits: list[Edit] = []
    for k, (line, text) in enumerate(zip(lines, texts)):
        if len(text) > longest or _protected(spec, text):
            continue
        reason = _verdict(spec, text, first <= k <= last, counts[text])
        if reason:
            edits.append(Edit(line.start, line.stop, "", spec.rule, reason))
    work.apply(edits)
