"""Web chrome: whole lines matched by the rule families in resources/cleaning/chrome.json, inline
title tags, and related-document lists (a header and the list that follows it)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from annotate.cleaning.registry import step
from annotate.cleaning.rules import load_rules
from annotate.cleaning.work import Edit, Line, Work


@dataclass(frozen=True, slots=True)
class LineRule:
    name: str
    reason: str
    pattern: re.Pattern[str]
    max_len: int
    body_guard: bool


def _compile(rules: list[dict]) -> list[LineRule]:
    return [LineRule(r["name"], r["reason"], re.compile(r["pattern"]), int(r.get("max_len", 200)),
                     bool(r.get("body_guard", True))) for r in rules]


@lru_cache(maxsize=1)
def _rules() -> tuple[list[LineRule], list[LineRule], dict, "BodyTest"]:
    data = load_rules("chrome")
    return _compile(data["line_rules"]), _compile(data["inline_rules"]), data["related_lists"], \
        BodyTest(data["body_text"])


class BodyTest:
    """Does a line look like body text (long, ends with a sentence mark, several clauses)?"""

    def __init__(self, spec: dict) -> None:
        self.min_len = int(spec["min_len"])
        self.end = re.compile(spec["sentence_end"])
        self.min_clauses = int(spec["min_clauses"])
        self.marks = re.compile(spec["clause_marks"])

    def __call__(self, line: str) -> bool:
        if len(line) < self.min_len:
            return False
        return bool(self.end.search(line)) or len(self.marks.findall(line)) >= self.min_clauses


def body_test() -> BodyTest:
    return _rules()[3]


def _line_edit(line: Line, rule: str, reason: str) -> Edit:
    return Edit(line.start, line.stop, "", rule, reason)


@step("chrome")
def chrome(work: Work) -> None:
    line_rules, inline_rules, _, is_body = _rules()
    longest = max(r.max_len for r in line_rules + inline_rules)
    edits: list[Edit] = []
    for line in work.lines():
        text = line.text
        n = len(text)
        if not n or n > longest:
            continue
        body = is_body(text)
        for rule in line_rules:
            if n <= rule.max_len and not (body and rule.body_guard) and rule.pattern.search(text):
                edits.append(_line_edit(line, rule.name, rule.reason))
                break
        else:
            for rule in inline_rules:
                if n > rule.max_len or (body and rule.body_guard):
                    continue
                m = rule.pattern.search(text)
                if m and m.end() > m.start():
                    edits.append(Edit(line.start + m.start(), line.start + m.end(), "", rule.name,
                                      rule.reason))
    edits.extend(_page_break_joins(work, edits))
    work.apply(edits)


@lru_cache(maxsize=1)
def join_spec() -> tuple[frozenset[str], re.Pattern[str], re.Pattern[str], re.Pattern[str], int, str]:
    spec = load_rules("chrome")["page_break_join"]
    return (frozenset(spec["marker_rules"]), re.compile(spec["open_end"]), re.compile(spec["clause_marks"]),
            re.compile(spec["heading"]), int(spec["min_len"]), spec["reason"])


def bare_heading(heading: re.Pattern[str], text: str) -> bool:
    """A heading line on its own ('（二）坚持建功立业'); a paragraph that opens with its heading
    ('（二）…。县内22家企业…') is prose and may be cut by a page break like any other."""
    return bool(heading.search(text)) and "。" not in text


def _page_break_joins(work: Work, edits: list[Edit]) -> list[Edit]:
    """A paged viewer cuts sentences at page ends: when page-marker lines are removed between an
    open body line (clauses, no closing mark) and a line that is not a heading, the line break
    goes too, so the sentence is whole again."""
    markers, open_end, clause, heading, min_len, reason = join_spec()
    if not any(e.rule in markers for e in edits):
        return []
    gone = {e.start: e for e in edits if e.new == "" and e.end > e.start}
    lines = list(work.lines())
    index = {line.start: k for k, line in enumerate(lines)}
    joins: list[Edit] = []
    for e in edits:
        k = index.get(e.start)
        if e.rule not in markers or k is None or k == 0 or lines[k - 1].start in gone:
            continue  # only at the first removed line after a kept one
        prev = lines[k - 1]
        j, seen_marker = k, False
        while j < len(lines) and lines[j].start in gone and gone[lines[j].start].end == lines[j].stop:
            seen_marker |= gone[lines[j].start].rule in markers
            j += 1
        if not seen_marker or j == len(lines):
            continue
        nxt = lines[j].text
        text = prev.text
        if (len(text) >= min_len and open_end.search(text) and clause.search(text)
                and not bare_heading(heading, text) and nxt and not heading.search(nxt)):
            joins.append(Edit(prev.end, prev.stop, "", "page_break_join", reason))
    return joins


@lru_cache(maxsize=1)
def _related() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str], dict]:
    spec = _rules()[2]
    ends = re.compile(r"[。!！?？;；]$")
    return re.compile(spec["header"]), re.compile(spec["item"]), re.compile(spec["stop"]), ends, spec


@step("related_lists")
def related_lists(work: Work) -> None:
    header, item, stop, sentence_end, spec = _related()
    is_body = body_test()
    max_item = int(spec["max_item_len"])
    max_header = int(spec.get("max_header_len", 40))
    edits: list[Edit] = []
    in_list = False
    for line in work.lines():
        text = line.text
        if len(text) <= max_header and header.search(text) and (len(text) <= 40 or not is_body(text)):
            edits.append(_line_edit(line, spec["name"], spec["reason"] + " (header)"))
            in_list = True
            continue
        if not in_list:
            continue
        listed = bool(item.search(text)) and len(text) <= 2 * max_item
        short = len(text) <= max_item and not sentence_end.search(text)
        if text and (listed or short) and not is_body(text) and not stop.search(text):
            edits.append(_line_edit(line, spec["name"], spec["reason"]))
        else:
            in_list = False
    work.apply(edits)
