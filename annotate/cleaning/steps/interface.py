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
from annotate.cleaning.steps.chrome import bare_heading, join_spec
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
    speaker_line: re.Pattern[str]
    caption: re.Pattern[str]
    caption_spec: dict
    title_max_len: int
    menu: dict
    early_copy: dict
    ui_key: re.Pattern[str]
    meta_keys: frozenset[str]
    frame: Frame


@dataclass(frozen=True, slots=True)
class Frame:
    """Rules for the page text around a report's title and closing (interface.json 'frame')."""
    head_protect: re.Pattern[str]
    title_dash: re.Pattern[str]
    closing_keep: re.Pattern[str]
    attachment_item: re.Pattern[str]
    list_marker: re.Pattern[str]
    numbering: re.Pattern[str]
    title: re.Pattern[str]
    signature: re.Pattern[str]
    min_title_run: int
    header_max_content: int
    end_marker: re.Pattern[str]
    list_item_words: re.Pattern[str]
    site_notice_min_evidence: float
    inline_list_min_segments: int
    main_title_max_lines: int
    main_title_max_len: int
    main_title_min_len: int
    orphan_start: re.Pattern[str]
    reasons: dict[str, str]


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
        speaker_line=re.compile(data["title_context"]["speaker_line"]),
        caption=re.compile(data["caption"]["pattern"]),
        caption_spec=data["caption"],
        title_max_len=int(data["title_context"]["max_len"]),
        menu=data["menu"],
        early_copy=data["early_copy"],
        ui_key=re.compile("(?:%s)?(?:%s)" % ("|".join(map(re.escape, data["ui_field"]["key_prefixes"])),
                                             "|".join(map(re.escape, words)))),
        meta_keys=frozenset(data["ui_field"]["meta_keys"]),
        frame=_frame_spec(data["frame"], data["protect"]),
    )


def _frame_spec(frame: dict, protect: dict) -> Frame:
    return Frame(
        title=re.compile(protect["title"]),
        signature=re.compile(protect["signature"]),
        head_protect=re.compile(frame["head_protect"]),
        title_dash=re.compile(frame["title_dash"]),
        closing_keep=re.compile(frame["closing_keep"]),
        attachment_item=re.compile(frame["attachment_item"]),
        list_marker=re.compile(frame["list_marker"]),
        numbering=re.compile(frame["numbering"]),
        min_title_run=int(frame["min_title_run"]),
        header_max_content=int(frame["header_max_content"]),
        end_marker=re.compile(frame["end_marker"]),
        list_item_words=re.compile(frame["list_item_words"]),
        site_notice_min_evidence=float(frame["site_notice_min_evidence"]),
        inline_list_min_segments=int(frame["inline_list_min_segments"]),
        main_title_max_lines=int(frame["main_title_max_lines"]),
        main_title_max_len=int(frame["main_title_max_len"]),
        main_title_min_len=int(frame["main_title_min_len"]),
        orphan_start=re.compile(frame["orphan_start"]),
        reasons={k: v for k, v in frame.items() if k.endswith("_reason")},
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
    if len(text) > spec.title_max_len or spec.sentence_end.search(text) or spec.speaker_line.match(text):
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
    if key and not ends and n <= spec.ui_field_spec["max_len"] and spec.ui_key.fullmatch(key.group(1)):
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


def _is_title(spec: Spec, texts: list[str], k: int) -> bool:
    text = texts[k]
    return not spec.protect[0].search(text) and bool(
        spec.frame.title.search(text) or spec.speech_title.search(text) or _title_line(spec, texts, k))


def _head(spec: Spec, texts: list[str], first: int) -> dict[int, str]:
    """Lines before the document's first title line that are neither prose nor protected: the page
    around the report (site slogan, channel name, nav). Why: every report of the genre starts with
    its title, so what a site puts above it is page text whatever its wording; only 公文 head
    parts (红头 …文件, 文号, 签发人, 密级) and a main title above a dash subtitle stay."""
    frame = spec.frame
    title = next((k for k in range(first) if _is_title(spec, texts, k)), None)
    if title is None:
        return {}
    if title > 0 and frame.title_dash.match(texts[title]):
        title -= 1  # '——在…上的讲话' is a subtitle; the line above it is the main title
        for _ in range(frame.main_title_max_lines - 1):  # a main title on two lines
            above = texts[title - 1] if title > 0 else ""
            if not frame.main_title_min_len <= len(above) <= frame.main_title_max_len or spec.sentence_end.search(above) \
                    or score(spec, above).evidence > 0 or is_menu(spec, above):
                break
            title -= 1
    return {k: frame.reasons["head_reason"] for k in range(title)
            if not (_protected(spec, texts[k]) or frame.head_protect.search(texts[k]))}


def _inline_list(spec: Spec, text: str) -> bool:
    """本版热帖 | 乡镇工会年度工作总结（精选8篇） | …范文: a related list written on one line."""
    pieces = [p for p in spec.separators.split(text) if p]
    return len(pieces) >= spec.frame.inline_list_min_segments and any(
        spec.frame.list_marker.search(p) for p in pieces)


def _closing_part(spec: Spec, text: str) -> bool:
    frame = spec.frame
    return bool(spec.protect_date.search(text) or frame.signature.search(text) or frame.closing_keep.search(text))


def _tail(spec: Spec, texts: list[str], last: int) -> dict[int, str]:
    """Page text after the report: everything after its closing (signature unit and date right
    after the last prose line) except 附件/抄送/印发 parts, and related-document lists after the
    last prose line (template-site titles, or a run of document titles) with their header."""
    frame = spec.frame
    n = len(texts)
    found: dict[int, str] = {}
    closing, attachments, k = None, False, last + 1
    while k < n:  # the closing block: signature, date, short closing sentences, attachment lines
        text = texts[k]
        if spec.protect_date.search(text) or frame.signature.search(text):
            closing = k
        elif frame.closing_keep.search(text):
            attachments = text.startswith("附")
        elif not ((attachments and frame.attachment_item.match(text)) or spec.sentence_end.search(text)):
            break
        k += 1
    if closing is not None:
        attachments = False
        for k in range(closing + 1, n):
            text = texts[k]
            if frame.closing_keep.search(text):
                attachments = text.startswith("附")
            elif not (spec.protect_date.search(text) or (attachments and frame.attachment_item.match(text))):
                found[k] = frame.reasons["closing_reason"]
    end = next((k for k in range(last + 1, n) if frame.end_marker.match(texts[k])), None)
    if end is not None:  # 'END' closes an article; what follows is the page's recommendations
        found.update((k, frame.reasons["end_reason"]) for k in range(end, n))
    for k in range(last + 1, n):
        text = texts[k]
        if k in found or _closing_part(spec, text):
            continue
        if is_prose(spec, text):  # prose after the last anchor: a notice only if mostly UI words (a phone
            # number or date is a machine token, but a contact line is body)
            if len(text) >= spec.prose_min_len and share(spec, spec.ui, text) >= frame.site_notice_min_evidence:
                found[k] = frame.reasons["site_notice_reason"]
        elif (not spec.protect[0].search(text) and not spec.clause_marks.search(text)
              and frame.list_item_words.search(text)):
            found[k] = frame.reasons["list_reason"]  # a document's name on its own after the body
    k = last + 1
    while k < n:  # related lists: runs of template-site titles or of document titles
        run = k
        marked = False
        while run < n and not spec.sentence_end.search(texts[run]):
            item = frame.numbering.sub("", texts[run], count=1)
            if frame.list_marker.search(item):
                marked = True
            elif not frame.title.search(item):
                break
            run += 1
        preceded_by_attachment = k > 0 and frame.closing_keep.search(texts[k - 1]) and texts[k - 1].startswith("附")
        if run > k and (marked or run - k >= frame.min_title_run) and not preceded_by_attachment:
            for j in range(k, run):
                found.setdefault(j, frame.reasons["list_reason"])
            header = texts[k - 1]
            if (k - 1 > last and k - 1 not in found and not _closing_part(spec, header)
                    and not spec.clause_marks.search(header)
                    and len(spec.content.findall(header)) <= frame.header_max_content):
                found[k - 1] = frame.reasons["header_reason"]
        k = max(run, k + 1)
    return found


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
    framed = {**_head(spec, texts, first), **_tail(spec, texts, last)} if last < len(texts) else {}
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
        if len(text) <= spec.caption_spec["max_len"] and spec.caption.match(text) and text.count("。") <= 1:
            edits.append(Edit(line.start, line.stop, "", spec.rule, spec.caption_spec["reason"]))
            continue
        if not is_prose(spec, text) and _inline_list(spec, text):
            edits.append(Edit(line.start, line.stop, "", spec.rule, spec.frame.reasons["list_reason"] + " (one line)"))
            continue
        if outside and is_menu(spec, text):
            edits.append(Edit(line.start, line.stop, "", spec.rule, spec.menu["reason"]))
            continue
        if outside and spec.banner.match(text) and not spec.protect[0].search(text.strip("-=*—_~# ")):
            edits.append(Edit(line.start, line.stop, "", spec.rule, spec.banner_reason))
            continue
        key = spec.ui_field.match(text)
        if key and key.group(1) in spec.meta_keys and len(text) <= spec.ui_field_spec["max_len"]:
            edits.append(Edit(line.start, line.stop, "", spec.rule, f"{spec.ui_field_spec['reason']} ({key.group(1)})"))
            continue
        reason = None
        if not (len(text) > longest or _protected(spec, text) or (k < first and _title_line(spec, texts, k))):
            reason = _verdict(spec, text, first <= k <= last, counts[text])
        reason = reason or framed.get(k)  # the line's own evidence first, its place in the frame second
        if reason:
            edits.append(Edit(line.start, line.stop, "", spec.rule, reason))
    edits.extend(_rejoins(lines, texts, {e.start for e in edits}, first, last))
    work.apply(edits)


def _rejoins(lines: list, texts: list[str], gone: set[int], first: int, last: int) -> list[Edit]:
    """A button line inside the body (打开APP查看更多) often cuts a sentence in two, as page
    markers do: when removed lines sit between an open body line and a line that is not a heading,
    the line break goes too (same test as the page-break join of the chrome step)."""
    _markers, open_end, clause, heading, min_len, reason = join_spec()
    joins = []
    k = max(first, 1)
    while k <= min(last, len(lines) - 1):
        if lines[k].start not in gone or lines[k - 1].start in gone:
            k += 1
            continue
        j = k
        while j < len(lines) and lines[j].start in gone:
            j += 1
        prev = texts[k - 1]
        if j < len(lines) and j <= last + 1 and len(prev) >= min_len and open_end.search(prev) \
                and clause.search(prev) and not bare_heading(heading, prev) and not heading.search(texts[j]):
            joins.append(Edit(lines[k - 1].end, lines[k - 1].stop, "", "page_break_join", reason))
        k = j
    return joins


@step("continuation_lines")
def continuation_lines(work: Work) -> None:
    """A line that starts with a comma (，进一步增强…) continues the open line before it: a notice
    removed by an earlier step (登录后可复制全文…) cut the sentence there. Its own step, before the
    interface step, so the body region is computed on the joined paragraphs (idempotence)."""
    spec = _spec()
    _markers, open_end, _clause, heading, _min_len, reason = join_spec()
    lines = [line for line in work.lines() if line.text.strip()]
    edits = [Edit(prev.end, prev.stop, "", "page_break_join", reason)
             for prev, line in zip(lines, lines[1:])
             if spec.frame.orphan_start.match(line.text.strip()) and open_end.search(prev.text.strip())
             and not bare_heading(heading, prev.text.strip()) and prev.stop == line.start]
    work.apply(edits)
