"""Truncation notices of paywalled previews: the notice goes, the text around it stays, and a
'gap' flag records where text is missing (with what the notice said about it)."""
from __future__ import annotations

import re
from functools import lru_cache

from annotate.cleaning.anchored import AnchoredPattern
from annotate.cleaning.registry import step
from annotate.cleaning.rules import load_rules
from annotate.cleaning.work import Edit, Work


@lru_cache(maxsize=1)
def _rules() -> tuple[list[AnchoredPattern], list[re.Pattern[str]], dict]:
    data = load_rules("truncation")
    return ([AnchoredPattern.from_rule(p, re.M) for p in data["patterns"]],
            [re.compile(p) for p in data["note_patterns"]], data)


@step("truncation")
def truncation(work: Work) -> None:
    patterns, notes, data = _rules()
    text = work.text
    found: list[tuple[int, int]] = []
    for pattern in patterns:
        found.extend(m.span() for m in pattern.finditer(text))
    found.sort()
    edits: list[Edit] = []
    last = -1
    for start, end in found:
        if start < last:
            continue
        notice = text[start:end]
        said = [m.group() for p in notes for m in p.finditer(notice)]
        raw_start, raw_end = work.raw_range(start, end)
        work.flag_raw("gap", raw_start, raw_end,
                      "text missing here (truncation notice removed" + (": " + ", ".join(said) if said else "") + ")",
                      data["rule"])
        edits.append(Edit(start, end, "", data["rule"], data["reason"]))
        last = end
    work.apply(edits)
