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
    protect_date: re.Pattern[str]
    outside: dict
    field_shape: re.Pattern[str]
    inside: dict
    repeated: dict
    legal: re.Pattern[str]
    legal_spec: dict
    mail_field: re.Pattern[str]
    mail_keys: frozenset[str]
    mail_spec: dict
    banner: re.Pattern[str]
    banner_reason: str
    speech_title: re.Pattern[str]
    author_line: re.Pattern[str]
    title_max_len: int
    menu: dict
    early_copy: dict


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
        protect_date=re.compile(data["protect"]["date_line"]),
        outside=data["outside"],
        field_shape=re.compile(data["outside"]["field_shape"]),
        inside=data["inside"],
        repeated=data["repeated"],
        legal=re.compile("|".join(map(re.escape, sorted(set(data["legal_notice"]["words"]), key=len,
                                                         reverse=True)))),
        legal_spec=data["legal_notice"],
        mail_field=re.compile(data["mail_header"]["field"]),
        mail_keys=frozenset(data["mail_header"]["mail_keys"]),
        mail_spec=data["mail_header"],
        banner=re.compile(data["banner"]["pattern"]),
        banner_reason=data["banner"]["reason"],
        speech_title=re.compile(data["title_context"]["speech_title"]),
        author_line=re.compile(data["title_context"]["author_line"]),
        title_max_len=int(data["title_context"]["max_len"]),
        menu=data["menu"],
        early_copy=data["early_copy"],
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


def share(spec: Spec, pattern: re.Pattern[str], text: str) -> float:
    """Share of the line's content characters covered by matches of ``pattern``."""
    findall = spec.content.findall
    content = len(findall(text))
    if not content:
        return 0.0
    return sum(len(findall(m.group())) for m in pattern.finditer(text)) / content


def is_legal_notice(spec: Spec, text: str) -> bool:
    """A disclaimer or confidentiality notice: long and mostly legal-notice vocabulary. Why: such
    notices are shaped like prose (clauses, a final mark), so prose protection alone keeps them."""
    legal = spec.legal_spec
    return len(text) >= legal["min_len"] and share(spec, spec.legal, text) >= legal["min_share"]


def _mail_header(spec: Spec, texts: list[str], first: int) -> set[int]:
    """Indices of e-mail header blocks before the body region: runs of 'key：value' lines with
    enough mail-header keys (发件人, 收件人, 主题 …). The whole block goes, protected or not: a
    主题： line repeats the title and a 日期： line is a machine date."""
    mail = spec.mail_spec
    found: set[int] = set()
    k = 0
    while k < first:
        run = k
        while run < first and spec.mail_field.match(texts[run]):
            run += 1
        if run > k:
            keys = sum(1 for j in range(k, run) if spec.mail_field.match(texts[j]).group(1) in spec.mail_keys)
            if run - k >= mail["min_lines"] and keys >= mail["min_mail_keys"]:
                found.update(range(k, run))
            k = run
        else:
            k += 1
    return found


def _title_line(spec: Spec, texts: list[str], k: int) -> bool:
    """A title before the body region: a speech title ('在…上的讲话') or a short line followed by
    a date line or an author line (unit + name). Protected because losing it loses the document's
    name; a chrome copy of the title is handled by the repeated-title step."""
    text = texts[k]
    if len(text) > spec.title_max_len or spec.sentence_end.search(text):
        return False
    if spec.speech_title.search(text):
        return True
    following = texts[k + 1] if k + 1 < len(texts) else ""
    return bool(spec.protect_date.search(following) or spec.author_line.search(following))


def is_menu(spec: Spec, text: str) -> bool:
    """Site navigation by shape: several short labels between separators, no clause marks."""
    if spec.clause_marks.search(text):
        return False
    pieces = [p for p in spec.separators.split(text) if p]
    return len(pieces) >= spec.menu["min_segments"] and all(
        len(spec.content.findall(p)) <= spec.menu["max_piece"] for p in pieces)


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
                and score(spec, text).evidence < spec.anchor_max_evidence
                and not is_legal_notice(spec, text))

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
    mail = _mail_header(spec, texts, first)
    inside_lines = set(texts[first:last + 1]) if first < len(texts) else set()
    edits: list[Edit] = []
    for k, (line, text) in enumerate(zip(lines, texts)):
        if k in mail:
            edits.append(Edit(line.start, line.stop, "", spec.rule, spec.mail_spec["reason"]))
            continue
        if k > last and is_legal_notice(spec, text):
            edits.append(Edit(line.start, line.stop, "", spec.rule, spec.legal_spec["reason"]))
            continue
        outside = k < first or k > last
        if k < first and len(text) <= spec.early_copy["max_len"] and text in inside_lines:
            edits.append(Edit(line.start, line.stop, "", spec.rule, spec.early_copy["reason"]))
            continue
        if outside and is_menu(spec, text):
            edits.append(Edit(line.start, line.stop, "", spec.rule, spec.menu["reason"]))
            continue
        if outside and spec.banner.match(text) and not spec.protect[0].search(text.strip("-=*—_~# ")):
            edits.append(Edit(line.start, line.stop, "", spec.rule, spec.banner_reason))
            continue
        if len(text) > longest or _protected(spec, text) or (k < first and _title_line(spec, texts, k)):
            continue
        reason = _verdict(spec, text, first <= k <= last, counts[text])
        if reason:
            edits.append(Edit(line.start, line.stop, "", spec.rule, reason))
    work.apply(edits)
